"""What a phrase names as a place: the gazetteer's reading of a token, with what the parser gets wrong about small
places put right (a town it calls a person or an organisation, a site named by its town, a road by the towns it
joins, a place said to be near another). Which place an event gets is ``event_place.py``'s concern."""

from __future__ import annotations

import calendar
import logging
from typing import Sequence

from spacy.tokens import Token

from tacitus.coding.brackets import bracketed_region, in_its_region, namesake_in_brackets
from tacitus.coding.locatives import DIRECTIONS
from tacitus.coding.phrases import phrase_text
from tacitus.coding.place_words import (PLACE_NOUNS, capitalised, named_by_of, owner_of_a_quarter, place_like,
                                        whole_of_a_part)
from tacitus.coding.roads import is_road, road_ends
from tacitus.coding.town_named import (SETTLEMENT_PRECISIONS, SITES, a_great_town, labels_the_site,
                                       mountains_town, site_name_words)
from tacitus.knowledge import Gazetteer
from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.context import close
from tacitus.records import Place

log = logging.getLogger(__name__)

PLACE_ENTS = {"GPE", "LOC", "FAC"}
# Words a town before a site is never, whatever the small parser tagged it ("Manchester airport" as a date)
CALENDAR_WORDS = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name])
# "in Tamara, near Tegucigalpa", "a village outside Goma", "Kati, 15 km north of Bamako": the named place a town is
# said to be by tells which of its namesakes it is
NEAR_WORDS = {"near", "outside", "nearby"}
DISTANCE_UNITS = {"km", "kilometres", "kilometers", "miles", "mi"}
# How far from the place it is said to be near a namesake may lie (a province's point is its middle)
NEAR_KM = 250


def resolve_place(token: Token, gazetteer: Gazetteer, *, focus: list[str], named: bool = False,
                  countries_named: Sequence[str] = (), nearby: bool = True) -> Place | None:
    """The gazetteer's reading of the phrase, else of its named entity ("northern Syria" -> Syria), in a story
    about the ``focus`` countries, of which it names ``countries_named`` by name (``Gazetteer.resolve_in``).

    ``named``: the trigger names the token as a place ("visited Kyiv"), whatever its entity label. ``nearby``: a
    place the name is said to be near decides between its namesakes ("in Tamara, near Tegucigalpa").
    """
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # "took the capital on 15 August": a month is never the place, whatever governs it
    whole = whole_of_a_part(token)
    if whole is not None:
        # (the small parser calls many a town a people or nothing: "recaptured most of Aleppo")
        return resolve_place(whole, gazetteer, focus=focus, countries_named=countries_named, nearby=nearby,
                             named=whole.pos_ == "PROPN" and whole.ent_type_ not in ("ORG", "PERSON"))
    owner = owner_of_a_quarter(token)
    if owner is not None:
        place = resolve_place(owner, gazetteer, focus=focus, named=True, countries_named=countries_named,
                              nearby=nearby)
        # (the small parser calls many a country a person: a name it tags so must be a country or a province)
        return place if place is not None and (owner.ent_type_ in ("GPE", "LOC")
                                               or place.precision in ("country", "admin1")) else None
    after_of = named_by_of(token)
    # "the town of Samarra": the place noun says the name is a place, whatever the small parser tagged it
    named = named or after_of is not token
    token = after_of
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in SITES:
        # "outside Kabul airport", "at the Anad airbase (Lahij)": a site is in the town its name or brackets give
        return bracketed_region(token, gazetteer, focus) or _site_town(token, gazetteer, focus, countries_named)
    town = mountains_town(token, gazetteer, focus, countries_named)
    if town is not None:
        return town
    if is_road(token):
        # "on the Kaduna-Abuja highway": a road is placed at the first town it joins, when they are of one country
        # (each town by its own word: the parser hangs the first on the second, whose phrase is then both)
        ends = [p for p in (gazetteer.resolve_in(t.text, focus, countries_named) for t in road_ends(token))
                if p is not None and p.precision != "country"]
        return ends[0] if ends and len({p.country for p in ends}) == 1 else None
    # ("French troops left Gao (Gao region)": a name the notes give a region in brackets is a place, whatever its tag)
    # (not a word in lower case the small parser took for a name: "to the left bank of the river")
    if not (place_like(token) or named and token.pos_ == "PROPN" and not (token.is_lower and capitalised(token))
            or token.pos_ == "PROPN" and bracketed_region(token, gazetteer, focus) is not None):
        return None
    names = [phrase_text(token)]
    if token.ent_type_:
        start, end = token.i, token.i + 1
        while start > 0 and token.doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        names.append(token.doc[start:end].text)
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        names.append(token.text)  # (not "Zone" of "the Green Zone": a word of a longer name is no place)
    elif token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_NOUNS:
        # "Fizi territory", "Seytenga commune": the gazetteer knows the subdivision by its name alone
        names.append(token.doc[min(c.left_edge.i for c in token.children if c.dep_ == "compound"):token.i].text)
    region = bracketed_region(token, gazetteer, focus)
    near = placed_near(token, names, gazetteer, focus, countries_named) if nearby else None
    if near is not None:
        return near
    in_brackets = namesake_in_brackets(token, names, region, gazetteer)
    if in_brackets is not None:
        return in_brackets
    with_province = _namesake_written_with(token, names, gazetteer, focus, countries_named) if nearby else None
    if with_province is not None:
        return with_province
    container = _container(token, gazetteer, focus, countries_named) if nearby else None
    if container is not None:
        # "a square in Baghdad": its namesake there (as the resolver reads "X in Y"), else (a square, a street the
        # gazetteer lacks) the place it is in
        where, place_name = container
        return next((place for place in (gazetteer.resolve(name, context=f"{name} in {place_name}", start=0)
                                         for name in dict.fromkeys(names))
                     if place is not None and place.country == where.country), where)
    # ("in Baghdad's Tahrir Square": a site the gazetteer knows only in another country is in the town that owns it)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    town = resolve_place(owner, gazetteer, focus=focus, countries_named=countries_named) if owner is not None \
        else None
    for name in dict.fromkeys(names):
        place = gazetteer.resolve_in(name, focus, countries_named)
        if place is not None and town is not None and place.country != town.country:
            return town
        if place is not None and token.ent_type_ == "NORP" and fold(place.name) != fold(name):
            continue  # "said in Turkish" is a language, not Turkey: a people's word is a place only by its own name
        # (a town whose own region the brackets name is that town: "Bamenda (Mezam, North West)" is Cameroon's,
        # though South Africa has a North West province)
        if place is not None and (region is None or place.country == region.country or in_its_region(place, token)):
            return place
        if place is not None and place.country \
                and bracketed_region(token, gazetteer, [place.country], within=place.country) is not None:
            # (the region has a namesake in the town's country too: "Kramatorsk (Donetsk)")
            return place
    return region


def _site_town(site: Token, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str]) -> Place | None:
    """The town a site's name begins with: "Kabul airport", "at Manchester airport" (whose town the small parser may
    tag a date). A name it tags otherwise than as a place must be a town of the story's countries, not a state ("a US
    airbase" says whose), a person ("the Ataturk airport", a town elsewhere by that name) nor an institution's
    name, which is often an ideal's or a founder's ("Republic University")."""
    for name in site_name_words(site):
        if name.ent_type_ == "GPE":
            place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named)
        elif name.ent_type_ == "NORP" or name.lower_ in CALENDAR_WORDS \
                or name.ent_type_ in ("PERSON", "ORG") and not labels_the_site(name):
            continue
        else:
            place = gazetteer.resolve_in(name.text, focus, countries_named)
            place = place if place is not None and place.precision in SETTLEMENT_PRECISIONS \
                and place.country in {*focus, *countries_named} else None
            if place is not None and name.ent_type_ in ("PERSON", "ORG") and not a_great_town(name.text, place,
                                                                                                gazetteer):
                continue  # ("at Yeditepe University": a village's name, which an institution seldom bears for it)
        if place is not None:
            return place
    return None


def resolve_town(token: Token, name: str, gazetteer: Gazetteer, focus: list[str],
                 countries_named: Sequence[str]) -> Place | None:
    """The gazetteer's reading of a town's name in a story about ``focus``, its namesake by the place it is said
    to be near first ("Tamara, near Tegucigalpa")."""
    return placed_near(token, [name], gazetteer, focus, countries_named) \
        or gazetteer.resolve_in(name, focus, countries_named)


def placed_near(token: Token, names: Sequence[str], gazetteer: Gazetteer, focus: list[str],
                countries_named: Sequence[str]) -> Place | None:
    """The namesake of ``names`` (the name of ``token``) by the place written as the one it is near, when it has
    one there ("in Tamara, near Tegucigalpa" is Honduras's Tamara, not Colombia's)."""
    by = _nearby(token, gazetteer, focus, countries_named)
    # (not a country: "in Idlib, near Turkey" says where the border is, not which Idlib)
    if by is None or not by.country or by.precision == "country" or by.lat is None or by.lon is None:
        return None
    for name in dict.fromkeys(names):
        place = gazetteer.resolve_in(name, [by.country])
        if place is not None and place.lat is not None and place.lon is not None \
                and close(place.lat, place.lon, by.lat, by.lon, NEAR_KM):
            return place
    return None


def _nearby(token: Token, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str]) -> Place | None:
    """The place written right after a name as the one it is near: "Tamara, near Tegucigalpa", "Kati, 15 km north
    of Bamako", "Soacha outside the capital, Bogota"."""
    doc, i = token.doc, _after_name(token)
    words = [t.lower_ for t in doc[i:i + 4]]
    if words[:1] and words[0] in NEAR_WORDS or words[:2] == ["close", "to"]:
        i += 1 if words[0] in NEAR_WORDS else 2
    elif words[:1] and doc[i].like_num and words[1:2] and words[1] in DISTANCE_UNITS and words[2:3] \
            and words[2].removesuffix("ern") in DIRECTIONS and words[3:] == ["of"]:
        i += 4
    elif words[:2] and words[0] in DIRECTIONS and words[1] == "of":
        i += 2
    else:
        return None
    if i < len(doc) and doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].lemma_.lower() in PLACE_NOUNS:
        i += 2 + (i + 2 < len(doc) and doc[i + 2].text == ",")  # "near the capital, Tegucigalpa"
    named = _name_at(token, i, gazetteer, focus, countries_named)
    return named[0] if named is not None else None


def _container(token: Token, gazetteer: Gazetteer, focus: list[str],
               countries_named: Sequence[str]) -> tuple[Place, str] | None:
    """The place written right after a name as the one it is in, and its name as written: "Tahrir Square in
    Baghdad", "Tahrir Square, in Baghdad" (a name and a place it lies in, not "in August" or "in a statement")."""
    doc, i = token.doc, _after_name(token)
    if i >= len(doc) or doc[i].lower_ != "in":
        return None
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    named = _name_at(token, i, gazetteer, focus, countries_named, not_places=("DATE", "TIME", "PERSON", "ORG", "NORP"))
    # (a country, a province or a town: not a river or a valley, which may cross a border)
    return named if named is not None and named[0].country \
        and named[0].precision in ("country", "admin1", "admin2", "city") else None


def _after_name(token: Token) -> int:
    """Where the text goes on after a name (its whole entity) and a comma after it."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i + (doc[i].text == "," if i < len(doc) else 0)


def _name_at(token: Token, start: int, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str],
             not_places: tuple[str, ...] = ()) -> tuple[Place, str] | None:
    """The place the proper name at ``start`` (in the sentence of ``token``) names, and that name as written."""
    doc, end = token.doc, start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].sent == token.sent \
            and doc[end].ent_type_ not in not_places:
        end += 1
    if end == start:
        return None
    place = resolve_place(doc[end - 1], gazetteer, focus=focus, named=True, countries_named=countries_named,
                          nearby=False)
    return (place, doc[start:end].text) if place is not None else None


def _namesake_written_with(token: Token, names: Sequence[str], gazetteer: Gazetteer, focus: list[str],
                           countries_named: Sequence[str]) -> Place | None:
    """The namesake in the province or the country written after a town and a comma: "Birmingham, Alabama" is no
    English city, "Hyderabad, Sindh" no Indian one (the gazetteer reads the pair as it reads an article)."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    named = _name_at(token, i + 1, gazetteer, focus, countries_named,
                     not_places=("DATE", "TIME", "PERSON", "ORG", "NORP"))
    if named is None or not named[0].country or named[0].precision not in ("admin1", "country"):
        return None
    where, written = named
    for name in dict.fromkeys(names):
        place = gazetteer.resolve(name, context=f"{name}, {written}", start=0)
        if place is not None and place.country == where.country and place.precision != "country" and \
                (where.precision == "country" or place.admin1_code == where.admin1_code):
            return place
    return None
