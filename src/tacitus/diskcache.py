"""A value kept on disk between runs, keyed by every byte it is built from (the lexicon, the registry).

The key is a hash of the files the value is read from and of the code that reads them, so a changed data
file or reader is a new key, never a stale value; an unreadable cache is rebuilt, an unwritable one skipped.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Make or load many long-lived objects (tables kept for the life of the process) without the cycle
    collector, then leave them out of its later walks (``gc.freeze``): none of them is ever garbage, and with
    spaCy loaded a full collection walks everything alive (the registry's pickle took four times as long to
    load with the collector running; a cold `tacitus extract` spent a third of its CPU time in it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def cache_file(cache_dir: str, name: str, sources: Iterable[Path]) -> Path | None:
    """``cache_dir/name-<hash of the sources>.pickle``, or None when a source cannot be read (the build then
    says what is wrong with it)."""
    digest = hashlib.sha256()
    try:
        for path in sources:
            digest.update(path.name.encode() + path.read_bytes())
    except OSError:
        return None
    return Path(cache_dir) / f"{name}-{digest.hexdigest()[:20]}.pickle"


def cached(path: Path | None, build: Callable[[], T]) -> T:
    """The value pickled at ``path``, else ``build()``'s, written there for the next run."""
    if path is not None:
        try:
            with collector_paused():
                value: T = pickle.loads(path.read_bytes())
            return value
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            log.warning("the cache %s is unreadable; rebuilding it", path)
    value = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(path)
        except OSError as error:  # a read-only home: go on without the cache
            log.debug("could not write the cache %s: %s", path, error)
    return value
