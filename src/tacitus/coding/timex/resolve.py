"""Reading the expressions grammar.py found as calendar spans, against the publication date.

The rules wire copy follows: a weekday is the publication day itself when it names that day ("Friday" in a
Friday story), else the one before publication, or after it when the clause looks ahead ("will meet
Monday"); a date, month, season, quarter or holiday without a year takes the year the clause's lean asks
for; "last week", "three days ago" and their kin count from publication, keeping the unit as precision;
"later that year", "the next day", "a year earlier" count from another date of the same sentence; without
one, those of days and weeks and a clock time count from the story's reference day (narrative.py), else stay
unresolved; "ten days before the killing" and a clock time in a sentence naming the killing count from the
date the story gave the killing, and stay unresolved when it gave none. Nothing is guessed: a form these
rules cannot place gives None, with the reason logged. The readers of each kind are in calendar.py (what
names a calendar unit), relative.py (what counts from publication or from another date) and periods.py
(recurrences and lengths of time, which are no dates: kind "set" or "duration").
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import TypeVar

from tacitus.coding.timex import calendar, periods, relative, story_events, values
from tacitus.coding.timex.grammar import Match, anchored
from tacitus.coding.timex.tense import Lean, lean_at
from tacitus.records import ResolvedDate

log = logging.getLogger(__name__)

Reader = Callable[["Resolution", int, Match], "ResolvedDate | None"]
READERS: dict[str, Reader] = {**calendar.READERS, **relative.READERS, **periods.READERS}
PAST_DAYS_AHEAD = 7  # a past-tense date may lie this far after publication (a deadline set, a dated story)
FUTURE_ODDS = 3  # without a verb, a coming date must be this many times nearer than the past one

# An event word that names any of others: "hours after the attack", told after "a car bomb killed 12 on Monday", counts
# from the bombing or the killing the story dated when it dated no attack as such
INSTANCES = {"attack": ("bombing", "killing")}

T = TypeVar("T")


class Resolution:
    """One sentence's expressions, resolved in passes: the free ones, then those that need an anchor."""

    def __init__(self, matches: list[Match], sentence: str, published: dt.date, fallback: Lean, *,
                 clock_on_publication: bool = False, reference: ResolvedDate | None = None,
                 events: Mapping[str, ResolvedDate] | None = None) -> None:
        self.matches = matches
        self.sentence = sentence
        self.published = published
        self.fallback = fallback
        # A time with no day in its sentence: the publication day for someone asking about that time,
        # no date for the coder ("a 5 p.m. curfew")
        self.clock_on_publication = clock_on_publication
        # The story's reference time (narrative.py): the day "the next day" counts from when the sentence
        # names none
        self.reference = reference
        # The dates the story gave its events (narrative.py): "ten days before the killing" counts from one
        self.events: Mapping[str, ResolvedDate] = events or {}
        self.results: list[ResolvedDate | None] = [None] * len(matches)
        self.assumed: set[int] = set()  # results that took the publication day for want of any other

    def run(self) -> list[ResolvedDate | None]:
        # the free ones, then those counted from an event (a clock time may stand on their day: "at 6 a.m. ten
        # days before the killing"), then the other anchored ones
        order = sorted(range(len(self.matches)), key=lambda i: _reading_pass(self.matches[i]))
        for i in order:
            match = self.matches[i]
            try:
                self.results[i] = READERS[match.kind](self, i, match)
            except (ValueError, OverflowError) as error:  # a day outside the calendar, a year out of range
                log.info("no date for %r: %s", match.text, error)
                self.results[i] = None
            if self.results[i] is None:
                log.info("could not place %r (%s) against %s", match.text, match.kind, self.published)
        return self.results

    def lean(self, match: Match) -> Lean:
        lean = lean_at(self.sentence, match.start, match.end)
        return self.fallback if lean in ("unknown", "perfect") else lean

    def anchor(self, i: int, *, day_only: bool = False, story: bool = False) -> ResolvedDate | None:
        """The date another expression of the sentence gives: the nearest one before, else after; with
        ``story``, when the sentence has none, the day the story has reached (its reference time)."""
        candidates = [(j, r) for j, r in enumerate(self.results) if j != i and r is not None and r.start
                      and (not day_only or r.precision == "day")]
        before = [c for c in candidates if c[0] < i]
        chosen = before[-1] if before else candidates[0] if candidates else None
        if chosen is None:
            return self.reference if story else None
        if chosen[0] in self.assumed:
            self.assumed.add(i)  # counted from an assumed publication day: assumed as well
        return chosen[1]

    def event_date(self, event: str) -> ResolvedDate | None:
        """The date of an event: the one this sentence ties to it ("a week before he was killed on March 4"),
        else the one the story gave it."""
        dated = [(m.start, m.end, r) for m, r in zip(self.matches, self.results) if r is not None]
        here = story_events.dated_events(self.sentence, dated)
        return here.get(event) or self.events.get(event) \
            or next((known for other in INSTANCES.get(event, ()) if (known := here.get(other) or self.events.get(other))),
                    None)

    def named_event_day(self, match: Match) -> ResolvedDate | None:
        """The day the story gave the event the sentence names nearest the expression ("was shot dead at
        10 p.m."), None when that event has no known day."""
        named = [(abs(start - match.start), event) for start, _, event in story_events.words_of(self.sentence)]
        if not named:
            return None
        known = self.events.get(min(named)[1])
        return known if known is not None and known.precision == "day" else None

    def pick_day(self, candidates: list[dt.date], lean: Lean) -> dt.date:
        """The day, of one month-day in several years, on the side of publication the lean asks for."""
        p = self.published
        if lean == "back":
            behind = [d for d in candidates if d <= p + dt.timedelta(days=PAST_DAYS_AHEAD)]
            if behind:
                return max(behind)
        if lean == "ahead":
            ahead = [d for d in candidates if d >= p]
            if ahead:
                return min(ahead)
        if lean == "unknown":
            return _past_leaning([(abs((d - p).days), d > p, d) for d in candidates])
        return min(candidates, key=lambda d: (abs((d - p).days), d > p))

    def pick_span(self, candidates: list[ResolvedDate], lean: Lean) -> ResolvedDate:
        """The month, season or quarter, of one in several years, on the side the lean asks for."""
        today = self.published.isoformat()
        if lean == "back":
            behind = [c for c in candidates if values.start_of(c) <= today]
            if behind:
                return max(behind, key=values.start_of)
        if lean == "ahead":
            ahead = [c for c in candidates if (c.end or "") >= today]
            if ahead:
                return min(ahead, key=values.start_of)
        if lean == "unknown":
            return _past_leaning([(values.distance(c, self.published), values.start_of(c) > today, c)
                                  for c in candidates])
        return min(candidates, key=lambda c: (values.distance(c, self.published), values.start_of(c) > today))


def _reading_pass(match: Match) -> int:
    if not anchored(match):
        return 0
    return 1 if match.kind in ("event_rel", "event_day") else 2


def _past_leaning(candidates: list[tuple[int, bool, T]]) -> T:
    """With no verb to go by, news tells of the past: the coming one only when it is much the nearer."""
    past = [c for c in candidates if not c[1]]
    future = [c for c in candidates if c[1]]
    nearest_past = min(past, key=lambda c: c[0]) if past else None
    nearest_future = min(future, key=lambda c: c[0]) if future else None
    if nearest_past is None or (nearest_future is not None and nearest_future[0] * FUTURE_ODDS < nearest_past[0]):
        return nearest_future[2] if nearest_future else candidates[0][2]
    return nearest_past[2]
