"""Attacks a later sentence recalls: "Islamic State claimed a car bombing in Qamishli on Monday. The bomber drove a
truck into the gate. Nine people were killed in the blast, the deadliest this year." The toll names no attacker,
but "the blast" is the bombing the story has just told, and the story said who set it off: the toll is that
attacker's, its victims are where the attack was, and it happened there. So is "the bomber" who "drove a truck into
the gate": the attacker of that bombing, told again.

Only a toll that recalls the attack by a definite noun ("in the attack", "during the shelling", "these raids") and
names no maker of its own ("in an attack", "in an American drone strike" tell another); and only an attack told at
most ``RECALL_SENTENCES`` before, reached through nothing but attacks of no named maker that tell the same one again
("The bomber drove a truck into the gate") and other tolls. An attack by unnamed hands told in between ("Gunmen opened
fire on a bus") is another attack, and the toll stays with no attacker (null rather than a guess).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.partners import OBJECT_PREPS
from tacitus.coding.passive_agents import ATTACK_NOUNS
from tacitus.coding.phrases import POINTING_BACK, points_back
from tacitus.coding.subjects import is_passive
from tacitus.coding.words import words
from tacitus.records import Entity, Event

# How many sentences back the recalled attack may be told
RECALL_SENTENCES = 3
# Nouns that recall an attack told before: the lexicon's nouns of attack, and what a bomb does
RECALLING_NOUNS = ATTACK_NOUNS | frozenset({"blast", "explosion", "massacre", "siege"})
ANONYMOUS_ATTACKERS = words("anonymous_attacker")
# The phrases of a toll that name the attack it was suffered in: "killed in the blast", "died during the assault"
TOLL_PREPS = frozenset({"in", "during", "by"})


def recalls_an_attack(noun: Token) -> bool:
    """ "the strikes", "these raids", "the blast": an attack named as one already told, with no target of its own
    ("the attack on the police station" is another) nor a maker of its own ("the Turkish strikes", "Russia's
    raids", "the strikes by coalition jets")."""
    if noun.lemma_.lower() not in RECALLING_NOUNS or not points_back(noun):
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS | {"at", "by"} \
                and not any(o.ent_type_ in ("DATE", "TIME") for o in child.children):
            return False  # ("the attack on Friday" is still the one told)
        if child.dep_ == "poss" or child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            return False
    return True


def recalled_attackers(events: list[Event], tokens: dict[int, Token], index: int,
                       context: ArticleContext) -> list[Event]:
    """Give a toll with no attacker that recalls an attack the story told who made (see the module's docstring)
    that attacker, and that attack's place for its victims and itself; then remember the sentence's attacks."""
    for event in events:
        token = tokens.get(id(event))
        if event.event != "ASSAULT" or token is None:
            continue
        if event.actor and all(_recalls_an_attacker(a) for a in event.actor):
            # "The bomber drove a truck into the gate": the attacker of the bombing just told, by its maker's name
            attack = _attack_recalled(index, context)
            event.actor = list(attack.actor) if attack is not None else event.actor
            continue
        if event.actor or not _recalls_in_a_toll(token):
            continue
        attack = _attack_recalled(index, context)
        if attack is None:
            continue
        event.actor = list(attack.actor)
        place = attack.event_loc
        if place is not None and place.country and (event.event_loc is None
                                                    or event.event_loc.country == place.country):
            # (the victims of the blast in Qamishli are of Syria, and the toll was suffered there)
            event.recipient = [_placed(r, place.country) for r in event.recipient]
            if event.event_loc is None or event.event_loc.precision == "country":
                event.event_loc = place
    context.attacks.extend((index, e) for e in events if e.event == "ASSAULT")
    return events


def _recalls_in_a_toll(verb: Token) -> bool:
    """ "Nine people were killed in the blast", "three soldiers died during the assault", "were wounded by the
    shelling": a harm suffered, told by the attack it was suffered in."""
    if not is_passive(verb):
        return False
    phrases = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in TOLL_PREPS]
    return any(recalls_an_attack(o) for p in phrases for o in p.children if o.dep_ == "pobj")


def _recalls_an_attacker(entity: Entity) -> bool:
    """ "The bomber", "the gunmen": an attacker of no country named as one already told."""
    words_ = entity.text.lower().split()
    return entity.country is None and len(words_) == 2 and words_[0] in POINTING_BACK \
        and (words_[1] in ANONYMOUS_ATTACKERS or words_[1].removesuffix("s") in ANONYMOUS_ATTACKERS)


def _attack_recalled(index: int, context: ArticleContext) -> Event | None:
    """The last attack told with a named maker, when what was told after it is the same attack again or tolls."""
    for told, attack in reversed(context.attacks):
        if index - told > RECALL_SENTENCES:
            return None
        if any(a.country for a in attack.actor):
            return attack
        if attack.actor and not all(a.text.lower().startswith(("the ", "this ", "that ")) for a in attack.actor):
            return None  # "Gunmen opened fire on a bus": another attack, by unnamed hands
    return None


def _placed(entity: Entity, country: str) -> Entity:
    # (a person named is not placed by where he died: a volunteer killed in Raqqa may be British)
    return replace(entity, country=country) if entity.country is None and entity.kind in (None, "group") else entity
