"""The one clock: the current time in UTC as the ISO 8601 text Tacitus stores (fetched_at, created_at, ...)."""

from __future__ import annotations

import datetime as dt
from typing import Literal


def utc_now(*, timespec: Literal["seconds", "microseconds"] = "microseconds") -> str:
    """``2026-05-01T12:00:03.120000+00:00``; ``timespec="seconds"`` where a second is precise enough."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec=timespec)
