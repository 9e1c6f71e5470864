"""The trigger lexicon (data/lexicon.tsv, and the user's TACITUS_LEXICON file): which lemmas carry which PLOVER
event, under which conditions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tacitus.config import load_settings
from tacitus.coding.scores import known_modes
from tacitus.datafiles import Column, Row, load_table, number, one_of, packaged
from tacitus.records import CATEGORIES, Category

ROLE_RULES = ("reciprocal", "instrument", "obj-place", "topic", "clause")


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

    def needs(self, kind: str) -> Condition | None:
        return next((c for c in self.conditions if c.kind == kind), None)


def _parse_conditions(row: Row) -> tuple[Condition, ...]:
    conditions = []
    for part in row["when"].split():
        if part == "-":
            continue
        if part in ("obj-actor", "intransitive", "complement"):
            conditions.append(Condition(part, frozenset()))
            continue
        kind, _, values = part.partition("=")
        if kind not in ("prt", "obj", "notobj", "mod", "subj", "gov") or not values:
            raise row.error(f"unknown condition {part!r}")
        conditions.append(Condition(kind, frozenset(values.split("|"))))
    return tuple(conditions)


# The columns of lexicon.tsv, and of a user's TACITUS_LEXICON file (tab-separated, the same header).
COLUMNS = (Column("lemma"), Column("pos", one_of("VERB", "NOUN")), Column("category", one_of(*CATEGORIES)),
           Column("mode"), Column("context"), Column("when"), Column("roles"), Column("weight", number))


@lru_cache(maxsize=4)
def load_lexicon(user_file: str | None = None) -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> entries, the most specific (most conditions) first: the packaged lexicon and the user's
    file (``user_file``, else TACITUS_LEXICON), whose entries join those of the same lemma."""
    rows = load_table(packaged("tacitus.coding", "lexicon.tsv"), COLUMNS)
    user_file = user_file or load_settings().lexicon_file
    if user_file:
        rows += load_table(user_file, COLUMNS, delimiter="\t")
    modes = known_modes()
    table: dict[tuple[str, str], list[Entry]] = {}
    for row in rows:
        if row["mode"] != "-" and row["mode"] not in modes[row["category"]]:
            raise row.error(f"{row['mode']!r} is not a PLOVER mode of {row['category']} (coding/data/plover.csv)")
        roles = frozenset(r for r in row["roles"].split(",") if r != "-")
        if not roles <= set(ROLE_RULES):
            raise row.error(f"unknown role rule in {row['roles']!r}")
        entry = Entry(lemma=row["lemma"], pos=row["pos"], category=row["category"],
                      mode=None if row["mode"] == "-" else row["mode"],
                      context=tuple(c for c in row["context"].split(",") if c != "-"),
                      conditions=_parse_conditions(row), roles=roles, weight=row["weight"])
        table.setdefault((entry.lemma, entry.pos), []).append(entry)
    return {key: tuple(sorted(entries, key=_specificity)) for key, entries in table.items()}


def _specificity(entry: Entry) -> tuple[int, int]:
    """Entries whose conditions are about the words themselves go first; then the most conditions."""
    # a modifier narrows most ("joint exercise" before "held an exercise")
    on_words = sum(1 + (c.kind == "mod") for c in entry.conditions
                   if c.kind in ("prt", "obj", "mod", "gov", "intransitive", "complement"))
    return (-on_words, -len(entry.conditions))
