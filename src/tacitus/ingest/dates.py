"""Publication dates as they come (ISO strings, "Dec 23, 2019", RFC 2822) to ISO 8601 with a precision."""

from __future__ import annotations

import datetime as dt
import logging
from email.utils import parsedate_to_datetime

from tacitus.records import Precision

log = logging.getLogger(__name__)

_FORMATS = ("%b %d, %Y", "%b %d %Y", "%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y")


def parse_published(raw: str | None) -> tuple[str | None, Precision]:
    """(ISO date or datetime, precision); (None, "unknown") with a warning when it cannot be read."""
    if raw is None or not str(raw).strip():
        return None, "unknown"
    text = str(raw).strip()
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return (value.date().isoformat() if len(text) <= 10 else value.isoformat()), "day"
    except ValueError:
        pass
    for pattern in _FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat(), "day"
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).isoformat(), "day"
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
        return text, "month"
    if len(text) == 4 and text.isdigit():
        return text, "year"
    log.warning("publication date %r cannot be read; stored as unknown", text)
    return None, "unknown"
