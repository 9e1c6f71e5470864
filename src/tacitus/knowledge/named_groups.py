"""Groups the registry does not know, named by their members: "MS-13 members", "Tren de Aragua members". Such a
phrase names a party all the same (a gang, a militia, a sect), though neither its country nor its sector is known:
the event it does is told, and the place it acts in may say the country."""

from __future__ import annotations

import re

from tacitus.datafiles import load_words, packaged
from tacitus.knowledge.normalize import fold

GROUP_MEMBERS = load_words(packaged("tacitus.knowledge", "group_members.csv"))
# Words that may stand inside a group's name in lower case: "Tren de Aragua", "Army of the Men of God"
NAME_LINKS = frozenset({"de", "del", "la", "el", "al", "of", "the", "and", "y", "du", "des", "da", "do"})
# What opens the phrase without being part of the name: "the", counts and quantifiers ("three", "some")
OPENERS = frozenset({"the", "a", "an", "some", "several", "two", "three", "four", "five", "six", "seven", "eight",
                     "nine", "ten", "dozens", "hundreds", "scores", "suspected", "alleged", "armed"})
_WORD = re.compile(r"[\w'-]+")


def group_named_by_members(text: str) -> str | None:
    """The group's name in "MS-13 members" or "Tren de Aragua fighters", else None. The name must be written as
    one (each word capitalised but the links "de", "of"), so "gang members" or "party members" name none."""
    words = _WORD.findall(text)
    folded = [fold(w) for w in words]
    while words and folded[0] in OPENERS:
        words, folded = words[1:], folded[1:]
    # ("members of the Black Axe" is left out: the parser often cuts such a name short, "members of the Popular
    # Front" of "... for the Liberation of Palestine", and the cut name would stand beside the whole one)
    if len(words) < 2 or folded[-1] not in GROUP_MEMBERS:
        return None
    name = words[:-1]
    return " ".join(name) if _is_a_name(name) else None


def _is_a_name(words: list[str]) -> bool:
    """Whether words are written as a proper name: capitalised (or digits, "18th Street"), linked only by
    the lower-case words names have ("de", "of")."""
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or fold(w) in NAME_LINKS for w in words)
