"""The PLOVER mode of an event whose lexicon entry does not fix one, from the words around its trigger.

"Provided $50 million in humanitarian aid" is AID/humanitarian, "agreed to a ceasefire" AGREE/ceasefire,
"asked NATO for more weapons" REQUEST/aid (the cues: data/mode_cues.tsv). The cues are looked for in the
trigger's own phrase (its subtree), except for violence, where the weapon is often named elsewhere in the
sentence ("killed in an airstrike").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.coding.words import mode_cues

SENTENCE_WIDE = {"ASSAULT", "CONSULT"}


def mode_from_words(category: str, trigger: Token, anchor: Token, sentence: Span) -> str | None:
    cues = mode_cues().get(category)
    if not cues:
        return None
    words = sentence if category in SENTENCE_WIDE else [*anchor.subtree, *trigger.subtree]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    return next((mode for cue, mode in cues if cue in lemmas), None)
