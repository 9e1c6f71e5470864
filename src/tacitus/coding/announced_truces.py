"""Who a truce is announced for: the side whose official tells it will begin.

"The Russian defence minister said a daily pause would begin on Tuesday", "the coalition spokesman said a two-day
truce would start on Friday": a truce told as news by one side's official, with no party of its own, is that side's
(the state that declares it holds its own fire). Only a truce that is the subject of the clause the official says
("would begin", "will take effect", "would hold"), and only a speaker who is a party of a state or an armed side:
a mediator, an aid body or a newspaper that tells the news is no side of it (checked when the speaker is resolved).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import conjuncts
from tacitus.coding.words import words

# The sectors of a speaker who reports a truce rather than makes one
TELLERS = frozenset({"IGO", "NGO", "MED", "JUD"})
REPORTING_VERBS = words("reporting_verb") | {"announce", "declare"}


def truce_announcers(truce: Token) -> list[Token]:
    """The subjects of the reporting verb whose clause has the truce noun for its subject."""
    if truce.dep_ not in ("nsubj", "nsubjpass") or truce.head.dep_ != "ccomp":
        return []
    speaking = truce.head.head
    if speaking.lemma_.lower() not in REPORTING_VERBS:
        return []
    return [t for s in speaking.children if s.dep_ == "nsubj" for t in conjuncts(s)]
