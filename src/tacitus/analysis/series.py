"""Event series: per week or month, counts by category and quad class, mean PLOVER score and Goldstein value,
and the number of distinct publishers, for any filter (and dyad).

The events table and event_dyads keep what a series needs (the representative report's Goldstein value, the
publishers of all reports), so a series reads no report and no article.

An event is counted in a period only when its whole date window lies in it: an event known only to the
month is not put in the week of the 1st.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from tacitus.analysis.periods import Period, check_by, period_of, span
from tacitus.analysis.selection import conditions, dyad_conditions
from tacitus.errors import InputError
from tacitus.records import CATEGORIES, QUAD_CLASSES
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import event_dyads, events

QUADS = tuple(QUAD_CLASSES)
SPARKS = "▁▂▃▄▅▆▇█"


@dataclass
class SeriesPoint:
    period: str
    start: str
    end: str
    count: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_quad: dict[int, int] = field(default_factory=dict)
    mean_score: float | None = None
    mean_goldstein: float | None = None
    sources: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "start": self.start, "end": self.end, "count": self.count,
                "by_category": dict(sorted(self.by_category.items())),
                "by_quad": {str(q): n for q, n in sorted(self.by_quad.items())},
                "mean_score": _round(self.mean_score), "mean_goldstein": _round(self.mean_goldstein),
                "sources": self.sources}


@dataclass
class Series:
    by: str
    filters: dict[str, str]
    recipient: str | None
    points: list[SeriesPoint]

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "filters": self.filters, "recipient": self.recipient,
                "total": sum(p.count for p in self.points), "points": [p.to_dict() for p in self.points]}

    def sparkline(self) -> str:
        """One block character a period, its height the count (empty periods at the bottom)."""
        top = max((p.count for p in self.points), default=0)
        if top == 0:
            return SPARKS[0] * len(self.points)
        return "".join(SPARKS[round(p.count / top * (len(SPARKS) - 1))] for p in self.points)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def event_series(store: Store, filters: EventFilter, *, by: str = "week", recipient: str | None = None,
                 first: Period | None = None, last: Period | None = None) -> Series:
    """Counts per period from ``first`` to ``last`` (default: the filter's start and end, else the data's span)."""
    check_by(by)
    low = first.start if first else filters.start
    high = last.end if last else filters.end
    counts, others, publishers = _queries(filters, recipient, low, high)
    points: dict[str, SeriesPoint] = {}
    sums: dict[str, list[float]] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    # Tens of thousands of rows share a few hundred days: each day's period (its last day, its point, its sums
    # and its publishers) is looked up once.
    days: dict[str, tuple[str, SeriesPoint, list[float], set[str]]] = {}

    def on(day: str) -> tuple[str, SeriesPoint, list[float], set[str]]:
        found = days.get(day)
        if found is None:
            within = period_of(day, by)
            point = points.setdefault(within.key, SeriesPoint(within.key, within.start, within.end))
            found = days[day] = (within.end, point, sums.setdefault(within.key, [0.0, 0.0, 0.0, 0.0]),
                                 sources[within.key])
        return found

    with store.reading() as conn:
        count_rows = conn.execute(counts).fetchall()
        odd_rows = conn.execute(others).fetchall() if any(row[7] for row in count_rows) else []
        publisher_rows = conn.execute(publishers).fetchall()
    width = len(CATEGORIES)
    for row in count_rows:
        date_lo, date_hi, n, score_sum, scored, gold_sum, golds = row[:7]
        end, point, total, _ = on(date_lo)
        if end < date_hi:
            continue  # its date is wider than the period
        point.count += n
        for category, found in zip(CATEGORIES, row[8:8 + width]):
            if found:
                point.by_category[category] = point.by_category.get(category, 0) + found
        for quad, found in zip(QUADS, row[8 + width:]):
            if found:
                point.by_quad[quad] = point.by_quad.get(quad, 0) + found
        total[0] += float(score_sum or 0.0)
        total[1] += scored
        total[2] += float(gold_sum or 0.0)
        total[3] += golds
    for date_lo, date_hi, category, quad_class, n in odd_rows:
        end, point, _, _ = on(date_lo)
        if end >= date_hi:
            if category not in CATEGORIES:
                point.by_category[category] = point.by_category.get(category, 0) + n
            if quad_class is not None and quad_class not in QUADS:
                point.by_quad[quad_class] = point.by_quad.get(quad_class, 0) + n
    lists: dict[str, list[str]] = {}  # a few lists of publishers recur across thousands of events
    for date_lo, date_hi, listed in publisher_rows:
        end, _, _, named = on(date_lo)
        if end >= date_hi:
            found = lists.get(listed)
            if found is None:
                found = lists[listed] = json.loads(listed)
            named.update(found)
    points = {key: point for key, point in points.items() if point.count}  # days of events wider than a period
    for key, point in points.items():
        score_sum, scored, gold_sum, golds = sums[key]
        point.mean_score = score_sum / scored if scored else None
        point.mean_goldstein = gold_sum / golds if golds else None
        point.sources = len(sources[key])
    return Series(by=by, filters=dict(filters.to_params()), recipient=recipient.upper() if recipient else None,
                  points=_fill(points, by, first or (period_of(low, by) if low else None),
                               last or (period_of(high, by) if high else None)))


def _queries(filters: EventFilter, recipient: str | None, low: str | None,
             high: str | None) -> tuple[Select[Any], Select[Any], Select[Any]]:
    """The counts per date window (in all, by category and by quad class), those of categories and quad classes
    outside PLOVER's (in case an old store holds any), and the publishers per date window of the selected
    dated events. A dyad under the plain filters is read from event_dyads' covering index alone;
    anything else from the events table, which keeps the Goldstein value and publishers of its reports."""
    pair = dyad_conditions(filters, recipient=recipient)
    table = event_dyads if pair is not None else events
    c = table.c
    where = pair if pair is not None else conditions(filters, recipient=recipient)
    dated: list[ColumnElement[bool]] = [c.date_lo.is_not(None), c.date_hi.is_not(None)]
    if low:
        dated.append(c.date_lo >= low)
    if high:  # date_lo bounded too, so that the date index reads only the span
        dated += [c.date_hi <= high, c.date_lo <= high]
    picked = [c.date_lo, c.date_hi, c.category, c.quad_class, c.score, c.goldstein]
    if pair is not None:  # one row an event, though it may have two rows of the dyad
        rows = select(c.event_id, *picked).distinct().where(*where, *dated).subquery()
    else:
        rows = select(*picked).where(*where, *dated).subquery()
    r = rows.c
    odd = or_(r.category.not_in(CATEGORIES), and_(r.quad_class.is_not(None), r.quad_class.not_in(QUADS)))
    # One row a date window, the categories and quad classes as columns: a few thousand rows for Python to add
    # up instead of one an event.
    counts = (select(r.date_lo, r.date_hi, func.count().label("n"), func.sum(r.score).label("score_sum"),
                     func.count(r.score).label("scored"), func.sum(r.goldstein).label("gold_sum"),
                     func.count(r.goldstein).label("golds"), _tally(odd),
                     *[_tally(r.category == name) for name in CATEGORIES],
                     *[_tally(r.quad_class == quad) for quad in QUADS])
              .group_by(r.date_lo, r.date_hi))
    others = (select(r.date_lo, r.date_hi, r.category, r.quad_class, func.count()).where(odd)
              .group_by(r.date_lo, r.date_hi, r.category, r.quad_class))
    publishers = select(c.date_lo, c.date_hi, c.publishers).distinct().where(*where, *dated, c.publishers != "[]")
    return counts, others, publishers


def _tally(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))


def _fill(points: dict[str, SeriesPoint], by: str, first: Period | None, last: Period | None) -> list[SeriesPoint]:
    """Every period of the span, empty ones included, so that a series reads as a time line."""
    if not points and (first is None or last is None):
        return []
    ordered = sorted(points.values(), key=lambda p: p.start)
    first = first or period_of(ordered[0].start, by)
    last = last or period_of(ordered[-1].start, by)
    if last.start < first.start:
        raise InputError(f"the window is empty: {first.key} comes after {last.key}")
    return [points.get(p.key) or SeriesPoint(p.key, p.start, p.end) for p in span(first, last, by)]


def category_counts(series: Series) -> Counter[str]:
    total: Counter[str] = Counter()
    for point in series.points:
        total.update(point.by_category)
    return total
