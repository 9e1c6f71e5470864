"""A curly apostrophe is read as a straight one: the same tags, parse and entities, the text untouched."""

from __future__ import annotations

from tacitus.config import Settings
from tacitus.nlp.pipeline import _load

STRAIGHT = "Peru condemned Chile's incursion near Tacna, and Bolivia's envoy didn't comment on the rebels' demands."


def _reading(text: str) -> list[tuple[str, str, int, str]]:
    doc = _load(Settings().spacy_model)(text)
    return [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_a_curly_possessive_owns_its_noun_as_a_straight_one_does():
    curly = STRAIGHT.replace("'", "’")
    assert _reading(curly) == _reading(STRAIGHT)
    chile = [t for t in _load(Settings().spacy_model)(curly) if t.text == "Chile"][0]
    assert chile.dep_ == "poss" and chile.head.text == "incursion"


def test_the_text_keeps_its_curly_apostrophes():
    curly = STRAIGHT.replace("'", "’")
    assert _load(Settings().spacy_model)(curly).text == curly
