"""Who an attack no one is named for is coded to.

A conflict note often names no perpetrator: "a roadside bomb exploded near a patrol in Zinjibar (Abyan)",
"three soldiers were killed in an ambush in Lower Shabelle". Conflict datasets (ACLED's "unidentified armed
group" of the event's country) and PLOVER's own coders give such an attack an unnamed side of the country it
happened in, as Tacitus already does for "gunmen" named in a town. The side is generic, and says so: no name,
no registry id, an irregular sector; and only when the place is a town or a district, since "in northern
Nigeria" or "in Syria" says too little about whose ground it was.

Only an attack made by means on the ground gets one: a bomb, a mine, an ambush, gunfire. Jets, drones, air
strikes and the weapons only armies field (cluster bombs, ballistic missiles) are sent by a state the sentence leaves
untold, often not the one struck; and a bare passive ("was
killed in Raqqa in 2015") says nothing of how, which long reports write of deaths far from the news.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.words import words
from tacitus.records import Entity, Place

UNIDENTIFIED_ATTACKERS = "unidentified attackers"
UNIDENTIFIED_SECTOR = "UAF"
# a place no nearer than these leaves the attackers' country unknown
TOO_WIDE = frozenset({"country", "region", "unknown"})
GROUND_MEANS = words("anonymous_attacker") - words("unplaced_attacker")
SENT_MEANS = words("unplaced_attacker") | words("army_weapon")
# the prepositions that give a passive attack its means: "killed in an ambush", "wounded by a landmine"
CAUSE_PREPOSITIONS = frozenset({"in", "by"})


def unidentified_attackers(place: Place | None) -> list[Entity]:
    """The generic side of an attack no one is named for, of the country of the town or district it struck."""
    if place is None or not place.country or place.precision in TOO_WIDE:
        return []
    return [Entity(text=UNIDENTIFIED_ATTACKERS, country=place.country, sector=UNIDENTIFIED_SECTOR, kind="group")]


def is_generic_attacker(entity: Entity) -> bool:
    return entity.text == UNIDENTIFIED_ATTACKERS and entity.name is None and entity.entity_id is None


def made_by_ground_means(verb: Token, passive: bool) -> bool:
    """Whether the attack the verb tells was made by means on the ground that name no one: its subject ("a
    roadside bomb exploded", "an ambush killed"), or for a passive the means it was suffered in or by ("were
    killed in a car bomb explosion"); not a drone, a jet or an air strike, nor a compound of one ("a drone
    attack", "cluster bombs")."""
    if passive:
        means = [pobj for prep in verb.children if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPOSITIONS
                 for pobj in prep.children if pobj.dep_ == "pobj"]
    else:
        means = [c for c in verb.children if c.dep_ == "nsubj"]
        if not means and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            means = [verb.head]  # "An explosive device detonated near ...", parsed as a noun phrase
    means += [c for m in means for c in m.conjuncts]
    return bool(means) and all(_ground_means(m) for m in means)


def _ground_means(noun: Token) -> bool:
    if noun.lemma_.lower() not in GROUND_MEANS and noun.lower_ not in GROUND_MEANS:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in SENT_MEANS or c.lower_ in SENT_MEANS)
                   for c in noun.children)
