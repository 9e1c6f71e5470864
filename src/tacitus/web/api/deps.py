"""What handlers are given: the settings, the open store, a time-limited read connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Connection

from tacitus.config import Settings
from tacitus.store import Store
from tacitus.store.browse import bounded


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@contextmanager
def reading(request: Request) -> Iterator[Connection]:
    """A read connection that stops a statement running past TACITUS_QUERY_TIMEOUT."""
    with bounded(store_of(request), settings_of(request).query_timeout) as conn:
        yield conn


SettingsDep = Annotated[Settings, Depends(settings_of)]
StoreDep = Annotated[Store, Depends(store_of)]
