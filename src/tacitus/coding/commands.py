"""Orders and pleas: a verb in the imperative tells what someone wants done, not a deed that was done.

"Kill them all", "burn their houses, the commander told his men", "let them fight the militants, he said",
"stop bombing our homes, the mayor pleaded": the bare verb that opens its sentence with no subject of its own is
a command (or the deed a command asks for), quoted or not; the one who gives it did not do it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that give a bare verb a clause of its own, not the imperative's ("to attack", "they attack", "if ...")
OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})
# How an imperative hangs in the parse: alone, or as what a verb of saying tells ("..., he said")
COMMAND_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis"})
# How a deed hangs on the command that asks for it ("burn ... and take", "let them fight", "stop bombing")
ASKED_DEPS = frozenset({"conj", "ccomp", "xcomp"})


def _opens_its_sentence(verb: Token) -> bool:
    """Whether nothing but punctuation (an opening quote, a dash) comes before the verb in its sentence."""
    return all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start:verb.i])


def _imperative(verb: Token) -> bool:
    return verb.tag_ == "VB" and verb.dep_ in COMMAND_DEPS and _opens_its_sentence(verb) \
        and not any(c.dep_ in OWN_CLAUSE for c in verb.children)


def is_commanded(verb: Token) -> bool:
    """Whether the verb is an imperative, or the deed one asks for (its conjunct or complement)."""
    node = verb
    for _ in range(3):
        if _imperative(node):
            return True
        if node.dep_ not in ASKED_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False
