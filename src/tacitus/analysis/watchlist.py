"""The watchlist: planned and intended events with their announced dates, and what became of each.

Once the announced date window has passed, an entry is
- **happened**: an asserted (or reported) event of the same category and the same countries (either
  direction) is stored, dated within the window, at a compatible place (either names none, the same
  place, or the same country); its id is kept;
- **called off**: a negated report of the same category and countries in the window, or a REJECT
  between those countries dated within the window;
- **not reported yet**: neither.
Before then it is **upcoming**.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, or_

from tacitus.analysis.selection import HAPPENED, conditions, starts_after
from tacitus.analysis.sentences import Sentence, cite, describe
from tacitus.analysis.views import EventView, load_events
from tacitus.errors import InputError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter, parse_day
from tacitus.store.schema import events

PLANS = ("planned", "intended")
OUTCOMES = ("upcoming", "happened", "not reported yet", "called off")


@dataclass
class WatchItem:
    event: EventView
    outcome: str  # one of OUTCOMES
    outcome_event: str | None = None  # the stored event that settled it
    sentence: Sentence = field(default_factory=lambda: Sentence(""))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.event.id, "date": self.event.date, "date_precision": self.event.precision,
                "status": self.event.status, "category": self.event.category, "mode": self.event.mode,
                "actor_countries": list(self.event.actor_countries),
                "recipient_countries": list(self.event.recipient_countries), "place": self.event.place,
                "reports": self.event.reports, "articles": self.event.articles, "outcome": self.outcome,
                "outcome_event": self.outcome_event, "sentence": self.sentence.to_dict(),
                "evidence": self.event.sentence}

    def line(self) -> str:
        """``Putin is expected to visit Turkey, 2020-01-08, planned, 2 reports: happened (ev-...)``."""
        reports = f"{self.event.articles} report{'s' if self.event.articles != 1 else ''}"
        settled = f" ({self.outcome_event})" if self.outcome_event else ""
        return (f"{describe(self.event, with_date=False)}, {self.event.date or 'date unknown'}, "
                f"{self.event.status}, {reports}: {self.outcome}{settled}")


@dataclass
class Watchlist:
    start: str
    end: str
    today: str
    items: list[WatchItem]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "today": self.today,
                "items": [i.to_dict() for i in self.items]}


def _same_parties(plan: EventView, other: EventView) -> bool:
    return bool(plan.countries) and plan.countries == other.countries


def _same_place(plan: EventView, other: EventView) -> bool:
    if not plan.place or not other.place:
        return True
    if plan.place == other.place:
        return True
    return plan.place_country is not None and plan.place_country == other.place_country


def settle(conn: Connection, plan: EventView, today: str) -> tuple[str, str | None]:
    """The outcome of one planned event, and the id of the event that settled it."""
    if plan.date_lo is None or plan.date_hi is None or plan.date_hi >= today:
        return "upcoming", None
    window = [events.c.date_lo <= plan.date_hi, events.c.date_hi >= plan.date_lo, starts_after(plan.date_lo),
              events.c.id != plan.id]
    candidates = load_events(conn, [*window, or_(
        and_(events.c.category == plan.category, events.c.status.in_(HAPPENED + ("negated",))),
        events.c.category == "REJECT")])
    for status, outcome in ((HAPPENED, "happened"), (("negated",), "called off")):
        for other in candidates:
            if other.category == plan.category and other.status in status and _same_parties(plan, other) \
                    and _same_place(plan, other):
                return outcome, other.id
    for other in candidates:
        if other.category == "REJECT" and other.status in HAPPENED and plan.countries \
                and plan.countries <= other.countries:
            return "called off", other.id
    return "not reported yet", None


def watchlist(store: Store, filters: EventFilter, *, start: str | None = None, days: int = 30,
              today: str | None = None) -> Watchlist:
    """Planned and intended events dated from ``start`` (default: the filter's start, else today) for ``days``."""
    if days < 1:
        raise InputError(f"--days {days} must be at least 1")
    now = parse_day(today, "--today") if today else dt.datetime.now(dt.timezone.utc).date().isoformat()
    first = parse_day(start, "--from") if start else filters.start or now
    last = (dt.date.fromisoformat(first) + dt.timedelta(days=days - 1)).isoformat()
    if filters.end and filters.end < last:
        last = filters.end
    window = EventFilter(**{**vars(filters), "start": None, "end": None, "status": None})
    where = conditions(window, statuses=PLANS)
    where += [events.c.date_lo.is_not(None), events.c.date_lo >= first, events.c.date_lo <= last]
    with store.reading() as conn:
        plans = sorted(load_events(conn, where, order="date"), key=lambda e: (e.date or "", e.id))
        items = []
        for plan in plans:
            outcome, settled_by = settle(conn, plan, now)
            items.append(WatchItem(plan, outcome, settled_by,
                                   cite(describe(plan) + ".", [plan])))
    return Watchlist(start=first, end=last, today=now, items=items)
