"""Places a sentence gives its event from outside the event's own phrase: the town that saw it ("Deraa has seen a
month of killings as gunmen hunted former rebels") and the town whose people tell it ("Douma residents said
helicopters dropped barrel bombs on a market"). Tried for material events only, when nothing tied to the trigger
names a place."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from tacitus.coding.places import resolve_place
from tacitus.coding.words import words
from tacitus.knowledge import Gazetteer
from tacitus.records import Place

# "Deraa has seen ...", "Aleppo witnessed ...": a place that undergoes what its clause of time tells
SEEING_VERBS = frozenset({"see", "witness", "endure", "experience", "suffer"})
# The clause of time that tells it: "as jets pounded", "since rebels launched", "when troops entered"
TIME_MARKS = frozenset({"as", "since", "when", "while", "after"})
# People who tell what happened where they are, not from an office elsewhere ("Manbij residents said")
ONLOOKERS = frozenset({"resident", "local", "villager", "townspeople", "witness", "eyewitness", "activist", "doctor",
                       "medic", "rescuer", "farmer", "survivor"})
REPORTING_VERBS = words("reporting_verb")
# Edges that stay in the clause the trigger is told in, climbed to that clause's verb
IN_CLAUSE = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "compound", "amod", "nmod", "acl", "attr"})
MAX_CLIMB = 5


def onlookers_place(anchors: Sequence[Token], party_tokens: set[int], gazetteer: Gazetteer, focus: list[str],
                    countries_named: Sequence[str]) -> Place | None:
    """The place that saw the event, else the place whose people tell it; None when neither names one."""
    for anchor in anchors:
        verb = _clause_verb(anchor)
        if verb is None:
            continue
        for name in (*_seeing_place(verb), *_onlookers_town(verb)):
            if name.i in party_tokens:
                continue
            if name.pos_ == "ADJ":
                # ("Idlib residents said" at the head of a sentence: the small parser makes the town an adjective;
                # a town only, not a people's word, "Syrian residents")
                place = gazetteer.resolve_in(name.text, focus, countries_named)
                place = place if place is not None and place.precision != "country" else None
            else:
                place = resolve_place(name, gazetteer, focus=focus, countries_named=countries_named,
                                      named=name.pos_ == "PROPN" and name.ent_type_ not in ("PERSON", "NORP"))
            if place is not None:
                return place
    return None


def _clause_verb(anchor: Token) -> Token | None:
    node = anchor
    for _ in range(MAX_CLIMB):
        if node.dep_ in ("advcl", "ccomp"):
            return node
        if node.dep_ not in IN_CLAUSE or node.head.i == node.i:
            return None
        node = node.head
    return None


def _seeing_place(verb: Token) -> list[Token]:
    """ "Deraa has seen killings as gunmen hunted ...": the subject of the verb of seeing the clause hangs on."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in SEEING_VERBS \
            or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]


def _onlookers_town(verb: Token) -> list[Token]:
    """ "Douma residents said ...", "residents of Douma said ...": the town of the onlookers telling the clause."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in ONLOOKERS]
    return [c for s in speakers for c in s.children if c.dep_ == "compound" and c.pos_ == "PROPN"
            or c.dep_ == "amod" and c.pos_ == "ADJ" and c.text.istitle() and not c.ent_type_] + \
        [o for s in speakers for p in s.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
         for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
