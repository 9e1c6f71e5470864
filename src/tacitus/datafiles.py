"""Reading Tacitus data files: word lists, lexicons and registry tables, each row validated on load.

A data file is a CSV (or, named ``*.tsv``, a tab-separated) table that starts with ``#`` lines saying what
it holds and where its facts come from, then a header row naming its columns, then one row a line. Blank
lines and further ``#`` lines (to group a list) are skipped. The code that owns a file declares its columns
once (name, parser, whether a value is needed, whether the column may be left out); ``load_table`` checks
the header and every row against them and turns a bad one into a ``ConfigError`` naming the file and line,
the one line a user sees when their own ``TACITUS_ACTORS`` or ``TACITUS_LEXICON`` file is wrong.

    NAMES = (Column("word"), Column("kind", parser=one_of("honorific", "suffix")))
    rows = load_table(packaged("tacitus.knowledge", "name_words.tsv"), NAMES)
    honorifics = frozenset(row["word"] for row in rows if row["kind"] == "honorific")
    given_names = load_words(packaged("tacitus.knowledge", "given_names.tsv"))

Tables are read once per process (cached by path and columns); a row is a read-only mapping of column name
to parsed value (the column's default, ``None`` unless declared, where an optional value is empty) that
knows its file and line, so the code that reads it can report a rule it breaks at the same place:
``raise row.error("unknown office 'x'")``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tacitus.errors import ConfigError

Parser = Callable[[str], Any]
Source = str | os.PathLike[str]


def text(value: str) -> str:
    return value


def integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number") from None


def number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def one_of(*allowed: str) -> Parser:
    """A parser that accepts only the listed values."""
    choices = frozenset(allowed)

    def parse(value: str) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(sorted(choices))}")
        return value

    return parse


def listed(value: str) -> tuple[str, ...]:
    """A pipe-separated list ("Ivory Coast|Côte d'Ivoire"); empty parts are dropped."""
    return tuple(part.strip() for part in value.split("|") if part.strip())


@dataclass(frozen=True)
class Column:
    """One declared column. ``required``: every row gives a value (else an empty one reads as ``default``);
    ``optional``: a file may leave the column out of its header."""

    name: str
    parser: Parser = text
    required: bool = True
    optional: bool = False
    default: Any = None


class Row(Mapping[str, Any]):
    """One validated row: column name -> parsed value, with the file and line it came from."""

    __slots__ = ("source", "line", "_values")

    def __init__(self, source: str, line: int, values: dict[str, Any]) -> None:
        self.source = source
        self.line = line
        self._values = values

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({self.where}, {self._values!r})"

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def error(self, message: str) -> ConfigError:
        """A rule of the reading code that this row breaks, as a one-line error naming file and line."""
        return ConfigError(f"{self.where}: {message}")


def packaged(package: str, *parts: str) -> Path:
    """A data file shipped inside a Tacitus package: ``packaged("tacitus.knowledge", "titles.csv")``
    is ``tacitus/knowledge/data/titles.csv``."""
    return Path(str(resources.files(package).joinpath("data", *parts)))


def load_table(source: Source, columns: Sequence[Column], *, delimiter: str | None = None) -> tuple[Row, ...]:
    """Every row of a data file, validated against ``columns``; read once per process.

    ``delimiter``: by default a tab for ``*.tsv`` files and a comma otherwise. A missing column, a row with
    too many or too few fields, an empty required value or one its parser rejects is a ConfigError
    naming the file and line.
    """
    return _load_table(os.fspath(source), tuple(columns), delimiter)


def load_words(source: Source, column: str = "word") -> frozenset[str]:
    """A word list: a column of words and, if wanted, a ``note`` column saying why one is there."""
    rows = load_table(source, (Column(column), Column("note", required=False, optional=True)))
    return frozenset(row[column] for row in rows)


def read_table(lines: Sequence[str], columns: Sequence[Column] | None, *, source: str,
               delimiter: str = ",") -> Iterator[Row]:
    """Validated rows of a data file's lines (not cached: for text already read, and for the loaders).

    ``columns=None`` takes the columns the header names, as optional text ("" when empty).
    """
    body = [(number, line) for number, line in enumerate(lines, start=1)
            if line.strip() and not line.startswith("#")]
    if not body:
        raise ConfigError(f"{source}: no header row")
    header_line, header_text = body[0]
    header = [name.strip() for name in next(csv.reader([header_text], delimiter=delimiter))]
    if columns is None:
        columns = [Column(name, required=False, default="") for name in header]
    declared = {column.name: column for column in columns}
    _check_header(header, declared, f"{source}:{header_line}")
    for number, line in body[1:]:
        fields = next(csv.reader([line], delimiter=delimiter), [])
        if len(fields) != len(header):
            raise ConfigError(f"{source}:{number}: {len(fields)} fields where the header has {len(header)} "
                              f"({', '.join(header)})")
        values: dict[str, Any] = {}
        for name, raw in zip(header, fields):
            values[name] = _value(declared[name], raw.strip(), source, number)
        for name, column in declared.items():
            values.setdefault(name, column.default)  # an optional column the file leaves out
        yield Row(source, number, values)


def _check_header(header: list[str], declared: Mapping[str, Column], where: str) -> None:
    missing = [name for name, column in declared.items() if name not in header and not column.optional]
    if missing:
        raise ConfigError(f"{where}: missing column {missing[0]!r} (the header must name "
                          f"{', '.join(n for n, c in declared.items() if not c.optional)})")
    unknown = [name for name in header if name not in declared]
    if unknown:
        raise ConfigError(f"{where}: unknown column {unknown[0]!r} (columns: {', '.join(declared)})")
    repeated = [name for name in header if header.count(name) > 1]
    if repeated:
        raise ConfigError(f"{where}: column {repeated[0]!r} is named twice")


def _value(column: Column, raw: str, source: str, line: int) -> Any:
    if not raw:
        if column.required:
            raise ConfigError(f"{source}:{line}: no value in column {column.name!r}")
        return column.default
    try:
        return column.parser(raw)
    except ValueError as error:
        raise ConfigError(f"{source}:{line}: column {column.name!r}: {error}") from None


@lru_cache(maxsize=256)
def _load_table(path: str, columns: tuple[Column, ...], delimiter: str | None) -> tuple[Row, ...]:
    separator = delimiter or ("\t" if path.endswith(".tsv") else ",")
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such data file") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text (byte {error.start})") from None
    return tuple(read_table(lines, columns, source=path, delimiter=separator))
