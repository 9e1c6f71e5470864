"""What "it" may point at: nothing (an expletive), or a singular state or body its own sentence names before it.

"It was agreed that ...", "it seems to be ...", "it is Israel that ..." point at no party. An "it" whose
sentence has no fitting subject before it takes the state or body the sentence names before it, an
owner first ("Turkey's first campaign into Syria, when it launched ..." is Turkey's), before any party of
earlier sentences; but not a place where something happens ("In Syria, it has ..."), and never a plural
group ("Syrian rebels ... it").
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.records import Entity

# Verbs whose "it" only introduces what follows: "it seems to be", "it threatens to be another day of ..."
RAISING_VERBS = frozenset({"seem", "appear", "threaten", "happen", "look", "prove"})
# Where something happens: a place, not an agent ("in Syria, it has ...")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout", "within", "around"})
SINGULAR_THINGS = frozenset({"it", "its", "itself"})


def names_many(entity: Entity) -> bool:
    """A plural group ("Syrian rebels", "the Kurds", "Turkish troops"): no antecedent of "it". A named
    organisation ("Isis", "the White Helmets") and a state ("the Philippines") are one."""
    words_of_text = entity.text.split()
    word = words_of_text[-1].rstrip("’'") if words_of_text else ""
    return entity.kind == "group" and not (entity.entity_id or "").startswith("org:") \
        and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_expletive(token: Token) -> bool:
    """The "it" of "it would be safe to rescue them", "it was right to help" (unlike "it was ready to
    fight"), "it was agreed that", "it is Israel that", "it seems to be": it points at nothing."""
    if token.lower_ != "it":
        return False
    verb = token.head
    children = {c.dep_ for c in verb.children}
    if token.dep_ == "nsubjpass":
        return "ccomp" in children  # "it was agreed that the chiefs should meet"
    if token.dep_ != "nsubj":
        return False
    if verb.lemma_ == "be":
        return {"acomp", "xcomp"} <= children or ("attr" in children and bool({"ccomp", "relcl"} & children))
    return verb.lemma_.lower() in RAISING_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_ == "be" and any(g.dep_ == "attr" for g in c.children) for c in verb.children)


def named_before(pronoun: Token, resolve: Callable[[str], Entity | None],
                 is_town: Callable[[Token], bool]) -> Entity | None:
    """The singular state or body the pronoun's sentence names before it, owners first, else the nearest; no
    town ("When Kobane's defenders won, it was hailed as ...")."""
    if pronoun.lower_ not in SINGULAR_THINGS:
        return None
    names = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG")
             and t.dep_ in ("poss", "pobj", "nsubj", "dobj", "appos", "conj")
             and not (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS) and not is_town(t)]
    owners = [t for t in names if t.dep_ == "poss"]
    for candidate in [*reversed(owners), *reversed([t for t in names if t.dep_ != "poss"])]:
        found = resolve(phrase_text(candidate) if candidate.dep_ != "poss" else candidate.text)
        if found is not None and found.country and found.kind in ("state", "organisation", "group") \
                and found.sector in (None, "GOV", "IGO", "REB", "MIL") and not names_many(found):
            return found
    return None
