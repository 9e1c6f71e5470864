"""The extension points: export formats and input readers, found by name in registries that users add to.

A format comes either from code::

    @tacitus.register_exporter("kml", description="events as KML placemarks")
    def write_kml(pairs, out):  # pairs: (Event, stats) of Store.iter_canonical; out: a text stream
        ...
        return count

or from an installed package, by an entry point in its ``pyproject.toml`` naming an ``Exporter``::

    [project.entry-points."tacitus.exporters"]
    kml = "tacitus_kml:EXPORTER"        # EXPORTER = Exporter("kml", write=write_kml)

Tacitus registers its own formats the same way (its ``pyproject.toml``), so ``tacitus export --format`` lists
what any installed package adds. Readers work alike (group ``tacitus.readers``): a ``Reader`` claims file
name endings and turns a file's bytes into articles. A package whose entry point cannot be loaded is
skipped with a warning: one broken plugin does not stop Tacitus. docs/plugins.md has the details.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TextIO, TypeVar

from tacitus.errors import InputError

if TYPE_CHECKING:
    from tacitus.ingest.records import IngestFailure
    from tacitus.records import Article, Event

log = logging.getLogger(__name__)

Pairs = Iterable[tuple["Event", dict[str, Any]]]


@dataclass(frozen=True)
class Exporter:
    """A format of ``tacitus export``: ``write(pairs, out) -> count`` to a text stream, or, for a format that
    needs a file of its own (Parquet, GEXF), ``write_file(pairs, path) -> count``."""

    name: str
    write: Callable[[Pairs, TextIO], int] | None = None
    write_file: Callable[[Pairs, str], int] | None = None
    description: str = ""

    def __post_init__(self) -> None:
        if (self.write is None) == (self.write_file is None):
            raise ValueError(f"exporter {self.name!r}: give write or write_file (one of them)")


@dataclass(frozen=True)
class Reader:
    """An input format of ``tacitus ingest``: files whose names end with one of ``suffixes`` are read by
    ``read(source, data)``, which yields an Article or an IngestFailure (with its reason) for each article in them."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, bytes], Iterator[Article | IngestFailure]]
    description: str = ""


class _Named(Protocol):
    @property
    def name(self) -> str: ...


T = TypeVar("T", bound=_Named)


class Registry(Generic[T]):
    """Named entries of one kind: those registered in code, then those of the entry point ``group``."""

    def __init__(self, group: str, kind: type[T], noun: str) -> None:
        self.group = group
        self.kind = kind
        self.noun = noun
        self._entries: dict[str, T] = {}
        self._loaded = False

    def register(self, entry: T) -> T:
        """Add (or replace) an entry; an entry of code wins over an entry point of the same name."""
        if not isinstance(entry, self.kind):
            raise TypeError(f"a {self.noun} must be a {self.kind.__name__}, not {type(entry).__name__}")
        self._entries[entry.name] = entry
        return entry

    def unregister(self, name: str) -> None:
        self._entries.pop(name, None)

    def get(self, name: str) -> T:
        self._load()
        if name not in self._entries:
            raise InputError(f"unknown {self.noun} {name!r} (one of {', '.join(self.names())})")
        return self._entries[name]

    def names(self) -> list[str]:
        """The names on offer, without importing the packages that provide them."""
        if self._loaded:
            return list(self._entries)
        return list(dict.fromkeys([*self._entries, *(point.name for point in _entry_points(self.group))]))

    def all(self) -> list[T]:
        self._load()
        return list(self._entries.values())

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for point in _entry_points(self.group):
            if point.name in self._entries:
                continue  # registered in code, or by an earlier package
            try:
                entry = point.load()
            except Exception as error:  # a broken plugin is the plugin's problem, not the batch's
                log.warning("%s %r from %s cannot be loaded (%s: %s); skipped", self.noun, point.name, point.value,
                            type(error).__name__, error)
                continue
            if not isinstance(entry, self.kind) or entry.name != point.name:
                log.warning("%s %r from %s is not a %s named %r; skipped", self.noun, point.name, point.value,
                            self.kind.__name__, point.name)
                continue
            self._entries[point.name] = entry


def _entry_points(group: str) -> list[Any]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group=group), key=lambda point: (not point.value.startswith("tacitus."), point.name))


exporters: Registry[Exporter] = Registry("tacitus.exporters", Exporter, "export format")
readers: Registry[Reader] = Registry("tacitus.readers", Reader, "input reader")

W = TypeVar("W", bound=Callable[..., int])


def register_exporter(name: str, *, file_only: bool = False, description: str = "") -> Callable[[W], W]:
    """Register a function as the writer of export format ``name`` (see the module docstring)."""
    def decorate(function: W) -> W:
        exporters.register(Exporter(name, write=None if file_only else function,
                                    write_file=function if file_only else None, description=description))
        return function
    return decorate


R = TypeVar("R", bound=Callable[[str, bytes], Iterator[Any]])


def register_reader(name: str, *, suffixes: Iterable[str], description: str = "") -> Callable[[R], R]:
    """Register a function ``read(source, data)`` as the reader of files ending with ``suffixes``."""
    def decorate(function: R) -> R:
        readers.register(Reader(name, tuple(suffix.lower() for suffix in suffixes), function, description))
        return function
    return decorate


def reader_for(source: str) -> Reader | None:
    """The registered reader of a file name, if any (the longest matching ending wins: .warc.gz over .gz)."""
    lowered = source.lower()
    matches = [(len(suffix), reader) for reader in readers.all() for suffix in reader.suffixes
               if lowered.endswith(suffix)]
    return max(matches, key=lambda match: match[0])[1] if matches else None
