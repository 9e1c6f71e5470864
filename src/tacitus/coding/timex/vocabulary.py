"""The words of temporal expressions (months, numbers, seasons, holidays, tense cues, the events a story
counts from), read once from
``tacitus/coding/data/dates.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from tacitus.errors import ConfigError

REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
HOLIDAY_RULES = {"fixed", "nth", "easter", "election", "week"}


@dataclass(frozen=True)
class Holiday:
    fixed: tuple[int, int] | None = None  # (month, day)
    nth: tuple[int, int, int] | None = None  # (month, weekday with 0 = Monday, n; -1 = the last)
    easter: int | None = None  # days from Easter Sunday
    election: bool = False  # the Tuesday after the first Monday of November
    week: bool = False  # the ISO week of the day rather than the day


@dataclass(frozen=True)
class EventWord:
    event: str  # "killing": "the slaying" and "was shot" name one event of a story
    verb: bool  # a verb form dates its event from its clause; a noun only from a date before it


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decades: dict[str, int]
    seasons: dict[str, str]
    season_first_month: dict[str, int]
    parts_of_day: frozenset[str]
    clock_words: dict[str, int]
    references: dict[str, str]  # phrase -> PRESENT_REF | PAST_REF | FUTURE_REF
    holidays: dict[str, Holiday]
    tense: dict[str, frozenset[str]]
    events: dict[str, EventWord]  # a word naming an event ("slaying", "killed") -> the event and its part
    period_units: dict[str, tuple[str, int]]  # "decade" -> ("Y", 10): P10Y; "hour" -> ("TH", 1): PT1H
    vague_counts: frozenset[str]  # "several", "a few": a count the value leaves unstated (PXD)
    set_adverbs: dict[str, str]  # "daily" -> "P1D"


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    text = resources.files("tacitus.coding").joinpath("data", "dates.json").read_text(encoding="utf-8")
    return parse_vocabulary(json.loads(text))


def parse_vocabulary(data: dict[str, Any]) -> Vocabulary:
    """Check the table's shape and build the vocabulary; a malformed table is a ConfigError naming the entry."""
    try:
        phrases = [phrase for kind in REFERENCES for phrase in data["references"][kind]]
        if len(phrases) != len(set(phrases)):
            twice = sorted({p for p in phrases if phrases.count(p) > 1})
            raise ValueError(f"references listed twice: {twice}")
        references = {phrase: kind for kind in REFERENCES for phrase in data["references"][kind]}
        holidays = {name: _holiday(name, rule) for name, rule in data["holidays"].items() if not name.startswith("_")}
        vocab = Vocabulary(
            months=_ints(data["months"], 1, 12), weekdays=_ints(data["weekdays"], 0, 6),
            numbers=_ints(data["numbers"], 1, 100), ordinals=_ints(data["ordinals"], -1, 31),
            decades=_ints(data["decades"], 1, 9), seasons={k: str(v) for k, v in data["seasons"].items()},
            season_first_month=_ints(data["season_first_month"], 1, 12),
            parts_of_day=frozenset(data["parts_of_day"]), clock_words=_ints(data["clock_words"], 0, 23),
            references=references, holidays=holidays,
            tense={name: frozenset(words) for name, words in data["tense"].items()},
            events=_events(data["events"]), period_units=_units(data["periods"]["units"]),
            vague_counts=frozenset(data["periods"]["vague_counts"]),
            set_adverbs={word: str(value) for word, value in data["periods"]["adverbs"].items()})
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"dates.json: {error}") from None
    if set(vocab.seasons.values()) != set(vocab.season_first_month):
        raise ConfigError("dates.json: every season needs its first month")
    return vocab


def _ints(table: dict[str, Any], low: int, high: int) -> dict[str, int]:
    for key, value in table.items():
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"{key!r}: {value!r} is not a number from {low} to {high}")
    return dict(table)


def _units(table: dict[str, Any]) -> dict[str, tuple[str, int]]:
    units: dict[str, tuple[str, int]] = {}
    for word, (letters, size) in table.items():
        if letters not in ("TS", "TM", "TH", "D", "W", "M", "Y") or not isinstance(size, int) or size < 1:
            raise ValueError(f"period unit {word!r}: {letters!r}, {size!r} is no TimeML unit and count")
        units[word] = (letters, size)
    return units


def _events(table: dict[str, Any]) -> dict[str, EventWord]:
    words: dict[str, EventWord] = {}
    for event, forms in table.items():
        if event.startswith("_"):
            continue
        for part in ("nouns", "verbs"):
            for word in forms[part]:
                if word in words:
                    raise ValueError(f"event word {word!r} listed twice")
                words[word] = EventWord(event, part == "verbs")
    return words


def _holiday(name: str, rule: dict[str, Any]) -> Holiday:
    if not rule or set(rule) - HOLIDAY_RULES:
        raise ValueError(f"holiday {name!r}: rules are {sorted(HOLIDAY_RULES)}")
    fixed, nth = rule.get("fixed"), rule.get("nth")
    return Holiday(fixed=(int(fixed[0]), int(fixed[1])) if fixed else None,
                   nth=(int(nth[0]), int(nth[1]), int(nth[2])) if nth else None,
                   easter=int(rule["easter"]) if "easter" in rule else None,
                   election=bool(rule.get("election")), week=bool(rule.get("week")))
