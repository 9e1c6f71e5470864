"""Full-text search over the stored articles: an FTS5 index kept by triggers on SQLite, a GIN index of the
articles' tsvector on PostgreSQL (tacitus.analysis.search reads them).

On SQLite the index is an external-content FTS5 table over ``articles`` (title, body): it stores no second copy
of the text, only the index, and the triggers keep it in step with every insert, update and delete.

Revision ID: 0005
Revises: 0003
"""

from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]
POSTGRESQL = [
    "CREATE INDEX ix_articles_search ON articles USING gin "
    "(to_tsvector('english', coalesce(title, '') || ' ' || body))",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE if dialect == "sqlite" else POSTGRESQL if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS articles_fts_{name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
