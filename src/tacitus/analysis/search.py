"""Archive search: stored articles ranked by full-text relevance (FTS5 bm25 on SQLite, ts_rank on PostgreSQL),
each with a snippet and its events; the shared filters keep the articles that report a matching event.

The words are searched as words (all of them, in any order), never as the engine's query syntax, so that a
quote or a hyphen in what a user typed is not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.sql.elements import ColumnElement

from tacitus.analysis.selection import conditions
from tacitus.analysis.views import EventView, load_events
from tacitus.errors import InputError, StoreError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import articles, event_mentions, events, mentions

WORD = re.compile(r"\w+", re.UNICODE)
MARK = ("«", "»")


@dataclass
class Hit:
    article_id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    rank: float  # larger is more relevant
    snippet: str
    events: list[EventView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "publisher": self.publisher,
                "published": self.published, "url": self.url, "rank": round(self.rank, 6), "snippet": self.snippet,
                "events": [{"id": e.id, "category": e.category, "status": e.status, "date": e.date,
                            "sentence": e.sentence} for e in self.events]}


@dataclass
class SearchResult:
    query: str
    filters: dict[str, str]
    hits: list[Hit]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "filters": self.filters, "hits": [h.to_dict() for h in self.hits]}


def words(query: str) -> list[str]:
    found = WORD.findall(query.replace("\x00", " "))  # PostgreSQL text holds no NUL
    if not found:
        raise InputError(f"search {query!r} has no words to look for")
    return found


def _sqlite(conn: Connection, terms: list[str], limit: int) -> list[tuple[str, float, str]]:
    match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
    rows = conn.execute(text(
        "SELECT a.id, -bm25(articles_fts) AS rank, "
        f"snippet(articles_fts, 1, '{MARK[0]}', '{MARK[1]}', '…', 24) AS snippet "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH :match AND a.is_current = 1 ORDER BY bm25(articles_fts) LIMIT :limit"),
        {"match": match, "limit": limit})
    return [(r[0], float(r[1]), r[2]) for r in rows]


def _postgresql(conn: Connection, terms: list[str], limit: int) -> list[tuple[str, float, str]]:
    document = "a.search_document"  # stored (migration 0008): ranking parses no body
    rows = conn.execute(text(
        f"WITH q AS (SELECT plainto_tsquery('english', :words) AS query) "
        f"SELECT a.id, ts_rank({document}, q.query) AS rank, "
        f"ts_headline('english', a.body, q.query, 'StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=30, "
        f"MinWords=12, MaxFragments=2, FragmentDelimiter=…') AS snippet "
        f"FROM articles a, q WHERE {document} @@ q.query AND a.is_current = 1 "
        f"ORDER BY rank DESC, a.id LIMIT :limit"), {"words": " ".join(terms), "limit": limit})
    return [(r[0], float(r[1]), r[2]) for r in rows]


def _filtered(conn: Connection, ids: Sequence[str], where: list[ColumnElement[bool]]) -> set[str]:
    """Of these articles, those that report an event under the filters."""
    query = (select(mentions.c.article_id).distinct()
             .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
             .join(events, events.c.id == event_mentions.c.event_id)
             .where(mentions.c.article_id.in_(bindparam("ids", expanding=True)), *where))
    return {r[0] for r in conn.execute(query, {"ids": list(ids)})}


def search(store: Store, query: str, filters: EventFilter | None = None, *, limit: int = 20) -> SearchResult:
    """The ``limit`` most relevant articles for the words of ``query`` that report an event under ``filters``."""
    filters = filters or EventFilter()
    terms = words(query)
    if limit < 1:
        raise InputError(f"--limit {limit} must be at least 1")
    where = conditions(filters, statuses=None)
    with store.reading() as conn:
        dialect = conn.dialect.name
        engine_search = _sqlite if dialect == "sqlite" else _postgresql if dialect == "postgresql" else None
        if engine_search is None:
            raise StoreError(f"search needs SQLite or PostgreSQL, not {dialect}")
        # Filters drop articles after ranking: read more than asked, then keep the first ``limit``.
        found = engine_search(conn, terms, limit * 5 if where else limit)
        if where:
            kept = _filtered(conn, [f[0] for f in found], where)
            found = [f for f in found if f[0] in kept]
        found = found[:limit]
        ids = [f[0] for f in found]
        meta = {r.id: r for r in conn.execute(select(articles.c.id, articles.c.title, articles.c.publisher,
                                                     articles.c.published, articles.c.url)
                                              .where(articles.c.id.in_(bindparam("ids", expanding=True))),
                                              {"ids": ids})}
        reported = (select(event_mentions.c.event_id, mentions.c.article_id)
                    .join(mentions, mentions.c.id == event_mentions.c.mention_id)
                    .where(mentions.c.article_id.in_(bindparam("ids", expanding=True))))
        owners: dict[str, set[str]] = {}
        for event_id, article_id in conn.execute(reported, {"ids": ids}):
            owners.setdefault(event_id, set()).add(article_id)
        views = load_events(conn, [events.c.id.in_(list(owners)), *where], order="date") if owners else []
    hits = []
    for article_id, rank, snippet in found:
        row = meta[article_id]
        hits.append(Hit(article_id, row.title, row.publisher, row.published, row.url, rank,
                        " ".join((snippet or "").split()),
                        [v for v in views if article_id in owners.get(v.id, set())]))
    return SearchResult(query=query, filters=dict(filters.to_params()), hits=hits)
