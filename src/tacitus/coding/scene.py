"""The place of an event told in two sentences: "The two ministers met in Sochi on Monday. They agreed to reopen the
crossing." The second sentence names no place; it goes on telling what its parties did where the first put them."""

from __future__ import annotations

from spacy.tokens import Span

from tacitus.coding.context import ArticleContext
from tacitus.records import Entity, Event, Place

# What happens somewhere (not a statement, whose place is not that of what it is about)
PLACED_CATEGORIES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT",
                     "PROTEST"}


def carried_place(event: Event, span: Span, index: int, context: ArticleContext) -> Place | None:
    """The one place the sentence before gave its events, for an event of the same parties in a sentence that names
    no place of its own; else None."""
    told = context.told_just_before(index)
    if event.event_loc is not None or event.event not in PLACED_CATEGORIES or not told:
        return None
    places = {(e.event_loc.name, e.event_loc.country): e.event_loc for e in told if e.event_loc is not None}
    if len(places) != 1 or _names_a_place(span, context):
        return None
    place = next(iter(places.values()))
    if place.precision == "country":
        return None  # a country is the story's scene, not the spot of one event
    # (not the place visited, a recipient of its country's: "visited eastern Ghouta", then "met Assad" elsewhere)
    before = {_key(entity) for e in told if e.event_loc is not None for entity in e.actor + e.recipient
              if entity.text != e.event_loc.text}
    # (whom a party met is a side as much as the party: "He met Sudanese officials" after his visit is no sign he met
    # them where he went before)
    now = {_key(entity) for entity in event.actor + (event.recipient if event.event == "CONSULT" else [])}
    return place if now and now <= before - {None} else None


def _names_a_place(span: Span, context: ArticleContext) -> bool:
    return any(entity.label_ in ("GPE", "LOC", "FAC") for entity in context.entities.within(span)) \
        or any(token.lower_ in ("there", "here") or token.dep_ == "pobj" and token.pos_ == "PROPN"
               and token.head.lower_ in ("in", "at", "near", "outside") for token in span)


def _key(entity: Entity) -> str | None:
    # (a group of no name and no country, "rebels", is no party the reader can follow from one sentence to the next)
    return entity.entity_id or entity.name or (entity.text.lower() if entity.country else None)
