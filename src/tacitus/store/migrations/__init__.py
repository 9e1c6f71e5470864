"""The packaged Alembic migrations, run by `open_store` on its own connection (no alembic.ini needed)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, select, text

from tacitus.errors import StoreError
from tacitus.store.schema import events, mentions

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision in versions/ (a test checks it against Alembic's head): a store at it opens without
# importing Alembic, which would cost every command a fifth of a second.
HEAD = "0009"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    return config


def is_current(conn: Connection) -> bool:
    if not inspect(conn).has_table("alembic_version"):
        return False
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD


def migrate(conn: Connection, where: str) -> bool:
    """Bring the database to the newest schema; True when a migration ran. ``where`` names it in errors."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return False
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise StoreError(f"{where} was written by a newer Tacitus (schema {current}); upgrade Tacitus")
    log.info("migrating %s from %s to %s", where, current or "empty", head)
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
    return True


def needs_rebuild(conn: Connection) -> bool:
    """Mentions without any canonical event: a migration dropped the derived tables, or a bulk load died."""
    has_mentions = conn.execute(select(mentions.c.id).limit(1)).first() is not None
    return has_mentions and conn.execute(select(events.c.id).limit(1)).first() is None
