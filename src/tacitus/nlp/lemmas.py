"""spaCy's rule lemmatizer, with each of its answers remembered.

spaCy's English rule lemmatizer remembers the lemma of a word, part of speech and morphology only when it
ran its suffix rules: a word it takes as its own base form (a singular noun, an infinitive, a name, most of
the words of a text) is looked at anew each time, through its morphology as a dictionary. On 100 Guardian
articles that took 0.32 CPU s once its memory was warm and 1.35 s before (2-8% of the parse); this takes
0.07-0.1 s. Its answer depends on nothing but the word's text, part of speech and morphology, so here it is
remembered for all three: the lemmas are the same, but for one class its tables get wrong (``restore_silent_e``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from tacitus.nlp.stand_in import stand_in

LEMMATIZER = "lemmatizer"


class RememberingLemmatizer:
    """Sets the lemmas that ``lemmatizer`` would set, asking it once per word, part of speech and morphology."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings, overwrite, lemmas = doc.vocab.strings, self.lemmatizer.overwrite, self.lemmas
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
                lemma = lemmas.get(key)
                if lemma is None:
                    found = self.lemmatizer.lemmatize(token)[0]
                    lemma = lemmas[key] = strings.add(restore_silent_e(token.lower_, found))
                token.lemma = lemma
        return doc


# One short vowel between consonants: a verb whose final consonant English doubles before -ed/-ing ("stag").
_SHORT_CLOSED = re.compile(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")


def restore_silent_e(word: str, lemma: str) -> str:
    """Put back the silent e that spaCy's tables drop when a rarer verb without it exists.

    "staged" becomes "stag", "waged" "wag" and "raged" "rag" because the tables know those verbs too; but
    their past tenses double the consonant ("stagged"), so an undoubled "staged" can only be of "stage".
    """
    if _SHORT_CLOSED.match(lemma) and word in (lemma + "ed", lemma + "ing"):
        return lemma + "e"
    return lemma


def remember_lemmas(nlp: Language) -> None:
    """In ``nlp``, spaCy's rule lemmatizer (kept, disabled, for its tables) gives way to one that remembers."""
    if LEMMATIZER not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    stand_in(nlp, LEMMATIZER, "tacitus_lemmas")


@Language.factory("tacitus_lemmas")
def _make(nlp: Language, name: str) -> RememberingLemmatizer:
    return RememberingLemmatizer(nlp.get_pipe(LEMMATIZER))  # type: ignore[arg-type]  # disabled, still there
