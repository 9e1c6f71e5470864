"""The official a story introduced: "a Turkish official said ... The official also denied ..." (the later,
definite mention is the same official, of the country the first mention gave), however many sentences apart.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# Unnamed people a story introduces once ("a senior official", "a source close to the government") and then
# speaks of as "the official", "the source"
SPEAKERS = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson", "diplomat", "aide",
                      "adviser", "advisor"})
INDEFINITE = frozenset({"a", "an", "one", "another"})
# How far back (in tokens) the introduction may be
WINDOW = 800


def official_meant(token: Token, entity: Entity, actors: ArticleActors) -> Entity | None:
    """``entity`` ("the official", no country) with the country the article gave the nearest official, source
    or spokesman it introduced before ("a Turkish official", "a source close to the Iraqi leadership"); None
    when it gave none."""
    lemma = token.lemma_.lower()
    if lemma not in SPEAKERS or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    doc = token.doc
    for earlier in reversed(doc[max(0, token.sent.start - WINDOW):token.sent.start]):
        # (a source introduced may be called the official after: the nearest speaker introduced is meant)
        if earlier.lemma_.lower() in SPEAKERS and earlier.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in earlier.children):
            country = _introduced_as(earlier, actors)
            return replace(entity, country=country) if country else None
    return None


def _introduced_as(noun: Token, actors: ArticleActors) -> str | None:
    """The one state the introduction's own words name: "a Turkish official", "a source close to the Iraqi
    leadership", "an official of the Kenyan government" (not what a clause of it says)."""
    words = [noun] + [t for c in noun.children if c.dep_ not in ("relcl", "acl", "appos", "punct")
                      for t in c.subtree]
    found = {e.country for e in (actors.resolve(t.text) for t in words if t.ent_type_ in ("NORP", "GPE"))
             if e is not None and e.country and e.kind == "state" and actors.is_state(e.country)}
    return next(iter(found)) if len(found) == 1 else None
