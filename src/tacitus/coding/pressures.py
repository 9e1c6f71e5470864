"""Whether an act yields to pressure: "resigned under pressure from street protests", "an uprising that forced its
leader to step down". A leader whom the sentence shows going because others pressed concedes to them; one who
goes of his own accord ("resigned, citing poor health"), or only after protests ("resigned after weeks of
protests", which tells when: our gold and the PLOVER dev records code such a resignation RETREAT) retreats."""

from __future__ import annotations

from spacy.tokens import Token

# The prepositions of a pressure an act gives way to: "under pressure from" ("after" and "amid" tell when)
YIELDING_PREPOSITIONS = frozenset({"under"})
# Verbs that make a party do what it would not do: "protests forced him to resign"
FORCING_VERBS = frozenset({"force", "compel", "oblige", "push", "pressure", "pressurise", "pressurize"})
# How deep an of- or from-phrase is read: "weeks of student protests", "pressure from mass protests"
PHRASE_DEPTH = 2


def yields_to(token: Token, pressures: frozenset[str]) -> bool:
    """Whether the trigger gives way to one of ``pressures``: named in a phrase of its circumstance, or as whoever
    forced it (the subject of "forced ... to", the noun a relative "that forced" hangs on, or a passive's agent)."""
    if any(_names(o, pressures, PHRASE_DEPTH) for p in token.children
           if p.dep_ == "prep" and p.lower_ in YIELDING_PREPOSITIONS for o in p.children if o.dep_ == "pobj"):
        return True
    forcing = token.head
    if token.dep_ not in ("xcomp", "ccomp") or forcing.i == token.i or forcing.lemma_.lower() not in FORCING_VERBS:
        return False
    forcers = [c for c in forcing.children if c.dep_ == "nsubj"]
    forcers += [o for a in forcing.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if forcing.dep_ == "relcl" and any(f.tag_ == "WDT" for f in forcers):
        forcers.append(forcing.head)  # "an uprising that forced its leader to step down"
    return any(_names(f, pressures, PHRASE_DEPTH) for f in forcers)


def _names(noun: Token, pressures: frozenset[str], depth: int) -> bool:
    """The noun, or one of its of- or from-phrase ("weeks of protests", "pressure from protesters")."""
    if noun.lemma_.lower() in pressures or noun.lower_ in pressures:
        return True
    return depth > 0 and any(_names(o, pressures, depth - 1) for p in noun.children
                             if p.dep_ == "prep" and p.lower_ in ("of", "from", "by")
                             for o in p.children if o.dep_ == "pobj")
