"""Finding an event's parties: the noun phrases its trigger governs, resolved to entities.

The parse gives the tokens (``roles``); the registry, the sentence's pronouns and the article's memory
turn them into entities (``anaphora``). What is sent or deployed ("sent troops") is no party, unless it
names one the parser took for an object.
"""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.coding.anaphora import Memory, resolve_parties
from tacitus.coding.lexicon import Entry
from tacitus.coding.roles import PartyTokens, noun_parties, verb_parties
from tacitus.coding.triggers import Trigger
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

ACTOR_KINDS = ("person", "state", "organisation")


@dataclass
class Parties:
    """The parties of one reading of a trigger, before the coder decides on them."""

    tokens: PartyTokens
    actors: list[Entity]
    recipients: list[Entity]
    co_actors: list[Entity]
    anaphoric: bool  # an actor came from an earlier sentence ("the parties", "he")


def find_parties(*, trigger: Trigger, entry: Entry, actors: ArticleActors, memory: Memory) -> Parties:
    token = trigger.token
    if trigger.governor is None:
        tokens = verb_parties(token, instrument="instrument" in entry.roles, topic="topic" in entry.roles,
                              clause="clause" in entry.roles)
    else:
        tokens = noun_parties(token, trigger.governor)
    found_actors, anaphoric = resolve_parties(tokens.actors, actors, memory)
    recipients, _ = resolve_parties(tokens.recipients, actors, memory)
    # what is sent or deployed is no party, but a misparsed recipient is: keep objects that are actors
    instruments, _ = resolve_parties(tokens.instruments, actors, memory)
    recipients += [e for e in instruments if e.kind in ACTOR_KINDS or e.sector == "GOV"]
    co_actors, _ = resolve_parties(tokens.co_actors, actors, memory)
    if trigger.governor is not None and not found_actors:  # "the Turkish offensive": Turkey's
        found_actors = [e for e in (actors.resolve(c.text) for c in token.children
                                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                        if e and e.country]
    return Parties(tokens=tokens, actors=found_actors, recipients=recipients, co_actors=co_actors,
                   anaphoric=anaphoric)
