"""Exports of the canonical events: each format an ``Exporter`` in the registry of tacitus.plugins (one module
per built-in format here, registered by entry points like any plugin's), streamed through a temporary file
that is renamed over the destination only when complete (an export that fails writes nothing; one killed
outright leaves its temporary file, which the next export to the same name removes).
Samples: docs/exports.md.

Every writer takes the ``(Event, stats)`` pairs of `Store.iter_canonical` (stats: num_mentions, num_sources,
num_articles, first_seen, last_seen, created_at, updated_at, url, publisher, title).
"""

from __future__ import annotations

import glob
import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from tacitus.errors import InputError
from tacitus.plugins import Pairs, exporters


def formats() -> list[str]:
    """The export formats on offer: Tacitus's own and those installed packages add."""
    return exporters.names()


def write_events(pairs: Pairs, fmt: str, out: TextIO) -> int:
    """A text format to an open stream; returns the number of events written."""
    exporter = exporters.get(fmt)
    if exporter.write is None:
        raise InputError(f"--format {fmt} writes a file: give -o FILE")
    return int(exporter.write(pairs, out))


def export_events(pairs: Pairs, fmt: str, destination: str) -> int:
    """Write to ``destination`` ("-" for stdout) whole or not at all; returns the number of events."""
    exporter = exporters.get(fmt)
    if destination == "-":
        return write_events(pairs, fmt, sys.stdout)
    target = Path(destination)
    if target.is_dir():
        raise InputError(f"{destination}: is a directory; give a file name")
    _remove_stale_parts(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.",
                                             suffix=".part")
    except OSError as error:
        raise InputError(f"{destination}: cannot write there ({error.strerror})") from None
    try:
        if exporter.write_file is not None:
            os.close(handle)
            count = int(exporter.write_file(pairs, temporary))
        else:
            assert exporter.write is not None
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                count = int(exporter.write(pairs, out))
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _remove_stale_parts(target: Path) -> None:
    """Remove what earlier exports to ``target`` left when they were killed (``.<name>.<pid>.<random>.part``
    of a process that is gone); an export running now keeps its file."""
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        pid = part.name[len(target.name) + 2:].split(".")[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        part.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
