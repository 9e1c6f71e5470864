"""The venue of a meeting the story told before, for an event at "the summit" or "the talks": "Nato leaders meet in
Brussels on Thursday. At the summit, Trump will press allies to spend more." The second sentence names no place; its
definite meeting is the one the lede put in Brussels."""

from __future__ import annotations

from typing import Iterator, Sequence

from spacy.tokens import Token

from tacitus.coding.locatives import MEETING_NOUNS, tied_locatives
from tacitus.coding.phrases import points_back, sentences_before
from tacitus.coding.places import resolve_place
from tacitus.knowledge import Gazetteer
from tacitus.records import Place

# Verbs that are a meeting themselves ("ministers gather in Warsaw"); a meeting noun's own verb counts too ("the
# summit opens in Sochi", "will hold a conference in Geneva")
MEETING_VERBS = frozenset({"meet", "gather", "convene"})
VENUE_PREPS = frozenset({"in", "at"})
# How many sentences back the meeting may have been told (a lede, then a paragraph of background)
MAX_SENTENCES_BACK = 6
MAX_GOVERNORS = 3


def venue_taken_up(anchors: Sequence[Token], party_tokens: set[int], gazetteer: Gazetteer, focus: list[str],
                   countries_named: Sequence[str]) -> Place | None:
    """Where the meeting an event is at ("at the summit", "the talks") was said to be held, in a sentence before."""
    if not any(_the_meeting(t) for t in _meetings_of(anchors)):
        return None
    for sentence in sentences_before(anchors[0].sent, MAX_SENTENCES_BACK):
        for name in (n for t in sentence if _a_meeting(t) for n in _venue_names(t) if n.i not in party_tokens):
            place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named,
                                  named=name.pos_ == "PROPN")
            if place is not None and place.precision not in ("region", "country"):
                return place
    return None


def _meetings_of(anchors: Sequence[Token]) -> Iterator[Token]:
    """The trigger's place phrases ("at the summit"), objects and subjects ("boycott the talks"), and the trigger
    (a meeting is no party, though the parse may hang it on one: "hosted the presidents at the talks")."""
    # (and the verbs it is the object or the complement of: "At the summit, Trump is expected to demand ...",
    # "At the meeting, ministers are expected to approve sanctions")
    holders = [*anchors, *(h for a in anchors for h in _governors(a))]
    yield from holders
    yield from tied_locatives(holders, set(), into_clauses=True)
    yield from (c for a in holders for c in a.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))


def _the_meeting(token: Token) -> bool:
    """A meeting told before: "the summit", "the talks" (not "the Sochi talks", a meeting the name gives)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in MEETING_NOUNS \
        and (points_back(token) or any(c.dep_ == "poss" for c in token.children)) \
        and not any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in token.children)


def _a_meeting(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in MEETING_NOUNS \
        or token.pos_ == "VERB" and token.lemma_.lower() in MEETING_VERBS


def _venue_names(meeting: Token) -> list[Token]:
    """ "gather in Warsaw", "a summit in Sochi", "the summit opens in Sochi", "will hold talks in Geneva"."""
    holders = [meeting] + ([meeting.head] if meeting.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    return [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in VENUE_PREPS
            for o in p.children if o.dep_ == "pobj"]


def _governors(token: Token) -> Iterator[Token]:
    """The verbs above a trigger through its object and complement edges ("expected" of "expected to demand")."""
    node = token
    for _ in range(MAX_GOVERNORS):
        if node.dep_ not in ("dobj", "xcomp") or node.head.i == node.i:
            return
        node = node.head
        yield node


def named_venues(trigger: Token, names: Sequence[Token], gazetteer: Gazetteer, focus: list[str],
                 countries_named: Sequence[str]) -> list[Token]:
    """Of the names a meeting is called by, those of its venue: "the Sochi talks" is held in Sochi, but "a Yemen
    recovery conference" is about Yemen (a country names what a meeting is about, a town where it is)."""
    if trigger.lemma_.lower() not in MEETING_NOUNS:
        return list(names)
    return [n for n in names if (p := resolve_place(n, gazetteer, focus=focus, countries_named=countries_named,
                                                    named=True)) is None or p.precision != "country"]
