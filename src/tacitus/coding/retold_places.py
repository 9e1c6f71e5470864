"""The place a retelling gives: "A Turkish soldier was killed on Thursday. The attack happened near Manbij." The lede
tells a violent deed with no place, or only its country; the next sentence speaks of it again as "the attack", "the
blast", with a place. The lede's event happened there.

Only the sentence right after; only a definite noun of violence ("the attack", not "an attack": another one) with a
place of its own finer than a country, in the country the lede gave, if it gave one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.locatives import tied_locatives
from tacitus.coding.phrases import points_back
from tacitus.coding.places import resolve_place
from tacitus.records import Place

# What a sentence calls a violent deed the sentence before told, by kind: it speaks of that deed when it says "the
# attack happened ..." or names it as the sentence before did ("an explosion ...", then "the blast in Manbij")
KINDS = {"attack": "attack", "assault": "attack", "blast": "blast", "explosion": "blast", "explode": "blast",
         "bombing": "blast", "strike": "strike", "airstrike": "strike", "raid": "strike", "ambush": "ambush",
         "shelling": "shelling", "shell": "shelling", "shooting": "shooting", "shoot": "shooting",
         "abduction": "abduction", "kidnapping": "abduction", "kidnap": "abduction", "abduct": "abduction",
         "incident": "incident", "killing": "killing"}
# "The attack happened near Manbij", "the blast occurred in ..." ("took place" is "take" with "place")
HAPPENING_VERBS = frozenset({"happen", "occur", "take"})
RETOLD_CATEGORIES = frozenset({"ASSAULT"})


def placed_by_retelling(span: Span, index: int, context: ArticleContext) -> None:
    """Give the violent events of the sentence before, placed nowhere finer than a country, the place this sentence's
    retelling of them gives."""
    unplaced = [e for e in context.told_just_before(index) if e.event in RETOLD_CATEGORIES
                and (e.event_loc is None or e.event_loc.precision == "country")]
    if not unplaced:
        return
    place = _retold_place(span, context)
    if place is None:
        return
    for event in unplaced:
        if event.event_loc is None or event.event_loc.country == place.country:
            event.event_loc = place


def _retold_place(span: Span, context: ArticleContext) -> Place | None:
    focus = [*context.focus, *context.article_countries]
    before = {KINDS.get(t.lemma_.lower()) for t in span.doc[span.start - 1].sent} if span.start else set()
    for noun in (t for t in span if _the_deed_again(t)):
        happened = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HAPPENING_VERBS
        if not happened and KINDS[noun.lemma_.lower()] not in before:
            continue  # (another deed the story recalls: "the attack in Salisbury", "the assault on Raqqa")
        # (what it did is told on its verb: "the blast hit their patrol near Kirkuk")
        anchors = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
        for token in tied_locatives(anchors, set(), into_clauses=False):
            place = resolve_place(token, context.gazetteer, focus=focus, countries_named=context.actors.named)
            if place is not None and place.precision != "country":
                return place
    return None


def _the_deed_again(token: Token) -> bool:
    """A definite noun of violence that names no deed of its own ("the novichok attack", "the Mosul raid")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in KINDS and points_back(token) \
        and not any(c.dep_ == "compound" for c in token.children)
