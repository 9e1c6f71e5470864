"""Offline language identification (py3langid), on the first few thousand characters."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SAMPLE_CHARS = 4000
MIN_LETTERS = 20
MIN_DISTINCT_WORDS = 8
MIN_VARIETY = 0.15


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

    language, _ = py3langid.classify(sample)
    return str(language)


CODED_LANGUAGES = ("en",)


def is_coded_language(language: str | None) -> bool:
    """Whether the coder reads an article of this language; unknown (short texts) is given the benefit."""
    return language is None or language in CODED_LANGUAGES
