"""The words of a matched expression as numbers: a month, a weekday, a spelled count, a year it states,
'last', 'next' or 'this'."""

from __future__ import annotations

import datetime as dt
import re

from tacitus.coding.timex.vocabulary import vocabulary

BACKWARD = frozenset({"last", "past", "previous", "latest", "recent", "preceding", "prior"})
FORWARD = frozenset({"next", "coming", "following"})
YEAR_STEP = {"this": 0, "last": -1, "next": 1}


def month_number(name: str) -> int:
    return vocabulary().months[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    return vocabulary().weekdays[name.lower()]


def stated_year(groups: dict[str, str], published: dt.date) -> int | None:
    """The year an expression states: written out, or 'this/last/next year' after it."""
    for key in ("year", "year2", "wide_year"):
        if key in groups:
            return int(groups[key])
    if "yrel" in groups:
        return published.year + YEAR_STEP[groups["yrel"].lower()]
    return None


def relation(groups: dict[str, str]) -> str | None:
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


def full_year(text: str, published: dt.date) -> int:
    """'90' in a story of 1999 is 1990; a two-digit year more than ten years ahead is of the last century."""
    if len(text) == 4:
        return int(text)
    year = published.year // 100 * 100 + int(text)
    return year - 100 if year > published.year + 10 else year


def day_of_word(word: str, published: dt.date) -> dt.date | None:
    """today, tonight, yesterday, tomorrow, 'this' (morning), 'last' (night), overnight, the day before
    yesterday and the day after tomorrow."""
    shift = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "overnight": -1, "tomorrow": 1,
             "before yesterday": -2, "after tomorrow": 2}
    word = re.sub(r"\s+", " ", word.lower())
    return published + dt.timedelta(days=shift[word]) if word in shift else None


def count(text: str) -> int | None:
    """'11', 'six', 'a', 'twenty-five'; None for what is no number."""
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
