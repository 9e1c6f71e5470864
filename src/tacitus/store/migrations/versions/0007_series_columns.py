"""Series without joins: canonical events keep their representative report's Goldstein value and the publishers
of all their reports; event_dyads keep copies of the event fields a series filters and sums on, in a covering
index. A dyad series over a million events then reads one index instead of every event's report and article
(3.3 s to well under the 200 ms target on the benchmark store).

Existing rows are filled from the reports they were computed from, so an upgraded store gives the same figures.

Revision ID: 0007
Revises: 0006
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 10_000
DYAD_COPIES = ("date_hi", "category", "status", "goldstein", "publishers")
OLD_PAIR_INDEX = ["side_a", "side_b", "date_lo", "quad_class", "score"]
PAIR_INDEX = ["side_a", "side_b", "date_lo", "date_hi", "status", "category", "quad_class", "score", "goldstein",
              "event_id"]


def upgrade() -> None:
    op.add_column("events", sa.Column("goldstein", sa.Float))
    op.add_column("events", sa.Column("publishers", sa.Text, nullable=False, server_default="[]"))
    for name, kind in (("date_hi", sa.String(10)), ("category", sa.String(12)), ("status", sa.String(12)),
                       ("goldstein", sa.Float)):
        op.add_column("event_dyads", sa.Column(name, kind))
    op.add_column("event_dyads", sa.Column("publishers", sa.Text, nullable=False, server_default="[]"))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE events SET goldstein = "
                         "(SELECT goldstein FROM mentions WHERE mentions.id = events.representative)"))
    _fill_publishers(conn)
    columns = ", ".join(DYAD_COPIES)
    conn.execute(sa.text(f"UPDATE event_dyads SET ({columns}) = "
                         f"(SELECT {columns} FROM events WHERE events.id = event_dyads.event_id)"))
    op.drop_index("ix_event_dyads_pair", "event_dyads")
    op.create_index("ix_event_dyads_pair", "event_dyads", PAIR_INDEX)


def _fill_publishers(conn: Any) -> None:
    """Each event's known publishers as a sorted JSON list (tacitus.store.events.publishers_of), read in
    event order so that one event's reports come together."""
    reports = conn.execute(sa.text(
        "SELECT DISTINCT event_mentions.event_id, articles.publisher FROM event_mentions "
        "JOIN mentions ON mentions.id = event_mentions.mention_id "
        "JOIN articles ON articles.id = mentions.article_id "
        "WHERE articles.publisher IS NOT NULL ORDER BY event_mentions.event_id")).fetchall()
    update = sa.text("UPDATE events SET publishers = :publishers WHERE id = :event_id")
    rows: list[dict[str, str]] = []
    current: str | None = None
    found: set[str] = set()
    for event_id, publisher in [*reports, (None, None)]:  # a last row that closes the last event
        if event_id != current and current is not None:
            rows.append({"event_id": current, "publishers": json.dumps(sorted(found))})
            found = set()
            if len(rows) >= BATCH or event_id is None:
                conn.execute(update, rows)
                rows = []
        current = event_id
        if publisher is not None:
            found.add(publisher)


def downgrade() -> None:
    op.drop_index("ix_event_dyads_pair", "event_dyads")
    with op.batch_alter_table("event_dyads") as batch:
        for name in DYAD_COPIES:
            batch.drop_column(name)
    with op.batch_alter_table("events") as batch:
        batch.drop_column("goldstein")
        batch.drop_column("publishers")
    op.create_index("ix_event_dyads_pair", "event_dyads", OLD_PAIR_INDEX)
