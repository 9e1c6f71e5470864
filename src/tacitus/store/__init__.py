"""The store: articles, coded event mentions and the canonical events they merge into, in SQLite (default) or
PostgreSQL, via SQLAlchemy Core. Start with ``open_store(url)``."""

from tacitus.store.database import Store, open_store
from tacitus.store.filters import FILTER_HELP, EventFilter
from tacitus.store.queries import ActorActivity, DyadPoint

__all__ = ["FILTER_HELP", "ActorActivity", "DyadPoint", "EventFilter", "Store", "open_store"]
