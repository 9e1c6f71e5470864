"""Seats of power as the place of what happens in them: "received the delegation at the Elysee", "talks at the
Kremlin", "a dinner at the White House" are in the capital. The parser calls such a name a building or an
organisation and writes it with "the", which the coder otherwise takes for no settlement; the gazetteer knows it
as a candidate at its country's capital that carries its own name (``metonyms.csv``)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_tokens
from tacitus.knowledge import Gazetteer
from tacitus.knowledge.normalize import fold
from tacitus.records import Place


def seat_of_power(token: Token, gazetteer: Gazetteer) -> Place | None:
    """The capital a seat of power written with "the" stands in ("the Kremlin", "the White House"); None for
    any other name ("the Hilton", "the ministry")."""
    if token.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    name = " ".join(t.text for t in phrase_tokens(token) if t.dep_ != "det" and t.i <= token.i)
    place = gazetteer.resolve(name)
    # (the seat is a candidate at the capital's point under its own name; "the Hilton" is no capital)
    return place if place is not None and place.feature_code == "PPLC" and fold(place.name) == fold(name) else None
