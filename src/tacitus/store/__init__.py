"""The store: articles and coded event mentions in SQLite (default) or PostgreSQL, via SQLAlchemy Core."""

from tacitus.store.database import Store, open_store
from tacitus.store.filters import EventFilter

__all__ = ["EventFilter", "Store", "open_store"]
