"""The words the registry and the resolver know about people's names and titles, from ``knowledge/data``:
honorifics, suffixes, given names, surname particles, the order of names by country (``name_words.tsv``,
``name_order.csv``) and the words that keep a title from naming today's holder (``not_the_holder.csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tacitus.datafiles import Column, load_table, load_words, one_of, packaged

WORD_KINDS = ("honorific", "suffix", "patronymic", "given_name", "common_surname", "before_name", "particle",
              "place_word")
NAME_ORDERS = ("family_first", "given_first")


@dataclass(frozen=True)
class NameWords:
    honorifics: frozenset[str]
    suffixes: frozenset[str]
    patronymics: frozenset[str]
    given_names: frozenset[str]
    common_surnames: frozenset[str]
    not_first_names: frozenset[str]  # what stands before a surname without being a first name
    place_words: frozenset[str]  # what, after a place's name, is no surname ("Jordan Valley")
    family_name_first: frozenset[str]  # ISO3 codes
    given_name_first: frozenset[str]
    not_the_holder: re.Pattern[str]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    rows = load_table(packaged("tacitus.knowledge", "name_words.tsv"),
                      (Column("word"), Column("kind", one_of(*WORD_KINDS)), Column("note", required=False)))
    kinds: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    for row in rows:
        kinds[row["kind"]].add(row["word"])
    orders = load_table(packaged("tacitus.knowledge", "name_order.csv"),
                        (Column("iso3"), Column("order", one_of(*NAME_ORDERS))))
    qualifiers = sorted(load_words(packaged("tacitus.knowledge", "not_the_holder.csv")), key=len, reverse=True)
    return NameWords(
        honorifics=frozenset(kinds["honorific"]), suffixes=frozenset(kinds["suffix"]),
        patronymics=frozenset(kinds["patronymic"]), given_names=frozenset(kinds["given_name"]),
        common_surnames=frozenset(kinds["common_surname"]),
        not_first_names=frozenset(kinds["honorific"] | kinds["patronymic"] | kinds["before_name"] | kinds["particle"]),
        place_words=frozenset(kinds["place_word"]),
        family_name_first=frozenset(row["iso3"] for row in orders if row["order"] == "family_first"),
        given_name_first=frozenset(row["iso3"] for row in orders if row["order"] == "given_first"),
        not_the_holder=re.compile(r"\b(" + "|".join(map(re.escape, qualifiers)) + r")\b"))
