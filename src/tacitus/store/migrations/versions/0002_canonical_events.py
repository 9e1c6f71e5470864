"""Canonical events: mentions of one real-world event merged across articles.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("block", sa.Text))
    op.create_index("ix_mentions_block", "mentions", ["block"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("block", sa.Text, nullable=False),
        sa.Column("representative", sa.String(64), nullable=False),
        sa.Column("num_mentions", sa.Integer, nullable=False),
        sa.Column("num_articles", sa.Integer, nullable=False),
        sa.Column("num_sources", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String(40)),
        sa.Column("last_seen", sa.String(40)),
    )
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


def downgrade() -> None:
    op.drop_table("event_mentions")
    op.drop_table("events")
    op.drop_index("ix_mentions_block", "mentions")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("block")
