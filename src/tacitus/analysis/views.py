"""Canonical events as the analysis writes about them: the event's fields, its representative report's parties
and sentence, and its article; loaded by the shared filters, ranked by how widely they were reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from sqlalchemy import Connection, func, select
from sqlalchemy.sql.elements import ColumnElement

from tacitus.records import Entity
from tacitus.store.events import actors_of
from tacitus.store.schema import articles, event_mentions, events, mentions


@dataclass(frozen=True)
class Source:
    """An article that reports an event: what a citation points to."""

    article_id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "publisher": self.publisher,
                "published": self.published, "url": self.url}


@dataclass
class EventView:
    id: str
    category: str
    mode: str | None
    status: str
    date: str | None
    precision: str
    date_lo: str | None
    date_hi: str | None
    score: float | None
    place: str | None
    place_country: str | None
    actor_countries: tuple[str, ...]
    recipient_countries: tuple[str, ...]
    reports: int
    articles: int
    sources: int
    sentence: str  # the representative report's sentence: the evidence
    first_seen: str | None = None  # when the first article reporting it was published
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    source: Source | None = None  # the representative report's article

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(self.actor_countries) | frozenset(self.recipient_countries)

    def rank(self) -> tuple[int, int, float, int, str]:
        """Most reported first, then most sources, the strongest score, the latest, the id (a stable order)."""
        latest = -int((self.date_lo or "0000-00-00").replace("-", ""))
        return (-self.reports, -self.sources, -abs(self.score or 0.0), latest, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "category": self.category, "mode": self.mode, "status": self.status,
                "date": self.date, "date_precision": self.precision, "place": self.place,
                "place_country": self.place_country, "actor_countries": list(self.actor_countries),
                "recipient_countries": list(self.recipient_countries), "reports": self.reports,
                "articles": self.articles, "sources": self.sources, "score": self.score, "sentence": self.sentence,
                "first_seen": self.first_seen,
                "actors": [a.to_dict() for a in self.actors], "recipients": [r.to_dict() for r in self.recipients],
                "source": self.source.to_dict() if self.source else None}


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(c for c in (text or "").split(";") if c)


def load_events(conn: Connection, where: Sequence[ColumnElement[bool]], *, limit: int | None = None,
                order: str = "rank") -> list[EventView]:
    """Events matching ``where``; ``order`` "rank" (most reported first) or "date"."""
    query = (select(events, mentions.c.sentence, articles.c.id.label("article_id"), articles.c.title,
                    articles.c.publisher, articles.c.published, articles.c.url)
             .join(mentions, mentions.c.id == events.c.representative)
             .join(articles, articles.c.id == mentions.c.article_id)
             .where(*where))
    if order == "rank":
        query = query.order_by(events.c.num_mentions.desc(), events.c.num_sources.desc(),
                               func.abs(func.coalesce(events.c.score, 0.0)).desc(), events.c.id)
    else:
        query = query.order_by(events.c.date_lo, events.c.id)
    if limit:
        query = query.limit(limit)
    rows = conn.execute(query).fetchall()
    parties = actors_of(conn, [r.representative for r in rows])
    views = []
    for r in rows:
        people = parties.get(r.representative, [])
        entity = [Entity(text=p.text, name=p.name, country=p.country, sector=p.sector, kind=p.kind,
                         entity_id=p.entity_id) for p in people]
        roles = [p.role for p in people]
        views.append(EventView(
            id=r.id, category=r.category, mode=r.mode, status=r.status, date=r.date, precision=r.date_precision,
            date_lo=r.date_lo, date_hi=r.date_hi, score=r.score, place=r.place_name, place_country=r.place_country,
            actor_countries=_codes(r.actor_countries), recipient_countries=_codes(r.recipient_countries),
            reports=r.num_mentions, articles=r.num_articles, sources=r.num_sources, sentence=r.sentence,
            first_seen=r.first_seen,
            actors=[e for e, role in zip(entity, roles) if role == "actor"],
            recipients=[e for e, role in zip(entity, roles) if role == "recipient"],
            source=Source(r.article_id, r.title, r.publisher, r.published, r.url)))
    return views


def sources_of(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[Source]]:
    """Every article that reports each event, oldest first."""
    found: dict[str, list[Source]] = {}
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        query = (select(event_mentions.c.event_id, articles.c.id, articles.c.title, articles.c.publisher,
                        articles.c.published, articles.c.url).distinct()
                 .join(mentions, mentions.c.id == event_mentions.c.mention_id)
                 .join(articles, articles.c.id == mentions.c.article_id)
                 .where(event_mentions.c.event_id.in_(ids[start:start + 500])))
        for row in conn.execute(query):
            found.setdefault(row.event_id, []).append(Source(row.id, row.title, row.publisher, row.published,
                                                             row.url))
    for listed in found.values():
        listed.sort(key=lambda s: (s.published or "", s.article_id))
    return found
