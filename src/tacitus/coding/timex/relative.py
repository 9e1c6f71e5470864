"""Readers of expressions counted from publication or from another date of the sentence: weekdays,
today and its kin, this/last/next week|month|year|quarter, weekends, 'N days ago', 'in two weeks',
'that day', 'a year earlier', 'ten days before the killing', and PRESENT_REF/PAST_REF/FUTURE_REF."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding.timex import values
from tacitus.coding.timex.grammar import Match, anchored as counts_from_another
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.coding.timex.words import BACKWARD, FORWARD, count, day_of_word, weekday_number
from tacitus.records import ResolvedDate

if TYPE_CHECKING:
    from tacitus.coding.timex.resolve import Resolution

COARSER_THAN_DAY = ("quarter", "half", "month", "season")
DAY_UNITS = ("day", "morning", "afternoon", "evening", "night")
# Units counted from the story's reference day when the sentence names no date: a month or a year said
# with "that" points back at a month or year named before, which a reference day does not keep
STORY_UNITS = (*DAY_UNITS, "week", "weekend")
SUNDAY = 6  # as date.weekday() numbers it
YEARS = {"year": 1, "decade": 10, "century": 100}
# How far "the days before" / "the weeks after" an event reach, to tell whether they stay in its month
VAGUE_REACH = {"day": 6, "week": 20}


def weekday_day(res: Resolution, g: dict[str, str], match: Match) -> dt.date | None:
    """The day a weekday names: the publication day itself when it is that weekday, else the one before
    or after publication as its words ('last', 'next', 'this') or its clause say."""
    target = weekday_number(g["weekday"])
    p = res.published
    ahead = (target - p.weekday()) % 7
    behind = (p.weekday() - target) % 7
    rel = g.get("rel", "").lower()
    if rel in BACKWARD:
        return p - dt.timedelta(days=behind or 7)
    if rel in FORWARD:
        return p + dt.timedelta(days=ahead or 7)
    if ahead == 0:
        return p  # wire copy: "Friday" in a Friday story is the day itself
    lean = res.lean(match)
    if rel == "this":
        lean = "back" if lean == "back" else "ahead"
    if lean in ("ahead", "present") or (lean == "near" and ahead < behind):
        # "The trial resumes Monday": a present tense with a weekday tells what is scheduled
        return p + dt.timedelta(days=ahead)
    return p - dt.timedelta(days=behind)


def weekday(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    day = weekday_day(res, match.groups, match)
    return values.part_of_day(day, match.groups.get("part")) if day else None


def weekday_of_week(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'Thursday next week', 'Monday of last week', 'next week on Friday': the weekday of the week before,
    of or after the publication week (weeks begin on Monday, as ISO and TimeML weeks do)."""
    p = res.published
    shift = {"last": -7, "next": 7}.get(match.groups["week"].lower(), 0)
    day = p - dt.timedelta(days=p.weekday() - shift) + dt.timedelta(days=weekday_number(match.groups["weekday"]))
    return values.part_of_day(day, match.groups.get("part"))


def day_offset(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the day before last Tuesday'."""
    day = weekday_day(res, match.groups, match)
    if day is None:
        return None
    return values.day(day + dt.timedelta(days=-1 if match.groups["side"].lower() == "before" else 1))


def day_word(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    day = day_of_word(match.groups["dayword"], res.published)
    return values.part_of_day(day, match.groups.get("part")) if day else None


def unit_rel(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'last week', 'this month', 'next year', 'the current quarter', 'the end of the month', 'year-end'."""
    g = match.groups
    rel = (g.get("rel") or "this").lower()
    step = -1 if rel in BACKWARD else 1 if rel in FORWARD else 0
    if rel in ("past", "last") and re.search(r"\bthe\s+" + rel + r"\b", match.text.lower()):
        step = 0  # "the past week", "for the last month": the span that ends now; not "the end of last year"
    unit = g["unit"].lower()
    p = res.published
    if unit == "week" and rel == "last" and step == -1 and p.weekday() == SUNDAY:
        step = 0  # a Sunday paper's "last week" is the week ending that day, not the one before it
    if unit == "week" and rel == "this" and p.weekday() == SUNDAY and res.lean(match) == "ahead":
        step = 1  # and its "will resume this week" the week that starts the next day, not the one it ends
    if unit == "decade":
        return values.decade(p.year + 10 * step)
    if unit == "century":
        return values.century(p.year // 100 + step)
    if unit == "year" and "fiscal" in g:
        return values.fiscal_year(p.year + step)
    return values.moved(p, unit, step)


def the_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the year': the year of the sentence's own date ("in 1996, the year the stadium was bombed"), else
    this one ("net income for the year")."""
    anchor = res.anchor(i)
    if anchor is not None and anchor.start and anchor.precision in ("day", "week", "month", "quarter", "half",
                                                                      "season", "year"):
        return values.year(int(anchor.start[:4]))
    return values.year(res.published.year)


def weekend(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """The weekend of this ISO week, or of the one before or after, as the words or the clause say."""
    rel = match.groups.get("rel", "").lower()
    p = res.published
    if rel == "this":
        return values.weekend(p)
    days_to_saturday = 5 - p.weekday()  # negative on Sunday, 0 on Saturday
    passed = values.weekend(p if days_to_saturday <= 0 else p - dt.timedelta(weeks=1))
    coming = values.weekend(p if days_to_saturday >= 0 else p + dt.timedelta(weeks=1))
    lean = "back" if rel in BACKWARD else "ahead" if rel in FORWARD else res.lean(match)
    if lean == "back":
        return passed
    if lean == "ahead":
        return coming
    return passed if p.weekday() < 3 or p.weekday() == 6 else coming


def week_before_last(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    return values.moved(res.published, match.groups["unit"].lower(), -2)


def in_units(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'will meet again in two weeks', 'the council meets again in two weeks': that far from publication; 'the
    first visit in seven years', 'prices are at their highest in a decade' are a stretch of time, no date."""
    lean = res.lean(match)
    if lean != "ahead" and (lean != "present" or _ranked(res.sentence[:match.start])):
        return None
    return ago(res, i, match)


def _ranked(before: str) -> bool:
    """Whether the clause before 'in two weeks' ranks something against a stretch of time: 'its first loss',
    'their highest', 'the only time'."""
    clause = re.split(r"[,;:]", before)[-1]
    return bool(re.search(r"\b(?:first|last|only|ever|time|times|\w{2,}est|most|least|since)\b", clause, re.I))


def ago(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'11 days ago', 'six weeks ago', 'a year earlier' (of the sentence's quarter when it has one),
    'two days later' (of the sentence's date, else unresolved), 'two years from now'."""
    g = match.groups
    number = count(g["count"])
    if number is None:
        return None
    unit = re.sub(r"(ies|s)$", "", g["unit"].lower()).replace("centur", "century")
    direction = (g.get("dir") or g.get("dir2") or "in").lower()
    sign = -1 if direction in ("ago", "back", "earlier", "before") else 1
    base: ResolvedDate | None = values.day(res.published)
    anchor = res.anchor(i, story=unit in STORY_UNITS) if counts_from_another(match) else None
    if direction in ("earlier", "before", "later", "after"):
        if anchor is not None:
            base = anchor
        elif direction in ("later", "after"):
            return None  # "two days later": later than what the sentence does not say
    elif anchor is not None and anchor.precision in ("quarter", "half"):
        base = anchor  # "third-quarter profit fell from a year ago": the third quarter of last year
    if base is None or base.start is None:
        return None
    if direction.endswith("today") and unit in ("day", "week"):  # "a week from today" is a day, not a week
        return values.day(dt.date.fromisoformat(base.start) + dt.timedelta(days=number * (7 if unit == "week" else 1)))
    if unit in YEARS and base.precision in COARSER_THAN_DAY:
        return values.shift(base, sign * number * YEARS[unit])  # "profit fell from a year earlier"
    return values.moved(dt.date.fromisoformat(base.start), unit, sign * number)


def anchored(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'that day', 'later that year', 'the next week', 'the year before': from the sentence's other date;
    'the next day' and 'that night' with none from the day the story has reached; 'the year before' and
    'the following month' with none count from publication."""
    g = match.groups
    unit = g["unit"].lower()
    side = g.get("side", "").lower()
    anchor = res.anchor(i, story=unit in STORY_UNITS)
    if anchor is None and side and unit in ("week", "month", "year") and "when" not in g \
            and not match.text.lower().startswith("that"):
        anchor = values.day(res.published)
    if anchor is None or anchor.start is None:
        return None  # "that day", "the next morning": of a day neither the sentence nor the story names
    step = 1 if side in ("next", "following", "after", "later") else -1 if side else 0
    first = dt.date.fromisoformat(anchor.start)
    if unit in DAY_UNITS:
        if anchor.precision == "month" and step == 0:
            return anchor  # "killed last October ... that same day": a day of that month
        return values.day(first + dt.timedelta(days=step)) if anchor.precision == "day" else None
    if unit == "weekend":
        return values.weekend(first + dt.timedelta(weeks=step))
    if unit == "year" and step and anchor.precision in COARSER_THAN_DAY:
        return values.shift(anchor, step)  # "sales in the third quarter fell from the year earlier"
    return values.moved(first, unit, step)


def event_rel(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'ten days before the killing', 'the day after his death', 'a year after the bombing', 'hours after the
    attack', 'in the weeks before the shooting': from the date the story gave that event, else unresolved.
    A vague span ('the days before') is the month of the event's day when it cannot leave that month, or
    the event's own month or season when the story gave no finer date."""
    g = match.groups
    known = res.event_date(vocabulary().events[g["event"].lower()].event)
    if known is None or known.start is None:
        return None
    unit = g["unit"].lower().rstrip("s")
    first = dt.date.fromisoformat(known.start)
    sign = 1 if g["side"].lower() in ("after", "following") else -1
    if unit in ("minute", "hour"):
        return known  # "hours after the bombing": of its day (or the month the story gave it)
    number = count(g["count"]) if "count" in g else 1 if not g["unit"].lower().endswith("s") else None
    if number is None or ("the" in g and number > 1):
        # "the days before the killing", "in the two weeks after the vote": a stretch, not a day
        if unit not in ("day", "week"):
            return None
        if known.precision != "day":
            return known if known.precision in ("month", "season") else None
        reach = VAGUE_REACH[unit] if number is None else number * (7 if unit == "week" else 1)
        edge = first + dt.timedelta(days=sign * reach)
        return values.month(first.year, first.month) if (edge.year, edge.month) == (first.year, first.month) \
            else None
    if unit in ("day", "week", *DAY_UNITS):
        if known.precision != "day":
            return None
        step = number * (7 if unit == "week" else 1)
        moved = first + dt.timedelta(days=sign * step)
        return values.week(moved) if unit == "week" and "the" in g else values.day(moved)  # "the week before"
    return values.moved(first, unit, sign * number) if known.precision in ("day", "month") else None


def event_day(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the day of the bombing', 'the night of his death': the day the story gave that event; 'the eve of
    the vote' the day before it."""
    known = res.event_date(vocabulary().events[match.groups["event"].lower()].event)
    if known is None or known.start is None or known.precision != "day":
        return None
    eve = match.groups["unit"].lower() == "eve"
    return values.day(dt.date.fromisoformat(known.start) - dt.timedelta(days=1 if eve else 0))


def reference(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    kind = vocabulary().references.get(re.sub(r"\s+", " ", match.text.lower()))
    return values.reference(kind, res.published) if kind else None


READERS: dict[str, Callable[[Resolution, int, Match], ResolvedDate | None]] = {
    "weekday": weekday, "weekday_of_week": weekday_of_week, "day_offset": day_offset, "day_word": day_word,
    "overnight": day_word,
    "unit_rel": unit_rel, "the_year": the_year, "weekend": weekend, "week_before_last": week_before_last,
    "in_units": in_units, "ago": ago, "anchored": anchored, "reference": reference, "event_rel": event_rel,
    "event_day": event_day,
}
