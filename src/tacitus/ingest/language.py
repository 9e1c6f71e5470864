"""Offline language identification (py3langid), on the first few thousand characters."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SAMPLE_CHARS = 4000
MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    import py3langid

    language, _ = py3langid.classify(sample)
    return str(language)
