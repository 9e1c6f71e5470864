"""The trigger lexicon: which lemmas carry which PLOVER event, under which conditions.

Two data files share one format: ``data/lexicon.tsv``, written by us, and ``data/lexicon_cameo.tsv``,
converted from PETRARCH2's CAMEO verb dictionary by ``build_cameo_lexicon.py``. For any lemma our own
readings come first; the converted ones follow, so they only decide where ours do not apply.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tacitus.errors import ConfigError
from tacitus.records import CATEGORIES

ROLE_RULES = ("reciprocal", "instrument", "obj-place", "topic", "clause", "intent")
LEXICON_FILES = (("tacitus", "lexicon.tsv"), ("cameo", "lexicon_cameo.tsv"))
CONDITION_KINDS = ("prt", "obj", "notobj", "objmod", "mod", "subj", "subjnoun", "gov", "pp")


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
    source: str = "tacitus"  # which lexicon file: "tacitus" (ours) or "cameo" (converted)

    def needs(self, kind: str) -> Condition | None:
        return next((c for c in self.conditions if c.kind == kind), None)


def _parse_conditions(text: str, where: str) -> tuple[Condition, ...]:
    conditions = []
    for part in text.split():
        if part == "-":
            continue
        if part in ("obj-actor", "intransitive", "complement"):
            conditions.append(Condition(part, frozenset()))
            continue
        kind, _, values = part.partition("=")
        if kind not in CONDITION_KINDS or not values:
            raise ConfigError(f"{where}: unknown condition {part!r}")
        conditions.append(Condition(kind, frozenset(v for v in values.split("|") if v)))
    return tuple(conditions)


@lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> entries: ours first, then the converted ones; each the most specific first."""
    table: dict[tuple[str, str], list[Entry]] = {}
    for source, name in LEXICON_FILES:
        by_lemma: dict[tuple[str, str], list[Entry]] = {}
        for entry in _read_entries(name, source):
            by_lemma.setdefault((entry.lemma, entry.pos), []).append(entry)
        for key, entries in by_lemma.items():
            table.setdefault(key, []).extend(sorted(entries, key=_specificity))
    return {key: tuple(entries) for key, entries in table.items()}


def _read_entries(name: str, source: str) -> list[Entry]:
    path = resources.files("tacitus.coding").joinpath("data", name)
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle]
    header_at = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    reader = csv.DictReader(lines[header_at:], delimiter="\t")
    entries = []
    for line, row in enumerate(reader, start=header_at + 2):
        where = f"{name}:{line}"
        if row["category"] not in CATEGORIES or row["pos"] not in ("VERB", "NOUN"):
            raise ConfigError(f"{where}: bad category or pos in {row}")
        roles = frozenset(r for r in row["roles"].split(",") if r != "-")
        if not roles <= set(ROLE_RULES):
            raise ConfigError(f"{where}: unknown role rule in {row['roles']!r}")
        entries.append(Entry(lemma=row["lemma"], pos=row["pos"], category=row["category"],
                             mode=None if row["mode"] == "-" else row["mode"],
                             context=tuple(c for c in row["context"].split(",") if c != "-"),
                             conditions=_parse_conditions(row["when"], where), roles=roles,
                             weight=float(row["weight"]), source=source))
    return entries


def _specificity(entry: Entry) -> tuple[int, int]:
    """Entries whose conditions are about the words themselves go first; then the most conditions."""
    # a modifier narrows most ("joint exercise" before "held an exercise")
    on_words = sum(1 + (c.kind in ("mod", "objmod")) for c in entry.conditions
                   if c.kind in ("prt", "obj", "objmod", "mod", "gov", "pp", "subjnoun", "intransitive", "complement"))
    return (-on_words, -len(entry.conditions))
