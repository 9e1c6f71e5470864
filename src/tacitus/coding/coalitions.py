"""The coalition an article means when it says "the coalition" or "coalition jets": the one it named with its
leader ("the US-led coalition", "a Saudi-led coalition"), however many paragraphs before.

The article's memory of parties lasts a few sentences; a war story names its coalition by its leader once, in
the lede, and then only as "the coalition" (its jets, its air strikes) for the rest of the piece.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text, phrase_tokens
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

COALITION = "coalition"


def coalition_meant(token: Token, actors: ArticleActors) -> Entity | None:
    """The coalition named with its leader before ``token``, when ``token``'s phrase speaks of an unnamed
    coalition ("the coalition", "coalition jets"); the latest such, or None."""
    phrase = phrase_tokens(token)
    if not any(t.lower_ == COALITION for t in phrase if t.i <= token.i):
        return None
    if any(t.text[:1].isupper() and t.i != t.sent.start for t in phrase):
        return None  # a coalition's own name ("the Stop the War Coalition") is another body
    for earlier in reversed(token.doc[:token.i + 1]):
        if earlier.lower_ != COALITION or (earlier.i in {t.i for t in phrase} and earlier.i != token.i):
            continue
        head = earlier.head if earlier.dep_ == "compound" else earlier  # "US-led coalition air strikes"
        named = _by_leader_or_enemy(head, actors)
        if named is not None:
            return named
    return None


def _by_leader_or_enemy(head: Token, actors: ArticleActors) -> Entity | None:
    """A coalition named by its leader ("the US-led coalition") or by whom it fights ("the coalition against
    Isis", which the registry knows)."""
    text = phrase_text(head)
    enemies = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "against"
               for p in prep.children if p.dep_ == "pobj"]
    for name in [f"{text} against {phrase_text(p)}" for p in enemies] + [text]:
        named = actors.resolve(name)
        if named is not None and named.country and named.kind in ("group", "organisation"):
            return named
    return None
