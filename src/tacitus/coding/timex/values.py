"""TimeML values and the calendar spans they name.

Each constructor returns a ResolvedDate whose ``value`` is written as TimeML writes it (2019-12-22, 2019-W51,
2019-W51-WE, 2019-12, 2019-Q4, 2019-H2, 2019-FA, 2019, 199X, 19) and whose ``start``/``end`` are the first
and last day of the span. Seasons are meteorological (spring is March to May; winter runs from December
into the next year), as no calendar fixes them otherwise.
"""

from __future__ import annotations

import datetime as dt

from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.records import ResolvedDate

FIRST_YEAR, LAST_YEAR = 1, 9998  # a span must fit in datetime.date, one year to spare
# The parts of day TimeML writes after the day (2019-12-20TAF). A morning and a night keep the bare day: wire
# annotators give them the day more often than TMO or TNI, and a night as often TEV as TNI
PARTS_OF_DAY = {"afternoon": "AF", "evening": "EV"}


def valid_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def _check(year_number: int) -> None:
    if not valid_year(year_number):
        raise ValueError(f"year {year_number} is out of range")


def day(value: dt.date) -> ResolvedDate:
    text = value.isoformat()
    return ResolvedDate(text, "day", text, text, text)


def part_of_day(value: dt.date, part: str | None) -> ResolvedDate:
    """A day, or a part of it ('Friday afternoon': 2019-12-20TAF), at day precision."""
    text = value.isoformat()
    code = PARTS_OF_DAY.get((part or "").lower())
    return ResolvedDate(text, "day", f"{text}T{code}" if code else text, text, text)


def clock(value: dt.date, hour: int, minute: int) -> ResolvedDate:
    """A time of day: the day at day precision, the time in the value (2000-04-04T09:00)."""
    text = value.isoformat()
    return ResolvedDate(text, "day", f"{text}T{hour:02d}:{minute:02d}", text, text)


def week(value: dt.date) -> ResolvedDate:
    """The ISO week (Monday to Sunday) that holds the day."""
    year, number, _ = value.isocalendar()
    monday = value - dt.timedelta(days=value.weekday())
    return ResolvedDate(monday.isoformat(), "week", f"{year}-W{number:02d}", monday.isoformat(),
                        (monday + dt.timedelta(days=6)).isoformat())


def weekend(value: dt.date) -> ResolvedDate:
    """The Saturday and Sunday of the day's ISO week."""
    year, number, _ = value.isocalendar()
    saturday = value + dt.timedelta(days=5 - value.weekday())
    return ResolvedDate(saturday.isoformat(), "weekend", f"{year}-W{number:02d}-WE", saturday.isoformat(),
                        (saturday + dt.timedelta(days=1)).isoformat())


def month(year: int, number: int) -> ResolvedDate:
    text = f"{year:04d}-{number:02d}"
    return ResolvedDate(text, "month", text, _first(year, number).isoformat(), _last(year, number).isoformat())


def quarter(year: int, number: int) -> ResolvedDate:
    first = _first(year, 3 * number - 2)
    return ResolvedDate(first.isoformat(), "quarter", f"{year:04d}-Q{number}", first.isoformat(),
                        _last(year, 3 * number).isoformat())


def half(year: int, number: int) -> ResolvedDate:
    first = _first(year, 6 * number - 5)
    return ResolvedDate(first.isoformat(), "half", f"{year:04d}-H{number}", first.isoformat(),
                        _last(year, 6 * number).isoformat())


def season(year: int, code: str) -> ResolvedDate:
    """A season of the year; winter is the one that begins in December of ``year``."""
    first_month = vocabulary().season_first_month[code]
    first = _first(year, first_month)
    end_year, end_month = divmod(year * 12 + first_month - 1 + 2, 12)
    return ResolvedDate(first.isoformat(), "season", f"{year:04d}-{code}", first.isoformat(),
                        _last(end_year, end_month + 1).isoformat())


def year(number: int) -> ResolvedDate:
    _check(number)
    text = f"{number:04d}"
    return ResolvedDate(text, "year", text, f"{text}-01-01", f"{text}-12-31")


def fiscal_year(number: int) -> ResolvedDate:
    """A fiscal year: its calendar depends on who keeps it, so no day is named."""
    return ResolvedDate(None, "year", f"FY{number:04d}")


def decade(first_year: int) -> ResolvedDate:
    first_year -= first_year % 10
    _check(first_year + 9)
    return ResolvedDate(f"{first_year:04d}-01-01", "decade", f"{first_year // 10:03d}X", f"{first_year:04d}-01-01",
                        f"{first_year + 9:04d}-12-31")


def century(hundreds: int) -> ResolvedDate:
    """The hundred years that begin with ``hundreds`` (19: 1900-1999, as TimeML counts them)."""
    first_year = max(hundreds * 100, FIRST_YEAR)
    _check(hundreds * 100 + 99)
    return ResolvedDate(f"{first_year:04d}-01-01", "century", f"{hundreds:02d}", f"{first_year:04d}-01-01",
                        f"{hundreds * 100 + 99:04d}-12-31")


def reference(kind: str, published: dt.date) -> ResolvedDate:
    """'now' is the publication day at no stated precision; the past ends and the future begins there."""
    today = published.isoformat()
    if kind == "PRESENT_REF":
        return ResolvedDate(today, "unknown", kind, today, today)
    if kind == "PAST_REF":
        return ResolvedDate(None, "unknown", kind, None, today)
    return ResolvedDate(None, "unknown", kind, today, None)


def add_months(value: dt.date, count: int) -> tuple[int, int]:
    """(year, month) ``count`` months from the day's month."""
    year_number, month_index = divmod(value.year * 12 + value.month - 1 + count, 12)
    return year_number, month_index + 1


def quarter_of(value: dt.date) -> int:
    return (value.month - 1) // 3 + 1


def season_of(value: dt.date) -> tuple[int, str]:
    """(year, code) of the season the day falls in; January and February belong to the previous winter."""
    if value.month in (1, 2):
        return value.year - 1, "WI"
    starts = vocabulary().season_first_month
    code = next(c for c, m in sorted(starts.items(), key=lambda item: -item[1]) if value.month >= m)
    return value.year, code


def start_of(resolved: ResolvedDate) -> str:
    return resolved.start or ""


def quarter_shift(value: dt.date, step: int) -> tuple[int, int]:
    """(year, quarter) ``step`` quarters from the day's quarter."""
    index = value.year * 4 + quarter_of(value) - 1 + step
    return index // 4, index % 4 + 1


def moved(first: dt.date, unit: str, count: int) -> ResolvedDate | None:
    """The span of ``unit`` (day, week, month, quarter, year, decade, century) ``count`` units from ``first``."""
    if unit == "day":
        return day(first + dt.timedelta(days=count))
    if unit == "week":
        return week(first + dt.timedelta(weeks=count))
    if unit == "month":
        return month(*add_months(first, count))
    if unit == "quarter":
        return quarter(*quarter_shift(first, count))
    factor = {"year": 1, "decade": 10, "century": 100}.get(unit)
    return year(first.year + factor * count) if factor is not None else None


def distance(resolved: ResolvedDate, published: dt.date) -> int:
    """Days from publication to the span (0 when the span holds it)."""
    first = dt.date.fromisoformat(resolved.start or "")
    last = dt.date.fromisoformat(resolved.end or "")
    if first <= published <= last:
        return 0
    return min(abs((first - published).days), abs((last - published).days))


def safe_date(year_number: int, month_number: int, day_number: int) -> dt.date | None:
    try:
        return dt.date(year_number, month_number, day_number)
    except ValueError:
        return None


def shift(resolved: ResolvedDate, years: int) -> ResolvedDate | None:
    """The same span ``years`` later (earlier when negative): 1998-Q3 a year earlier is 1997-Q3."""
    if resolved.start is None:
        return None
    first = dt.date.fromisoformat(resolved.start)
    target = first.year + years
    if not valid_year(target):
        return None
    precision = resolved.precision
    if precision == "quarter":
        return quarter(target, quarter_of(first))
    if precision == "half":
        return half(target, 1 if first.month <= 6 else 2)
    if precision == "season" and resolved.value:
        return season(target, resolved.value[-2:])
    if precision == "month":
        return month(target, first.month)
    if precision == "year":
        return year(target)
    if precision in ("day", "week", "weekend"):
        same_day = safe_date(target, first.month, min(first.day, 28) if first.month == 2 else first.day)
        if same_day is None:
            return None
        return {"day": day, "week": week, "weekend": weekend}[precision](same_day)
    return None


def _first(year_number: int, month_number: int) -> dt.date:
    return dt.date(year_number, month_number, 1)


def _last(year_number: int, month_number: int) -> dt.date:
    following_year, following_month = divmod(year_number * 12 + month_number, 12)
    return dt.date(following_year, following_month + 1, 1) - dt.timedelta(days=1)
