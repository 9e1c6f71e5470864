"""An index that answers the timeline alone: dated events counted per day by quad class or category (the
dashboard's timeline over a million events, from seconds to a fifth of a second).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_timeline", "events", ["date_lo", "quad_class", "category"])


def downgrade() -> None:
    op.drop_index("ix_events_timeline", "events")
