"""The last period against the trailing ones: counts, ratio and a Poisson tail probability, per category and in
all; and the dyads that appear in the last period but not in the baseline.

Under "no change", a period's count is Poisson with the baseline's mean. A rise is significant when
P(X >= count) < alpha, a fall when P(X <= count) < alpha; either only when the larger of the two figures
reaches ``min_count`` (two events against none is not news). A baseline of zero events expects half an event
over the whole window (so that one event after twelve empty weeks is not p = 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.util import ClauseAdapter

from tacitus.analysis.periods import Period, check_by, parse_period, period_of, shift
from tacitus.analysis.selection import conditions, dyad_conditions
from tacitus.analysis.series import Series, event_series
from tacitus.analysis.stats import poisson_cdf, poisson_sf
from tacitus.errors import InputError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import event_dyads, events

ALL = "all events"


@dataclass(frozen=True)
class Change:
    subject: str  # "all events" or a PLOVER category
    current: int
    baseline_mean: float
    ratio: float | None  # current / baseline mean; None when the baseline is empty
    p_value: float | None  # None below the minimum count
    direction: str  # up | down | flat
    significant: bool

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "current": self.current, "baseline_mean": round(self.baseline_mean, 3),
                "ratio": None if self.ratio is None else round(self.ratio, 3),
                "p_value": None if self.p_value is None else float(f"{self.p_value:.4g}"),
                "direction": self.direction, "significant": self.significant}

    def describe(self, period: str = "this period") -> str:
        """``ASSAULT: 41 this week vs 9.5 a week before (p < 0.001)``."""
        unit = {"this week": "a week", "this month": "a month"}.get(period, "a period")
        return (f"{self.subject}: {self.current} {period} vs {self.baseline_mean:.3g} {unit} before"
                f"{'' if self.p_value is None else ' (' + format_p(self.p_value) + ')'}")


@dataclass(frozen=True)
class NewDyad:
    actor: str
    recipient: str
    events: int  # in the current period

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "recipient": self.recipient, "events": self.events}


@dataclass
class BaselineReport:
    by: str
    period: Period
    baseline: list[Period]
    changes: list[Change]
    new_dyads: list[NewDyad] = field(default_factory=list)
    series: Series | None = None

    @property
    def total(self) -> Change:
        return next(c for c in self.changes if c.subject == ALL)

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "period": self.period.to_dict(),
                "baseline": {"periods": len(self.baseline), "start": self.baseline[0].start if self.baseline else None,
                             "end": self.baseline[-1].end if self.baseline else None},
                "changes": [c.to_dict() for c in self.changes], "new_dyads": [d.to_dict() for d in self.new_dyads]}


def format_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def compare(subject: str, current: int, baseline_counts: list[int], *, min_count: int = 3,
            alpha: float = 0.01) -> Change:
    """One count against the counts of the baseline periods."""
    if not baseline_counts:
        raise InputError("the baseline needs at least one period")
    mean = sum(baseline_counts) / len(baseline_counts)
    expected = mean if mean > 0 else 0.5 / len(baseline_counts)
    ratio = current / mean if mean > 0 else None
    direction = "up" if current > mean else "down" if current < mean else "flat"
    p_value: float | None = None
    if max(current, mean) >= min_count and direction != "flat":
        p_value = poisson_sf(current, expected) if direction == "up" else poisson_cdf(current, expected)
    return Change(subject, current, mean, ratio, p_value, direction, p_value is not None and p_value < alpha)


def current_period(store: Store, filters: EventFilter, by: str, at: str | None,
                   recipient: str | None = None) -> Period:
    """The period asked for; else the one holding ``--end``; else the one of the latest event selected."""
    if at:
        return parse_period(at, by)
    if filters.end:
        return period_of(filters.end, by)
    with store.reading() as conn:
        latest = conn.execute(select(func.max(events.c.date_lo)).where(
            *conditions(filters, recipient=recipient))).scalar()
    if latest is None:
        raise InputError("no dated events match these filters: nothing to compare (widen the filters)")
    return period_of(str(latest), by)


def baseline_change(store: Store, filters: EventFilter, *, by: str = "week", periods: int = 12,
                    at: str | None = None, recipient: str | None = None, min_count: int = 3,
                    alpha: float = 0.01) -> BaselineReport:
    """The period ``at`` (default: see current_period) against the ``periods`` before it."""
    check_by(by)
    if periods < 1:
        raise InputError(f"--periods {periods} must be at least 1")
    now = current_period(store, filters, by, at, recipient)
    first = shift(now, by, -periods)
    window = EventFilter(**{**_fields(filters), "start": None, "end": None})
    series = event_series(store, window, by=by, recipient=recipient, first=first, last=now)
    *before, last = series.points
    categories = sorted({c for p in series.points for c in p.by_category})
    changes = [compare(ALL, last.count, [p.count for p in before], min_count=min_count, alpha=alpha)]
    changes += [compare(c, last.by_category.get(c, 0), [p.by_category.get(c, 0) for p in before],
                        min_count=min_count, alpha=alpha) for c in categories]
    return BaselineReport(by=by, period=now, baseline=[period_of(p.start, by) for p in before], changes=changes,
                          new_dyads=new_dyads(store, window, now, first, recipient=recipient), series=series)


def adapt(condition: Any, alias: Any) -> Any:
    """``condition`` on a table as the same condition on ``alias`` of it."""
    return ClauseAdapter(alias).traverse(condition)


def _fields(filters: EventFilter) -> dict[str, Any]:
    return {k: v for k, v in vars(filters).items()}


def new_dyads(store: Store, filters: EventFilter, now: Period, first: Period, *,
              recipient: str | None = None) -> list[NewDyad]:
    """Country pairs with events in ``now`` and none from ``first`` up to it."""
    first_day = func.min(event_dyads.c.date_lo)
    span = [event_dyads.c.date_lo >= first.start, event_dyads.c.date_lo <= now.end]
    query = (select(event_dyads.c.side_a, event_dyads.c.side_b, first_day.label("first_day"),
                    func.count(func.distinct(event_dyads.c.event_id)).label("n"))
             .where(*span, event_dyads.c.side_a != event_dyads.c.side_b)
             .group_by(event_dyads.c.side_a, event_dyads.c.side_b))
    pair = dyad_conditions(filters, recipient=recipient)
    if pair is not None:  # the dyad's events from its index (their rows carry the event's date), then all their rows
        chosen = event_dyads.alias("chosen")
        inner = [adapt(condition, chosen) for condition in [*pair, *span]]
        query = query.where(event_dyads.c.event_id.in_(select(chosen.c.event_id).where(*inner)))
    else:
        # the events' own date_lo is the rows' (a copy): bounding it lets the date index find the events
        query = query.join(events, events.c.id == event_dyads.c.event_id).where(
            *conditions(filters, recipient=recipient), events.c.date_lo >= first.start, events.c.date_lo <= now.end)
    with store.reading() as conn:
        rows = conn.execute(query).fetchall()
    found = [NewDyad(r.side_a, r.side_b, r.n) for r in rows if str(r.first_day) >= now.start]
    return sorted(found, key=lambda d: (-d.events, d.actor, d.recipient))
