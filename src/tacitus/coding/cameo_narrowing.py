"""Converted CAMEO readings we reject or narrow: ``data/cameo_narrowed.tsv``, applied by build_cameo_lexicon.py.

Each rule names a verb, a category and which of its converted rows it meets (the default reading, every row,
or the rows whose word conditions hold given words), and rejects them, drops words from their lists or adds
a condition, with its reason. Rules apply in file order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tacitus.datafiles import Column, Row, load_table, one_of
from tacitus.records import CATEGORIES

NARROWED = Path(__file__).with_name("data") / "cameo_narrowed.tsv"
# The word conditions a narrowing's match names (lexicon.tsv's); the rest of a row's conditions ("notobj",
# "obj-actor") only block
MATCH_KINDS = ("prt", "obj", "objmod", "pp", "subjnoun")
# The order of a row's conditions as the converter writes them, then those a narrowing may add
CONDITION_ORDER = ("prt", "notprt", "obj", "objmod", "notobj", "pp", "notpp", "subjnoun")


@dataclass(frozen=True)
class Narrowing:
    """One rule of ``data/cameo_narrowed.tsv``: which converted rows of a verb to reject or narrow."""

    lemma: str  # a verb, or "*" for all
    category: str  # a PLOVER category, or "*" for all
    match: dict[str, set[str]] | None  # None: every row; {}: the default reading only; else kind -> words
    action: str  # "reject", "drop" or "add"
    added: str = ""  # the condition "add" appends ("obj-actor", "obj=arm|arms")

    def matches(self, row: dict[str, str]) -> bool:
        if self.lemma not in ("*", row["lemma"]) or self.category not in ("*", row["category"]):
            return False
        if self.match is None:
            return True
        conditions = parse_when(row["when"])
        kinds = {kind for kind in conditions if kind in MATCH_KINDS}
        return kinds == set(self.match) and all(conditions[kind] & words for kind, words in self.match.items())

    def apply(self, row: dict[str, str]) -> dict[str, str] | None:
        """The row as this rule leaves it, or None when it leaves it out."""
        if self.action == "reject":
            return None
        conditions = parse_when(row["when"])
        if self.action == "drop":
            for kind, words in (self.match or {}).items():
                if kind != "prt":
                    conditions[kind] = conditions[kind] - words
            if any(not words for kind, words in conditions.items() if kind not in FLAGS):
                return None
        else:
            kind, _, added = self.added.partition("=")
            conditions[kind] = conditions.get(kind, set()) | set(filter(None, added.split("|")))
        return {**row, "when": write_when(conditions)}


FLAGS = ("obj-actor", "intransitive", "complement")


def parse_when(when: str) -> dict[str, set[str]]:
    """A row's conditions: kind -> words ("obj=a|b" -> {"obj": {"a", "b"}}; a flag like "obj-actor" -> empty)."""
    conditions: dict[str, set[str]] = {}
    for part in when.split():
        if part == "-":
            continue
        kind, _, words = part.partition("=")
        conditions[kind] = set(filter(None, words.split("|")))
    return conditions


def write_when(conditions: dict[str, set[str]]) -> str:
    parts = [f"{kind}={'|'.join(sorted(conditions[kind]))}" for kind in CONDITION_ORDER if conditions.get(kind)]
    parts += [flag for flag in FLAGS if flag in conditions]
    return " ".join(parts) or "-"


def _match(value: str) -> dict[str, set[str]] | None:
    if value == "*":
        return None
    match = {} if value == "-" else parse_when(value)
    if not set(match) <= set(MATCH_KINDS) or any(not words for words in match.values()):
        raise ValueError(f"{value!r} is no match: -, * or KIND=w1|w2 with KIND one of {', '.join(MATCH_KINDS)}")
    return match


def _action(value: str) -> str:
    kind = value.partition("=")[2].partition("=")[0]
    if value in ("reject", "drop") or (value.startswith("add=") and (kind in CONDITION_ORDER or value[4:] in FLAGS)):
        return value
    raise ValueError(f"{value!r} is no action: reject, drop or add=CONDITION")


NARROWING_COLUMNS = (Column("lemma"), Column("category", one_of("*", *CATEGORIES)), Column("match", _match),
                     Column("action", _action), Column("reason"))


def load_narrowings(path: Path = NARROWED) -> list[Narrowing]:
    return [_narrowing(row) for row in load_table(path, NARROWING_COLUMNS, delimiter="\t")]


def _narrowing(row: Row) -> Narrowing:
    if row["action"] == "drop" and not row["match"]:
        raise row.error("drop needs the words to drop in its match")
    action, _, added = row["action"].partition("=")
    return Narrowing(lemma=row["lemma"], category=row["category"], match=row["match"], action=action, added=added)


def narrow(rows: list[dict[str, str]], narrowings: list[Narrowing]) -> list[dict[str, str]]:
    """The converted rows as the narrowings leave them, each applied in file order."""
    for rule in narrowings:
        rows = [kept for row in rows if (kept := rule.apply(row) if rule.matches(row) else row) is not None]
    return rows
