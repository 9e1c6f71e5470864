import numpy as np
import pytest

from tacitus.coding.doc_arrays import positions_of, span_text, span_words, token_arrays
from tests.coding.helpers import parse

pytestmark = pytest.mark.slow


def test_a_docs_arrays_are_read_once_and_are_those_spacy_gives():
    doc = parse("Gunmen attacked a village (Mopti region) on Sunday, officials in Bamako said.").doc
    arrays = token_arrays(doc)
    assert token_arrays(doc) is arrays
    assert np.array_equal(arrays, doc.to_array(["ORTH", "ENT_TYPE", "POS"]))
    with pytest.raises(ValueError):
        arrays[0, 0] = 0  # shared by every caller: nobody may change them


def test_the_positions_of_words_are_those_of_the_tokens_written_so():
    doc = parse("Clashes in Kidal (north) and Gao (east) killed 12 (police said).").doc
    assert positions_of(doc, ("(", ")")) == tuple(t.i for t in doc if t.text in ("(", ")"))
    assert positions_of(doc, ("Timbuktu",)) == ()


def test_another_doc_is_read_anew():
    first, second = parse("Troops entered Gao (Mali).").doc, parse("Troops left Kidal.").doc
    assert positions_of(first, ("(",)) != ()
    assert positions_of(second, ("(",)) == ()
    assert np.array_equal(token_arrays(second), second.to_array(["ORTH", "ENT_TYPE", "POS"]))


def test_a_sentences_words_and_text_are_read_once_and_are_those_of_its_tokens():
    span = parse("Syrian Forces Reportedly shelled two villages near Idlib, activists said.")
    assert span_words(span) == {t.lower_ for t in span} and "reportedly" in span_words(span)
    assert span_words(span) is span_words(span)
    assert span_text(span) == span.text and span_text(span) is span_text(span)
    clause = span[:4]
    assert span_words(clause) == {"syrian", "forces", "reportedly", "shelled"} and span_text(clause) == clause.text
