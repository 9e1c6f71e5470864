"""Exports of the canonical events, one module per format, streamed through a temporary file that is renamed
over the destination only when complete (an export that fails writes nothing). Samples: docs/exports.md.

Every writer takes the ``(Event, stats)`` pairs of `Store.iter_canonical` (stats: num_mentions, num_sources,
num_articles, first_seen, last_seen, created_at, updated_at, url, publisher, title).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, TextIO

from tacitus.errors import InputError
from tacitus.records import Event

Pairs = Iterable[tuple[Event, dict[str, Any]]]

# format -> module; each module has write(pairs, out: TextIO) -> int, or write_file(pairs, path) -> int.
FORMATS = {"plover": "plover", "csv": "flat", "geojson": "geojson", "gdelt": "gdelt", "acled": "acled",
           "parquet": "parquet", "ftm": "ftm", "gexf": "gexf"}
FILE_ONLY = ("parquet", "gexf")


def _module(fmt: str):  # type: ignore[no-untyped-def]
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return importlib.import_module(f"tacitus.store.exports.{FORMATS[fmt]}")


def write_events(pairs: Pairs, fmt: str, out: TextIO) -> int:
    """A text format to an open stream; returns the number of events written."""
    if fmt in FILE_ONLY:
        raise InputError(f"--format {fmt} writes a file: give -o FILE")
    return int(_module(fmt).write(pairs, out))


def export_events(pairs: Pairs, fmt: str, destination: str) -> int:
    """Write to ``destination`` ("-" for stdout) whole or not at all; returns the number of events."""
    module = _module(fmt)
    if destination == "-":
        return write_events(pairs, fmt, sys.stdout)
    target = Path(destination)
    if target.is_dir():
        raise InputError(f"{destination}: is a directory; give a file name")
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise InputError(f"{destination}: cannot write there ({error.strerror})") from None
    try:
        if fmt in FILE_ONLY:
            os.close(handle)
            count = int(module.write_file(pairs, temporary))
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                count = int(module.write(pairs, out))
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
