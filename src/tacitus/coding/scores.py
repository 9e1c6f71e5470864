"""Derived codes of an event: quad class, score, nearest CAMEO code and Goldstein value (data/plover.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tacitus.errors import CodingError


@dataclass(frozen=True)
class Scores:
    quad_class: int
    score: float
    cameo: str | None
    goldstein: float | None


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], Scores]:
    path = resources.files("tacitus.coding").joinpath("data", "plover.csv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {(r["category"], r["mode"]): Scores(int(r["quad_class"]), float(r["score"]), r["cameo"] or None,
                                                    float(r["goldstein"]) if r["goldstein"] else None)
                for r in rows}


def derive_scores(category: str, mode: str | None) -> Scores:
    table = _table()
    if (category, "") not in table:
        raise CodingError(f"unknown PLOVER category {category!r}")
    return table.get((category, mode or ""), table[(category, "")])


def known_modes() -> dict[str, tuple[str, ...]]:
    modes: dict[str, list[str]] = {}
    for category, mode in _table():
        modes.setdefault(category, [])
        if mode:
            modes[category].append(mode)
    return {category: tuple(values) for category, values in modes.items()}
