"""People struck named by what they were doing: "opened fire on fleeing women", "shot fleeing family members".

The small parser reads a participle set before the people it describes as a verb that takes them as its object
("on fleeing(pcomp) women(dobj)", "wounded fleeing(xcomp) members(dobj)"), so the attack named no party and the
place it happened in stood in for its victims. The people are the object the participle stands right before, when
they are people (a word of ``person_noun``); "shot them fleeing the city" names no people so.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.words import words

# Participles that describe people on the move when struck
FLEEING = frozenset({"flee", "escape", "retreat"})
PERSON_NOUNS = words("person_noun") | {"family"}


def described_people(verb: Token, preps: set[str]) -> list[Token]:
    """The people a participle of ``verb`` (its complement, or the object of one of its ``preps``) describes rather
    than governs: "opened fire on fleeing women" (women), "shot and wounded fleeing families" (families)."""
    participles = [c for c in verb.children if c.dep_ == "xcomp"]
    participles += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
                    for p in prep.children if p.dep_ == "pcomp"]
    return [o for p in participles if p.tag_ == "VBG" and p.lemma_.lower() in FLEEING
            for o in p.children if o.dep_ == "dobj" and o.left_edge.i == p.i + 1
            and o.lemma_.lower() in PERSON_NOUNS]
