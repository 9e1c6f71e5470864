"""Where an event happened: the place tied to its trigger, else the sentence's one locative place, else None.

Tied to the trigger means: named by the trigger itself (the object of "visited", the modifier of "the
Idlib offensive", the destination of "sent troops to"), or in a locative phrase ("in", "at", "near",
"across" ...) reached from the trigger through its objects and prepositions but not through other
clauses. The parser often labels small places as organisations or people ("in Mamallapuram"), so
any proper noun under a locative preposition is a candidate and the gazetteer decides. Next come an
operation named by its place ("launched the Afrin operation") and the place a "where" clause the event is
told in describes ("the town of Kobani, where ..."). Countries that act in the sentence ("Damascus said",
"the Turkish army") are parties, never the place. Which locatives are tied is ``locatives.py``'s concern.
"""

from __future__ import annotations

import logging
from typing import Sequence

from spacy.tokens import Span, Token

from tacitus.coding.locatives import (ANAPHORIC_NOUNS, BATTLE_NOUNS, DIRECTIONS, LOCATIVE_PREPS, MEETING_NOUNS,
                                      SETTLEMENT_NOUNS, an_example, clause_locatives, in_a_comparison,
                                      in_a_topic, is_locative_object, tied_locatives, under_locative, with_the_source)
from tacitus.coding.place_words import named_by_of
from tacitus.coding.places import resolve_place
from tacitus.coding.seats import capital_named, seat_of_power
from tacitus.coding.town_named import SETTLEMENT_PRECISIONS
from tacitus.coding.where_clauses import where_antecedent
from tacitus.knowledge import Gazetteer
from tacitus.knowledge.normalize import fold
from tacitus.records import Place

log = logging.getLogger(__name__)

# The edge of a gathering, where what happens beside it is: "on the sidelines of the summit"
EDGES = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})
# Where an operation is, its name or these prepositions say (not "against", its enemy: "the offensive against Isis")
BATTLE_PREPS = {"of", "for", "on", "in", "at", "near", "around"}
# "Other towns", "a nearby village": another place than the one a definite place noun or "there" takes up
OTHER_PLACE_WORDS = {"other", "another", "nearby", "neighbouring", "neighboring", "next", "new", "rival"}
# How many sentences back a place taken up so can have been named
ANTECEDENT_SENTENCES = 2
# Nouns of time under "in" or "within", which name no place: "in the past", "in the meantime"
TIME_NOUNS = {"past", "meantime", "meanwhile", "future", "interim", "end", "beginning", "aftermath", "run-up"}
# Gatherings and operations held somewhere, where what a "where" or "at which" clause of theirs tells happened
HELD_NOUNS = MEETING_NOUNS | BATTLE_NOUNS | {"rally", "ceremony", "visit", "trial", "hearing", "funeral", "session",
                                             "demonstration", "protest", "march", "celebration"}
# Prepositions of where something is, goes or comes from
WHERE_PREPS = LOCATIVE_PREPS | {"to", "from", "into"}
NOT_PLACES = {"NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


def attach_place(*, anchors: list[Token], preferred: list[Token], sentence: Span, party_tokens: set[int],
                 gazetteer: Gazetteer, focus: list[str], sentence_fallback: bool = True,
                 into_clauses: bool = True, countries_named: Sequence[str] = ()) -> Place | None:
    """The first place tied to the event; ``preferred`` are tokens the trigger itself names ("visited X").

    ``into_clauses``: look for locatives in the trigger's complements too ("refused to sign the deal in
    Moscow"); not for statements, whose place is not that of what they are about ("denied supporting
    rebels in Congo"). ``countries_named``: the countries the story names by name (``resolve_place``).
    """
    for token in preferred:
        place = resolve_place(token, gazetteer, focus=focus, named=True, countries_named=countries_named) \
            or capital_named(token, gazetteer) or _antecedent(token, gazetteer, focus, countries_named)
        if place is not None and token.head in anchors and _whose(token, place):
            continue  # "joined a US strike on Syrian sites"
        if place is not None:
            return place
    for token in tied_locatives(anchors, party_tokens, into_clauses=into_clauses):
        # ("received them at the Elysee": a seat of power is in its capital, though "the" makes it no settlement;
        # "in the Iraqi capital" is in Baghdad)
        place = resolve_place(token, gazetteer, focus=focus, countries_named=countries_named, named=an_example(token)) \
            or (seat_of_power(token, gazetteer) or capital_named(token, gazetteer) if under_locative(token) else None) \
            or _antecedent(token, gazetteer, focus, countries_named) \
            or _battle_place(token, gazetteer, focus, countries_named, party_tokens) \
            or _gathering_place(token, gazetteer, focus, countries_named)
        if place is not None:
            return place
    place = _operation_or_clause_place(anchors, party_tokens, gazetteer, focus, countries_named)
    if place is not None:
        return place
    if not sentence_fallback:
        return None
    places = {}
    topics = False
    for token in sentence:
        if is_locative_object(token) and token.i not in party_tokens \
                and not in_a_comparison(token) and not with_the_source(token, anchors):
            place = resolve_place(token, gazetteer, focus=focus, countries_named=countries_named)
            # (the place of what the event speaks of is never its place, but makes another one of the sentence no
            # longer its only one: "agreed to work together in Idlib, and discussed a ceasefire in Libya")
            if place is not None and in_a_topic(token, anchors):
                topics = True
            elif place is not None:
                places[place.name] = place
    # (a town and the country it is in are one place: "at the resort of Hurghada in eastern Egypt"; not a town and
    # a region of its country, which may lie elsewhere: "in Aleppo, as in Idlib province")
    towns = {p.country for p in places.values() if p.precision not in ("country", "region")}
    places = {name: p for name, p in places.items()
              if p.country not in towns or not _the_country_or_part(p, gazetteer, focus)}
    if len(places) == 1 and not topics:
        return next(iter(places.values()))
    log.info("no place: %d candidate places in %r", len(places), sentence.text[:80])
    return None


def _operation_or_clause_place(anchors: list[Token], party_tokens: set[int], gazetteer: Gazetteer, focus: list[str],
                               countries_named: Sequence[str]) -> Place | None:
    """Where an operation named by its place is ("launched the Afrin operation", "the Hodeidah offensive"), else the
    place a "where" clause the event is told in describes ("the town of Kobani, where fighters held off an assault"),
    or a finer place that clause names in it ("flown home to Russia, where judges in Chechnya jailed him")."""
    operations = [*anchors, *(c for a in anchors for c in a.children if c.dep_ == "dobj")]
    for place in (_battle_place(t, gazetteer, focus, countries_named, party_tokens) for t in operations):
        if place is not None:
            return place
    # the operation that did the deed, "the Kabul University attack killed 22", whose name the reading may have
    # taken for its doer's: the words before an operation noun name where it was, not who did it
    for doer in (c for a in anchors for c in a.children if c.dep_ == "nsubj"):
        place = _battle_place(doer, gazetteer, focus, countries_named, party_tokens - set(range(doer.left_edge.i,
                                                                                                doer.i)))
        if place is not None:
            return place
    for token in (t for t in (where_antecedent(a) for a in anchors) if t is not None and t.i not in party_tokens):
        # (what a "where" clause describes is a place, whatever the small parser tagged it: "Eastern Ghouta, where")
        place = resolve_place(token, gazetteer, focus=focus, named=True, countries_named=countries_named) \
            or _held_at(token, party_tokens, gazetteer, focus, countries_named)
        if place is not None:
            finer = (resolve_place(t, gazetteer, focus=focus, countries_named=countries_named)
                     for t in clause_locatives(anchors))
            return next((p for p in finer if p is not None and p.country == place.country
                         and place.precision == "country" and p.precision != "country"), place)
    return None


def _held_at(noun: Token, party_tokens: set[int], gazetteer: Gazetteer, focus: list[str],
             countries_named: Sequence[str]) -> Place | None:
    """Where the thing a "where" or "at which" clause describes was, when it is no place itself but its own locative
    says where: "a summit in Ankara at which Rouhani urged ...", "the talks in Geneva, during which ..." (not what
    it is about: "the summit on Syria at which ...")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HELD_NOUNS:
        return None  # ("charged with attending places in Iraq and Syria where training was provided": no gathering)
    places = (resolve_place(o, gazetteer, focus=focus, countries_named=countries_named)
              for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS
              for o in prep.children if o.dep_ == "pobj" and o.i not in party_tokens)
    return next((p for p in places if p is not None), None)


def _the_country_or_part(place: Place, gazetteer: Gazetteer, focus: list[str]) -> bool:
    """A country, or a quarter of it ("south-west Turkey", "north-eastern Syria")."""
    if place.precision == "country":
        return True
    direction, _, rest = place.text.partition(" ")
    if place.precision != "region" or direction.lower().removesuffix("ern") not in DIRECTIONS | {"central"}:
        return False
    country = gazetteer.resolve(rest, focus=focus)
    return country is not None and country.precision == "country" and country.country == place.country


def _antecedent(token: Token, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str]) -> Place | None:
    """The place that "there" or "the city" takes up: the last one named before it, in its sentence or the
    ``ANTECEDENT_SENTENCES`` before, that is of its kind; None when none is."""
    if token.lower_ == "there":
        kind = "any"
    elif token.pos_ == "NOUN" and token.lemma_.lower() in ANAPHORIC_NOUNS and _definite(token):
        kind = "settlement" if token.lemma_.lower() in SETTLEMENT_NOUNS else "subdivision"
    elif token.pos_ == "NOUN" and token.lemma_.lower() == "area" and _definite(token):
        kind = "region"
    elif token.pos_ == "NOUN" and token.lower_ == "country" and _definite(token):
        kind = "country"
    else:
        return None
    doc = token.doc
    start = token.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    if kind == "country":
        return _the_one_country(doc[start:token.i], gazetteer, focus, countries_named)
    for name in reversed([t for t in doc[start:token.i] if _a_place_mention(t)]):
        place = resolve_place(name, gazetteer, focus=focus, named=name.pos_ == "PROPN", countries_named=countries_named)
        if place is not None and _of_kind(place, kind):
            return place
        if place is not None and kind == "region":
            return None  # "the area" is vague: only the region named last ("eastern Ghouta"), not a town before it
        if place is None and (name.ent_type_ in ("GPE", "LOC") or name.dep_ == "pobj" and name.head.lower_ in WHERE_PREPS):
            # the last place named is one the gazetteer lacks ("outside the Kurdish zone"), not one named before it
            return None
    return _the_storys_only_town(token, doc[:start], kind, gazetteer, focus, countries_named)


def _the_one_country(before: Span, gazetteer: Gazetteer, focus: list[str],
                     countries_named: Sequence[str]) -> Place | None:
    """The country "in the country" takes up: the one the sentences before named as a place ("troops in Syria ...
    deployed jets in the country"), by its name; none when they placed things in two countries ("fought in Iraq and
    in Syria"), whose "the country" the reader cannot tell either."""
    places = [p for p in (resolve_place(t, gazetteer, focus=focus, named=t.pos_ == "PROPN",
                                        countries_named=countries_named)
                          for t in before if _a_place_mention(t)) if p is not None and p.country is not None]
    countries = [p for p in places if p.precision == "country"]
    return countries[-1] if countries and len({p.country for p in places}) == 1 else None


def _the_storys_only_town(token: Token, before: Span, kind: str, gazetteer: Gazetteer, focus: list[str],
                          countries_named: Sequence[str]) -> Place | None:
    """ "The city", "the town" a long story comes back to, sentences after it named the town: the one settlement
    the story named before, when it named only one (two or more, or a place the gazetteer lacks, leave it open)."""
    if kind != "settlement" or token.lemma_.lower() == "village":
        return None  # (a story names many villages; "the village" is seldom its own subject)
    towns: dict[str, Place | None] = {}
    for name in (t for t in before if _a_place_mention(t) and t.pos_ == "PROPN"):
        place = resolve_place(name, gazetteer, focus=focus, named=True, countries_named=countries_named)
        if place is not None and _of_kind(place, kind):
            towns[place.name] = place
        elif place is None and (name.ent_type_ in ("GPE", "LOC") or under_locative(name)):
            towns[name.text] = None  # a town the gazetteer lacks may be the one meant ("left Baghuz")
    return next(iter(towns.values())) if len(towns) == 1 else None


def _a_place_mention(token: Token) -> bool:
    """A proper noun that may name a place (not a party's subject), or a common noun under a locative ("in the
    mountains"). Proper nouns, not entities: the small parser calls many a town a person ("moved to Douma")."""
    if token.dep_ in ("compound", "nsubj", "nsubjpass", "poss"):
        return False
    if token.pos_ == "NOUN":
        # (not "in the east of the province"; nor a time, "within days", "in the past")
        return under_locative(token) and token.lower_ not in DIRECTIONS | TIME_NOUNS \
            and token.ent_type_ not in ("DATE", "TIME")
    if token.pos_ != "PROPN" or token.ent_type_ in NOT_PLACES:
        return False
    return token.ent_type_ in ("GPE", "LOC", "FAC", "") or token.dep_ == "pobj" and (
        token.head.lower_ in WHERE_PREPS or named_by_of(token.head.head) == token)


def _battle_place(token: Token, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str],
                  party_tokens: set[int]) -> Place | None:
    """Where the operation ``token`` names is: "the battle for Mosul", "the siege of Sarajevo", "the Afrin
    operation", "the offensive on Mekelle"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in BATTLE_NOUNS:
        return None
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    names += [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ in BATTLE_PREPS
              for o in prep.children if o.dep_ == "pobj"]
    # "the battle to recapture Mosul", "the push to take the town of Bunia": what it is fought to take
    names += [o for verb in token.children if verb.dep_ == "acl" and verb.tag_ == "VB"
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
              for o in verb.children if o.dep_ == "dobj"]
    for name in names:
        if name.i not in party_tokens:
            # (what a battle is fought to take is a place, whatever the small parser tagged it)
            place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named,
                                  named=name.dep_ == "dobj")
            if place is None and name.dep_ == "pobj" and name.ent_type_ == "PERSON" and name.pos_ == "PROPN":
                # ("killed in an attack on Goma": the parser calls the town a person) a town of the story's
                # countries, not a surname some town elsewhere bears ("the attack on Hernandez")
                place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named, named=True)
                place = place if place is not None and place.country in {*focus, *countries_named} else None
            if place is not None and _whose(name, place):
                continue
            if place is not None:
                return place
    return None


def _gathering_place(token: Token, gazetteer: Gazetteer, focus: list[str], countries_named: Sequence[str]) -> Place | None:
    """ "On the margins of the Munich security meeting", "at the Davos forum": a gathering named by its town is there
    (not by a country, "the Syria conference", which is its topic)."""
    if token.lower_ in EDGES:
        token = next((o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for o in prep.children if o.dep_ == "pobj"), token)
    if token.lemma_.lower() not in MEETING_NOUNS:
        return None
    for name in (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named, named=True)
        # (a town by its own name, not one a brand's word only resembles: "the Fortune Global Forum")
        if place is not None and place.precision not in ("country", "region", "admin1") \
                and (name.ent_type_ == "GPE" or fold(place.name) == fold(name.text)):
            return place
    return None


def _whose(token: Token, place: Place) -> bool:
    """Whether a name on an event's own noun is a state, which says whose the event is, not where: "a US strike"
    (but "the Afrin operation", a town, is where)."""
    return token.dep_ == "compound" and place.precision == "country"


def _of_kind(place: Place, kind: str) -> bool:
    if kind == "region":
        return place.precision == "region" and place.country is not None
    if kind == "settlement":
        return place.precision in SETTLEMENT_PRECISIONS
    # (a region of one country is a district's or an enclave's name, "Afrin", "eastern Ghouta"; not "the Sahel")
    return kind == "any" or place.precision not in ("country", "unknown") and place.country is not None


def _definite(noun: Token) -> bool:
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and not any(c.lower_ in OTHER_PLACE_WORDS or c.dep_ in ("prep", "compound", "poss", "nummod")
                    for c in children)
