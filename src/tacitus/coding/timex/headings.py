"""The month headings of a look back over a year: "January ... The year began with ... February ... Aid
agencies warned ...".

A review of the year sets out its news under the months, each a heading that the text under it runs on from
(with the line break lost, the heading opens the section's first sentence: "April Refugees poured into ...").
An event a section tells with no date of its own is of that month, not of the publication day. Months are read
as headings only when the article has at least ``MIN_HEADINGS`` of them in calendar order, so a sentence that
merely opens with a name ("June Almeida said", "May 1 marches") makes no section.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache

from tacitus.coding.timex import values
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.records import ResolvedDate

MIN_HEADINGS = 3


@cache
def _heading() -> re.Pattern[str]:
    """A month's full name at the start of the text or of a sentence, alone on its line or before a capital."""
    names = "|".join(name.capitalize() for name, _ in _full_names())
    return re.compile(r"(?:^|(?<=[.!?\"”’)]\s)|(?<=\n))\s*(" + names + r")(?=[ \t]*(?:\n|$)|\s+[A-Z\"“‘])")


@cache
def _full_names() -> tuple[tuple[str, int], ...]:
    """Each month's longest name ("september", not "sept")."""
    longest: dict[int, str] = {}
    for name, number in vocabulary().months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return tuple((name, number) for number, name in sorted(longest.items()))


def month_sections(text: str, published: dt.date) -> list[tuple[int, ResolvedDate]]:
    """Where each month heading starts in the text, and its month, in order; none unless the article is set
    out by months. The months are of one year: the last of them falls on or before the publication month."""
    numbers = dict(_full_names())
    found = [(m.start(1), numbers[m.group(1).lower()]) for m in _heading().finditer(text)]
    months = [number for _, number in found]
    if len(found) < MIN_HEADINGS or any(a >= b for a, b in zip(months, months[1:])):
        return []
    year = published.year if months[-1] <= published.month else published.year - 1
    return [(start, values.month(year, number)) for start, number in found]


def section_at(sections: list[tuple[int, ResolvedDate]], offset: int) -> ResolvedDate | None:
    """The month of the section a sentence starting at ``offset`` stands in, None before the first heading."""
    index = bisect_right([start for start, _ in sections], offset)
    return sections[index - 1][1] if index else None
