"""Readers of expressions that name a calendar unit: dates, times, months, years, fiscal years, decades,
centuries, quarters, halves, seasons and holidays. Without a year, the year is the one on the side of
publication the clause leans to (``Resolution.pick_day`` / ``pick_span``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding.timex import values
from tacitus.coding.timex.grammar import Match
from tacitus.coding.timex.holidays import holiday_date
from tacitus.coding.timex.relative import weekday_day
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.coding.timex.words import (BACKWARD, FORWARD, YEAR_STEP, count, day_of_word, full_year, month_number,
                                        relation, stated_year, weekday_number)
from tacitus.records import ResolvedDate

if TYPE_CHECKING:
    from tacitus.coding.timex.resolve import Resolution


def iso(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    g = match.groups
    return values.day(dt.date(int(g["year"]), int(g["month"]), int(g["day"])))


def date(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'Aug. 7', '7 August 1998', 'Friday, Oct. 23' (the weekday picks the year), 'last Oct. 23'."""
    g = match.groups
    month, day = month_number(g["month"]), int(g["day"])
    year = stated_year(g, res.published)
    if year is not None:
        return values.day(dt.date(year, month, day))
    candidates = [d for d in (values.safe_date(res.published.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not candidates:
        return None  # Feb. 30
    if "weekday" in g:
        named = [d for d in candidates if d.weekday() == weekday_number(g["weekday"])]
        candidates = named or candidates
    rel = g.get("rel", "").lower()
    if rel in BACKWARD:
        return values.day(max([d for d in candidates if d < res.published] or candidates))
    if rel in FORWARD:
        return values.day(min([d for d in candidates if d > res.published] or candidates))
    return values.day(res.pick_day(candidates, res.lean(match)))


def week_of(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    day = date(res, i, match)
    return values.week(dt.date.fromisoformat(day.date)) if day and day.date else None


def nth_week(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the first week of March', 'the last week of April 1999': of the month's weeks (Monday to Sunday)
    counted as ISO counts a year's, those whose Thursday falls in the month."""
    span = month(res, i, match)
    if span is None or span.start is None:
        return None
    first = dt.date.fromisoformat(span.start)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    thursdays = [thursday + dt.timedelta(weeks=k) for k in range(5)
                 if (thursday + dt.timedelta(weeks=k)).month == first.month]
    number = vocabulary().ordinals.get(match.groups["ordinal"].lower()) or int(match.groups["ordinal"][0])
    if number == -1:
        number = len(thursdays)
    return values.week(thursdays[number - 1]) if 1 <= number <= len(thursdays) else None


def day_after_date(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'25' in 'April 24 and 25': the month and year of the date just before."""
    previous = res.results[i - 1] if i else None
    if previous is None or previous.precision != "day" or not previous.date:
        return None
    if res.matches[i - 1].end < match.start - 12:
        return None
    return values.day(dt.date.fromisoformat(previous.date).replace(day=int(match.groups["day"])))


def month_day(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'on the 20th': of the month the sentence named before it ('opened in March and closed on the 20th'),
    else of the publication month, or of the one before when the clause looks back past the publication
    day ('expired on the 28th' in a story of the 13th), or after when it looks ahead ('reopens on the 2nd');
    'the 3rd of last month' and 'of next month' say which."""
    number = int(match.groups["day"])
    rel = re.sub(r"\s+", " ", match.groups.get("rel", "").lower())
    p = res.published
    named = [r for r in res.results[:i] if r is not None and r.start and r.precision in ("day", "month")]
    if rel in YEAR_STEP:
        year, month_index = values.add_months(p, YEAR_STEP[rel])
    elif named or rel:  # "of that month": the month the sentence, else the story, has reached
        base = named[-1] if named else res.reference
        if base is None or not base.start:
            return None
        first = dt.date.fromisoformat(base.start)
        year, month_index = first.year, first.month
    else:
        lean = res.lean(match)
        step = -1 if lean == "back" and number > p.day else 1 if lean == "ahead" and number < p.day else 0
        year, month_index = values.add_months(p, step)
    day = values.safe_date(year, month_index, number)
    return values.day(day) if day else None


def month_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    return values.month(int(match.groups["year"]), month_number(match.groups["month"]))


def month(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'April', 'last October', 'early March', 'April next year'."""
    g = match.groups
    number = month_number(g["month"])
    year = stated_year(g, res.published)
    if year is not None:
        return values.month(year, number)
    rel = relation(g)
    now = (res.published.year, res.published.month)
    years = [res.published.year + k for k in (-1, 0, 1)]
    if rel == "this":
        return values.month(res.published.year, number)
    if rel == "last":
        return values.month(max(y for y in years if (y, number) < now), number)
    if rel == "next":
        return values.month(min(y for y in years if (y, number) > now), number)
    return res.pick_span([values.month(y, number) for y in years], res.lean(match))


def clock(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'10:35 a.m. Friday', '9 a.m. Tuesday', '4 in the morning', 'midday': the day beside it or in the
    sentence, the time in the value."""
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
        day = weekday_day(res, g, match)
    elif "dayword" in g:
        day = day_of_word(g["dayword"], res.published)
    else:
        # "at 10 p.m.": of the sentence's day, else of the event it names ("was shot dead at 10 p.m."), else of
        # the day the story is telling
        anchor = res.anchor(i, day_only=True) or res.named_event_day(match) or res.reference
        if anchor is not None and anchor.date:
            day = dt.date.fromisoformat(anchor.date)
        elif res.clock_on_publication:
            day = res.published
            res.assumed.add(i)
        else:
            return None
    return values.clock(day, hour, minute) if day else None


def fiscal_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    return values.fiscal_year(full_year(match.groups["fy"], res.published))


def year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    return values.year(int(match.groups["year"]))


def spelled_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'nineteen ninety-five', 'twenty ten', 'the year two thousand', 'two thousand and one'."""
    g = match.groups
    if "hundreds" in g:
        rest = count(re.sub(r"[\s-]+", "-", g["rest"].lower()))
        century = vocabulary().numbers[g["hundreds"].lower()]
    else:
        rest = count(g["rest2"]) if "rest2" in g else 0
        century = 20
    return values.year(century * 100 + rest) if rest is not None else None


def short_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """"'98": the year of that name nearest before publication (or just after it)."""
    return values.year(full_year(match.groups["fy"], res.published))


def decade(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the 1990s'; 'the '80s' and 'the nineties' are the latest such decade."""
    g = match.groups
    if "decade" in g:
        return values.decade(int(g["decade"]) * 10)
    digit = int(g["short"]) if "short" in g else vocabulary().decades[g["dword"].lower()]
    first = res.published.year // 100 * 100 + digit * 10
    return values.decade(first - 100 if first > res.published.year else first)


def century(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    g = match.groups
    number = int(g["nth"]) if "nth" in g else vocabulary().ordinals.get(g["ordinal"].lower(), 0)
    return values.century(number - 1) if 1 <= number <= 99 else None


def quarter(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the third quarter (of 1989)', 'fourth-quarter', 'the first half', 'the year-earlier quarter'."""
    g = match.groups
    half = g.get("part2", "").lower() == "half"
    make = values.half if half else values.quarter
    if "same" in g:
        anchor = res.anchor(i)
        if anchor is not None and anchor.precision in ("quarter", "half", "month", "season"):
            return values.shift(anchor, -1)
        latest, number = values.quarter_shift(res.published, -1)
        return make(latest - 1, number if not half else (1 if number <= 2 else 2))
    ordinal = g["ordinal"].lower()
    count = 2 if half else 4
    number = vocabulary().ordinals.get(ordinal) or int(ordinal[0])
    explicit = "year" in g or "year2" in g or "yrel" in g or "yrel0" in g
    if ordinal in ("last", "final") and not explicit and not match.text.lower().startswith("the "):
        before, last = values.quarter_shift(res.published, -1)  # "last quarter": the one before this one
        return values.half(before, 1 if last <= 2 else 2) if half else values.quarter(before, last)
    number = count if number == -1 else number
    if not 1 <= number <= count:
        return None
    year = stated_year(g, res.published)
    if year is None and "yrel0" in g:
        year = res.published.year + YEAR_STEP[g["yrel0"].lower()]
    if year is not None:
        return make(year, number)
    return res.pick_span([make(res.published.year + k, number) for k in (-1, 0, 1)], res.lean(match))


def months_of_year(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the first three months of the year' is its first quarter, 'the last six months of 1998' its second half."""
    g = match.groups
    year = stated_year(g, res.published) if "the_year" not in g else res.published.year
    if year is None:
        return None
    first = g["side"].lower() == "first"
    if g["count"] in ("three", "3"):
        return values.quarter(year, 1 if first else 4)
    return values.half(year, 1 if first else 2)


def month_range(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the January-March quarter', 'the July-September period': a calendar quarter named by its months."""
    g = match.groups
    months = vocabulary().months
    first, last = months.get(g["month"].lower().rstrip(".")), months.get(g["month2"].lower().rstrip("."))
    if first is None or last is None or first % 3 != 1 or last != first + 2:
        return None  # not the three months of one calendar quarter
    number = (first - 1) // 3 + 1
    year = stated_year(g, res.published)
    if year is not None:
        return values.quarter(year, number)
    return res.pick_span([values.quarter(res.published.year + k, number) for k in (-1, 0, 1)], res.lean(match))


def month_quarter(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the September quarter', 'the June quarter of 1998': the calendar quarter that ends in that month."""
    number = month_number(match.groups["month"]) // 3
    year = stated_year(match.groups, res.published)
    if year is not None:
        return values.quarter(year, number)
    return res.pick_span([values.quarter(res.published.year + k, number) for k in (-1, 0, 1)], res.lean(match))


def the_quarter(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'the quarter' of an earnings story: the sentence's own, else the one just reported, or the current
    one when the clause looks ahead."""
    half = match.groups["part2"].lower() == "half"
    anchor = res.anchor(i)
    if anchor is not None and anchor.precision == ("half" if half else "quarter"):
        return anchor
    year, number = values.quarter_shift(res.published, 0 if res.lean(match) in ("ahead", "present") else -1)
    return values.half(year, 1 if number <= 2 else 2) if half else values.quarter(year, number)


def season(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'last fall' (the one before the current season), 'this summer', 'the spring of 1998'."""
    g = match.groups
    code = vocabulary().seasons[g["season"].lower()]
    year = stated_year(g, res.published)
    if year is not None:
        return values.season(year, code)
    candidates = [values.season(res.published.year + k, code) for k in (-2, -1, 0, 1)]
    current = values.season(*values.season_of(res.published))
    rel = relation(g)
    if rel == "last":
        return max((c for c in candidates if values.start_of(c) < values.start_of(current)), key=values.start_of)
    if rel == "next":
        return min((c for c in candidates if values.start_of(c) > values.start_of(current)), key=values.start_of)
    if rel == "this":
        today = res.published.isoformat()
        containing = [c for c in candidates if values.start_of(c) <= today <= (c.end or "")]
        if containing:
            return containing[0]
        # "will open this summer" said in April is this year's summer, not last year's nearer one; the
        # winter that straddles the new year may be the one just ended or the coming one
        this_year = [values.season(res.published.year + k, code) for k in ((-1, 0) if code == "WI" else (0,))]
        return res.pick_span(this_year, res.lean(match))
    return res.pick_span(candidates, res.lean(match))


def holiday(res: Resolution, i: int, match: Match) -> ResolvedDate | None:
    """'Christmas', 'last Thanksgiving', 'Election Day', 'Easter week' (its ISO week)."""
    g = match.groups
    name = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", g["holiday"].lower()))
    rule = vocabulary().holidays.get(name) or vocabulary().holidays.get(f"the {name}")
    if rule is None:
        return None
    year = stated_year(g, res.published)
    years = [year] if year is not None else [res.published.year + k for k in (-1, 0, 1)]
    candidates = [d for d in (holiday_date(rule, y) for y in years) if d is not None]
    if not candidates:
        return None
    rel = g.get("rel", "").lower()
    p = res.published
    if year is not None:
        day = candidates[0]
    elif rel in BACKWARD:
        day = max(d for d in candidates if d < p)
    elif rel in FORWARD:
        day = min(d for d in candidates if d > p)
    elif rel == "this":
        day = next(d for d in candidates if d.year == p.year)
    else:
        day = res.pick_day(candidates, res.lean(match))
    return values.week(day) if rule.week else values.day(day)


READERS: dict[str, Callable[[Resolution, int, Match], ResolvedDate | None]] = {
    "iso": iso, "date": date, "week_of": week_of, "nth_week": nth_week, "day_after_date": day_after_date,
    "month_day": month_day, "month_year": month_year, "month": month, "bare_month": month, "clock": clock,
    "fiscal_year": fiscal_year, "year": year, "bare_year": year, "spelled_year": spelled_year,
    "short_year": short_year, "decade": decade, "bare_decade": decade, "century": century, "quarter": quarter,
    "the_quarter": the_quarter, "month_quarter": month_quarter, "season": season, "bare_season": season,
    "holiday": holiday, "months_of_year": months_of_year, "month_range": month_range,
}
