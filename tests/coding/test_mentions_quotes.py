"""Which words stand between quotation marks (coding/mentions.py), read from hand-built sentences."""

from tacitus.coding.mentions import _quoted_tokens
from tests.coding.handparse import sentence


def _quoted(spec: str) -> list[str]:
    doc = sentence(spec).doc
    return [t.text for t, inside in zip(doc, _quoted_tokens(doc)) if inside]


def test_words_between_curly_quotes_are_quoted_and_the_marks_themselves_are_not_opened_yet():
    spec = ("Pryce/PROPN/nsubj>1/PERSON said/VERB/ROOT “/PUNCT/punct>1 Kanj/PROPN/dobj>1/PERSON "
            "left/VERB/ccomp>1 ”/PUNCT/punct>1 ./PUNCT/punct>1")
    assert _quoted(spec) == ["Kanj", "left", "”"]


def test_a_quotation_that_runs_over_a_sentence_end_keeps_its_words_quoted():
    spec = ("“/PUNCT/punct>2 We/PRON/nsubj>2 stay/VERB/ROOT ./PUNCT/punct>2 Harwick/PROPN/nsubj>5/PERSON "
            "agrees/VERB/ROOT ”/PUNCT/punct>5 Pryce/PROPN/appos>5/PERSON")
    assert _quoted(spec) == ["We", "stay", ".", "Harwick", "agrees", "”"]


def test_straight_quotes_open_and_close_in_turn():
    spec = ('"/PUNCT/punct>2 Kanj/PROPN/nsubj>2/PERSON left/VERB/ROOT "/PUNCT/punct>2 Pryce/PROPN/npadvmod>2/PERSON '
            '"/PUNCT/punct>2 Harwick/PROPN/appos>2/PERSON')
    assert _quoted(spec) == ["Kanj", "left", '"', "Harwick"]
