"""Resolving temporal expressions in a sentence against the publication date, with the sentence's tense.

"on Sunday" in a past-tense sentence is the Sunday before publication, in a future-tense one the next;
"Jan. 8" takes the year that puts it on the right side of the publication date; "last week" keeps week
precision. Nothing is guessed: an expression it cannot place resolves to None, with the reason logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Literal

from tacitus.records import ResolvedDate

log = logging.getLogger(__name__)

Tense = Literal["past", "present", "future"]

MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?(?![\d-])")),
    ("day_month", re.compile(rf"\b(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("month_year", re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-?)?{_MONTH}\s+{_YEAR}\b")),
    ("relative_day", re.compile(r"\b(?P<word>today|tonight|this morning|this afternoon|this evening|"
                                r"yesterday|tomorrow)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<which>last|next|this|on|late|early)\s+)?(?P<weekday>Monday|Tuesday|"
                           r"Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?:\s+(?P<part>night|morning|"
                           r"afternoon|evening))?")),
    ("ago", re.compile(r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("relative_span", re.compile(r"\b(?P<which>last|next|this|earlier this|later this|past)\s+"
                                 r"(?P<unit>week|month|year|weekend)\b", re.I)),
    ("recent", re.compile(r"\b(?:in\s+)?recent\s+(?P<unit>days|weeks|months)\b|\brecently\b", re.I)),
    ("weekend", re.compile(r"\bover the weekend\b|\bat the weekend\b", re.I)),
    ("month_only", re.compile(r"\b(?P<which>in|last|next|early|late|mid-?|since|until|by)\s+(?P<month>"
                              r"January|February|March|April|May|June|July|August|September|October|"
                              r"November|December)\b(?!\s+\d)")),
    ("year", re.compile(r"\b(?P<which>in|since|during|until|by|of)\s+(?P<year>(?:19|20)\d\d)\b(?![-/]\d)")),
]

_FUTURE = re.compile(r"\b(will|'ll|shall|is (?:expected|scheduled|set|due|slated|poised|going) to|"
                     r"are (?:expected|scheduled|set|due|slated|poised|going) to|plans? to|planning to|"
                     r"intends? to|to be held|would (?:travel|visit|meet|hold|attend))\b", re.I)
_PAST = re.compile(r"\b(\w+ed|said|told|met|held|had|was|were|did|took|made|went|came|fought|began|"
                   r"struck|shot|left|sent|gave|spoke|led|won|lost|saw|fled|broke|ran|hit|put|set|"
                   r"brought|bought|sought|caught|thought|kept|got|drew|flew|withdrew|overran)\b", re.I)


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    resolved: ResolvedDate


def detect_tense(sentence: str) -> Tense:
    """Future when the sentence schedules or expects; past when it reports; else present."""
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return "present"


def default_date(published: dt.date) -> ResolvedDate:
    """An event with no temporal expression: the publication date, honestly of unknown precision."""
    return ResolvedDate(published.isoformat(), "unknown")


def resolve_date(expression: str, published: dt.date, *, context: str | None = None,
                 tense: str | None = None) -> ResolvedDate | None:
    """One expression ("on Sunday", "Jan. 8", "last week") as a date and its precision, or None."""
    tense = tense or detect_tense(context or expression)
    mentions = find_dates(expression, published, tense=tense)
    if not mentions:
        log.info("no date in %r", expression)
        return None
    return mentions[0].resolved


def find_dates(sentence: str, published: dt.date, *, tense: str | None = None) -> list[DateMention]:
    """Every temporal expression of the sentence, resolved, in order of appearance."""
    tense = tense or detect_tense(sentence)
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            resolved = _resolve(kind, match, published, tense)
            if resolved is None:
                continue
            taken.append((match.start(), match.end()))
            mentions.append(DateMention(match.group(0), match.start(), match.end(), resolved))
    return sorted(mentions, key=lambda m: m.start)


def _day(value: dt.date) -> ResolvedDate:
    return ResolvedDate(value.isoformat(), "day")


def _week(value: dt.date) -> ResolvedDate:
    monday = value - dt.timedelta(days=value.weekday())
    return ResolvedDate(monday.isoformat(), "week")


def _month_number(text: str) -> int | None:
    return MONTHS.get(text.lower().rstrip(".")[:4].rstrip("."), MONTHS.get(text.lower().rstrip(".")[:3]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _place_in_year(month: int, day: int, published: dt.date, tense: str) -> dt.date | None:
    """The year that puts month-day on the side of the publication date the tense asks for."""
    candidates = [d for d in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not candidates:
        return None
    if tense == "future":
        ahead = [d for d in candidates if d >= published - dt.timedelta(days=1)]
        return min(ahead) if ahead else None
    if tense == "past":
        behind = [d for d in candidates if d <= published + dt.timedelta(days=2)]
        return max(behind) if behind else None
    return min(candidates, key=lambda d: abs((d - published).days))


def _resolve(kind: str, match: re.Match[str], published: dt.date, tense: str) -> ResolvedDate | None:
    groups = match.groupdict()
    if kind == "iso":
        value = _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        return _day(value) if value else None
    if kind in ("month_day", "day_month"):
        month = _month_number(groups["month"])
        day = int(groups["day"])
        if month is None or not 1 <= day <= 31:
            return None
        if groups["month"] == "May" and kind == "month_day" and day > 31:
            return None
        if groups.get("year"):
            value = _safe_date(int(groups["year"]), month, day)
        else:
            value = _place_in_year(month, day, published, tense)
        return _day(value) if value else None
    if kind == "month_year":
        month = _month_number(groups["month"])
        return ResolvedDate(f"{int(groups['year']):04d}-{month:02d}", "month") if month else None
    if kind == "relative_day":
        word = groups["word"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return _day(published + dt.timedelta(days=shift))
    if kind == "weekday":
        return _weekday(groups, published, tense)
    if kind == "ago":
        count = NUMBERS.get(groups["count"].lower()) if not groups["count"].isdigit() else int(groups["count"])
        if not count:
            return None
        unit = groups["unit"].lower()
        if unit == "day":
            return _day(published - dt.timedelta(days=count))
        if unit == "week":
            return _week(published - dt.timedelta(weeks=count))
        if unit == "month":
            year, month = divmod(published.year * 12 + published.month - 1 - count, 12)
            return ResolvedDate(f"{year:04d}-{month + 1:02d}", "month")
        return ResolvedDate(f"{published.year - count:04d}", "year")
    if kind == "relative_span":
        return _relative_span(groups["which"].lower(), groups["unit"].lower(), published)
    if kind == "recent":
        unit = (groups.get("unit") or "days").lower()
        if unit == "months":
            return ResolvedDate(published.strftime("%Y-%m"), "month")
        return _week(published)
    if kind == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
        return _week(saturday)
    if kind == "month_only":
        month = _month_number(groups["month"])
        if month is None:
            return None
        which = groups["which"].lower()
        year = published.year
        if which == "next" or (tense == "future" and which not in ("last", "since") and month < published.month):
            year += month <= published.month
        elif which in ("last", "since") or tense == "past":
            year -= month > published.month
        return ResolvedDate(f"{year:04d}-{month:02d}", "month")
    if kind == "year":
        return ResolvedDate(groups["year"], "year")
    return None


def _weekday(groups: dict[str, str | None], published: dt.date, tense: str) -> ResolvedDate | None:
    target = WEEKDAYS[(groups["weekday"] or "").lower()]
    which = (groups.get("which") or "").lower()
    if which == "next" or (tense == "future" and which != "last"):
        ahead = (target - published.weekday()) % 7 or 7
        return _day(published + dt.timedelta(days=ahead))
    if which == "this" and tense != "past":
        return _day(published + dt.timedelta(days=(target - published.weekday()) % 7))
    behind = (published.weekday() - target) % 7
    if behind == 0 and which in ("last", "") and tense == "past":
        behind = 7
    if which == "last" and behind == 0:
        behind = 7
    return _day(published - dt.timedelta(days=behind))


def _relative_span(which: str, unit: str, published: dt.date) -> ResolvedDate | None:
    step = {"last": -1, "past": -1, "next": 1}.get(which, 0)
    if unit == "week":
        return _week(published + dt.timedelta(weeks=step))
    if unit == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
        return _week(saturday + dt.timedelta(weeks=max(step, 0) + (1 if step > 0 else 0)))
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
        return ResolvedDate(f"{year:04d}-{month + 1:02d}", "month")
    return ResolvedDate(f"{published.year + step:04d}", "year")
