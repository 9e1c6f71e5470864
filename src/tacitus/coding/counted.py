"""Parties counted back: "all three leaders", "the three countries", "the four powers" are the parties of that
number the article has just named, not the one country a later sentence names; "foreign ministers from the three
countries" are the officials of each of them.

The article's memory keeps the groups of parties its events named together; a summit's members are as often
named in a sentence that codes no event ("The presidents of Kenya, Uganda and Tanzania gathered in Arusha"),
so the sentences before are read too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.phrases import conjuncts, phrase_text, sentences_before
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# ("the two leaders" is the pair of the last sentences, read by the anaphors of the word lists: a pair of
# states is named in passing far more often than three or more)
NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
# Heads that count the states themselves, and those that count their governments' people
STATE_HEADS = ("countries", "nations", "states", "powers", "governments", "allies", "guarantors", "sides", "parties")
PEOPLE_HEADS = ("leaders", "presidents", "ministers", "heads", "delegations", "premiers")
COUNTED = re.compile(r"^(?:all |the |all the )?(%s) (?:\w+ ){0,2}(%s)$"
                     % ("|".join(NUMBERS), "|".join(STATE_HEADS + PEOPLE_HEADS)))
SENTENCES_BACK = 3
# The prepositions by which officials are said to be of the states counted: "ministers of|from the three countries"
OFFICIALS_OF = ("of", "from")


def counted_parties(token: Token, text: str, groups: list[list[Entity]], actors: ArticleActors) -> list[Entity] | None:
    """The parties "the three countries" (``text``, headed by ``token``) counts back to: the states its own
    sentence names before it, if that many; else the latest group of parties of that many countries the
    article's events named together; else the states the latest of the sentences before names, if that many;
    None when the phrase counts nothing or nothing fits."""
    match = COUNTED.match(text.lower())
    if match is None:
        return _counted_officials(token, groups, actors)
    found = _counted_states(token, NUMBERS[match.group(1)], groups, actors)
    if found is None:
        return None
    sector = "GOV" if match.group(2) in PEOPLE_HEADS else None
    return [replace(e, text=text, sector=e.sector or sector) for e in found]


def _counted_states(token: Token, wanted: int, groups: list[list[Entity]], actors: ArticleActors) -> list[Entity] | None:
    """The ``wanted`` states a counting phrase at ``token`` means: those its own sentence names before it, or lists
    together there; else the latest group of that many countries the article's events named; else those the
    nearest sentence before names, or lists together."""
    before = token.sent[:token.i - token.sent.start]
    here = _states(before.ents, actors)  # "Syria objected and Russia ..., all three"
    return (list(here.values()) if len(here) == wanted else None) or _listed(before, wanted, actors) \
        or next((g for g in reversed(groups) if len({e.country for e in g}) == wanted), None) \
        or states_named_before(token.sent, wanted, actors)


def _counted_officials(token: Token, groups: list[list[Entity]], actors: ArticleActors) -> list[Entity] | None:
    """ "Foreign ministers from the three countries", "the army chiefs of the four states": the officials of each
    state counted, of the sector their own words give (the pair, "of both countries", is read with the anaphors)."""
    if token.tag_ != "NNS":
        return None
    counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ in OFFICIALS_OF
               for o in p.children if o.dep_ == "pobj"]
    match = COUNTED.match(phrase_text(counted[0]).lower()) if len(counted) == 1 else None
    if match is None or match.group(2) not in STATE_HEADS:
        return None
    text = phrase_text(token)
    sector = actors.sector_of(" ".join(t.text for t in token.subtree if t.i <= token.i))
    found = _counted_states(counted[0], NUMBERS[match.group(1)], groups, actors) if sector is not None else None
    if found is None:
        return None
    return [replace(e, text=text, sector=sector, kind="group") for e in found]


def states_named_before(sentence: Span, wanted: int, actors: ArticleActors) -> list[Entity] | None:
    """The states the nearest sentence before that names any names, when they are ``wanted`` many."""
    for before in sentences_before(sentence, SENTENCES_BACK):
        states = _states(before.ents, actors)
        if len(states) >= 2:
            return list(states.values()) if len(states) == wanted else _listed(before, wanted, actors)
    return None


def _listed(span: Span, wanted: int, actors: ArticleActors) -> list[Entity] | None:
    """The states a list of the span names together, when that many: "Russia, Turkey and Iran have sponsored talks
    on Syria" lists three, of the four states it names."""
    names = {name.root.i: name for name in span.ents}
    for name in span.ents:
        if name.root.dep_ == "conj":
            continue  # (a list is read from its first name)
        listed = [names[t.i] for t in conjuncts(name.root) if t.i in names]
        states = _states(listed, actors) if len(listed) == wanted else {}
        if len(states) == wanted:
            return list(states.values())
    return None


def _states(names: Iterable[Span], actors: ArticleActors) -> dict[str, Entity]:
    """The states the names name, by country, in order."""
    states: dict[str, Entity] = {}
    for name in names:
        if name.label_ not in ("GPE", "NORP", "PERSON"):
            continue
        entity = actors.resolve(name.text)
        if entity is None or name.label_ == "PERSON" and entity.entity_id != f"country:{entity.country}":
            continue  # (but a country's name the parser took for a person's is the country: "Mali had urged")
        if entity.country and entity.kind == "state" and actors.is_state(entity.country):
            states.setdefault(entity.country, replace(entity, sector=None) if entity.sector == "CVL" else entity)
    return states
