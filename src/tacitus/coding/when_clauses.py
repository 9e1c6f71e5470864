"""Who did the harm a passive report of casualties names no agent for: the attacker of its when-clause ("five
soldiers were killed when militants ambushed their convoy"). Wire copy tells an attack so, in one event.

Long-form copy tells it as what followed from an attack, too: "nine civilians were wounded after Saudi jets bombed
a fuel station", and with the attack itself or its blast for the subject: "the attack killed 22 people after a
suicide bomber detonated a device". An after-clause names the attacker only when the harm has no means of its own
("were killed in a drone strike after Isis attacked the town": the strike's, not Isis's) and its attack is no
taking of ground ("were killed after the army retook the town" may be either side's doing).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.phrases import conjuncts, is_pronoun
from tacitus.coding.words import words

# The words that make an adverbial clause the moment of the harm, not its reason or its sequel
MOMENT_WORDS = frozenset({"when", "as"})
# ... and the one that makes it the attack the harm followed from
CAUSE_WORDS = frozenset({"after"})
# The lexicon whose readings are ours, not converted from CAMEO's
OWN_LEXICON = "tacitus"
# Attacks that take ground, which harm no one in particular
TAKING_MODES = frozenset({"occupy"})
# The prepositions that give a passive harm its own means: "killed in a drone strike", "wounded by a blast"
MEANS_PREPOSITIONS = frozenset({"in", "by"})
# Attacks and blasts that say how, not by whom: "the attack killed", "the blast wounded"
MEANS = words("anonymous_attacker")


def clause_attackers(verb: Token) -> list[Token]:
    """The subjects of the verb's when- or as-clauses whose verb is an attack in the active voice: "were killed
    when gunmen opened fire on their vehicle" (not "were killed when their car hit a mine", which names no
    attacker, nor "when the convoy was ambushed")."""
    lexicon = load_lexicon()
    causes = frozenset() if _has_means(verb) else CAUSE_WORDS
    clauses = [c for c in verb.children if c.dep_ == "advcl"
               and any(w.dep_ in ("advmod", "mark") and w.lower_ in MOMENT_WORDS for w in c.children)
               and any(e.category == "ASSAULT" for e in lexicon.get((c.lemma_.lower(), "VERB"), ()))]
    clauses += [c for c in verb.children if c.dep_ == "advcl"
                and any(w.dep_ in ("advmod", "mark") and w.lower_ in causes for w in c.children)
                and any(_plainly_an_attack(e, c) for e in lexicon.get((c.lemma_.lower(), "VERB"), ()))]
    return [t for c in clauses for s in c.children if s.dep_ == "nsubj" and not is_pronoun(s) for t in conjuncts(s)]


def told_by_its_means(verb: Token) -> bool:
    """Whether the harm's subject is only the attack or the blast that did it: "the attack killed 22 people"."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in MEANS for s in subjects)


def _plainly_an_attack(entry: Entry, clause: Token) -> bool:
    """Whether our own lexicon reads the clause's verb as an attack with no condition but a particle it has:
    "bombed", "detonated", "fired at" (not "announced", whose converted readings include an attack on a
    condition, nor "launched", an attack only of what is launched)."""
    if entry.category != "ASSAULT" or entry.source != OWN_LEXICON or entry.mode in TAKING_MODES:
        return False
    particles = {c.lower_ for c in clause.children if c.dep_ in ("prt", "prep")}
    return all(c.kind.startswith("not") or c.kind == "prt" and particles & c.values for c in entry.conditions)


def _has_means(verb: Token) -> bool:
    return any(o.lemma_.lower() in MEANS or (o.lemma_.lower(), "NOUN") in load_lexicon()
               for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in MEANS_PREPOSITIONS
               for o in p.children if o.dep_ == "pobj")
