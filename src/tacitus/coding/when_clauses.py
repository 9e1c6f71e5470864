"""Who did the harm a passive report of casualties names no agent for: the attacker of its when-clause ("five
soldiers were killed when militants ambushed their convoy"). Wire copy tells an attack so, in one event."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.phrases import conjuncts

# The words that make an adverbial clause the moment of the harm, not its reason or its sequel
MOMENT_WORDS = frozenset({"when", "as"})


def clause_attackers(verb: Token) -> list[Token]:
    """The subjects of the verb's when- or as-clauses whose verb is an attack in the active voice: "were killed
    when gunmen opened fire on their vehicle" (not "were killed when their car hit a mine", which names no
    attacker, nor "when the convoy was ambushed")."""
    lexicon = load_lexicon()
    clauses = [c for c in verb.children if c.dep_ == "advcl"
               and any(w.dep_ in ("advmod", "mark") and w.lower_ in MOMENT_WORDS for w in c.children)
               and any(e.category == "ASSAULT" for e in lexicon.get((c.lemma_.lower(), "VERB"), ()))]
    return [t for c in clauses for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s)]
