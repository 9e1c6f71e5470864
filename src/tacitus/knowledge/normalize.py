"""Text normalisation shared by the registry and the gazetteer: case, accents, punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Mapping

_NON_WORD = re.compile(r"[^\w\s'-]+")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-", "\u00a0": " "})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
LEADING_WORDS = ("the ", "a ", "an ", "its ", "their ", "his ", "her ")
# Folded strings remembered: coding an article folds the same few names again and again (nine calls in ten on
# the Guardian corpus fold a string already folded), each fold a dozen passes over the string.
FOLDED_KEPT = 1 << 16


@lru_cache(maxsize=FOLDED_KEPT)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation (but apostrophes and hyphens) dropped, spaces squeezed."""
    text = text.translate(_QUOTES)
    if not text.isascii():  # only the few non-ASCII characters of English news need a look
        text = _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", text))
    text = text.replace(".", "")
    text = _NON_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip(" -'")


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def strip_leading(folded: str) -> str:
    """Drop determiners and possessive pronouns: 'the kremlin' -> 'kremlin'."""
    changed = True
    while changed:
        changed = False
        for word in LEADING_WORDS:
            if folded.startswith(word):
                folded = folded[len(word):]
                changed = True
    return folded


def is_acronym(alias: str) -> bool:
    """Short all-capital aliases (US, UN, IS, WHO) only match when written in capitals."""
    letters = alias.replace(".", "").replace("+", "")
    return letters.isupper() and 2 <= len(letters) <= 5


def first_words(names: Iterable[str]) -> frozenset[str]:
    """The words a folded name starts with: a scan need only look names up from these."""
    return frozenset(name.split(" ", 1)[0] for name in names)


def names_in(tokens: list[str], names: Mapping[str, str], starts: frozenset[str], lengths: Iterable[int]) -> set[str]:
    """What ``names`` maps to, for every name of ``lengths`` words found in the folded ``tokens``."""
    found = set()
    for i, token in enumerate(tokens):
        if token in starts:
            for n in lengths:
                value = names.get(" ".join(tokens[i:i + n]))
                if value:
                    found.add(value)
    return found
