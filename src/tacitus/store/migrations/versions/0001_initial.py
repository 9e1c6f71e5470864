"""Articles, event mentions and their parties.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("is_current", sa.Integer, nullable=False),
        sa.Column("publisher", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("authors", sa.Text, nullable=False),
        sa.Column("published", sa.String(40)),
        sa.Column("published_precision", sa.String(10), nullable=False),
        sa.Column("published_raw", sa.Text),
        sa.Column("fetched_at", sa.String(40)),
        sa.Column("language", sa.String(8)),
        sa.Column("captions", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("category", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.Text, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_index", sa.Integer),
        sa.Column("trigger", sa.Text),
        sa.Column("start_char", sa.Integer),
        sa.Column("end_char", sa.Integer),
        sa.Column("quad_class", sa.Integer),
        sa.Column("score", sa.Float),
        sa.Column("cameo", sa.String(8)),
        sa.Column("goldstein", sa.Float),
        sa.Column("place", sa.Text),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.String(3)),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_date", "mentions", ["date"])
    op.create_index("ix_mentions_category", "mentions", ["category"])
    op.create_table(
        "parties",
        sa.Column("mention_id", sa.String(64), sa.ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(3)),
        sa.Column("kind", sa.String(12)),
        sa.Column("entity_id", sa.Text),
        sa.UniqueConstraint("mention_id", "role", "position"),
    )
    op.create_index("ix_parties_country", "parties", ["country", "role"])
    op.create_index("ix_parties_mention", "parties", ["mention_id"])


def downgrade() -> None:
    op.drop_table("parties")
    op.drop_table("mentions")
    op.drop_table("articles")
