"""Deeds a later sentence judges: "The United States and South Korea began joint drills. Pyongyang condemned the
drills." The condemnation names no one, but "the drills" are the deed the story has just told, and whoever did it is
whom the condemnation is aimed at; so for praise ("Cairo welcomed the agreement") and rejection.

Only a judgement whose object recalls the deed by a definite noun of its kind, with no party of its own ("the
drills", "this agreement"; not "the Turkish offensive", "the drills with Japan"), and only a deed told in the last
sentence that told any, at most ``JUDGED_SENTENCES`` back.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.phrases import points_back
from tacitus.records import Event

JUDGED_SENTENCES = 2
JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# The nouns that name a deed of each kind, as a later sentence recalls it
DEED_NOUNS = {
    "AGREE": frozenset({"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire", "settlement"}),
    "COOPERATE": frozenset({"drill", "exercise", "manoeuvre", "maneuver", "agreement", "deal", "accord", "pact"}),
    "MOBILIZE": frozenset({"drill", "exercise", "manoeuvre", "maneuver", "deployment", "test", "launch"}),
    "ASSAULT": frozenset({"attack", "strike", "airstrike", "offensive", "raid", "incursion", "invasion", "shelling",
                          "bombardment", "operation"}),
    "SANCTION": frozenset({"sanction", "ban", "expulsion", "boycott", "embargo"}),
    "COERCE": frozenset({"arrest", "crackdown", "detention", "execution", "ban"}),
}


def judged_doers(events: list[Event], tokens: dict[int, Token], index: int, context: ArticleContext) -> list[Event]:
    """Aim a judgement with no recipient that recalls the deed just told (see the module's docstring) at its doers."""
    told = context.last_told
    if told is None or index - told[0] > JUDGED_SENTENCES:
        return events
    for event in events:
        token = tokens.get(id(event))
        if event.event not in JUDGEMENTS or event.recipient or token is None:
            continue
        recalled = [o for o in token.children if o.dep_ == "dobj" and _recalls_a_deed(o)]
        if not recalled:
            continue
        noun = recalled[0].lemma_.lower()
        own = {a.country for a in event.actor}
        deed = next((e for e in reversed(told[1]) if noun in DEED_NOUNS.get(e.event, ())
                     and e.status in ("asserted", "reported")), None)
        if deed is not None:
            event.recipient = [a for a in deed.actor if a.country not in own]
    return events


def _recalls_a_deed(noun: Token) -> bool:
    """ "the drills", "this agreement": named as one already told, with no party of its own."""
    if not points_back(noun):
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "prep" or c.dep_ in ("amod", "compound")
                   and c.ent_type_ in ("NORP", "GPE", "ORG") for c in noun.children)
