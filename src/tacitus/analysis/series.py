"""Event series: per week or month, counts by category and quad class, mean PLOVER score and Goldstein value,
and the number of distinct publishers, for any filter (and dyad).

An event is counted in a period only when its whole date window lies in it: an event known only to the
month is not put in the week of the 1st.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from tacitus.analysis.periods import Period, check_by, period_of, span
from tacitus.analysis.selection import conditions
from tacitus.errors import InputError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import articles, event_mentions, events, mentions

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
    where = conditions(filters, recipient=recipient)
    low = first.start if first else filters.start
    high = last.end if last else filters.end
    dated: list[ColumnElement[bool]] = [events.c.date_lo.is_not(None), events.c.date_hi.is_not(None)]
    if low:
        dated.append(events.c.date_lo >= low)
    if high:  # date_lo bounded too, so that the date index reads only the span
        dated += [events.c.date_hi <= high, events.c.date_lo <= high]
    counts = (select(events.c.date_lo, events.c.date_hi, events.c.category, events.c.quad_class,
                     func.count().label("n"), func.sum(events.c.score).label("score_sum"),
                     func.count(events.c.score).label("scored"), func.sum(mentions.c.goldstein).label("gold_sum"),
                     func.count(mentions.c.goldstein).label("golds"))
              .join(mentions, mentions.c.id == events.c.representative)
              .where(*where, *dated)
              .group_by(events.c.date_lo, events.c.date_hi, events.c.category, events.c.quad_class))
    # The events first (by the date index), then their reports: joined the other way round, SQLite would read
    # every row of event_mentions.
    selected = select(events.c.id).where(*where, *dated)
    publishers = (select(events.c.date_lo, events.c.date_hi, articles.c.publisher).distinct()
                  .select_from(event_mentions)
                  .join(events, events.c.id == event_mentions.c.event_id)
                  .join(mentions, mentions.c.id == event_mentions.c.mention_id)
                  .join(articles, articles.c.id == mentions.c.article_id)
                  .where(event_mentions.c.event_id.in_(selected), articles.c.publisher.is_not(None)))
    points: dict[str, SeriesPoint] = {}
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    with store.reading() as conn:
        count_rows = conn.execute(counts).fetchall()
        publisher_rows = conn.execute(publishers).fetchall()
    for row in count_rows:
        period = period_of(row.date_lo, by)
        if period.end < row.date_hi:
            continue  # its date is wider than the period
        point = points.setdefault(period.key, SeriesPoint(period.key, period.start, period.end))
        point.count += row.n
        point.by_category[row.category] = point.by_category.get(row.category, 0) + row.n
        if row.quad_class is not None:
            point.by_quad[row.quad_class] = point.by_quad.get(row.quad_class, 0) + row.n
        total = sums[period.key]
        total[0] += float(row.score_sum or 0.0)
        total[1] += row.scored
        total[2] += float(row.gold_sum or 0.0)
        total[3] += row.golds
    sources: dict[str, set[str]] = defaultdict(set)
    for row in publisher_rows:
        period = period_of(row.date_lo, by)
        if period.end >= row.date_hi:
            sources[period.key].add(row.publisher)
    for key, point in points.items():
        score_sum, scored, gold_sum, golds = sums[key]
        point.mean_score = score_sum / scored if scored else None
        point.mean_goldstein = gold_sum / golds if golds else None
        point.sources = len(sources[key])
    return Series(by=by, filters=dict(filters.to_params()), recipient=recipient.upper() if recipient else None,
                  points=_fill(points, by, first or (period_of(low, by) if low else None),
                               last or (period_of(high, by) if high else None)))


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
