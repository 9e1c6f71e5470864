"""Opening a store (the engine, SQLite's WAL and locking, migrations, and one-line errors) and the Store itself.

SQLite runs in WAL mode, so readers never wait for the writer. Writes begin with ``BEGIN IMMEDIATE``: a second
writer waits for the first (up to the busy timeout) instead of failing half-way through a transaction when it
tries to upgrade a read lock; if the wait runs out it is a StoreError naming the file. On PostgreSQL, writers
that re-merge the same events serialize on an advisory lock of the merge block, processes migrating a fresh
database on another, and an article write rolled back by a deadlock or a serialization failure is tried again.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import create_engine, delete, event, insert, or_, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError, SQLAlchemyError

from tacitus.config import normalize_db_url, sqlite_path
from tacitus.errors import InputError, StoreError
from tacitus.records import Article, Event
from tacitus.store import articles as article_store
from tacitus.store import events as event_store
from tacitus.store import queries
from tacitus.store.filters import EventFilter
from tacitus.store.schema import articles, mention_actors, mentions

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
MIGRATION_LOCK = 0x7AC1705  # the advisory lock key every Tacitus process takes to migrate a PostgreSQL store


def display_url(url: str) -> str:
    """The URL as errors show it: a SQLite file as its path, a server URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return path
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


class WriteConflict(StoreError):
    """A row another writer stored first (or an id given twice), or a transaction PostgreSQL rolled back to
    resolve a deadlock or a serialization failure: the write may be tried again."""


WRITE_ATTEMPTS = 3
# SQLSTATEs of a transaction PostgreSQL aborts because of another one: serialization_failure, deadlock_detected
TRANSIENT_STATES = ("40001", "40P01")


def store_error(url: str, error: Exception) -> StoreError:
    """One line naming the database and the reason."""
    message = str(getattr(error, "orig", None) or error).strip()
    first = message.splitlines()[0] if message else type(error).__name__
    where = display_url(url)
    if getattr(getattr(error, "orig", None), "sqlstate", None) in TRANSIENT_STATES:
        return WriteConflict(f"conflicting write to {where}: {first}")
    if "locked" in message or "busy" in message:
        return StoreError(f"database is locked by another writer: {where}")
    if "not a database" in message or "file is encrypted" in message:
        return StoreError(f"not a Tacitus database (not SQLite): {where}")
    if isinstance(error, OperationalError) and not url.startswith("sqlite"):
        return StoreError(f"cannot reach the database {where}: {first}")
    if isinstance(error, IntegrityError):
        return WriteConflict(f"conflicting write to {where}: {first}")
    return StoreError(f"database error on {where}: {first}")


def create_store_engine(url: str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    """An engine for a SQLAlchemy URL or a plain SQLite path; checks a SQLite file's folder exists."""
    url = normalize_db_url(url)
    file = sqlite_path(url)
    if file is not None and file != ":memory:":
        path = Path(file)
        if path.is_dir():
            raise StoreError(f"{path} is a directory, not a database file")
        if not path.parent.exists():
            raise StoreError(f"cannot create the database {path}: folder {path.parent} does not exist")
    try:
        engine = create_engine(url, connect_args=_connect_args(url))
    except (SQLAlchemyError, ImportError, ValueError) as error:
        raise StoreError(f"cannot open the database {display_url(url)}: {error}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, busy_timeout)
    return engine


def _connect_args(url: str) -> dict[str, object]:
    if url.startswith("postgresql") and "connect_timeout" not in url:
        return {"connect_timeout": 10}  # an unreachable server is an error in seconds, not minutes
    return {}


def _configure_sqlite(engine: Engine, busy_timeout: float) -> None:
    def on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # The driver's own implicit transactions off: `on_begin` issues BEGIN itself, IMMEDIATE for writers.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        cursor.close()

    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("tacitus_write") else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


@contextmanager
def writing(engine: Engine, url: str) -> Iterator[Connection]:
    """One write transaction: committed whole, or rolled back and raised as a StoreError."""
    try:
        with engine.connect() as conn:
            conn.execution_options(tacitus_write=True)
            with conn.begin():
                yield conn
    except (OperationalError, DatabaseError) as error:
        raise store_error(url, error) from None


@contextmanager
def reading(engine: Engine, url: str) -> Iterator[Connection]:
    try:
        with engine.connect() as conn:
            yield conn
    except (OperationalError, DatabaseError) as error:
        raise store_error(url, error) from None


class Store:
    """An open store. Every write is one transaction: a batch killed half-way leaves whole articles behind."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = display_url(url)
        self._url = url

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def is_stored(self, article: Article) -> bool:
        """Whether saving the article would change nothing (the same text under its id or URL)."""
        with reading(self.engine, self._url) as conn:
            return article_store.is_stored(conn, article)

    def save_article(self, article: Article, *, events: list[Event] | None = None) -> str:
        """Store an article and its coded events together: "new", "duplicate" (same id and body: nothing is
        written) or "revision" (same URL, changed body: the earlier text is kept, no longer current)."""
        attempt = 1
        while True:
            try:
                return self._save_article(article, events or [])
            except WriteConflict:  # a concurrent writer stored it first, or PostgreSQL chose us to roll back
                if attempt == WRITE_ATTEMPTS:
                    raise
                log.info("%s: write conflict, trying again", article.id)
                attempt += 1

    def _save_article(self, article: Article, items: list[Event]) -> str:
        with writing(self.engine, self._url) as conn:
            outcome, previous = article_store.store_article(conn, article)
            if outcome == "duplicate":
                return outcome
            seeds = []
            if previous is not None:
                seeds += event_store.delete_mentions(conn, previous)
                article_store.supersede(conn, article, previous)
            seeds += event_store.insert_mentions(conn, article.id, items)
            event_store.remerge(conn, seeds)
            return outcome

    def save_events(self, article_id: str, events: list[Event]) -> None:
        """Replace the coded events of a stored article (recoding it)."""
        with writing(self.engine, self._url) as conn:
            if conn.execute(articles.select().where(articles.c.id == article_id)).first() is None:
                raise InputError(f"no article {article_id!r} in {self.url}")
            seeds = event_store.delete_mentions(conn, article_id)
            seeds += event_store.insert_mentions(conn, article_id, events)
            event_store.remerge(conn, seeds)

    def delete_article(self, article_id: str) -> bool:
        """Remove an article, its earlier revisions and its coded events (re-merging the events they were part
        of); False when there is no such article."""
        with writing(self.engine, self._url) as conn:
            found = list(conn.execute(select(articles.c.id).where(or_(
                articles.c.id == article_id,
                articles.c.id.like(f"{queries.like_literal(article_id)}~r%", escape=queries.LIKE_ESCAPE)))).scalars())
            if article_id not in found:
                return False
            seeds = [seed for key in found for seed in event_store.delete_mentions(conn, key)]
            conn.execute(delete(articles).where(articles.c.id.in_(found)))
            event_store.remerge(conn, seeds)
            return True

    def bulk_load_events(self, items: Iterable[tuple[Article, list[Event]]], *, batch_size: int = 20_000) -> int:
        """Load many new articles with their events fast (executemany, a commit every ``batch_size`` events),
        then merge. For initial loads: an article id already stored is a StoreError. Returns events loaded."""
        with reading(self.engine, self._url) as conn:
            fresh = conn.execute(mentions.select().limit(1)).first() is None
        batch: dict[str, list[dict[str, Any]]] = {"articles": [], "mentions": [], "actors": []}
        seeds: list[event_store.Seed] = []
        count = 0
        for article, found in items:
            rows, actor_rows = event_store.mention_rows(article.id, found)
            batch["articles"].append(article_store.article_row(article, 1))
            batch["mentions"] += rows
            batch["actors"] += actor_rows
            if not fresh:
                seeds += [event_store.Seed(r["block"], r["date_lo"], r["date_hi"], article.id) for r in rows]
            count += len(rows)
            if len(batch["mentions"]) >= batch_size:
                self._flush(batch)
        self._flush(batch)
        with writing(self.engine, self._url) as conn:
            if fresh:
                event_store.rebuild_all(conn)
            else:
                event_store.remerge(conn, seeds)
        return count

    def _flush(self, batch: dict[str, list[dict[str, Any]]]) -> None:
        with writing(self.engine, self._url) as conn:
            for table, key in ((articles, "articles"), (mentions, "mentions"), (mention_actors, "actors")):
                if batch[key]:
                    conn.execute(insert(table), batch[key])
        for rows in batch.values():
            rows.clear()

    def rebuild_events(self) -> int:
        """Recompute every canonical event from the stored mentions; returns how many there are."""
        with writing(self.engine, self._url) as conn:
            return event_store.rebuild_all(conn)

    def iter_articles(self, *, publisher: str | None = None, start: str | None = None, end: str | None = None,
                      language: str | None = None, include_revisions: bool = False) -> Iterator[Article]:
        with reading(self.engine, self._url) as conn:
            yield from article_store.iter_articles(conn, publisher=publisher, start=start, end=end,
                                                   language=language, include_revisions=include_revisions)

    def iter_events(self, filters: EventFilter | None = None, *, limit: int | None = None) -> Iterator[Event]:
        """Single reports (mentions) as the Events they were saved as (doc_id: the article), by date."""
        with reading(self.engine, self._url) as conn:
            yield from queries.iter_mentions(conn, filters or EventFilter(), limit=limit)

    def iter_canonical(self, filters: EventFilter | None = None, *, limit: int | None = None,
                       since: str | None = None) -> Iterator[tuple[Event, dict[str, Any]]]:
        """Canonical events by date, as (Event, stats); ``since``: only those created or updated after it."""
        with reading(self.engine, self._url) as conn:
            yield from queries.iter_canonical(conn, filters or EventFilter(), limit=limit, since=since)

    def reading(self) -> AbstractContextManager[Connection]:
        """A read connection (for the analysis queries); database errors come out as one-line StoreErrors."""
        return reading(self.engine, self._url)

    def explain(self, event_id: str) -> dict[str, Any] | None:
        with reading(self.engine, self._url) as conn:
            return queries.explain(conn, event_id)

    def actor_activity(self, filters: EventFilter | None = None, *,
                       limit: int | None = None) -> list[queries.ActorActivity]:
        with reading(self.engine, self._url) as conn:
            return queries.actor_activity(conn, filters or EventFilter(), limit=limit)

    def dyad_series(self, a: str, b: str, *, interval: str = "month",
                    filters: EventFilter | None = None) -> list[queries.DyadPoint]:
        if interval not in queries.PERIOD_LENGTH:
            raise InputError(f"interval {interval!r} is not one of {', '.join(queries.PERIOD_LENGTH)}")
        a, b = (EventFilter.parse(country=code).country or "" for code in (a, b))
        with reading(self.engine, self._url) as conn:
            return queries.dyad_series(conn, a, b, interval=interval, filters=filters)


def open_store(url: str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Store:
    """Open the store at a SQLAlchemy URL or a plain SQLite path, creating and migrating it as needed.

    ``busy_timeout``: seconds a SQLite writer waits for another before giving up with a StoreError.
    """
    from tacitus.store.migrations import is_current, migrate, needs_rebuild

    engine = create_store_engine(url, busy_timeout=busy_timeout)
    url = engine.url.render_as_string(hide_password=False)
    try:
        with reading(engine, url) as conn:  # the common case: no write lock, so readers never wait here
            ready = is_current(conn) and not needs_rebuild(conn)
        if not ready:
            with writing(engine, url) as conn:
                if conn.dialect.name == "postgresql":
                    # Two first uses of a fresh database would both create the tables and one would fail on
                    # PostgreSQL's catalog; the second waits here, then finds the schema current.
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                migrate(conn, display_url(url))
                if needs_rebuild(conn):
                    log.info("rebuilding the merged events of %s", display_url(url))
                    event_store.rebuild_all(conn)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, url)
