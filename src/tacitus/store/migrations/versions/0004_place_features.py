"""Mentions keep the GeoNames feature of their place: its class and code, admin2 and the admin codes.

Existing rows keep null in the new columns (their places were resolved before places were features).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = (("place_feature_class", sa.String(1)), ("place_feature_code", sa.String(10)), ("place_admin2", sa.Text),
           ("place_admin1_code", sa.String(20)), ("place_admin2_code", sa.String(80)))


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind))


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
