"""The event filters, defined once for the CLI, the API and the dashboard: the same names everywhere.

`FILTER_HELP` names them (``--country`` on the command line, ``?country=`` in a URL);
`EventFilter.parse` validates raw values and names the one that cannot be right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, Mapping

from tacitus.errors import InputError
from tacitus.records import CATEGORIES, NON_STATE_CODES, QUAD_CLASSES, STATUSES

QUADS = {name: number for number, name in QUAD_CLASSES.items()}  # "verbal-cooperation" -> 1

FILTER_HELP = {
    "country": "Any party from this country (ISO3: TUR, RUS; or IGO, UNO, EUR, NGO...).",
    "actor": "A party by name or registry id (Erdogan, person:erdogan); any part of the name.",
    "event_type": "A PLOVER category (ASSAULT, CONSULT, ...).",
    "quad": "Quad class: 1-4 or verbal-cooperation, material-cooperation, verbal-conflict, material-conflict.",
    "status": "asserted, planned, intended, hypothetical, negated or reported.",
    "start": "Events on or after this day (YYYY-MM-DD).",
    "end": "Events on or before this day (YYYY-MM-DD).",
    "publisher": "Reported by this publisher (any of the event's articles).",
    "place": "Where it happened: a place name, or the ISO3 code of its country.",
    "min_confidence": "Coder confidence at least this (0..1).",
    "text": "Words in one of the event's sentences.",
}


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None  # ISO3 of any party
    actor: str | None = None  # name, entity id or words of a party
    event_type: str | None = None  # PLOVER category
    quad: int | None = None  # 1..4
    status: str | None = None
    start: str | None = None  # YYYY-MM-DD, inclusive
    end: str | None = None
    publisher: str | None = None
    place: str | None = None  # place name, or ISO3 of the place's country
    min_confidence: float | None = None
    text: str | None = None  # words in a sentence

    @classmethod
    def parse(cls, **values: object) -> "EventFilter":
        """Validated filters from raw values (strings from flags or URLs); a wrong value is an InputError."""
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise InputError(f"unknown filter {sorted(unknown)[0]!r} (filters: {', '.join(FILTER_HELP)})")
        clean: dict[str, Any] = {k: v for k, v in values.items() if v not in (None, "")}
        if "country" in clean:
            clean["country"] = _country(str(clean["country"]), "--country")
        if "event_type" in clean:
            category = str(clean["event_type"]).upper()
            if category not in CATEGORIES:
                raise InputError(f"--event-type {clean['event_type']!r} is not a PLOVER category "
                                 f"({', '.join(CATEGORIES)})")
            clean["event_type"] = category
        if "quad" in clean:
            clean["quad"] = _quad(clean["quad"])
        if "status" in clean and clean["status"] not in STATUSES:
            raise InputError(f"--status {clean['status']!r} is not one of {', '.join(STATUSES)}")
        for name in ("start", "end"):
            if name in clean:
                clean[name] = parse_day(str(clean[name]), f"--{name}")
        if "start" in clean and "end" in clean and clean["start"] > clean["end"]:
            raise InputError(f"--start {clean['start']} is after --end {clean['end']}")
        if "min_confidence" in clean:
            clean["min_confidence"] = _confidence(clean["min_confidence"])
        if "place" in clean:
            place = str(clean["place"]).strip()
            clean["place"] = place.upper() if _is_country(place) else place
        return cls(**clean)

    def to_params(self) -> Mapping[str, str]:
        """The filters as URL/flag values (the inverse of ``parse``)."""
        return {f.name: str(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}


def parse_day(value: str, name: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def _quad(value: object) -> int:
    text = str(value).strip().lower()
    # isdigit() also accepts "¹" and other digits int() refuses
    number = QUADS.get(text) or (int(text) if text in {"1", "2", "3", "4"} else None)
    if number not in QUAD_CLASSES:
        raise InputError(f"--quad {value!r} is not a quad class (1-4 or {', '.join(QUADS)})")
    return number


def _confidence(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise InputError(f"--min-confidence {value!r} is not a number between 0 and 1")
    return number


def _is_country(code: str) -> bool:
    from tacitus.knowledge.registry import cached_registry_data

    upper = code.upper()
    return len(upper) == 3 and (upper in cached_registry_data(None).countries or upper in NON_STATE_CODES)


def parse_country(code: str, name: str) -> str:
    """A country code checked as ``--country`` is (``name`` is the flag the error names)."""
    return _country(code, name)


def _country(code: str, name: str) -> str:
    if _is_country(code.strip()):
        return code.strip().upper()
    raise InputError(f"{name} {code!r} is not an ISO 3166-1 alpha-3 code (e.g. TUR, RUS) or IGO/UNO/EUR/NGO")
