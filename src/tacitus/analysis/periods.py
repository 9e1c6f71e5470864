"""Calendar periods the analysis counts by: ISO weeks (``2019-W52``, Monday to Sunday) and months (``2019-12``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tacitus.errors import InputError

BY = ("week", "month")
WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Period:
    start: str  # first day, ISO
    end: str  # last day, ISO
    key: str  # 2019-W52 or 2019-12

    def to_dict(self) -> dict[str, str]:
        return {"period": self.key, "start": self.start, "end": self.end}


def check_by(by: str) -> str:
    if by not in BY:
        raise InputError(f"--by {by!r} is not one of {', '.join(BY)}")
    return by


def period_of(day: dt.date | str, by: str) -> Period:
    """The week or month a day falls in."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    if check_by(by) == "week":
        monday = day - dt.timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        return Period(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), f"{year}-W{week:02d}")
    first = day.replace(day=1)
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return Period(first.isoformat(), (following - dt.timedelta(days=1)).isoformat(), f"{day.year}-{day.month:02d}")


def weeks_in(year: int) -> int:
    return dt.date(year, 12, 28).isocalendar()[1]  # 28 December is always in the year's last ISO week


def parse_week(value: str, name: str = "--week") -> Period:
    """``2019-W52`` as a Period; a week the year does not have (``2019-W60``) is an InputError."""
    match = WEEK.match(value.strip())
    if not match:
        raise InputError(f"{name} {value!r} is not an ISO week (YYYY-Www, e.g. 2019-W52)")
    year, week = int(match[1]), int(match[2])
    if not 1 <= year <= 9998 or not 1 <= week <= weeks_in(year):
        raise InputError(f"{name} {value!r} is not a week: {year} has weeks 1 to {weeks_in(year)}"
                         if 1 <= year <= 9998 else f"{name} {value!r} is not an ISO week")
    return period_of(dt.date.fromisocalendar(year, week, 1), "week")


def parse_period(value: str, by: str, name: str = "--at") -> Period:
    """A week (2019-W52), a month (2019-12) or any day in one (2019-12-23), as a period of kind ``by``."""
    text = value.strip()
    if WEEK.match(text):
        week = parse_week(text, name)
        return week if by == "week" else period_of(week.start, by)
    month = MONTH.match(text)
    if month and 1 <= int(month[2]) <= 12:
        return period_of(f"{text}-01", by)
    try:
        return period_of(dt.date.fromisoformat(text), by)
    except ValueError:
        raise InputError(f"{name} {value!r} is not a week (2019-W52), a month (2019-12) or a day (2019-12-23)") \
            from None


def shift(period: Period, by: str, steps: int) -> Period:
    """The period ``steps`` periods later (earlier when negative)."""
    start = dt.date.fromisoformat(period.start)
    if by == "week":
        return period_of(start + dt.timedelta(weeks=steps), by)
    months = start.year * 12 + start.month - 1 + steps
    return period_of(dt.date(months // 12, months % 12 + 1, 1), by)


def span(first: Period, last: Period, by: str) -> list[Period]:
    """Every period from ``first`` to ``last``, both included."""
    periods = [first]
    while periods[-1].key != last.key and periods[-1].start < last.start:
        periods.append(shift(periods[-1], by, 1))
    return periods
