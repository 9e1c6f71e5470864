"""Coding sentences we wrote, for the component tests."""

from __future__ import annotations

from tacitus.coding.extract import extract
from tacitus.nlp import NlpPipeline

PUBLISHED = "2020-01-08"  # a Wednesday


def parse(text: str):
    """The first sentence of ``text`` as a spaCy Span."""
    return NlpPipeline().parse_one(text).sentences[0].span


def code(text: str, published: str = PUBLISHED):
    return extract(text, published=published)


def only(text: str, category: str, published: str = PUBLISHED):
    events = [e for e in code(text, published) if e.event == category]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text, published)]
    return events[0]


def countries(entities) -> list[str]:
    return sorted(e.country for e in entities if e.country)
