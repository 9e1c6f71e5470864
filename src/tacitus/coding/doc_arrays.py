"""The word ids, entity types and parts of speech of a parsed Doc's tokens, read once per Doc, and the words of its
sentences once per sentence.

Several rules look for a word anywhere in the article (a person's other mentions, the brackets before a place's
name): spaCy makes a Token object anew each time one is asked for, which cost more than the tests made of it, and
reading the Doc's arrays for each question cost a tenth of a millisecond each time.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Span

# The columns of ``token_arrays``
ORTH, ENT_TYPE, POS = 0, 1, 2
# Where a Doc keeps what was read of it (spaCy's store for a Doc's own data): it lives and dies with the Doc
USER_DATA_KEY = "tacitus.doc_arrays"


class _Read:
    """What was read of one Doc: its arrays, and where the words asked about stand."""

    def __init__(self, doc: Doc) -> None:
        self.arrays = doc.to_array(["ORTH", "ENT_TYPE", "POS"])
        self.arrays.flags.writeable = False  # shared by every caller
        self.positions: dict[tuple[str, ...], tuple[int, ...]] = {}
        self.spans: dict[tuple[int, int], tuple[frozenset[str], str]] = {}  # (start, end) -> its words and text


def _read(doc: Doc) -> _Read:
    known = doc.user_data.get(USER_DATA_KEY)
    if known is None:
        known = doc.user_data[USER_DATA_KEY] = _Read(doc)
    return known


def token_arrays(doc: Doc) -> np.ndarray:
    """(tokens, 3): each token's ``ORTH``, ``ENT_TYPE`` and ``POS`` ids, as ``doc.to_array`` gives them."""
    return _read(doc).arrays


def positions_of(doc: Doc, words: tuple[str, ...]) -> tuple[int, ...]:
    """Where the tokens written as one of ``words`` stand in the Doc, in order."""
    read = _read(doc)
    if words not in read.positions:
        orth = read.arrays[:, ORTH]
        found = np.zeros(len(orth), dtype=bool)
        for word in words:
            found |= orth == doc.vocab.strings[word]
        read.positions[words] = tuple(np.flatnonzero(found).tolist())
    return read.positions[words]


def span_words(span: Span) -> frozenset[str]:
    """The words of ``span`` in lower case (``Token.lower_``): asked of a sentence for each reading of each trigger."""
    return _span_read(span)[0]


def span_text(span: Span) -> str:
    """``span.text``, which spaCy joins anew from the span's tokens each time."""
    return _span_read(span)[1]


def _span_read(span: Span) -> tuple[frozenset[str], str]:
    read = _read(span.doc)
    key = (span.start, span.end)
    if key not in read.spans:
        tokens = list(span)
        read.spans[key] = (frozenset(t.lower_ for t in tokens), span.text)
    return read.spans[key]
