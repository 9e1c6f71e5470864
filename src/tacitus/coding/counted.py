"""Parties counted back: "all three leaders", "the three countries", "the four powers" are the parties of that
number the article has just named, not the one country a later sentence names.

The article's memory keeps the groups of parties its events named together; a summit's members are as often
named in a sentence that codes no event ("The presidents of Kenya, Uganda and Tanzania gathered in Arusha"),
so the sentences before are read too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.phrases import sentences_before
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


def counted_parties(token: Token, text: str, groups: list[list[Entity]], actors: ArticleActors) -> list[Entity] | None:
    """The parties "the three countries" (``text``, headed by ``token``) counts back to: the states its own
    sentence names before it, if that many; else the latest group of parties of that many countries the
    article's events named together; else the states the latest of the sentences before names, if that many;
    None when the phrase counts nothing or nothing fits."""
    match = COUNTED.match(text.lower())
    if match is None:
        return None
    wanted = NUMBERS[match.group(1)]
    here = _states(token.sent[:token.i - token.sent.start], actors)  # "Syria objected and Russia ..., all three"
    found = (list(here.values()) if len(here) == wanted else None) \
        or next((g for g in reversed(groups) if len({e.country for e in g}) == wanted), None) \
        or _named_before(token.sent, wanted, actors)
    if found is None:
        return None
    sector = "GOV" if match.group(2) in PEOPLE_HEADS else None
    return [replace(e, text=text, sector=e.sector or sector) for e in found]


def _named_before(sentence: Span, wanted: int, actors: ArticleActors) -> list[Entity] | None:
    """The states the nearest sentence before that names any names, when they are ``wanted`` many."""
    for before in sentences_before(sentence, SENTENCES_BACK):
        states = _states(before, actors)
        if len(states) >= 2:
            return list(states.values()) if len(states) == wanted else None
    return None


def _states(span: Span, actors: ArticleActors) -> dict[str, Entity]:
    """The states a span names, by country, in order."""
    states: dict[str, Entity] = {}
    for name in span.ents:
        if name.label_ not in ("GPE", "NORP", "PERSON"):
            continue
        entity = actors.resolve(name.text)
        if entity is None or name.label_ == "PERSON" and entity.entity_id != f"country:{entity.country}":
            continue  # (but a country's name the parser took for a person's is the country: "Mali had urged")
        if entity.country and entity.kind == "state" and actors.is_state(entity.country):
            states.setdefault(entity.country, replace(entity, sector=None) if entity.sector == "CVL" else entity)
    return states
