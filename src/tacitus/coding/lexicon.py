"""The trigger lexicon (data/lexicon.tsv): which lemmas carry which PLOVER event, under which conditions."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tacitus.errors import ConfigError
from tacitus.records import CATEGORIES

ROLE_RULES = ("reciprocal", "instrument", "obj-place", "topic", "clause")


@dataclass(frozen=True)
class Condition:
    kind: str  # prt, obj, mod, subj, obj-actor
    values: frozenset[str]


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    category: str
    mode: str | None
    context: tuple[str, ...]
    conditions: tuple[Condition, ...]
    roles: frozenset[str]
    weight: float

    def needs(self, kind: str) -> Condition | None:
        return next((c for c in self.conditions if c.kind == kind), None)


def _parse_conditions(text: str, line: int) -> tuple[Condition, ...]:
    conditions = []
    for part in text.split():
        if part == "-":
            continue
        if part in ("obj-actor", "intransitive", "complement"):
            conditions.append(Condition(part, frozenset()))
            continue
        kind, _, values = part.partition("=")
        if kind not in ("prt", "obj", "notobj", "mod", "subj", "gov") or not values:
            raise ConfigError(f"lexicon.tsv:{line}: unknown condition {part!r}")
        conditions.append(Condition(kind, frozenset(values.split("|"))))
    return tuple(conditions)


@lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> entries, the most specific (most conditions) first."""
    path = resources.files("tacitus.coding").joinpath("data", "lexicon.tsv")
    table: dict[tuple[str, str], list[Entry]] = {}
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle]
    header_at = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    reader = csv.DictReader(lines[header_at:], delimiter="\t")
    for line, row in enumerate(reader, start=header_at + 2):
        if row["category"] not in CATEGORIES or row["pos"] not in ("VERB", "NOUN"):
            raise ConfigError(f"lexicon.tsv:{line}: bad category or pos in {row}")
        roles = frozenset(r for r in row["roles"].split(",") if r != "-")
        if not roles <= set(ROLE_RULES):
            raise ConfigError(f"lexicon.tsv:{line}: unknown role rule in {row['roles']!r}")
        entry = Entry(lemma=row["lemma"], pos=row["pos"], category=row["category"],
                      mode=None if row["mode"] == "-" else row["mode"],
                      context=tuple(c for c in row["context"].split(",") if c != "-"),
                      conditions=_parse_conditions(row["when"], line), roles=roles,
                      weight=float(row["weight"]))
        table.setdefault((entry.lemma, entry.pos), []).append(entry)
    return {key: tuple(sorted(entries, key=_specificity)) for key, entries in table.items()}


def _specificity(entry: Entry) -> tuple[int, int]:
    """Entries whose conditions are about the words themselves go first; then the most conditions."""
    # a modifier narrows most ("joint exercise" before "held an exercise")
    on_words = sum(1 + (c.kind == "mod") for c in entry.conditions
                   if c.kind in ("prt", "obj", "mod", "gov", "intransitive", "complement"))
    return (-on_words, -len(entry.conditions))
