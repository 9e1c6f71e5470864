"""Articles keep the place their wire dateline names ("NAIROBI (Reuters) -"), which the cleaned body leaves out:
the coder reads it as where the story is, when recoding too.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("dateline_place", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("dateline_place")
