"""Sites and mountains named for the town they are in or by: "Kabul University", "the Manchester Arena", "Mount
Sinjar". Whether such a name's first word is the town, and which town; where an event at the site is,
``places.py`` says."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import Gazetteer
from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.index import MIN_CUE_POPULATION
from tacitus.records import Place

# The precisions of a place that is a town or a spot in one, not an area
SETTLEMENT_PRECISIONS = {"city", "point"}
# Sites in a town, which a compound or brackets name: "Kabul airport", "the Anad airbase (Lahij)"
SITES = frozenset({"airport", "airbase", "base", "camp", "prison", "jail", "university", "market", "stadium", "barracks",
                   "station", "mosque", "church", "arena", "airfield", "hospital"})
# "Mount Sinjar", "the Sinjar mountains": a mountain or a range named for a town
MOUNT_TITLES = {"mount", "mt", "mt."}
MOUNTAIN_NOUNS = {"mountain", "mountains", "hills", "range"}
# How many people a town has whose name a site the parser labels as a whole ("Kabul University") is taken to bear
# for being in it (a village's name an institution bears is seldom for that: "Yeditepe University")
GREAT_TOWN_POPULATION = MIN_CUE_POPULATION


def site_name_words(site: Token) -> list[Token]:
    """The names before a site, first word first, through a site word that is part of a longer site's name:
    "Kabul airport", "Aleppo University hospital" (the hospital of the university of Aleppo)."""
    names = []
    for word in (c for c in site.children if c.dep_ == "compound" and (c.ent_type_ == "GPE" or c.pos_ == "PROPN")):
        if word.lemma_.lower() in SITES and word.i > site.left_edge.i:
            names += site_name_words(word)
        else:
            names.append(word)
    return names


def labels_the_site(name: Token) -> bool:
    """Whether the parser's person or organisation label on a name before a site word is the site's whole name's
    ("Kabul University", "the Manchester Arena": the site word is in the label, so the label says nothing of the
    first word), not the name's own ("the Ataturk airport", a man's name)."""
    doc = name.doc
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.lemma_.lower() in SITES for t in doc[name.i + 1:end])


def _a_mountain(token: Token) -> Token | None:
    """The name of a mountain or a range written "Mount X" or "the X mountains" (X's word), else None."""
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in MOUNT_TITLES for c in token.children):
        return token
    if token.pos_ == "NOUN" and token.lemma_.lower() in MOUNTAIN_NOUNS:
        return next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return None


def mountains_town(token: Token, gazetteer: Gazetteer, focus: list[str],
                   countries_named: Sequence[str]) -> Place | None:
    """The town a mountain the gazetteer lacks is named for, the nearest honest point of it ("near Mount Sinjar" is
    by Sinjar), when the town is in a country the story names by name (elsewhere the namesake may be anyone's)."""
    name = _a_mountain(token)
    if name is None or not countries_named or gazetteer.resolve_in(phrase_text(token), focus, countries_named):
        return None
    place = gazetteer.resolve_in(name.text, countries_named, countries_named)
    return place if place is not None and place.precision in SETTLEMENT_PRECISIONS \
        and place.country in countries_named else None


def a_great_town(written: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the town a name is read as is a capital or a large city (Kabul, Mosul, Manchester), whose name a
    university or an arena bears for being there."""
    return any(f.geonameid == place.geonameid and (f.feature_code == "PPLC" or f.population >= GREAT_TOWN_POPULATION)
               for f in gazetteer.index.named(fold(written)))
