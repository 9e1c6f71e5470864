"""The store: articles, coded event mentions and the canonical events they merge into, in SQLite (default) or
PostgreSQL, via SQLAlchemy Core. Start with ``open_store(url)``.

The names below load on first use, so that the light parts (``tacitus.store.filters``, the exports) do not
import SQLAlchemy: the CLI starts without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tacitus.store.database import Store, open_store
    from tacitus.store.filters import FILTER_HELP, EventFilter
    from tacitus.store.queries import ActorActivity, DyadPoint

_HOMES = {"Store": "database", "open_store": "database", "FILTER_HELP": "filters", "EventFilter": "filters",
          "ActorActivity": "queries", "DyadPoint": "queries"}

__all__ = ["FILTER_HELP", "ActorActivity", "DyadPoint", "EventFilter", "Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"tacitus.store.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'tacitus.store' has no attribute {name!r}")
