"""Holidays with a fixed or computable date: Christmas, Thanksgiving, Easter and the days around it,
the US Election Day."""

from __future__ import annotations

import datetime as dt

from tacitus.coding.timex.vocabulary import Holiday


def holiday_date(holiday: Holiday, year: int) -> dt.date | None:
    """The holiday's day in ``year`` (None when the rule names no day that year)."""
    if holiday.fixed:
        return dt.date(year, *holiday.fixed)
    if holiday.nth:
        month, weekday, n = holiday.nth
        return nth_weekday(year, month, weekday, n)
    if holiday.easter is not None:
        return easter(year) + dt.timedelta(days=holiday.easter)
    if holiday.election:
        first_monday = nth_weekday(year, 11, 0, 1)
        return first_monday + dt.timedelta(days=1)
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of the month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus as Meeus gives it)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
