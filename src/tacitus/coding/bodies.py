"""A body of states named again by its kind: "Turkey still hopes to join the EU, but Erdogan denounced the bloc's
migrant deal".

Long-form news names an international body once and then calls it "the bloc", "the union", "the league" or "the
organisation". Such a phrase (definite, singular, with no name or owner of its own) is the body named last before it
that its kind fits: in its own sentence first (a sentence may name the body and then call it so), then in the
sentences just before. When none was named there, the phrase stays unresolved: no body is guessed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.phrases import phrase_text, sentences_before
from tacitus.knowledge import ArticleActors
from tacitus.records import Entity

# How far back the body a kind word stands for was named
SENTENCES_BACK = 2
# The codes of bodies that belong to no one state: a bloc is one of states (the EU, Asean, the Arab League), an
# organisation may also be the UN or a charity
BLOC_CODES = frozenset({"IGO", "EUR"})
BODY_CODES = BLOC_CODES | {"UNO", "NGO"}
# Kind words, with the word a body's own name must hold to be so called (None: any body of the codes given)
KINDS: dict[str, tuple[str | None, frozenset[str]]] = {
    "bloc": (None, BLOC_CODES),
    "union": ("union", BLOC_CODES),
    "league": ("league", BLOC_CODES),
    "organisation": (None, BODY_CODES),
    "organization": (None, BODY_CODES),
}
# What may stand before the kind word: "the 27-member bloc", "the regional bloc", "the trade bloc"
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "punct", "advmod"})


def is_a_body_kind(token: Token) -> bool:
    """Whether ``token`` heads "the bloc", "the regional union" (not "the Soviet Union", a name, nor "the bloc's
    members" read whole, nor "a bloc", which names none told before)."""
    children = list(token.children)
    return token.tag_ in ("NN", "NNP") and token.lemma_.lower() in KINDS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and all(c.dep_ in MODIFIER_DEPS and c.pos_ != "PROPN" for c in children if c.i < token.i) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children)


def body_by_kind(token: Token, entity: Entity | None, actors: ArticleActors) -> Entity | None:
    """The body "the bloc" headed by ``token`` stands for; None when the phrase names a party of its own, is no such
    phrase, or no body of its kind was named in its sentence before it or in the sentences just before."""
    if entity is not None and entity.country is not None or not is_a_body_kind(token):
        return None
    word, codes = KINDS[token.lemma_.lower()]
    named = list(reversed(_bodies_in(token.sent, actors, before=token.i)))
    named += [e for sentence in sentences_before(token.sent, SENTENCES_BACK)
              for e in reversed(_bodies_in(sentence, actors))]
    found = next((e for e in named if e.country in codes and (word is None or word in (e.name or "").lower())), None)
    return replace(found, text=phrase_text(token)) if found is not None else None


def _bodies_in(sentence: Span, actors: ArticleActors, *, before: int | None = None) -> list[Entity]:
    """The bodies a sentence names by name (before the position ``before``), in order."""
    found = (actors.resolve(ent.text) for ent in sentence.ents
             if ent.label_ in ("ORG", "GPE", "NORP") and (before is None or ent.end <= before))
    return [e for e in found if e is not None and e.kind == "organisation" and e.country in BODY_CODES]
