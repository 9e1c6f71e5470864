"""How the sides of a kept reading are arranged: each party once, on one side, the broker of a deal on none."""

from __future__ import annotations

import re

from tacitus.coding.antecedents import names_a_person
from tacitus.coding.lexicon import Entry
from tacitus.records import Entity

# "a US-brokered accord": the state that brokered a deal is no party to it
BROKERED = re.compile(r"-(brokered|mediated|sponsored)\b", re.IGNORECASE)


def arrange(*, entry: Entry, actors: list[Entity], recipients: list[Entity],
            co_actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Reciprocal events (agreements, joint work, clashes) put every side among the actors, as PLOVER does; a
    meeting has a host and a guest: whom the actor met, called or held talks with is its recipient, as the
    PLOVER gold records code "hosted", "would meet" and "offered to negotiate with"."""
    if entry.category == "CONSULT" and actors and "reciprocal" in entry.roles:
        # (sides named with no actor, "talks between Kyiv and Moscow", are all actors; a mediator's talks between
        # two sides have both as recipients)
        recipients = recipients + co_actors
    elif "reciprocal" in entry.roles:
        actors = actors + co_actors
    else:
        recipients = recipients + co_actors
    if "reciprocal" in entry.roles:
        # (a thing of a state's is the state's doing, "agreed to US mediation"; but not a deal it only brokered)
        recipients = [r for r in recipients if not BROKERED.search(r.text)]
    actors = _unique(actors)
    recipients = [r for r in _unique(recipients) if not any(_same(r, a) or _speaks_for(a, r) for a in actors)]
    own = {a.country for a in actors if a.country}
    if any(r.country and r.country not in own for r in recipients):
        # "France recalled its ambassador to Italy": the actor's own envoy is no recipient next to Italy
        recipients = [r for r in recipients if r.country not in own]
    return actors, recipients


def _same(a: Entity, b: Entity) -> bool:
    if a.entity_id is not None and b.entity_id is not None:
        # but a country's people and its government are two sides ("Syrian Kurds demand autonomy from the
        # Syrian government")
        return a.entity_id == b.entity_id and not (a.entity_id.startswith("country:") and a.sector and b.sector
                                                   and a.sector != b.sector)
    return a.text == b.text and a.country == b.country


def _speaks_for(actor: Entity, state: Entity) -> bool:
    """ "The Dutch king apologised for the Netherlands' role": a leader and the state he heads are one party."""
    return names_a_person(actor) and actor.sector == "GOV" and state.kind == "state" and state.sector is None \
        and actor.country is not None and actor.country == state.country


def _unique(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if not any(_same(entity, k) for k in kept):
            kept.append(entity)
    return kept
