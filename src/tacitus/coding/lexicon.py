"""The trigger lexicon: which lemmas carry which PLOVER event, under which conditions.

Three data files share one format: the user's TACITUS_LEXICON file, ``data/lexicon.tsv``, written by us, and
``data/lexicon_cameo.tsv``, converted from PETRARCH2's CAMEO verb dictionary by ``build_cameo_lexicon.py``.
For any lemma the user's readings come first, then ours; the converted ones follow, so they only decide where
the written ones do not apply. Every row is validated on load (``COLUMNS``); a bad one is a ConfigError
naming its file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tacitus.coding.scores import known_modes
from tacitus.config import load_settings
from tacitus.datafiles import Column, Row, load_table, number, one_of, packaged
from tacitus.diskcache import cache_file, cached
from tacitus.records import CATEGORIES, Category

ROLE_RULES = ("reciprocal", "instrument", "obj-place", "topic", "clause", "intent", "yields", "undergoer", "strict",
              "device")
LEXICON_FILES = (("tacitus", "lexicon.tsv"), ("cameo", "lexicon_cameo.tsv"))
# The columns of every lexicon file, and of a user's TACITUS_LEXICON file (tab-separated, the same header).
COLUMNS = (Column("lemma"), Column("pos", one_of("VERB", "NOUN")), Column("category", one_of(*CATEGORIES)),
           Column("mode"), Column("context"), Column("when"), Column("roles"), Column("weight", number))
CONDITION_KINDS = ("prt", "notprt", "obj", "notobj", "objmod", "notobjmod", "mod", "subj", "subjnoun", "notsubjnoun",
                   "notsubj", "gov", "pp", "notpp", "modal", "predicate", "clauseobj", "clauseverb", "clausenot",
                   "purpose", "subjword", "infinitive", "objof", "pressure")


@dataclass(frozen=True)
class Condition:
    kind: str  # prt, obj, mod, subj, obj-actor
    values: frozenset[str]


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    category: Category
    mode: str | None
    context: tuple[str, ...]
    conditions: tuple[Condition, ...]
    roles: frozenset[str]
    weight: float
    # "tacitus": written by hand (ours, or the user's TACITUS_LEXICON); "cameo": converted
    source: str = "tacitus"

    def needs(self, kind: str) -> Condition | None:
        return next((c for c in self.conditions if c.kind == kind), None)


def _parse_conditions(row: Row) -> tuple[Condition, ...]:
    conditions = []
    for part in row["when"].split():
        if part == "-":
            continue
        if part in ("obj-actor", "obj-foreign", "intransitive", "complement"):
            conditions.append(Condition(part, frozenset()))
            continue
        kind, _, values = part.partition("=")
        if kind not in CONDITION_KINDS or not values:
            raise row.error(f"unknown condition {part!r}")
        conditions.append(Condition(kind, frozenset(v for v in values.split("|") if v)))
    return tuple(conditions)


@lru_cache(maxsize=4)
def load_lexicon(user_file: str | None = None) -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> entries: the user's file (``user_file``, else TACITUS_LEXICON) first, then ours, then the
    converted ones; each the most specific first."""
    files = [(source, packaged("tacitus.coding", name)) for source, name in LEXICON_FILES]
    settings = load_settings()
    user_file = user_file or settings.lexicon_file
    if user_file:
        files.insert(0, ("tacitus", Path(user_file)))
    # Reading and validating 22,000 rows costs most of a second of every cold start: kept on disk, keyed by
    # the files read (plover.csv validates the modes) and this module's own source
    sources = [path for _, path in files] + [packaged("tacitus.coding", "plover.csv"), Path(__file__)]
    return cached(cache_file(settings.cache_dir, "lexicon", sources), lambda: _build(files))


def _build(files: list[tuple[str, Path]]) -> dict[tuple[str, str], tuple[Entry, ...]]:
    table: dict[tuple[str, str], list[Entry]] = {}
    for source, path in files:
        by_lemma: dict[tuple[str, str], list[Entry]] = {}
        for entry in _read_entries(path, source):
            by_lemma.setdefault((entry.lemma, entry.pos), []).append(entry)
        for key, entries in by_lemma.items():
            table.setdefault(key, []).extend(sorted(entries, key=_specificity))
    return {key: tuple(entries) for key, entries in table.items()}


def _read_entries(path: Path, source: str) -> list[Entry]:
    modes = known_modes()
    entries = []
    for row in load_table(path, COLUMNS, delimiter="\t"):
        if row["mode"] != "-" and row["mode"] not in modes[row["category"]]:
            raise row.error(f"{row['mode']!r} is not a PLOVER mode of {row['category']} (coding/data/plover.csv)")
        roles = frozenset(r for r in row["roles"].split(",") if r != "-")
        if not roles <= set(ROLE_RULES):
            raise row.error(f"unknown role rule in {row['roles']!r}")
        entries.append(Entry(lemma=row["lemma"], pos=row["pos"], category=row["category"],
                             mode=None if row["mode"] == "-" else row["mode"],
                             context=tuple(c for c in row["context"].split(",") if c != "-"),
                             conditions=_parse_conditions(row), roles=roles, weight=row["weight"], source=source))
    return entries


def _specificity(entry: Entry) -> tuple[int, int]:
    """Entries whose conditions are about the words themselves go first; then the most conditions."""
    # a modifier narrows most ("joint exercise" before "held an exercise")
    on_words = sum(1 + (c.kind in ("mod", "objmod")) for c in entry.conditions
                   if c.kind in ("prt", "obj", "objmod", "mod", "gov", "pp", "subjnoun", "intransitive", "complement",
                                 "purpose", "infinitive", "objof", "pressure"))
    return (-on_words, -len(entry.conditions))
