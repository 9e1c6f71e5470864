"""Tacitus: news in, PLOVER events out — who did what to whom, when and where.

The public API (``__all__``, pinned by tests/test_public_api.py); everything else is internal and may change:

    coding      extract(text, published=...) -> list[Event]
                code_documents([DocumentInput(doc_id, text, published)], settings=...) -> CodedDocument, ...
    the store   open_store(url) -> Store;  store.iter_canonical(EventFilter.parse(country="TUR"))
    records     Article, Event, Entity, Place, ResolvedDate, and the vocabularies Category, Status,
                Precision, PlacePrecision, QuadClass (CATEGORIES, STATUSES, QUAD_CLASSES)
    settings    Settings, load_settings (every TACITUS_* variable)
    errors      TacitusError and its InputError, ConfigError, StoreError, CodingError
    extending   register_exporter, register_reader (tacitus.plugins; also found through entry points)

``import tacitus`` stays light: the coder (spaCy, the embedding model) and the store (SQLAlchemy) load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tacitus.config import Settings, load_settings
from tacitus.torchless import keep_torch_from_thinc
from tacitus.errors import CodingError, ConfigError, InputError, StoreError, TacitusError
from tacitus.records import (CATEGORIES, QUAD_CLASSES, STATUSES, Article, Category, Entity, Event, Place,
                             PlacePrecision, Precision, QuadClass, ResolvedDate, Status)

if TYPE_CHECKING:
    from tacitus.coding.extract import CodedDocument, DocumentInput, code_documents, extract
    from tacitus.plugins import register_exporter, register_reader
    from tacitus.store import EventFilter, Store, open_store

__version__ = "0.1.0"

keep_torch_from_thinc()

# name -> the module it loads from on first use
_LAZY = {"extract": "tacitus.coding.extract", "code_documents": "tacitus.coding.extract",
         "CodedDocument": "tacitus.coding.extract", "DocumentInput": "tacitus.coding.extract",
         "open_store": "tacitus.store", "Store": "tacitus.store", "EventFilter": "tacitus.store.filters",
         "register_exporter": "tacitus.plugins", "register_reader": "tacitus.plugins"}

__all__ = [
    "CATEGORIES", "QUAD_CLASSES", "STATUSES", "Article", "Category", "CodedDocument", "CodingError", "ConfigError",
    "DocumentInput", "Entity", "Event", "EventFilter", "InputError", "Place", "PlacePrecision", "Precision",
    "QuadClass", "ResolvedDate", "Settings", "Status", "Store", "StoreError", "TacitusError", "__version__",
    "code_documents", "extract", "load_settings", "open_store", "register_exporter", "register_reader",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # found directly from now on
        return value
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
