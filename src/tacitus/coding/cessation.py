"""Acts brought to an end: "stopped arming the rebels" is no arming but a cut in support.

The gerund after a verb of stopping carries the lexicon's reading of the act that stops. What the sentence
reports is the stop: ending what one gave (aid, cooperation, support, talks) reduces relations (SANCTION,
CAMEO 16), ending what one did against another (shelling, raids, arrests, deployments) de-escalates (RETREAT,
CAMEO 087), ending one's protest gives way (CONCEDE, as CAMEO's ended strikes). Stopping anything else (an
accusation, a demand, a truce) is no event of ours. An event called off is stopped the same way ("called off the
talks" suspends them, "called off the offensive" steps back, "called off the strike" gives way). A stop that is itself
denied ("did not stop shelling", "never ceased arming") leaves the act as it was: it went on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.coding.words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tacitus.coding.triggers import Trigger

CESSATION_VERBS = words("cessation_verb")
GIVING = frozenset({"AID", "COOPERATE", "SUPPORT", "CONSULT", "AGREE"})
FIGHTING = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
DENIALS = frozenset({"not", "n't", "never"})


def stopping_verb(token: Token) -> Token | None:
    """The verb of stopping whose gerund complement the token is ("ceased arming": ceased), or that calls off the
    event the token names ("called off the talks": called), if any."""
    head = token.head
    if head.i == token.i:
        return None
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.lemma_.lower() == "call" \
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
        return head
    if token.tag_ != "VBG" or token.dep_ not in ("xcomp", "dobj", "ccomp"):
        return None
    if head.lemma_.lower() not in CESSATION_VERBS or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def as_stopped(trigger: Trigger) -> Trigger | None:
    """The trigger read as the end of its act: SANCTION or RETREAT, or None when stopping it is no event.
    A trigger that is no stopped act comes back as it is."""
    stop = stopping_verb(trigger.token)
    if stop is None or any(c.dep_ == "neg" or c.lower_ in DENIALS for c in stop.children):
        return trigger
    # (an event called off is the one its noun names first: "called off the strike" stops a strike, not an attack)
    called_off = stop.lemma_.lower() == "call"
    entries = []
    for entry in trigger.entries[:1] if called_off else trigger.entries:
        if entry.mode == "ceasefire":
            continue  # a truce called off is no agreement, and no cut in what one gave either
        if entry.category in GIVING:
            entries.append(replace(entry, category="SANCTION", mode="suspend"))
        elif entry.category in FIGHTING:
            entries.append(replace(entry, category="RETREAT", mode=None, context=("military",)))
        elif entry.category == "PROTEST":
            entries.append(replace(entry, category="CONCEDE", mode=None))
    if not entries:
        return None
    return replace(trigger, entries=tuple(entries))
