"""Reading the expressions grammar.py found as calendar spans, against the publication date.

The rules wire copy follows: a weekday is the publication day itself when it names that day ("Friday" in a
Friday story), else the one before publication, or after it when the clause looks ahead ("will meet
Monday"); a date, month, season, quarter or holiday without a year takes the year the clause's lean asks for,
the nearest one when the clause gives no direction; "last week", "three days ago" and their kin count from
publication, keeping the unit as precision; "later that year", "the next day", "a year earlier" count from
another date of the same sentence and stay unresolved without one. Nothing is guessed: a form these rules
cannot place gives None, with the reason logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import TypeVar

from tacitus.coding.timex import values
from tacitus.coding.timex.grammar import Match
from tacitus.coding.timex.holidays import holiday_date
from tacitus.coding.timex.tense import Lean, lean_at
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.records import ResolvedDate

log = logging.getLogger(__name__)

# Kinds read from another date of the sentence, once the others are resolved
DEPENDENT = {"anchored", "day_after_date", "the_quarter"}
BACKWARD = {"last", "past", "previous", "latest", "recent", "preceding", "prior"}
FORWARD = {"next", "coming", "following"}
PAST_DAYS_AHEAD = 7  # a past-tense date may lie this far after publication (a deadline set, a dated story)
FUTURE_ODDS = 3  # without a verb, a coming date must be this many times nearer than the past one

T = TypeVar("T")


class Resolution:
    """One sentence's expressions, resolved in two passes: the free ones, then those that need an anchor."""

    def __init__(self, matches: list[Match], sentence: str, published: dt.date, fallback: Lean, *,
                 clock_on_publication: bool = False) -> None:
        self.matches = matches
        self.sentence = sentence
        self.published = published
        self.fallback = fallback
        # A time with no day in its sentence: the publication day for someone asking about that time,
        # no date for the coder ("a 5 p.m. curfew")
        self.clock_on_publication = clock_on_publication
        self.results: list[ResolvedDate | None] = [None] * len(matches)

    def run(self) -> list[ResolvedDate | None]:
        order = [i for i, m in enumerate(self.matches) if not self._dependent(m)]
        order += [i for i, m in enumerate(self.matches) if self._dependent(m)]
        for i in order:
            match = self.matches[i]
            try:
                self.results[i] = self._resolve(i, match)
            except (ValueError, OverflowError) as error:  # a day outside the calendar, a year out of range
                log.info("no date for %r: %s", match.text, error)
                self.results[i] = None
            if self.results[i] is None:
                log.info("could not place %r (%s) against %s", match.text, match.kind, self.published)
        return self.results

    def _dependent(self, match: Match) -> bool:
        if match.kind in DEPENDENT:
            return True
        if match.kind == "clock":
            return "weekday" not in match.groups and "dayword" not in match.groups
        if match.kind == "ago":
            return "dir2" in match.groups or match.groups.get("dir", "").lower() in ("earlier", "later") or (
                match.groups.get("dir", "").lower() == "ago"
                and match.groups.get("unit", "").lower().startswith(("year", "decade", "centur")))
        return match.kind == "quarter" and "same" in match.groups

    def lean(self, match: Match) -> Lean:
        lean = lean_at(self.sentence, match.start, match.end)
        return self.fallback if lean in ("unknown", "perfect") else lean

    def _resolve(self, i: int, match: Match) -> ResolvedDate | None:
        handler: Callable[[int, Match], ResolvedDate | None] = getattr(self, f"_{match.kind}")
        return handler(i, match)

    # anchors ----------------------------------------------------------------------------------------

    def anchor(self, i: int, *, day_only: bool = False) -> ResolvedDate | None:
        """The date another expression of the sentence gives: the nearest one before, else after."""
        candidates = [(j, r) for j, r in enumerate(self.results) if j != i and r is not None and r.start
                      and (not day_only or r.precision == "day")]
        before = [c for c in candidates if c[0] < i]
        if before:
            return before[-1][1]
        return candidates[0][1] if candidates else None

    # kinds ------------------------------------------------------------------------------------------

    def _iso(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        return values.day(dt.date(int(g["year"]), int(g["month"]), int(g["day"])))

    def _date(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        month, day = _month(g["month"]), int(g["day"])
        if not 1 <= day <= 31:
            return None
        year = _year_of(g, self.published)
        if year is not None:
            return values.day(dt.date(year, month, day))
        candidates = [d for d in (_safe(self.published.year + k, month, day) for k in (-1, 0, 1)) if d]
        if not candidates:
            return None  # Feb. 30
        if "weekday" in g:
            named = [d for d in candidates if d.weekday() == _weekday_number(g["weekday"])]
            candidates = named or candidates
        rel = g.get("rel", "").lower()
        if rel in BACKWARD:
            candidates = [d for d in candidates if d < self.published] or candidates
            return values.day(max(candidates))
        if rel in FORWARD:
            candidates = [d for d in candidates if d > self.published] or candidates
            return values.day(min(candidates))
        return values.day(self._pick_day(candidates, self.lean(match)))

    def _week_of(self, i: int, match: Match) -> ResolvedDate | None:
        day = self._date(i, match)
        return values.week(dt.date.fromisoformat(day.date)) if day and day.date else None

    def _day_after_date(self, i: int, match: Match) -> ResolvedDate | None:
        previous = self.results[i - 1] if i else None
        if previous is None or previous.precision != "day" or not previous.date:
            return None
        if self.matches[i - 1].end < match.start - 12:
            return None
        first = dt.date.fromisoformat(previous.date)
        return values.day(first.replace(day=int(match.groups["day"])))

    def _month_year(self, i: int, match: Match) -> ResolvedDate | None:
        return _checked_month(int(match.groups["year"]), _month(match.groups["month"]))

    def _month(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        month = _month(g["month"])
        year = _year_of(g, self.published)
        if year is not None:
            return _checked_month(year, month)
        rel = _relation(g)
        now = (self.published.year, self.published.month)
        years = [self.published.year + k for k in (-1, 0, 1)]
        if rel == "this":
            return values.month(self.published.year, month)
        if rel == "last":
            return values.month(max(y for y in years if (y, month) < now), month)
        if rel == "next":
            return values.month(min(y for y in years if (y, month) > now), month)
        return self._pick_span([values.month(y, month) for y in years], self.lean(match))

    _bare_month = _month

    def _clock(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        if "word" in g:
            hour, minute = vocabulary().clock_words[g["word"].lower()], 0
        elif "hour2" in g:
            hour, minute = int(g["hour2"]), int(g.get("minute2", 0))
            hour += 12 if g["daypart"].lower() != "morning" and hour < 12 else 0
        else:
            hour, minute = int(g["hour"]) % 12, int(g.get("minute", 0))
            hour += 12 if g["ampm"].lower() == "p" else 0
        if hour > 23:
            return None
        if "weekday" in g:
            day = self._weekday_day(g, match)
        elif "dayword" in g:
            day = _day_word(g["dayword"], self.published)
        else:
            anchor = self.anchor(i, day_only=True)
            if anchor is not None and anchor.date:
                day = dt.date.fromisoformat(anchor.date)
            elif self.clock_on_publication:
                day = self.published
            else:
                return None
        return values.clock(day, hour, minute) if day else None

    def _fiscal_year(self, i: int, match: Match) -> ResolvedDate | None:
        return values.fiscal_year(_full_year(match.groups["fy"], self.published))

    def _year(self, i: int, match: Match) -> ResolvedDate | None:
        year = int(match.groups["year"])
        return values.year(year) if values.valid_year(year) else None

    _bare_year = _year

    def _decade(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        if "decade" in g:
            return values.decade(int(g["decade"]) * 10)
        digit = int(g["short"]) if "short" in g else vocabulary().decades[g["dword"].lower()]
        first = self.published.year // 100 * 100 + digit * 10
        return values.decade(first - 100 if first > self.published.year else first)

    def _century(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        number = int(g["nth"]) if "nth" in g else vocabulary().ordinals.get(g["ordinal"].lower(), 0)
        return values.century(number - 1) if 1 <= number <= 99 else None

    def _unit_rel(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        rel = (g.get("rel") or "this").lower()
        step = -1 if rel in BACKWARD else 1 if rel in FORWARD else 0
        if rel in ("past", "last") and match.text.lower().startswith("the "):
            step = 0  # "the past week", "for the last month": the span that ends now
        unit = g["unit"].lower()
        p = self.published
        if unit == "day":
            return values.day(p + dt.timedelta(days=step))
        if unit == "week":
            return values.week(p + dt.timedelta(weeks=step))
        if unit == "month":
            return values.month(*values.add_months(p, step))
        if unit == "quarter":
            return values.quarter(*_quarter_shift(p, step))
        if unit == "decade":
            return values.decade(p.year + 10 * step)
        if unit == "century":
            return values.century(p.year // 100 + step)
        if "fiscal" in g:
            return values.fiscal_year(p.year + step)
        return values.year(p.year + step)

    def _weekend(self, i: int, match: Match) -> ResolvedDate | None:
        """The weekend of this ISO week, or of the one before or after, as the words or the clause say."""
        rel = match.groups.get("rel", "").lower()
        p = self.published
        days_to_saturday = 5 - p.weekday()  # negative on Sunday, 0 on Saturday
        passed = values.weekend(p if days_to_saturday <= 0 else p - dt.timedelta(weeks=1))
        coming = values.weekend(p if days_to_saturday >= 0 else p + dt.timedelta(weeks=1))
        lean = "back" if rel in BACKWARD else "ahead" if rel in FORWARD or rel == "coming" else self.lean(match)
        if rel == "this":
            return values.weekend(p)
        if lean == "back":
            return passed
        if lean == "ahead":
            return coming
        return passed if p.weekday() < 3 or p.weekday() == 6 else coming

    def _week_before_last(self, i: int, match: Match) -> ResolvedDate | None:
        unit = match.groups["unit"].lower()
        p = self.published
        if unit == "week":
            return values.week(p - dt.timedelta(weeks=2))
        if unit == "month":
            return values.month(*values.add_months(p, -2))
        return values.year(p.year - 2)

    def _quarter(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        half = g.get("part2", "").lower() == "half"
        make = values.half if half else values.quarter
        if "same" in g:
            anchor = self.anchor(i)
            if anchor is not None and anchor.precision in ("quarter", "half", "month", "season"):
                return values.shift(anchor, -1)
            latest, number = _quarter_shift(self.published, -1)
            return make(latest - 1, number if not half else (1 if number <= 2 else 2))
        ordinal = g["ordinal"].lower()
        count = 2 if half else 4
        number = vocabulary().ordinals.get(ordinal) or int(ordinal[0])
        explicit = "year" in g or "year2" in g or "yrel" in g or "yrel0" in g
        if ordinal in ("last", "final") and not explicit and not match.text.lower().startswith("the "):
            before, quarter = _quarter_shift(self.published, -1)  # "last quarter": the one before this one
            return values.half(before, 1 if quarter <= 2 else 2) if half else values.quarter(before, quarter)
        number = count if number == -1 else number
        if not 1 <= number <= count:
            return None
        year = _year_of(g, self.published)
        if year is None and "yrel0" in g:
            year = self.published.year + {"this": 0, "last": -1, "next": 1}[g["yrel0"].lower()]
        if year is not None:
            return make(year, number) if values.valid_year(year) else None
        candidates = [make(self.published.year + k, number) for k in (-1, 0, 1)]
        return self._pick_span(candidates, self.lean(match))

    def _the_quarter(self, i: int, match: Match) -> ResolvedDate | None:
        """'the quarter' of an earnings story: the one just reported, or the current one ahead."""
        half = match.groups["part2"].lower() == "half"
        anchor = self.anchor(i)
        if anchor is not None and anchor.precision == ("half" if half else "quarter"):
            return anchor
        year, number = _quarter_shift(self.published, 0 if self.lean(match) in ("ahead", "present") else -1)
        return values.half(year, 1 if number <= 2 else 2) if half else values.quarter(year, number)

    def _season(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        code = vocabulary().seasons[g["season"].lower()]
        year = _year_of(g, self.published)
        if year is not None:
            return values.season(year, code)
        candidates = [values.season(self.published.year + k, code) for k in (-2, -1, 0, 1)]
        current = values.season(*values.season_of(self.published))
        rel = _relation(g)
        if rel == "last":
            return max((c for c in candidates if _start(c) < _start(current)), key=_start)
        if rel == "next":
            return min((c for c in candidates if _start(c) > _start(current)), key=_start)
        if rel == "this":
            containing = [c for c in candidates if _start(c) <= self.published.isoformat() <= (c.end or "")]
            if containing:
                return containing[0]
        return self._pick_span(candidates, self.lean(match))

    _bare_season = _season

    def _day_word(self, i: int, match: Match) -> ResolvedDate | None:
        day = _day_word(match.groups["dayword"], self.published)
        return values.day(day) if day else None

    _overnight = _day_word  # the night before the story

    def _weekday(self, i: int, match: Match) -> ResolvedDate | None:
        day = self._weekday_day(match.groups, match)
        return values.day(day) if day else None

    def _day_offset(self, i: int, match: Match) -> ResolvedDate | None:
        day = self._weekday_day(match.groups, match)
        if day is None:
            return None
        return values.day(day + dt.timedelta(days=-1 if match.groups["side"].lower() == "before" else 1))

    def _weekday_day(self, g: dict[str, str], match: Match) -> dt.date | None:
        target = _weekday_number(g["weekday"])
        p = self.published
        ahead = (target - p.weekday()) % 7
        behind = (p.weekday() - target) % 7
        rel = g.get("rel", "").lower()
        if rel in BACKWARD:
            return p - dt.timedelta(days=behind or 7)
        if rel in FORWARD:
            return p + dt.timedelta(days=ahead or 7)
        if ahead == 0:
            return p  # wire copy: "Friday" in a Friday story is the day itself
        lean = self.lean(match)
        if rel == "this":
            lean = "back" if lean == "back" else "ahead"
        if lean == "ahead" or lean == "present" or (lean == "near" and ahead < behind):
            # "The trial resumes Monday": a present tense with a weekday tells what is scheduled
            return p + dt.timedelta(days=ahead)
        return p - dt.timedelta(days=behind)

    def _in_units(self, i: int, match: Match) -> ResolvedDate | None:
        if self.lean(match) != "ahead":
            return None  # "the first visit in seven years" is a stretch of time, not a date
        return self._ago(i, match)

    def _ago(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        count = _count(g["count"])
        if count is None:
            return None
        unit = re.sub(r"(ies|s)$", "", g["unit"].lower()).replace("centur", "century")
        direction = (g.get("dir") or g.get("dir2") or "in").lower()
        sign = -1 if direction in ("ago", "back", "earlier", "before") else 1
        base: ResolvedDate | None = values.day(self.published)
        anchor = self.anchor(i) if self._dependent(match) else None
        if direction in ("earlier", "before", "later", "after"):
            if anchor is not None:
                base = anchor
            elif direction in ("later", "after"):
                return None  # "two days later": later than what the sentence does not say
        elif anchor is not None and anchor.precision in ("quarter", "half"):
            base = anchor  # "third-quarter profit fell from a year ago": the third quarter of last year
        if base is None or base.start is None:
            return None
        if unit in ("year", "decade", "century") and base.precision in ("quarter", "half", "month", "season"):
            years = count * {"year": 1, "decade": 10, "century": 100}[unit]
            return values.shift(base, sign * years)  # "profit fell from a year earlier": the same quarter
        first = dt.date.fromisoformat(base.start)
        return _moved(first, unit, sign * count)

    def _holiday(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        name = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", g["holiday"].lower()))
        holiday = vocabulary().holidays.get(name) or vocabulary().holidays.get(f"the {name}")
        if holiday is None:
            return None
        year = _year_of(g, self.published)
        if year is not None:
            days = [holiday_date(holiday, year)]
        else:
            days = [holiday_date(holiday, self.published.year + k) for k in (-1, 0, 1)]
        candidates = [d for d in days if d is not None]
        if not candidates:
            return None
        rel = g.get("rel", "").lower()
        if year is not None:
            day = candidates[0]
        elif rel in BACKWARD:
            day = max(d for d in candidates if d < self.published)
        elif rel in FORWARD:
            day = min(d for d in candidates if d > self.published)
        elif rel == "this":
            day = next(d for d in candidates if d.year == self.published.year)
        else:
            day = self._pick_day(candidates, self.lean(match))
        return values.week(day) if holiday.week else values.day(day)

    def _anchored(self, i: int, match: Match) -> ResolvedDate | None:
        g = match.groups
        anchor = self.anchor(i)
        unit = g["unit"].lower()
        side = g.get("side", "").lower()
        if anchor is None and side and unit in ("week", "month", "year") and "when" not in g \
                and not match.text.lower().startswith("that"):
            anchor = values.day(self.published)  # "the year before", "the following month": from publication
        if anchor is None or anchor.start is None:
            return None  # "that day", "the next morning": of a day the sentence does not name
        step = 1 if side in ("next", "following", "after", "later") else -1 if side else 0
        first = dt.date.fromisoformat(anchor.start)
        if unit in ("day", "morning", "afternoon", "evening", "night"):
            if anchor.precision != "day":
                return None
            return values.day(first + dt.timedelta(days=step))
        if unit == "weekend":
            return values.weekend(first + dt.timedelta(weeks=step))
        if unit == "year" and step and anchor.precision in ("quarter", "half", "month", "season"):
            return values.shift(anchor, step)  # "sales in the third quarter fell from the year earlier"
        return _moved(first, unit, step)

    def _reference(self, i: int, match: Match) -> ResolvedDate | None:
        phrase = re.sub(r"\s+", " ", match.text.lower())
        kind = vocabulary().references.get(phrase)
        return values.reference(kind, self.published) if kind else None

    # choosing among years ---------------------------------------------------------------------------

    def _pick_day(self, candidates: list[dt.date], lean: Lean) -> dt.date:
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

    def _pick_span(self, candidates: list[ResolvedDate], lean: Lean) -> ResolvedDate:
        today = self.published.isoformat()
        if lean == "back":
            behind = [c for c in candidates if _start(c) <= today]
            if behind:
                return max(behind, key=_start)
        if lean == "ahead":
            ahead = [c for c in candidates if (c.end or "") >= today]
            if ahead:
                return min(ahead, key=_start)
        if lean == "unknown":
            return _past_leaning([(_distance(c, self.published), _start(c) > today, c) for c in candidates])
        return min(candidates, key=lambda c: (_distance(c, self.published), _start(c) > today))


def _past_leaning(candidates: list[tuple[int, bool, T]]) -> T:
    """With no verb to go by, news tells of the past: the coming one only when it is much the nearer."""
    past = [c for c in candidates if not c[1]]
    future = [c for c in candidates if c[1]]
    nearest_past = min(past, key=lambda c: c[0]) if past else None
    nearest_future = min(future, key=lambda c: c[0]) if future else None
    if nearest_past is None or (nearest_future is not None and nearest_future[0] * FUTURE_ODDS < nearest_past[0]):
        return nearest_future[2] if nearest_future else candidates[0][2]
    return nearest_past[2]


def _start(resolved: ResolvedDate) -> str:
    return resolved.start or ""


def _distance(resolved: ResolvedDate, published: dt.date) -> int:
    first = dt.date.fromisoformat(resolved.start or "")
    last = dt.date.fromisoformat(resolved.end or "")
    if first <= published <= last:
        return 0
    return min(abs((first - published).days), abs((last - published).days))


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return vocabulary().months[name.lower().rstrip(".")]


def _checked_month(year: int, month: int) -> ResolvedDate | None:
    return values.month(year, month) if values.valid_year(year) else None


def _weekday_number(name: str) -> int:
    return vocabulary().weekdays[name.lower()]


def _year_of(groups: dict[str, str], published: dt.date) -> int | None:
    """The year an expression states: written out, or 'this/last/next year' after it."""
    for key in ("year", "year2"):
        if key in groups:
            return int(groups[key])
    if "yrel" in groups:
        return published.year + {"this": 0, "last": -1, "next": 1}[groups["yrel"].lower()]
    return None


def _relation(groups: dict[str, str]) -> str | None:
    """'last', 'next' or 'this' from the words before a month or season ('late last', 'earlier this')."""
    words = (groups.get("rel", "") + " " + groups.get("when", "")).lower().split()
    for word in reversed(words):
        if word in BACKWARD:
            return "last"
        if word in FORWARD:
            return "next"
        if word in ("this", "current"):
            return "this"
    return None


def _full_year(text: str, published: dt.date) -> int:
    if len(text) == 4:
        return int(text)
    year = published.year // 100 * 100 + int(text)
    return year - 100 if year > published.year + 10 else year


def _quarter_shift(published: dt.date, step: int) -> tuple[int, int]:
    index = published.year * 4 + values.quarter_of(published) - 1 + step
    return index // 4, index % 4 + 1


def _day_word(word: str, published: dt.date) -> dt.date | None:
    shift = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "overnight": -1, "tomorrow": 1}
    word = re.sub(r"\s+", " ", word.lower())
    if word == "before yesterday":
        return published - dt.timedelta(days=2)
    if word == "after tomorrow":
        return published + dt.timedelta(days=2)
    return published + dt.timedelta(days=shift[word]) if word in shift else None


def _count(text: str) -> int | None:
    text = re.sub(r"\s+", " ", text.lower())
    if text.isdigit():
        return int(text)
    numbers = vocabulary().numbers
    if text in numbers:
        return numbers[text]
    tens, _, unit = text.partition("-")
    if tens in numbers and unit in numbers:
        return numbers[tens] + numbers[unit]
    return None


def _moved(first: dt.date, unit: str, count: int) -> ResolvedDate | None:
    """The span of ``unit`` that lies ``count`` units from the day ``first``."""
    if unit == "day":
        return values.day(first + dt.timedelta(days=count))
    if unit == "week":
        return values.week(first + dt.timedelta(weeks=count))
    if unit == "month":
        return values.month(*values.add_months(first, count))
    if unit == "quarter":
        return values.quarter(*_quarter_shift(first, count))
    factor = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if factor is None or not values.valid_year(first.year + factor * count):
        return None
    return values.year(first.year + factor * count)
