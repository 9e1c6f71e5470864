"""What the coder reads of an article's entities: each sentence has the entities spaCy's ``Span.ents`` gives it,
read from its Doc once. The sentences are ours."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from tacitus.coding.context import ArticleEntities

_VOCAB = spacy.blank("en").vocab


def article(words: str, entities: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(_VOCAB, words=words.split())
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    return doc


TWO_SENTENCES = article("Turkish troops entered Afrin . Russia and Iran condemned Ankara .",
                        [(0, 1, "NORP"), (3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")])


def texts(entities: list[Span]) -> list[str]:
    return [entity.text for entity in entities]


def test_a_sentence_has_the_entities_that_lie_within_it_in_order():
    entities = ArticleEntities()
    assert texts(entities.within(TWO_SENTENCES[0:5])) == ["Turkish", "Afrin"]
    assert texts(entities.within(TWO_SENTENCES[5:11])) == ["Russia", "Iran", "Ankara"]


def test_the_entities_are_those_spacy_gives_the_span():
    entities = ArticleEntities()
    for start, end in ((0, 11), (1, 4), (2, 3), (4, 9), (10, 11)):
        span = TWO_SENTENCES[start:end]
        assert entities.within(span) == list(span.ents)


def test_an_entity_running_past_the_end_ends_the_span_entities_as_spacy_has_it():
    doc = article("Troops of the Syrian Arab Army shelled Idlib", [(3, 6, "ORG"), (7, 8, "GPE")])
    span = doc[0:5]  # cuts "Syrian Arab Army" in two: spaCy stops there, and "Idlib" lies outside anyway
    assert ArticleEntities().within(span) == list(span.ents) == []


def test_each_doc_of_an_article_has_its_own_entities():
    second = article("Iran condemned the strike .", [(0, 1, "GPE")])
    entities = ArticleEntities()
    assert texts(entities.within(TWO_SENTENCES[0:5])) == ["Turkish", "Afrin"]
    assert texts(entities.within(second[0:5])) == ["Iran"]
    assert texts(entities.within(TWO_SENTENCES[0:5])) == ["Turkish", "Afrin"]
