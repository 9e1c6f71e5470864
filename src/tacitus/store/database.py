"""Opening a store and writing to it. Each article is saved with its events in one transaction, so a
batch killed half-way leaves every committed article whole and can simply be run again."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Iterator

from sqlalchemy import and_, create_engine, delete, event, exists, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from tacitus.errors import StoreError
from tacitus.records import Article, Entity, Event, Place
from tacitus.store.filters import EventFilter
from tacitus.store.merge import Mention, block_key, cluster_mentions
from tacitus.store.schema import articles, event_mentions, events, mentions, parties

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class Store:
    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def save_article(self, article: Article, *, events: list[Event] | None = None) -> str:
        """"new", "duplicate" (same id and body: nothing written) or "revision" (same URL, new body)."""
        try:
            with self.engine.begin() as conn:
                existing = conn.execute(select(articles.c.body).where(articles.c.id == article.id)).first()
                if existing is not None and existing.body == article.body:
                    return "duplicate"
                outcome = "new"
                revision = 1
                if article.url:
                    previous = conn.execute(select(articles.c.id, articles.c.revision, articles.c.body)
                                            .where(articles.c.url == article.url, articles.c.is_current == 1)).first()
                    if previous is not None:
                        if previous.body == article.body:
                            return "duplicate"
                        conn.execute(update(articles).where(articles.c.url == article.url).values(is_current=0))
                        revision = previous.revision + 1
                        outcome = "revision"
                row = _article_row(article, revision)
                if existing is not None:
                    row["id"] = article.id = f"{article.id}-r{revision}"
                conn.execute(insert(articles).values(**row))
                if events:
                    _insert_events(conn, article.id, events)
                    _remerge(conn, {block_key(e) for e in events})
                return outcome
        except OperationalError as error:
            raise _store_error(self.url, error) from None

    def save_events(self, article_id: str, events: list[Event]) -> None:
        """Replace the coded events of an article (recoding it)."""
        try:
            with self.engine.begin() as conn:
                old = select(mentions.c.id).where(mentions.c.article_id == article_id)
                blocks = set(conn.execute(select(mentions.c.block).where(mentions.c.article_id == article_id)).scalars())
                conn.execute(delete(parties).where(parties.c.mention_id.in_(old)))
                conn.execute(delete(mentions).where(mentions.c.article_id == article_id))
                _insert_events(conn, article_id, events)
                _remerge(conn, blocks | {block_key(e) for e in events})
        except OperationalError as error:
            raise _store_error(self.url, error) from None

    def iter_articles(self, *, publisher: str | None = None, start: str | None = None, end: str | None = None,
                      language: str | None = None) -> Iterator[Article]:
        query = select(articles).where(articles.c.is_current == 1).order_by(articles.c.published, articles.c.id)
        if publisher:
            query = query.where(articles.c.publisher == publisher)
        if start:
            query = query.where(articles.c.published >= start)
        if end:
            query = query.where(articles.c.published <= end + "T99")
        if language:
            query = query.where(articles.c.language == language)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                data = dict(row._mapping)
                data.pop("revision")
                data.pop("is_current")
                data["authors"] = json.loads(data["authors"])
                data["captions"] = json.loads(data["captions"])
                yield Article(**data)

    def iter_events(self, filters: EventFilter | None = None, *, limit: int | None = None) -> Iterator[Event]:
        """Stored event mentions as Event records (doc_id is the article id), by date."""
        query = _filtered(select(mentions), filters or EventFilter()).order_by(mentions.c.date, mentions.c.id)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            yield from _events(conn, query)

    def iter_canonical(self, filters: EventFilter | None = None, *,
                       limit: int | None = None) -> Iterator[tuple[Event, dict]]:
        """Canonical events: each speaks through its representative mention, with its counts."""
        query = _filtered(select(mentions, events.c.id.label("event_id"), events.c.num_mentions,
                                 events.c.num_articles, events.c.num_sources, events.c.first_seen,
                                 events.c.last_seen).join(events, events.c.representative == mentions.c.id),
                          filters or EventFilter()).order_by(mentions.c.date, events.c.id)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query).fetchall()
            party_rows = _party_rows(conn, [r.id for r in rows])
        for row in rows:
            event = _event_from_row(row, party_rows.get(row.id, []))
            event.id = row.event_id
            yield event, {k: getattr(row, k) for k in ("num_mentions", "num_articles", "num_sources", "first_seen",
                                                         "last_seen")}

    def explain(self, event_id: str) -> dict | None:
        """A canonical event with every mention, its sentence, its article, and why it was merged."""
        with self.engine.connect() as conn:
            canonical = conn.execute(select(events).where(events.c.id == event_id)).first()
            if canonical is None:
                return None
            links = conn.execute(select(event_mentions).where(event_mentions.c.event_id == event_id)).fetchall()
            reasons = {link.mention_id: link.reason for link in links}
            found = list(_events(conn, select(mentions).where(mentions.c.id.in_(list(reasons)))
                                 .order_by(mentions.c.date, mentions.c.id)))
            sources = {row.id: row for row in conn.execute(
                select(articles.c.id, articles.c.title, articles.c.publisher, articles.c.published, articles.c.url)
                .where(articles.c.id.in_([e.doc_id for e in found])))}
        return {"id": event_id, **{k: getattr(canonical, k) for k in ("num_mentions", "num_articles", "num_sources",
                                                                      "first_seen", "last_seen")},
                "mentions": [{**e.to_dict(), "why": reasons[e.id],
                              "article": dict(sources[e.doc_id]._mapping) if e.doc_id in sources else None}
                             for e in found]}


def _party_rows(conn: Connection, ids: list[str]) -> dict[str, list]:
    found: dict[str, list] = {}
    for start in range(0, len(ids), 500):
        for party in conn.execute(select(parties).where(parties.c.mention_id.in_(ids[start:start + 500]))
                                  .order_by(parties.c.position)):
            found.setdefault(party.mention_id, []).append(party)
    return found


def _events(conn: Connection, query) -> Iterator[Event]:  # type: ignore[no-untyped-def]
    rows = conn.execute(query).fetchall()
    party_rows = _party_rows(conn, [r.id for r in rows])
    for row in rows:
        yield _event_from_row(row, party_rows.get(row.id, []))


def _remerge(conn: Connection, blocks: set[str]) -> None:
    """Rebuild the canonical events of these blocks from all their mentions (order-independent)."""
    for block in sorted(blocks):
        found = list(_events(conn, select(mentions).where(mentions.c.block == block)))
        sources = {row.id: row for row in conn.execute(
            select(articles.c.id, articles.c.publisher, articles.c.published)
            .where(articles.c.id.in_({e.doc_id for e in found})))}
        old = select(events.c.id).where(events.c.block == block)
        conn.execute(delete(event_mentions).where(event_mentions.c.event_id.in_(old)))
        conn.execute(delete(events).where(events.c.block == block))
        clusters = cluster_mentions([Mention(e, getattr(sources.get(e.doc_id), "publisher", None),
                                             getattr(sources.get(e.doc_id), "published", None)) for e in found])
        for cluster in clusters:
            seen = sorted(m.published for m in cluster.members if m.published)
            conn.execute(insert(events).values(
                id=cluster.id, block=block, representative=cluster.representative.event.id,
                num_mentions=len(cluster.members), num_articles=len({m.event.doc_id for m in cluster.members}),
                num_sources=len({m.publisher for m in cluster.members if m.publisher}) or 1,
                first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None))
            conn.execute(insert(event_mentions), [{"event_id": cluster.id, "mention_id": m.event.id,
                                                   "reason": cluster.reasons[m.event.id]} for m in cluster.members])


def _filtered(query, filters: EventFilter):  # type: ignore[no-untyped-def]
    conditions = []
    if filters.country:
        conditions.append(exists().where(and_(parties.c.mention_id == mentions.c.id,
                                              parties.c.country == filters.country)))
    if filters.event_type:
        conditions.append(mentions.c.category == filters.event_type)
    if filters.status:
        conditions.append(mentions.c.status == filters.status)
    if filters.start:
        conditions.append(mentions.c.date >= filters.start)
    if filters.end:
        conditions.append(mentions.c.date <= filters.end)
    if filters.min_confidence is not None:
        conditions.append(mentions.c.confidence >= filters.min_confidence)
    if filters.text:
        conditions.append(mentions.c.sentence.ilike(f"%{filters.text}%"))
    if filters.publisher:
        conditions.append(mentions.c.article_id.in_(select(articles.c.id).where(articles.c.publisher == filters.publisher)))
    return query.where(*conditions) if conditions else query


def _article_row(article: Article, revision: int) -> dict:
    row = article.to_dict()
    row["authors"] = json.dumps(row["authors"], ensure_ascii=False)
    row["captions"] = json.dumps(row["captions"], ensure_ascii=False)
    row["revision"] = revision
    row["is_current"] = 1
    return row


def _insert_events(conn: Connection, article_id: str, events: list[Event]) -> None:
    mention_rows, party_rows = [], []
    seen = set()
    for item in events:
        if item.id in seen:
            continue
        seen.add(item.id)
        mention_rows.append({
            "id": item.id, "article_id": article_id, "category": item.event, "mode": item.mode,
            "context": json.dumps(item.context), "status": item.status, "confidence": item.confidence,
            "date": item.date, "date_precision": item.date_precision, "sentence": item.sentence,
            "sentence_index": item.sentence_index, "trigger": item.trigger, "start_char": item.start_char,
            "end_char": item.end_char, "quad_class": item.quad_class, "score": item.score, "cameo": item.cameo,
            "goldstein": item.goldstein,
            "place": json.dumps(item.event_loc.to_dict(), ensure_ascii=False) if item.event_loc else None,
            "place_name": item.event_loc.name if item.event_loc else None,
            "place_country": item.event_loc.country if item.event_loc else None, "block": block_key(item)})
        for role, entities in (("actor", item.actor), ("recipient", item.recipient)):
            for position, entity in enumerate(entities):
                party_rows.append({"mention_id": item.id, "role": role, "position": position, "text": entity.text,
                                   "name": entity.name, "country": entity.country, "sector": entity.sector,
                                   "kind": entity.kind, "entity_id": entity.entity_id})
    if mention_rows:
        conn.execute(insert(mentions), mention_rows)
    if party_rows:
        conn.execute(insert(parties), party_rows)


def _event_from_row(row, party_rows: list) -> Event:  # type: ignore[no-untyped-def]
    def entities(role: str) -> list[Entity]:
        return [Entity(text=p.text, name=p.name, country=p.country, sector=p.sector, kind=p.kind,
                       entity_id=p.entity_id) for p in party_rows if p.role == role]

    return Event(id=row.id, doc_id=row.article_id, event=row.category, actor=entities("actor"),
                 recipient=entities("recipient"), date=row.date, date_precision=row.date_precision,
                 status=row.status, sentence=row.sentence, confidence=row.confidence, mode=row.mode,
                 context=json.loads(row.context), event_loc=Place(**json.loads(row.place)) if row.place else None,
                 sentence_index=row.sentence_index, trigger=row.trigger, start_char=row.start_char,
                 end_char=row.end_char, quad_class=row.quad_class, score=row.score, cameo=row.cameo,
                 goldstein=row.goldstein)


def _store_error(url: str, error: Exception) -> StoreError:
    text = str(getattr(error, "orig", error))
    if "locked" in text or "busy" in text:
        return StoreError(f"database is locked by another writer: {url}")
    if "not a database" in text or "file is encrypted" in text:
        return StoreError(f"not a Tacitus database (not SQLite): {url}")
    return StoreError(f"database error on {url}: {text.splitlines()[0] if text else type(error).__name__}")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def open_store(url: str) -> Store:
    """Open (and create or upgrade) the store at a SQLAlchemy URL or a plain SQLite file path."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        if path.is_dir():
            raise StoreError(f"{path} is a directory, not a database file")
        if not path.parent.exists():
            raise StoreError(f"cannot create the database {path}: folder {path.parent} does not exist")
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        raise StoreError(f"cannot open database {url}: {error}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as conn:
            migrate(conn, url)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise _store_error(url, error) from None
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, url)


def migrate(conn: Connection, url: str) -> None:
    """Bring the database to the newest schema with the packaged Alembic migrations."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = conn
    head = ScriptDirectory.from_config(config).get_current_head()
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    known = {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(f"{url} was written by a newer Tacitus (schema {current}); upgrade Tacitus")
    log.info("migrating %s from %s to %s", url, current or "empty", head)
    command.upgrade(config, "head")


