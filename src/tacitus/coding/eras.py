"""Frames that set an event in a time long gone, with no date: a war long over, the first stage of a war, "once".

"During the second world war, bombers destroyed the port", "after the Gulf war, inspectors ...", "early in the
civil war, Tehran sent advisers", "at the start of the uprising, Qatar armed the brigades", "the militia, which
once fought beside the rebels": what the clause tells is of that time, not of the day of the news. A war still going
on dates nothing by itself ("shelled the town during the war's latest offensive"), nor does "once" as a count
("struck the convoy only once"), "once again", or a clause of "once" ("once the talks collapsed, jets bombed").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tacitus.coding.words import words

# Prepositions by which a clause is set in a war long over ("during the cold war", "after the first world war")
PAST_WAR_PREPOSITIONS = frozenset({"in", "during", "after", "throughout"})
# The first stage of a war, named by the phrase before its of- or in-phrase ("early in the war", "at the outset of
# the uprising", "in the first months of the conflict")
FIRST_STAGE = re.compile(r"(?:early (?:on )?in|(?:at|in|during) the (?:very )?(?:start|outset|beginning|onset|"
                         r"early (?:days|weeks|months|years|stages?|phases?)|"
                         r"first (?:days|weeks|months|years?|stages?|phase)) of) ")
# What a first stage is of: a war, told by whatever name ("Syria's seven-year civil war", "the uprising")
WARS = frozenset({"war", "conflict", "uprising", "revolution", "insurgency", "intifada"})
# Words after "once" that make it a count or a repetition, not a time gone ("once again", "once more")
REPEATED = frozenset({"again", "more"})


def set_in_a_past_era(verb: Token) -> bool:
    """Whether an adverbial of the verb sets it in a war long over or the first stage of a war, or "once" (between
    the subject and the verb) puts it in a time gone by."""
    return any(c.dep_ in ("advmod", "npadvmod", "prep") and (_in_a_war_long_over(c) or _early_in_a_war(c))
               for c in verb.children) or _once(verb)


def _text(child: Token) -> str:
    return child.doc[child.left_edge.i:child.right_edge.i + 1].text.lower()


def _in_a_war_long_over(child: Token) -> bool:
    """ "during the second world war", "after the Gulf war" (not "a new cold war", a war of now)."""
    if child.dep_ != "prep" or child.lower_ not in PAST_WAR_PREPOSITIONS:
        return False
    war = next((o for o in child.children if o.dep_ == "pobj"), None)
    if war is None or war.lemma_.lower() not in ("war", "wars") or any(m.lower_ == "new" for m in war.children):
        return False
    text = _text(child)
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in words("past_war"))


def _early_in_a_war(child: Token) -> bool:
    """ "early in Syria's civil war", "at the start of the uprising", "in the first months of the conflict"."""
    return FIRST_STAGE.match(_text(child)) is not None \
        and any(t.dep_ == "pobj" and t.lemma_.lower() in WARS for t in child.subtree)


def _once(verb: Token) -> bool:
    """ "the militia, which once fought alongside the rebels", "Doha once expelled the ambassador": "once" between
    the subject and the verb (not "once the talks collapsed", a clause's mark, "once again", "struck only once")."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "once" and child.i < verb.i \
                and any(s < child.i for s in subjects) and not any(c.lower_ in REPEATED for c in child.children) \
                and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ in REPEATED):
            return True
    return False
