"""A country named again by an epithet: "Qatar denied the charge. Its neighbours cut ties with the Gulf state."

Long-form news names a country once and then describes it ("the kingdom", "the Islamic republic", "the landlocked
nation"). Such a phrase is the country the previous sentences named last among those the epithet fits
(``data/country_epithets.tsv``): never one its own sentence names, since a clause does not describe its own
subject so ("Saudi Arabia cut ties with the Gulf state"), and never a guess when no fitting country was named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.datafiles import Column, load_table, packaged
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

ANY = "-"
# Heads that fit any country, and so need a word describing it: "the war-torn country", not "the country"
BARE_HEADS = frozenset({"country", "nation", "state"})
# Words before a bare head that do not describe one country the story named: "the neighbouring country", "the
# whole country", "the host nation", "the member state", "the nation state"
NOT_DESCRIBING = frozenset({"neighbouring", "neighboring", "other", "same", "whole", "entire", "host", "home",
                            "first", "only", "next", "last", "each", "every", "member", "nation", "third", "sovereign",
                            "independent", "new", "future", "islamic", "which", "that", "this", "its", "their",
                            "own", "one", "another", "foreign", "western", "arab", "muslim", "failed", "deep",
                            "police", "security", "welfare", "client", "buffer", "rogue", "nuclear", "coastal",
                            "transit", "origin", "donor"})
# What else may stand in the phrase: determiners, describing words, their commas and "and", a possessive's "'s"
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "punct", "cc", "advmod", "npadvmod", "nmod", "case"})


@lru_cache(maxsize=1)
def _epithets() -> dict[str, frozenset[str] | None]:
    rows = load_table(packaged("tacitus.coding", "country_epithets.tsv"), (Column("epithet"), Column("countries")))
    return {row["epithet"]: None if row["countries"] == ANY else frozenset(row["countries"].split()) for row in rows}


def _fitting(token: Token) -> tuple[bool, frozenset[str] | None]:
    """Whether ``token`` heads an epithet, and the countries it fits (None: any)."""
    children = list(token.children)
    definite = any(c.lower_ == "the" and c.i == token.left_edge.i for c in children)
    # (one country: "the Gulf states" are several)
    if token.tag_ not in ("NN", "NNP") or not definite or any(c.dep_ not in MODIFIER_DEPS for c in children):
        return False, None
    head = token.lemma_.lower()
    words = [t.lower_ for t in token.subtree if t.i < token.i and t.dep_ in ("amod", "compound", "nmod")]
    table = _epithets()
    narrowed = next((f"{word} {head}" for word in words if f"{word} {head}" in table), None)
    if narrowed is not None:
        return True, table[narrowed]
    if head not in table or head in BARE_HEADS and (not words or any(word in NOT_DESCRIBING for word in words)):
        return False, None
    return True, table[head]


def country_by_epithet(token: Token, entity: Entity | None, earlier: Sequence[Entity],
                       actors: ArticleActors) -> Entity | None:
    """The country an epithet headed by ``token`` stands for ("the Gulf state": the Qatar named just before), from
    ``earlier`` (the parties remembered, oldest first); None when it is no epithet, names its own country ("the
    Syrian state") or no fitting country was named before its sentence."""
    if entity is not None and entity.country is not None:
        return None
    epithet, fits = _fitting(token)
    if not epithet:
        return None
    own = _named_in_sentence(token, actors)
    found = next((e for e in reversed(earlier) if e.kind == "state" and e.country and e.country not in own
                  and (fits is None or e.country in fits)), None)
    return replace(found, text=phrase_text(token), sector=found.sector or (entity.sector if entity else None)) \
        if found is not None else None


def _named_in_sentence(token: Token, actors: ArticleActors) -> set[str]:
    """The countries the token's sentence names, as names, peoples or capitals."""
    found = (actors.resolve(ent.text) for ent in token.sent.ents if ent.label_ in ("GPE", "NORP", "ORG", "LOC"))
    return {e.country for e in found if e is not None and e.country}
