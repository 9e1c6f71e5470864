"""A charity named after a person: "the Trump Foundation", "the Clinton Foundation" are bodies of the country of
the person they are named after (a non-governmental organisation), though the registry knows only the person."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# The heads of a charity's name: what a person's name before them names
CHARITY_HEADS = frozenset({"foundation", "charity", "trust", "institute"})


def charity_named_after(token: Token, text: str, actors: ArticleActors) -> Entity | None:
    """The charity ``text`` headed by ``token`` ("the Trump Foundation"), of the country of the person it is named
    after; None when it is no such name or the person is unknown."""
    if token.lemma_.lower() not in CHARITY_HEADS or not token.text[:1].isupper():
        return None
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if not names:
        return None
    named = token.doc[min(c.left_edge.i for c in names):token.i]
    person = actors.resolve(named.text)
    if person is None or person.kind != "person" or person.country is None:
        return None
    return Entity(text=text, country=person.country, sector="NGO", kind="organisation")
