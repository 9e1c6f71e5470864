"""The event filters, one definition for the CLI, the API and the dashboard: same names everywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tacitus.errors import InputError
from tacitus.records import CATEGORIES, STATUSES


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None  # ISO3 of any party
    event_type: str | None = None  # PLOVER category
    status: str | None = None
    start: str | None = None  # YYYY-MM-DD, inclusive
    end: str | None = None
    publisher: str | None = None
    min_confidence: float | None = None
    text: str | None = None  # words in the sentence

    @classmethod
    def parse(cls, **values: object) -> "EventFilter":
        """Validated filters; a value that cannot be right is an InputError naming it."""
        clean = {k: v for k, v in values.items() if v not in (None, "")}
        if "country" in clean:
            clean["country"] = _country(str(clean["country"]))
        if "event_type" in clean:
            category = str(clean["event_type"]).upper()
            if category not in CATEGORIES:
                raise InputError(f"--event-type {clean['event_type']!r} is not a PLOVER category ({', '.join(CATEGORIES)})")
            clean["event_type"] = category
        if "status" in clean and clean["status"] not in STATUSES:
            raise InputError(f"--status {clean['status']!r} is not one of {', '.join(STATUSES)}")
        for name in ("start", "end"):
            if name in clean:
                try:
                    clean[name] = dt.date.fromisoformat(str(clean[name])).isoformat()
                except ValueError:
                    raise InputError(f"--{name} {clean[name]!r} is not a date (YYYY-MM-DD)") from None
        return cls(**clean)  # type: ignore[arg-type]


def _country(code: str) -> str:
    from tacitus.knowledge.registry import NON_STATE_CODES, cached_registry_data

    upper = code.upper()
    if upper in cached_registry_data(None).countries or upper in NON_STATE_CODES:
        return upper
    raise InputError(f"--country {code!r} is not an ISO 3166-1 alpha-3 code (e.g. TUR, RUS) or IGO/UNO/EUR/NGO")
