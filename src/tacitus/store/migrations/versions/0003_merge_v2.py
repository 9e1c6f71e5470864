"""Mentions carry their place and date window as columns; parties become mention_actors; canonical events keep
their representative values, counts and created/updated times; event_dyads feed the dyad timelines.

The canonical tables are derived data: they are dropped here and rebuilt from the mentions by `open_store`.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PLACE_FIELDS = ("text", "admin1", "geonameid", "lat", "lon", "precision")


def upgrade() -> None:
    from tacitus.store.merge import date_bounds

    op.drop_index("ix_parties_country", "parties")
    op.drop_index("ix_parties_mention", "parties")
    op.rename_table("parties", "mention_actors")
    op.create_index("ix_mention_actors_country", "mention_actors", ["country", "mention_id"])
    op.create_index("ix_mention_actors_mention", "mention_actors", ["mention_id"])

    op.drop_index("ix_mentions_block", "mentions")
    with op.batch_alter_table("mentions") as batch:
        for name, kind in (("place_text", sa.Text), ("place_admin1", sa.Text), ("place_geonameid", sa.Integer),
                           ("place_lat", sa.Float), ("place_lon", sa.Float), ("place_precision", sa.String(10)),
                           ("date_lo", sa.String(10)), ("date_hi", sa.String(10))):
            batch.add_column(sa.Column(name, kind))
        batch.add_column(sa.Column("actor_countries", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("recipient_countries", sa.Text, nullable=False, server_default=""))
    _backfill_mentions(date_bounds)
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("place")
    op.create_index("ix_mentions_block_dates", "mentions", ["block", "date_lo", "date_hi"])

    op.drop_table("event_mentions")
    op.drop_table("events")
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("block", sa.Text, nullable=False),
        sa.Column("representative", sa.String(64), nullable=False),
        sa.Column("category", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("date_lo", sa.String(10)),
        sa.Column("date_hi", sa.String(10)),
        sa.Column("quad_class", sa.Integer),
        sa.Column("score", sa.Float),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("actor_countries", sa.Text, nullable=False),
        sa.Column("recipient_countries", sa.Text, nullable=False),
        sa.Column("place_mention", sa.String(64)),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.String(3)),
        sa.Column("num_mentions", sa.Integer, nullable=False),
        sa.Column("num_articles", sa.Integer, nullable=False),
        sa.Column("num_sources", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String(40)),
        sa.Column("last_seen", sa.String(40)),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["date_lo", "id"])
    op.create_index("ix_events_category_date", "events", ["category", "date_lo"])
    op.create_index("ix_events_updated", "events", ["updated_at"])
    op.create_index("ix_events_block", "events", ["block"])
    op.create_index("ix_events_representative", "events", ["representative"])
    op.create_table(
        "event_mentions",
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("mention_id", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("event_id", "mention_id"),
    )
    op.create_index("ix_event_mentions_mention", "event_mentions", ["mention_id"])
    op.create_table(
        "event_dyads",
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("side_a", sa.String(3), nullable=False),
        sa.Column("side_b", sa.String(3), nullable=False),
        sa.Column("date_lo", sa.String(10)),
        sa.Column("quad_class", sa.Integer),
        sa.Column("score", sa.Float),
    )
    op.create_index("ix_event_dyads_pair", "event_dyads", ["side_a", "side_b", "date_lo", "quad_class", "score"])
    op.create_index("ix_event_dyads_event", "event_dyads", ["event_id"])


def _backfill_mentions(date_bounds) -> None:  # type: ignore[no-untyped-def]
    """Place JSON into columns; date windows and sorted party countries, for mentions stored by 0002."""
    bind = op.get_bind()
    mentions = sa.table("mentions", *(sa.column(n) for n in (
        "id", "place", "date", "date_precision", "date_lo", "date_hi", "actor_countries", "recipient_countries")),
        *(sa.column(f"place_{n}") for n in PLACE_FIELDS))
    parties = sa.table("mention_actors", sa.column("mention_id"), sa.column("role"), sa.column("country"))
    countries: dict[tuple[str, str], set[str]] = {}
    for row in bind.execute(sa.select(parties)):
        if row.country:
            countries.setdefault((row.mention_id, row.role), set()).add(row.country)
    rows = bind.execute(sa.select(mentions.c.id, mentions.c.place, mentions.c.date,
                                  mentions.c.date_precision)).fetchall()
    for row in rows:
        place = json.loads(row.place) if row.place else {}
        lo, hi = date_bounds(row.date, row.date_precision)
        bind.execute(mentions.update().where(mentions.c.id == row.id).values(
            date_lo=lo, date_hi=hi, actor_countries=";".join(sorted(countries.get((row.id, "actor"), ()))),
            recipient_countries=";".join(sorted(countries.get((row.id, "recipient"), ()))),
            **{f"place_{n}": place.get(n) for n in PLACE_FIELDS}))


def downgrade() -> None:
    raise NotImplementedError("0003 rebuilt the canonical events; restore a backup to go back to 0002")
