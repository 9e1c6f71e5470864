"""Which triggers are another's content or background: "agreed to fight", "accused X of attacking", what
protesters call for as they march, a participle that adds nothing new. What is left are the sentence's own
events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tacitus.coding.phrases import opens_a_deed, participial_adjunct

if TYPE_CHECKING:
    from tacitus.coding.triggers import Trigger

STATEMENT_CATEGORIES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})


def drop_subordinate(triggers: list[Trigger]) -> list[Trigger]:
    """A trigger inside another's complement ("agreed to fight", "accused X of attacking") is its content."""
    # a tentative reading may be dropped later, so only firm ones make another trigger their content
    firm = [t for t in triggers if not t.tentative and not t.weak]
    categories: dict[int, set[str]] = {}
    first_readings: dict[int, str] = {}
    protests: set[int] = set()  # where a protest is the first reading
    for t in firm:
        for position in (t.token.i, t.governor.i if t.governor is not None else t.token.i):
            categories.setdefault(position, set()).update(e.category for e in t.entries)
            first_readings.setdefault(position, t.entries[0].category)
            if t.entries[0].category == "PROTEST":
                protests.add(position)
    accusations = [t.token for t in firm if t.governor is None and t.entries[0].category == "ACCUSE"]
    accusations_of_deeds = {a.i for a in accusations if any(p.dep_ == "prep" and p.lower_ == "of" and opens_a_deed(p)
                                                            for o in a.children if o.dep_ == "dobj" for p in o.children)}
    kept = []
    for trigger in triggers:
        node = trigger.anchor
        if node.i == trigger.token.i and node.dep_ == "pobj" and node.head.lower_ == "during":
            kept.append(trigger)  # "praised Kazakhstan during his visit": the visit is an event of its own
            continue
        subordinate = False
        toll = node.dep_ == "conj" and node.tag_ == "VBG" and participial_adjunct(node.head) \
            and trigger.entries[0].category == "ASSAULT"
        if node.dep_ == "conj" and (node.head.dep_ in ("pcomp", "xcomp", "ccomp", "pobj") or toll):
            # "accused Washington of violating rights and ignoring the law": a conjunct of another's content
            # is content too; and the toll of an attack told in two participles is the attack's ("attacked a
            # post, killing 17 and wounding 20"; but "..., injuring 12 and arresting 30" are arrests besides)
            node = node.head
        if node.dep_ in ("conj", "advcl") and node.tag_ == "VBG" and node.head.i in accusations_of_deeds:
            continue  # (the small parser may hang it on the accusing verb: "accused X of looting Y and killing Z")
        # (the small parser hangs an accusation's "of" on the accused: "accused the junta of burning villages")
        while (node.dep_ in ("xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "ccomp")
               or node.dep_ == "dobj" and any(a.i == node.head.i for a in accusations)) and node.head.i != node.i \
                and not told_in_its_own_right(node):
            adjunct = participial_adjunct(node)
            node = node.head
            if node.i in categories and node.i != trigger.token.i:
                # "declared martial law, accusing parliament of ...": a participle that adds another kind
                # of event is an event of its own; one of the same kind ("killed ten, wounding 20") is not
                # (but what protesters say as they march is their protest's cause: "rallied in Gaza, saying he
                # must resign", "demonstrated, calling for independence")
                own = {e.category for e in trigger.entries}
                subordinate = not (adjunct and not categories[node.i] & own) \
                    or node.i in protests and own <= STATEMENT_CATEGORIES
                # (a toll's second participle is the attack's only where the verb it hangs on reads first as an
                # attack: a verb read first as a deployment may be shown an attack by its toll alone)
                subordinate = subordinate and (not toll or first_readings.get(node.i) == "ASSAULT")
                break
        if not subordinate:
            kept.append(trigger)
    # "pledged to send aid", "launched an offensive": a firm reading in a tentative or weak verb's complement
    # or object is the event ("seized the town after the army withdrew" keeps both)
    return [t for t in kept if not (t.tentative or t.weak) or
            not any(f.token.i != t.token.i and _in_complement(f.token, t.token) for f in kept if not f.tentative)]


# Conjunctions that open a clause telling an event of its own: "seized the town after the army withdrew"
TIME_MARKERS = frozenset({"after", "before", "when", "while", "as", "since", "until", "once", "whereas"})


def told_in_its_own_right(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in clause.children)


def _in_complement(token: Token, verb: Token) -> bool:
    node = token
    while node.i != verb.i:
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "compound", "amod") or node.head.i == node.i:
            return False
        node = node.head
    return True

