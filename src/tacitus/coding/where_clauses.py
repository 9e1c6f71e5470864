"""Events told in a relative clause of a place: "entered the town of Kobani, where Kurdish fighters have held off an
assault for weeks", "the district of Tal Afar, in which militias detained hundreds". The clause's own words name no
place; "where" (or "in which") says it happened in the place it describes, or, when that is a meeting or an operation
("a summit in Ankara at which ..."), where that was held (``places._held_at``)."""

from __future__ import annotations

from spacy.tokens import Token

# Edges that stay inside one clause, climbed from the trigger to the verb of its clause ("have been on the offensive")
CLAUSE_EDGES = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "attr", "acomp", "npadvmod", "dative", "compound",
                          "amod", "nmod", "acl"})
# "in which", "at which": a preposition of place and the relative pronoun; "during which" of a meeting or an operation,
# which the clause's event is part of ("the talks in Geneva, during which ...")
WHICH_PREPS = frozenset({"in", "at", "inside", "near", "around", "during"})
MAX_CLIMB = 6


def where_antecedent(anchor: Token) -> Token | None:
    """The word a "where" clause holding ``anchor`` describes ("Kobani" of "the town of Kobani, where ..."), else
    None (a clause of time, "when", or one that says where about something else, "asked where they went")."""
    node = anchor
    for _ in range(MAX_CLIMB):
        if node.dep_ == "relcl":
            return node.head if _introduced_by_where(node) else None
        if node.dep_ not in CLAUSE_EDGES or node.head.i == node.i:
            return None
        node = node.head
    return None


def _introduced_by_where(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ in WHICH_PREPS and any(o.dep_ == "pobj" and o.lower_ == "which"
                                                                    for o in c.children) for c in verb.children)
