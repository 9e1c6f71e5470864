"""Offline language identification (py3langid), on the first few thousand characters."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SAMPLE_CHARS = 4000
MIN_LETTERS = 20
MIN_DISTINCT_WORDS = 8
MIN_VARIETY = 0.15
# How close (a share of the best log-probability) English must come to the best language to be taken: a
# sentence of English full of foreign names comes within a few per cent of a creole, a sentence of French or
# German, Italian or Dutch more than 25% behind
ENGLISH_MARGIN = 0.15


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell. Samples the start, middle and end."""
    if len(text) <= SAMPLE_CHARS:
        sample = text
    else:
        third = SAMPLE_CHARS // 3
        middle = len(text) // 2
        sample = " ".join((text[:third], text[middle:middle + third], text[-third:]))
    words = sample.lower().split()
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS or len(set(words)) < MIN_DISTINCT_WORDS \
            or len(set(words)) < MIN_VARIETY * len(words):
        return None  # too little language to tell (a word repeated a thousand times is no language)
    import py3langid

    ranked = py3langid.rank(sample)
    language, best = ranked[0]
    english = next((score for code, score in ranked if code == "en"), None)
    if language != "en" and english is not None and english >= best - ENGLISH_MARGIN * abs(best):
        # English by a hair: a short report full of foreign names ("Boko Haram fighters abducted 20 girls
        # from a school in Borno state") scores as Nigerian Pidgin, an English creole, as much as English
        return "en"
    return str(language)


CODED_LANGUAGES = ("en",)


def is_coded_language(language: str | None) -> bool:
    """Whether the coder reads an article of this language; unknown (short texts) is given the benefit."""
    return language is None or language in CODED_LANGUAGES
