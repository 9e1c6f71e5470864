"""Accidents: the deaths and damage an explosion, a crash or a capsized ferry cause are no attack by anyone."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.words import words

ACCIDENT_MODIFIERS = words("accident_modifier")
ACCIDENTS = frozenset({"explosion", "blast", "fire", "blaze", "leak", "collapse", "crash", "accident"})
# What vehicles and buildings do by accident (not "exploded" or "fell", said of bombs and shells too)
ACCIDENT_VERBS = frozenset({"crash", "capsize", "collapse", "derail", "sink", "plunge", "overturn", "topple", "collide"})
# How a vehicle or a building burns by accident, verb and object: "caught fire" (arson is "set fire to")
ACCIDENT_FIRES = frozenset({("catch", "fire")})


def an_accident(token: Token) -> bool:
    """ "A gas explosion destroyed a building", "a mine blast killed 12 miners": an accident, no attack."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ACCIDENTS
               and any(m.i < c.i and m.dep_ in ("compound", "amod") and m.lemma_.lower() in ACCIDENT_MODIFIERS
                       for m in c.subtree)
               for c in token.children)


def killed_by_an_accident(token: Token) -> bool:
    """ "A plane crashed near the airport, killing all on board", "a ferry capsized, drowning 30": the
    deaths an accident caused are no attack."""
    if token.tag_ != "VBG":
        return False
    if token.dep_ == "acl":
        # the small parser hangs both verbs on the vehicle ("a bus overturned near Kerman, killing 12" read as
        # "a bus [overturned ...] [killing ...]"): the accident is the participle told before the toll
        return any(c.dep_ == "acl" and c.i < token.i and _an_accident_verb(c) for c in token.head.children)
    if token.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    # ("a tanker overturned and caught fire, killing nine": any verb of the accident's own chain, not a verb
    # with a subject of its own, "the bus overturned and gunmen opened fire, killing")
    verbs = [token.head, *(v for v in token.head.conjuncts if not any(c.dep_ == "nsubj" for c in v.children))]
    return any(_an_accident_verb(verb) for verb in verbs)


def _an_accident_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in ACCIDENT_VERBS or any((lemma, c.lemma_.lower()) in ACCIDENT_FIRES
                                          for c in verb.children if c.dep_ == "dobj")
