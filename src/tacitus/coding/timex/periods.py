"""Readers of what names no date: recurrences (TimeML SET) and lengths of time (TimeML DURATION).

They are read so that their words date nothing ("every Monday" is no Monday, "for three weeks" no week) and so
that `tacitus resolve date` can say what they are. Values follow TimeML: a length is P (PT for hours, minutes
and seconds), the count and the unit's letter, X for a count the text leaves open ("for weeks": PXW); a
recurrence of a length is the length between two of its times ("daily", "every day": P1D; "twice a year": P1Y),
and one of a calendar unit is that unit with the rest unspecified ("every Monday": XXXX-WXX-1, "every
summer": XXXX-SU, "every night": XXXX-XX-XXTNI). Decades and centuries are written in years (P10Y, P100Y).
Neither has a day or a precision: ``date`` is None and ``precision`` "unknown".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding.timex.grammar import Match
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.coding.timex.words import count, month_number, weekday_number
from tacitus.records import DateKind, ResolvedDate

if TYPE_CHECKING:
    from tacitus.coding.timex.resolve import Resolution

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
TIMES = {"once": 1, "twice": 2, "thrice": 3}


def _period(kind: DateKind, value: str) -> ResolvedDate:
    return ResolvedDate(None, "unknown", value, kind=kind)


def length(unit: str, number: int | None) -> str:
    """The TimeML value of ``number`` units ('day', 'weeks', 'decade'); None as the number is X."""
    word = unit.lower()
    units = vocabulary().period_units
    if word not in units:
        word = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    letters, size = units[word]
    amount = "X" if number is None else str(number * size)
    return f"P{letters[0]}{amount}{letters[1]}" if letters.startswith("T") else f"P{amount}{letters}"


def _count(groups: dict[str, str]) -> int | None:
    return count(groups["count"]) if "count" in groups else None


def duration(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'for three weeks' P3W, 'for weeks' PXW, 'over the past two years' P2Y, 'a decade' P10Y, 'hours' PTXH."""
    g = match.groups
    number = _count(g)
    if "count" in g and number is None:
        return None
    return _period("duration", length(g["punit"], number))


def every_unit(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'every day' P1D, 'every two weeks' P2W, 'every other year' P2Y, 'every few months' PXM."""
    g = match.groups
    number = 2 if "other" in g else None if "few" in g else _count(g) if "count" in g else 1
    return _period("set", length(g["punit"], number))


def times_per_unit(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'twice a year' P1Y, 'three times a week' P1W, 'per day' P1D: how often is not in the value."""
    return _period("set", length(match.groups["punit"], 1))


def every_calendar_unit(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'every Monday (morning)' XXXX-WXX-1(TMO), 'every May' XXXX-05, 'each spring' XXXX-SP, 'every night'
    XXXX-XX-XXTNI, 'every weekend' XXXX-WXX-WE."""
    g = match.groups
    if "weekday" in g:
        value = f"XXXX-WXX-{weekday_number(g['weekday']) + 1}"
        return _period("set", value + (f"T{PARTS_OF_DAY[g['part'].lower()]}" if "part" in g else ""))
    if "month" in g:
        return _period("set", f"XXXX-{month_number(g['month']):02d}")
    if "season" in g:
        return _period("set", f"XXXX-{vocabulary().seasons[g['season'].lower()]}")
    if "dpart" in g:
        return _period("set", f"XXXX-XX-XXT{PARTS_OF_DAY[g['dpart'].lower()]}")
    return _period("set", "XXXX-WXX-WE")


def weekdays(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'on Fridays': XXXX-WXX-5; 'on Sunday mornings': XXXX-WXX-7TMO."""
    g = match.groups
    value = f"XXXX-WXX-{weekday_number(g['weekday']) + 1}"
    return _period("set", value + (f"T{PARTS_OF_DAY[g['parts'].lower()]}" if "parts" in g else ""))


def adverb(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'daily' P1D, 'weekly' P1W, 'annually' P1Y."""
    return _period("set", vocabulary().set_adverbs[match.groups["adverb"].lower()])


READERS: dict[str, Callable[[Resolution, int, Match], ResolvedDate | None]] = {
    "duration": duration, "bare_duration": duration, "set": every_unit, "set_times": times_per_unit,
    "set_of": every_calendar_unit, "set_weekday": weekdays, "set_adverb": adverb,
}
