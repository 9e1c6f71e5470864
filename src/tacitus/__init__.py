"""Tacitus: news in, PLOVER events out — who did what to whom, when and where."""

from __future__ import annotations

__version__ = "0.1.0"

from tacitus.config import Settings, load_settings
from tacitus.errors import CodingError, ConfigError, InputError, StoreError, TacitusError
from tacitus.records import Article, Entity, Event, Place, ResolvedDate

__all__ = [
    "__version__",
    "Article",
    "CodingError",
    "ConfigError",
    "Entity",
    "Event",
    "InputError",
    "Place",
    "ResolvedDate",
    "Settings",
    "StoreError",
    "TacitusError",
    "extract",
    "load_settings",
]


def __getattr__(name: str):
    # `tacitus.extract` without loading spaCy and the coder on `import tacitus`.
    if name == "extract":
        from tacitus.coding.extract import extract
        return extract
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")
