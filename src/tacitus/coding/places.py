"""Where an event happened: a locative phrase on the trigger, a place modifier, else the sentence's one place."""

from __future__ import annotations

import logging
from typing import Iterable

from spacy.tokens import Span, Token

from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import Gazetteer
from tacitus.records import Place

log = logging.getLogger(__name__)

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "from", "on"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _locative_tokens(token: Token) -> Iterable[Token]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_ENTS:
                    yield obj
        if child.dep_ == "prep" and child.lower_ == "including":
            yield from _locative_tokens(child)


def attach_place(*, anchors: list[Token], preferred: list[Token], sentence: Span, party_texts: set[str],
                 gazetteer: Gazetteer, context: str, focus: list[str],
                 sentence_fallback: bool = True) -> Place | None:
    """The first place tied to the event; ``preferred`` are tokens the trigger itself names ("visited X")."""
    candidates: list[Token] = list(preferred)
    for anchor in anchors:
        candidates.extend(_locative_tokens(anchor))
    for token in candidates:
        place = gazetteer.resolve(phrase_text(token) if token.ent_type_ else token.text, context=context,
                                  focus=focus)
        if place is not None:
            return place
    if not sentence_fallback:
        return None
    sentence_places = {ent.text for ent in sentence.ents if ent.label_ in ("GPE", "LOC")
                       and ent.text not in party_texts}
    if len(sentence_places) == 1:
        return gazetteer.resolve(next(iter(sentence_places)), context=context, focus=focus)
    log.debug("no single place for the event in %r", sentence.text[:80])
    return None
