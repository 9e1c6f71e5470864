"""Reads for browsing the store page by page (the API and the dashboard): keyset pages of canonical events,
counts per day or week, places, the dyad network, and an article's events; each under a time limit.

A page ends with a cursor: the (date_lo, id) of its last event. The next page starts strictly after it, so a
page costs the same however deep it is, and events stored meanwhile never shift or repeat what was seen.
Dated events come first in date order, then the undated ones by id, as `tacitus events` lists them.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.exc import DatabaseError, OperationalError

from tacitus.errors import InputError, StoreError
from tacitus.records import Event
from tacitus.store.database import Store, store_error
from tacitus.store.filters import EventFilter
from tacitus.store.queries import canonical_pairs, canonical_query, event_conditions, party_matches
from tacitus.store.schema import event_dyads, event_mentions, events, mention_actors, mentions

INTERVALS = ("day", "week")
GROUPS = ("quad", "category")
# SQLite checks the clock every this many VM steps of a statement: microseconds apart, cheap against the work.
SQLITE_CHECK_STEPS = 1000


class QueryTimeout(StoreError):
    """A read ran past the time limit (TACITUS_QUERY_TIMEOUT)."""


@dataclass(frozen=True)
class Cursor:
    date_lo: str | None
    id: str

    def encode(self) -> str:
        raw = json.dumps([self.date_lo, self.id], separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> "Cursor":
        try:
            found = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            if isinstance(found, list) and len(found) == 2 and isinstance(found[1], str) and \
                    (found[0] is None or isinstance(found[0], str)):
                return cls(found[0], found[1])
        except (ValueError, binascii.Error):
            pass
        raise InputError(f"cursor {token[:40]!r} is not one this server gave out (use the 'next' link)")


@dataclass
class EventPage:
    pairs: list[tuple[Event, dict[str, Any]]]
    next: Cursor | None


@dataclass(frozen=True)
class Bucket:
    period: str  # a day, or the Monday that starts a week (YYYY-MM-DD)
    key: str  # a quad class ("1".."4", "" when none) or a category
    count: int


@dataclass(frozen=True)
class PlaceCount:
    name: str | None
    country: str | None
    count: int


@dataclass(frozen=True)
class Dyad:
    actor: str
    recipient: str
    count: int
    by_quad: dict[int, int] = field(default_factory=dict)


@contextmanager
def bounded(store: Store, seconds: float | None) -> Iterator[Connection]:
    """A read connection whose statements stop after ``seconds`` (QueryTimeout), on SQLite and PostgreSQL."""
    try:
        with store.engine.connect() as conn:
            if seconds is None:
                yield conn
                return
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
                yield conn
                return
            raw = conn.connection.dbapi_connection
            deadline = time.monotonic() + seconds
            raw.set_progress_handler(lambda: int(time.monotonic() > deadline),  # type: ignore[union-attr]
                                     SQLITE_CHECK_STEPS)
            try:
                yield conn
            finally:
                raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
    except (OperationalError, DatabaseError) as error:
        message = str(error.orig or error).lower()
        if "interrupted" in message or "statement timeout" in message or "canceling statement" in message:
            raise QueryTimeout(f"the query took longer than {seconds} s (TACITUS_QUERY_TIMEOUT); "
                               "narrow the filter") from None
        raise store_error(store.url, error) from None


def event_page(conn: Connection, filters: EventFilter, *, limit: int, after: Cursor | None = None,
               descending: bool = False) -> EventPage:
    """One page of canonical events in date order (newest first when ``descending``), undated ones last."""
    base = canonical_query(filters)
    date, key = events.c.date_lo, events.c.id
    rows: list[Any] = []
    if after is None or after.date_lo is not None:
        dated = base.where(date.is_not(None))
        if after is not None:
            assert after.date_lo is not None
            beyond = (or_(date < after.date_lo, and_(date == after.date_lo, key < after.id)) if descending
                      else or_(date > after.date_lo, and_(date == after.date_lo, key > after.id)))
            dated = dated.where(beyond)
        order = (date.desc(), key.desc()) if descending else (date, key)
        rows += conn.execute(dated.order_by(*order).limit(limit + 1)).fetchall()
    if len(rows) <= limit:
        undated = base.where(date.is_(None))
        if after is not None and after.date_lo is None:
            undated = undated.where(key < after.id if descending else key > after.id)
        undated = undated.order_by(key.desc() if descending else key).limit(limit + 1 - len(rows))
        rows += conn.execute(undated).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = Cursor(rows[-1].date_lo, rows[-1].id) if more and rows else None
    return EventPage(list(canonical_pairs(conn, rows)), cursor)


def aggregate_conditions(filters: EventFilter) -> list[Any]:
    """The events of `event_conditions`, with the party filters as lists of reports: an aggregate then starts from
    the parties' index instead of probing it once an event (3-4 times faster for a big country on SQLite)."""
    where = event_conditions(replace(filters, country=None, actor=None))
    where += [events.c.representative.in_(select(mention_actors.c.mention_id).where(match))
              for match in party_matches(mention_actors, filters)]
    return where


def count_events(conn: Connection, filters: EventFilter) -> int:
    query = select(func.count()).select_from(events).where(*aggregate_conditions(filters))
    return int(conn.execute(query).scalar_one())


def monday(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def timeline(conn: Connection, filters: EventFilter, *, interval: str = "day", by: str = "quad") -> list[Bucket]:
    """Dated events per day or week (weeks start on Monday) and quad class or category, in period order."""
    if interval not in INTERVALS:
        raise InputError(f"interval {interval!r} is not one of {', '.join(INTERVALS)}")
    if by not in GROUPS:
        raise InputError(f"by {by!r} is not one of {', '.join(GROUPS)}")
    group = events.c.quad_class if by == "quad" else events.c.category
    query = (select(events.c.date_lo, group, func.count()).where(events.c.date_lo.is_not(None),
                                                                  *aggregate_conditions(filters))
             .group_by(events.c.date_lo, group))
    days = [Bucket(day, "" if value is None else str(value), int(count)) for day, value, count in conn.execute(query)]
    return weekly(days) if interval == "week" else sorted(days, key=lambda b: (b.period, b.key))


def weekly(days: list[Bucket]) -> list[Bucket]:
    """Day buckets summed into weeks that start on Monday."""
    counts: dict[tuple[str, str], int] = {}
    for bucket in days:
        week = (monday(bucket.period), bucket.key)
        counts[week] = counts.get(week, 0) + bucket.count
    return [Bucket(period, key, count) for (period, key), count in sorted(counts.items())]


def places(conn: Connection, filters: EventFilter, *, limit: int) -> list[PlaceCount]:
    """Where the events happened, the busiest places first."""
    total = func.count()
    query = (select(events.c.place_name, events.c.place_country, total)
             .where(or_(events.c.place_name.is_not(None), events.c.place_country.is_not(None)),
                    *aggregate_conditions(filters))
             .group_by(events.c.place_name, events.c.place_country)
             .order_by(total.desc(), events.c.place_country, events.c.place_name).limit(limit))
    return [PlaceCount(name, country, int(count)) for name, country, count in conn.execute(query)]


def network(conn: Connection, filters: EventFilter, *, limit: int) -> list[Dyad]:
    """Actor country -> recipient country pairs of the filtered events, the busiest first."""
    query = select(event_dyads.c.side_a, event_dyads.c.side_b, event_dyads.c.quad_class, func.count())
    conditions = aggregate_conditions(filters)
    if conditions:  # unfiltered, the dyads' covering index answers alone
        query = query.join(events, events.c.id == event_dyads.c.event_id).where(*conditions)
    query = query.group_by(event_dyads.c.side_a, event_dyads.c.side_b, event_dyads.c.quad_class)
    pairs: dict[tuple[str, str], dict[int, int]] = {}
    for side_a, side_b, quad, count in conn.execute(query):
        quads = pairs.setdefault((side_a, side_b), {})
        quads[quad or 0] = quads.get(quad or 0, 0) + int(count)
    ranked = sorted(pairs.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    return [Dyad(a, b, sum(quads.values()), {q: n for q, n in sorted(quads.items()) if q})
            for (a, b), quads in ranked]


def article_event_ids(conn: Connection, article_id: str) -> list[str]:
    """The canonical events an article reports (any of its mentions), in date order."""
    query = (select(events.c.id).distinct()
             .join(event_mentions, event_mentions.c.event_id == events.c.id)
             .join(mentions, mentions.c.id == event_mentions.c.mention_id)
             .where(mentions.c.article_id == article_id))
    return sorted(conn.execute(query).scalars())


def events_by_id(conn: Connection, ids: list[str]) -> list[tuple[Event, dict[str, Any]]]:
    """The canonical events with these ids (those that exist), in date order."""
    if not ids:
        return []
    query = canonical_query(EventFilter()).where(events.c.id.in_(ids)).order_by(events.c.date_lo, events.c.id)
    return list(canonical_pairs(conn, conn.execute(query).fetchall()))
