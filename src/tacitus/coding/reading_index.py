"""A verb's lexicon readings by the words of their first condition, so that a trigger tries only those that may hold.

A verb like "give" has a hundred readings, most of them beginning with an object's list: trying each in turn, for
every verb of every sentence, was a twentieth of the coder's time.
"""

from __future__ import annotations

from typing import Callable

from tacitus.coding.lexicon import Entry

# In an obj= list, PLACE stands for any named place ("seized Wad Madani", "took Bakhmut").
PLACE_OBJECT = "PLACE"
# ... and PERSON any named person or personal pronoun ("captured Cantlie", "he was captured")
PERSON_OBJECT = "PERSON"

# The kinds of condition that hold when one of their words is among those the trigger's words gather under the name
# given (``triggers._Words.holds``): a reading that begins with one of them is tried only when the words around the
# trigger have one of its words.
INDEXED_CONDITIONS = {"obj": "object_words", "prt": "particles", "pp": "phrases"}


class _ReadingIndex:
    """A verb's readings by the words of their first condition, where it is one of ``INDEXED_CONDITIONS``."""

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries
        always: list[int] = []  # the readings tried whatever the words
        self.by_word: dict[str, dict[str, list[int]]] = {}
        for number, entry in enumerate(entries):
            first = entry.conditions[0] if entry.conditions else None
            # (an object list naming any place or person holds of more than its words)
            if first is None or first.kind not in INDEXED_CONDITIONS or \
                    first.kind == "obj" and (PLACE_OBJECT in first.values or PERSON_OBJECT in first.values):
                always.append(number)
                continue
            by_word = self.by_word.setdefault(first.kind, {})
            for word in first.values:
                by_word.setdefault(word, []).append(number)
        self.always = frozenset(always)


# Each lexicon's tuple of readings for a word, by its id, with the tuple itself (which keeps that id its own)
_indexes: dict[int, _ReadingIndex] = {}


def candidates(entries: tuple[Entry, ...], gathered: Callable[[str], set[str]]) -> list[Entry]:
    """The readings of ``entries``, in order, less those whose first condition names none of the words around the
    trigger (``gathered(name)``: the words gathered under a name of ``INDEXED_CONDITIONS``): those could not hold."""
    index = _indexes.get(id(entries))
    if index is None or index.entries is not entries:
        index = _indexes[id(entries)] = _ReadingIndex(entries)
    chosen = set(index.always)
    for kind, by_word in index.by_word.items():
        for word in gathered(INDEXED_CONDITIONS[kind]):
            chosen.update(by_word.get(word, ()))
    return [entries[number] for number in sorted(chosen)]
