"""Derived codes of an event: quad class, score, nearest CAMEO code and Goldstein value (data/plover.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tacitus.datafiles import Column, integer, load_table, number, one_of, packaged
from tacitus.errors import CodingError
from tacitus.records import CATEGORIES, QuadClass


@dataclass(frozen=True)
class Scores:
    quad_class: QuadClass
    score: float
    cameo: str | None
    goldstein: float | None
    plover_mode: str | None


COLUMNS = (Column("category", one_of(*CATEGORIES)), Column("mode", required=False, default=""),
           Column("quad_class", integer), Column("score", number), Column("cameo", required=False),
           Column("goldstein", number, required=False), Column("plover_mode", required=False),
           Column("description", required=False))


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], Scores]:
    rows = load_table(packaged("tacitus.coding", "plover.csv"), COLUMNS)
    return {(r["category"], r["mode"]): Scores(r["quad_class"], r["score"], r["cameo"], r["goldstein"],
                                                    r["plover_mode"] or None) for r in rows}


def derive_scores(category: str, mode: str | None) -> Scores:
    table = _table()
    if (category, "") not in table:
        raise CodingError(f"unknown PLOVER category {category!r}")
    return table.get((category, mode or ""), table[(category, "")])


def plover_mode(category: str, mode: str | None) -> str | None:
    """The PLOVER manual's name for our mode, or None where PLOVER has no such mode (see data/plover.csv)."""
    if not mode:
        return None
    found = _table().get((category, mode))
    return found.plover_mode if found else None


def known_modes() -> dict[str, tuple[str, ...]]:
    modes: dict[str, list[str]] = {}
    for category, mode in _table():
        modes.setdefault(category, [])
        if mode:
            modes[category].append(mode)
    return {category: tuple(values) for category, values in modes.items()}
