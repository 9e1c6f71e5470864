"""The country a sentence puts itself in, for the unnamed authorities acting there.

"They were on holiday in south-west Turkey when the authorities arrested him": police, courts and "the
authorities" act at home, so the country the sentence is set in says whose they are, before any
government an earlier sentence named (the Foreign Office that spoke of the case is no arresting power).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tacitus.coding.brackets import bracketed_region
from tacitus.coding.phrases import phrase_text
from tacitus.coding.places import resolve_town
from tacitus.coding.words import words
from tacitus.datafiles import Column, listed, load_table, packaged
from tacitus.knowledge import ArticleActors, Gazetteer

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "within"})
# Sectors and heads of those who act only in their own country
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})
DOMESTIC_HEADS = frozenset({"authority", "authorities"})
PLACE_NOUNS = words("place_noun")


@lru_cache(maxsize=1)
def _homelands() -> dict[str, frozenset[str]]:
    rows = load_table(packaged("tacitus.coding", "stateless_peoples.tsv"),
                      (Column("word"), Column("homelands", listed)))
    return {row["word"]: frozenset(row["homelands"]) for row in rows}


STATELESS_PEOPLES = frozenset(_homelands())


def of_a_stateless_people(text: str) -> bool:
    """ "Kurdish militias", "the Kurds": a party of a people spread over several states."""
    return bool(STATELESS_PEOPLES & set(text.lower().replace("-", " ").split()))


def may_live_in(text: str, country: str) -> bool:
    """Whether a party the phrase names may be of the country: any party, but one of a people of several states
    only of one of its homelands ("the Kurds" of a story about Afghanistan are not Afghan)."""
    homelands = _homelands()
    return all(country in homelands[word] for word in text.lower().replace("-", " ").split() if word in homelands)


def acts_at_home(token: Token, sector: str | None) -> bool:
    """Police, courts, judges and "the authorities"."""
    return sector in DOMESTIC_SECTORS or token.lemma_.lower() in DOMESTIC_HEADS or token.lower_ in DOMESTIC_HEADS


def sentence_country(token: Token, actors: ArticleActors, places: Gazetteer | None) -> str | None:
    """The one country the sentence's locative phrases name ("in Istanbul", "at a resort in Turkey", "in the
    Syrian enclave of Afrin"), or None when they name none or several."""
    found: set[str] = set()
    for place in token.sent:
        if place.dep_ != "pobj" or place.head.lower_ not in LOCATIVE_PREPS:
            continue
        if place.pos_ == "NOUN" and place.lemma_.lower() in PLACE_NOUNS:
            found.update(place_noun_country(place, actors, places))
        elif place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN":
            found.update(_country_of(place, actors, places))
    return next(iter(found)) if len(found) == 1 else None


def place_noun_country(noun: Token, actors: ArticleActors, places: Gazetteer | None) -> set[str]:
    """The country of a place named by a common noun: its own place ("the town of Afrin", "an enclave
    inside Syria") or, with none, its country's adjective ("the Syrian enclave"); not a people's ("the
    Kurdish city": Kurds live in several states)."""
    named = [p for prep in noun.children if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ in LOCATIVE_PREPS)
             for p in prep.children if p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC") or p.pos_ == "PROPN")]
    found = {c for p in named for c in _country_of(p, actors, places)}
    if found:
        return found
    adjectives = [actors.resolve(c.text) for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return {e.country for e in adjectives if e is not None and e.country and e.kind == "state" and e.sector is None
            and actors.is_state(e.country)}


def _country_of(place: Token, actors: ArticleActors, places: Gazetteer | None) -> set[str]:
    entity = actors.resolve(phrase_text(place))
    if entity is not None and entity.country and entity.kind == "state" and actors.is_state(entity.country):
        return {entity.country}
    if places is None:
        return set()
    # ("police in El Salto (Jalisco)": the region the notes write in brackets says whose town it is, not a namesake
    # the gazetteer ranks first)
    region = bracketed_region(place, places, list(actors.countries))
    if region is not None and region.country:
        return {region.country}
    # (a small town abroad is no town of a story about other countries: a village of its own the gazetteer lacks)
    # (and a town is of the country of the place it is said to be near: "police in Tamara, near Tegucigalpa")
    located = resolve_town(place, place.text, places, list(actors.countries), actors.named)
    return {located.country} if located is not None and located.country else set()
