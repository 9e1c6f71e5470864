"""Reading the store: canonical events and mentions under an EventFilter, explanations, actor activity, dyad
timelines. Listings stream in pages; dated events come first, by date, then the undated ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from sqlalchemy import Connection, Select, Table, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.sql.elements import ColumnElement

from tacitus.records import FUTURE_COOPERATION, FUTURE_STATUSES, Event
from tacitus.store.events import actors_of, event_from_row
from tacitus.store.filters import EventFilter
from tacitus.store.schema import articles, event_dyads, event_mentions, events, mention_actors, mentions

PAGE = 500
PERIOD_LENGTH = {"year": 4, "month": 7, "day": 10}
STATS = ("num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "created_at", "updated_at")


@dataclass(frozen=True)
class DyadPoint:
    period: str  # "2020", "2020-03" or "2020-03-05"
    quad_class: int | None
    count: int
    score_sum: float


@dataclass(frozen=True)
class ActorActivity:
    country: str | None
    name: str
    as_actor: int
    as_recipient: int
    by_quad: dict[int, int]  # quad class -> events


def _category(column: Any, status: Any, category: str) -> ColumnElement[bool]:
    """--event-type AGREE also finds promised cooperation, which the PLOVER export calls AGREE."""
    if category != "AGREE":
        return column == category  # type: ignore[no-any-return]
    return or_(column == category, and_(column.in_(FUTURE_COOPERATION), status.in_(FUTURE_STATUSES)))


LIKE_ESCAPE = "\\"


def like_literal(words: str) -> str:
    """``words`` for a LIKE pattern (with ``escape=LIKE_ESCAPE``): % and _ a user typed are characters."""
    return words.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")


def contains(words: str) -> str:
    """A LIKE pattern for ``words`` anywhere."""
    return f"%{like_literal(words)}%"


def party_matches(party: Any, filters: EventFilter) -> list[ColumnElement[bool]]:
    """The --country and --actor filters on a row of mention_actors (or an alias of it)."""
    found: list[ColumnElement[bool]] = []
    if filters.country:
        found.append(party.c.country == filters.country)
    if filters.actor:
        words = contains(filters.actor.lower())
        found.append(or_(func.lower(party.c.name).like(words, escape=LIKE_ESCAPE),
                         func.lower(party.c.text).like(words, escape=LIKE_ESCAPE), party.c.entity_id == filters.actor))
    return found


def _party(mention_id: Any, filters: EventFilter) -> list[ColumnElement[bool]]:
    # an alias of its own, so that a query that also reads mention_actors (actor activity) keeps its FROM
    party = mention_actors.alias("filter_party")
    return [exists().where(party.c.mention_id == mention_id, match) for match in party_matches(party, filters)]


def _place(name: Any, country: Any, place: str) -> ColumnElement[bool]:
    return country == place if len(place) == 3 and place.isupper() else func.lower(name) == place.lower()


def own_columns(table: Table, filters: EventFilter) -> list[ColumnElement[bool]]:
    """The filters on the columns events and mentions share (an event: those of its representative report)."""
    c = table.c
    where: list[ColumnElement[bool]] = []
    if filters.event_type:
        where.append(_category(c.category, c.status, filters.event_type))
    if filters.quad:
        where.append(c.quad_class == filters.quad)
    if filters.status:
        where.append(c.status == filters.status)
    if filters.start:  # the date window reaches into [start, end]
        where.append(c.date_hi >= filters.start)
    if filters.end:
        where.append(c.date_lo <= filters.end)
    if filters.place:
        where.append(_place(c.place_name, c.place_country, filters.place))
    if filters.min_confidence is not None:
        where.append(c.confidence >= filters.min_confidence)
    return where


def event_conditions(filters: EventFilter) -> list[ColumnElement[bool]]:
    """The filter on canonical events: parties of the representative report; publisher and words of any report."""
    where = _party(events.c.representative, filters) + own_columns(events, filters)
    reports = select(event_mentions.c.event_id).join(mentions, mentions.c.id == event_mentions.c.mention_id)
    if filters.publisher:
        where.append(events.c.id.in_(reports.join(articles, articles.c.id == mentions.c.article_id)
                                     .where(articles.c.publisher == filters.publisher)))
    if filters.text:
        where.append(events.c.id.in_(reports.where(mentions.c.sentence.ilike(contains(filters.text),
                                                                              escape=LIKE_ESCAPE))))
    return where


def mention_conditions(filters: EventFilter) -> list[ColumnElement[bool]]:
    """The same filter on single reports."""
    where = _party(mentions.c.id, filters) + own_columns(mentions, filters)
    if filters.publisher:
        where.append(mentions.c.article_id.in_(select(articles.c.id).where(articles.c.publisher == filters.publisher)))
    if filters.text:
        where.append(mentions.c.sentence.ilike(contains(filters.text), escape=LIKE_ESCAPE))
    return where


def _by_date(conn: Connection, query: Select[Any], date: Any, key: Any, limit: int | None) -> Iterator[Sequence[Any]]:
    """Pages of rows: the dated ones by (date, id), then the undated ones by id (each order uses an index)."""
    left = limit
    for part in (query.where(date.is_not(None)).order_by(date, key), query.where(date.is_(None)).order_by(key)):
        if left is not None:
            if left <= 0:
                return
            part = part.limit(left)
        for page in conn.execute(part.execution_options(yield_per=PAGE)).partitions():
            if left is not None:
                left -= len(page)
            yield page


def iter_mentions(conn: Connection, filters: EventFilter, *, limit: int | None = None) -> Iterator[Event]:
    query = select(mentions).where(*mention_conditions(filters))
    for page in _by_date(conn, query, mentions.c.date_lo, mentions.c.id, limit):
        actors = actors_of(conn, [r.id for r in page])
        yield from (event_from_row(row, actors.get(row.id, [])) for row in page)


def canonical_query(filters: EventFilter) -> Select[Any]:
    """Canonical events under a filter with their representative article's url, publisher and title."""
    return (select(events, articles.c.url, articles.c.publisher, articles.c.title)
            .join(mentions, mentions.c.id == events.c.representative)
            .join(articles, articles.c.id == mentions.c.article_id)
            .where(*event_conditions(filters)))


def iter_canonical(conn: Connection, filters: EventFilter, *, limit: int | None = None,
                   since: str | None = None) -> Iterator[tuple[Event, dict[str, Any]]]:
    """Canonical events as (Event, stats): the representative report's Event under the event's id and place;
    stats hold the counts, created/updated times and the representative article's url, publisher and title."""
    query = canonical_query(filters)
    if since:
        query = query.where(events.c.updated_at > since)
    for page in _by_date(conn, query, events.c.date_lo, events.c.id, limit):
        yield from canonical_pairs(conn, page)


def canonical_pairs(conn: Connection, page: Sequence[Any]) -> Iterator[tuple[Event, dict[str, Any]]]:
    """(Event, stats) for rows of `canonical_query`."""
    wanted = sorted({r.representative for r in page} | {r.place_mention for r in page if r.place_mention})
    reports: dict[str, Any] = {}
    for start in range(0, len(wanted), PAGE):
        reports.update((r.id, r) for r in conn.execute(select(mentions).where(
            mentions.c.id.in_(wanted[start:start + PAGE]))))
    actors = actors_of(conn, [r.representative for r in page])
    for row in page:
        event = event_from_row(reports[row.representative], actors.get(row.representative, []))
        event.id = row.id
        event.event_loc = event_from_row(reports[row.place_mention], []).event_loc if row.place_mention else None
        event.confidence = row.confidence
        stats = {name: getattr(row, name) for name in STATS}
        yield event, {**stats, "representative": row.representative, "url": row.url,
                      "publisher": row.publisher, "title": row.title}


def explain(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """A canonical event with every report: its sentence, its article, and why it was merged."""
    row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        return None
    links = {r.mention_id: json.loads(r.reason) for r in conn.execute(
        select(event_mentions).where(event_mentions.c.event_id == event_id))}
    rows = conn.execute(select(mentions, articles.c.title, articles.c.publisher, articles.c.url,
                               articles.c.published)
                        .join(articles, articles.c.id == mentions.c.article_id)
                        .where(mentions.c.id.in_(list(links))).order_by(mentions.c.date_lo, mentions.c.id)).fetchall()
    actors = actors_of(conn, [r.id for r in rows])
    reports = [{**event_from_row(r, actors.get(r.id, [])).to_dict(), "why": links[r.id],
                "article": {"id": r.article_id, "title": r.title, "publisher": r.publisher, "url": r.url,
                            "published": r.published}} for r in rows]
    summary = {k: getattr(row, k) for k in ("category", "mode", "status", "date", "date_precision", "place_name",
                                            "place_country", "actor_countries", "recipient_countries",
                                            "representative") + STATS}
    return {"id": event_id, **summary, "mentions": reports}


def actor_activity(conn: Connection, filters: EventFilter, *, limit: int | None = None) -> list[ActorActivity]:
    """Per party (country and name): events as actor, as recipient, and events by quad class."""
    name = func.coalesce(mention_actors.c.name, mention_actors.c.text)
    counts = [func.count(func.distinct(case((mention_actors.c.role == role, events.c.id)))) for role in
              ("actor", "recipient")]
    quads = [func.count(func.distinct(case((events.c.quad_class == q, events.c.id)))) for q in (1, 2, 3, 4)]
    total = func.count(func.distinct(events.c.id))
    query = (select(mention_actors.c.country, name.label("name"), *counts, *quads)
             .join(events, events.c.representative == mention_actors.c.mention_id)
             .where(*event_conditions(filters))
             .group_by(mention_actors.c.country, name)
             .order_by(total.desc(), mention_actors.c.country, name))
    if limit:
        query = query.limit(limit)
    return [ActorActivity(country=r[0], name=r[1], as_actor=r[2], as_recipient=r[3],
                          by_quad={q: r[3 + q] for q in (1, 2, 3, 4) if r[3 + q]}) for r in conn.execute(query)]


def dyad_series(conn: Connection, a: str, b: str, *, interval: str = "month",
                filters: EventFilter | None = None) -> list[DyadPoint]:
    """Events between two countries (either direction) per period and quad class: count and summed score."""
    directions = [select(event_dyads.c.event_id, event_dyads.c.date_lo, event_dyads.c.quad_class,
                         event_dyads.c.score).where(event_dyads.c.side_a == x, event_dyads.c.side_b == y,
                                                    event_dyads.c.date_lo.is_not(None))
                  for x, y in ((a, b), (b, a))]
    rows = union_all(*directions).subquery()
    period = func.substr(rows.c.date_lo, 1, PERIOD_LENGTH[interval]).label("period")
    query = select(period, rows.c.quad_class, func.count().label("count"),
                   func.coalesce(func.sum(rows.c.score), literal(0.0)).label("score_sum"))
    conditions = event_conditions(filters) if filters else []
    if conditions:
        query = query.where(rows.c.event_id.in_(select(events.c.id).where(*conditions)))
    query = query.group_by(period, rows.c.quad_class).order_by(period, rows.c.quad_class)
    return [DyadPoint(period=r[0], quad_class=r[1], count=r[2], score_sum=float(r[3]))
            for r in conn.execute(query)]
