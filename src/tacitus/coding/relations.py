"""A party named again by what it is to another: "Turkey and the US fell out. Ankara accused its Nato ally ...".

Long-form news names two parties together and then calls one of them by its tie to the other ("its ally", "its
Nato partner", "the kingdom's rival"). Such a phrase, in the singular and with an owner, is the party named
before it that is not its owner: the nearest one the previous sentences named, never one its own sentence names
(a clause does not describe a party it names by name: "The US chose Turkey over its new ally"), unless a bloc
word narrows it ("its Nato ally", ``data/alliance_blocs.tsv``): then the nearest member of the bloc named before
it, in its own sentence first. With no owner, or no such party, the phrase stays unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from tacitus.coding.phrases import phrase_text, sentences_before
from tacitus.datafiles import Column, load_table, packaged
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# How far back the parties a tie may stand for were named
SENTENCES_BACK = 2
# Nouns that name a party by its tie to another
TIES = frozenset({"ally", "partner", "rival", "foe", "adversary", "enemy", "backer", "patron", "protege", "protégé"})
# Parties that may be another's ally or rival: states, people, and the organs and armed groups of a side (not the
# civilians, refugees or journalists a sentence also names)
SIDE_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "INS", "IGO", "UNO", "SPY", "PTY"})
# What, beside it, makes the phrase name someone else or several: "its ally, Syria", "its ally and its rival"
OTHER_NAMES = frozenset({"appos", "conj", "cc", "nmod"})


@lru_cache(maxsize=1)
def _blocs() -> dict[str, frozenset[str]]:
    rows = load_table(packaged("tacitus.coding", "alliance_blocs.tsv"), (Column("word"), Column("countries")))
    return {row["word"]: frozenset(row["countries"].split()) for row in rows}


def is_a_tie(token: Token) -> bool:
    """Whether ``token`` heads a singular phrase naming a party by its tie to an owner: "its new ally", "Turkey's
    Nato partner" (not "its allies", several, nor "an ally", whose owner is not said)."""
    return token.tag_ == "NN" and token.lemma_.lower() in TIES \
        and any(c.dep_ == "poss" for c in token.children) \
        and not any(c.dep_ in OTHER_NAMES for c in token.children)


def only_the_bloc(token: Token, entity: Entity | None) -> bool:
    """Whether ``entity``, read from the phrase headed by ``token``, is only the bloc a modifier of the phrase names:
    "its Nato ally" reads as Nato, "its EU partner" as the EU, where the tie names a member."""
    return entity is not None and entity.sector == "IGO" \
        and any(c.dep_ in ("amod", "compound") and c.lower_ in _blocs() for c in token.children)


def party_by_tie(token: Token, owner: Entity | None, earlier: Sequence[Entity],
                 actors: ArticleActors) -> Entity | None:
    """The party a tie phrase headed by ``token`` stands for, given its ``owner`` (whom "its" or "Turkey's" is) and
    ``earlier`` (the parties remembered, oldest first); None when the owner or the party is unknown."""
    if owner is None or owner.country is None or not is_a_tie(token):
        return None
    blocs = _blocs()
    fits = next((blocs[c.lower_] for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in blocs),
                None)
    own = _named_in(token.sent, actors, before=token.i)
    named = [e for sentence in sentences_before(token.sent, SENTENCES_BACK) for e in reversed(_named_in(sentence, actors))] \
        + list(reversed(earlier))
    candidates = [*reversed(own), *named] if fits is not None else \
        [e for e in named if e.country not in {o.country for o in own}]
    found = next((e for e in candidates if e.country and e.country != owner.country
                  and (e.kind in ("state", "person") or e.sector in SIDE_SECTORS)
                  and (fits is None or e.country in fits)), None)
    return replace(found, text=phrase_text(token)) if found is not None else None


def _named_in(sentence: Span, actors: ArticleActors, *, before: int | None = None) -> list[Entity]:
    """The parties a sentence names (before the position ``before``), in order, as names, peoples or capitals."""
    found = (actors.resolve(ent.text) for ent in sentence.ents
             if ent.label_ in ("GPE", "NORP", "ORG", "PERSON") and (before is None or ent.end <= before))
    return [e for e in found if e is not None and e.country]
