"""Seats of power as the place of what happens in them: "received the delegation at the Elysee", "talks at the
Kremlin", "a dinner at the White House" are in the capital. The parser calls such a name a building or an
organisation and writes it with "the", which the coder otherwise takes for no settlement; the gazetteer knows it
as a candidate at its country's capital that carries its own name (``metonyms.csv``). And a capital named by its
country, "the Iraqi capital", is that country's capital."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_tokens
from tacitus.knowledge import Gazetteer, load_registry
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


def capital_named(token: Token, gazetteer: Gazetteer) -> Place | None:
    """ "In the Syrian capital", "Iraq's capital": the capital of the one country the noun's modifier names (wire
    copy's usual way of naming a capital again); None for "the capital" alone or "capital flight"."""
    if token.lemma_.lower() != "capital" or token.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            and not any(c.dep_ == "poss" for c in token.children):
        return None
    owners = [c for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")]
    if len(owners) != 1:
        return None
    country = gazetteer.resolve(owners[0].text)
    if country is None or country.precision != "country" or country.country is None:
        return None
    found = load_registry().data.countries.get(country.country)
    capital = gazetteer.resolve_in(found.capital, [country.country]) if found is not None and found.capital else None
    return capital if capital is not None and capital.country == country.country else None
