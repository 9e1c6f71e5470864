from typing import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.threaded import threaded_pipe


@Language.component("test_refuses_the_word_boom")
def refuse_boom(doc: Doc) -> Doc:
    if any(token.text == "boom" for token in doc):
        raise ValueError("boom")
    return doc


def _texts(count: int) -> list[tuple[str, int]]:
    return [(f"Article {n} says troops moved {n} miles.", n) for n in range(count)]


def test_every_text_comes_back_parsed_in_input_order() -> None:
    language = spacy.blank("en")
    parsed = list(threaded_pipe(language, iter(_texts(25)), batch_size=4))
    assert [context for _, context in parsed] == list(range(25))
    assert [doc.text for doc, _ in parsed] == [text for text, _ in _texts(25)]


def test_fewer_texts_than_a_batch_still_come_back() -> None:
    parsed = list(threaded_pipe(spacy.blank("en"), iter(_texts(3)), batch_size=64))
    assert [context for _, context in parsed] == [0, 1, 2]


def test_the_input_is_read_in_the_callers_thread_a_window_ahead() -> None:
    read: list[int] = []

    def texts() -> Iterator[tuple[str, int]]:
        for text, n in _texts(40):
            read.append(n)
            yield text, n

    parsed = threaded_pipe(spacy.blank("en"), texts(), batch_size=4)
    next(parsed)
    assert len(read) <= 2 * 4  # two batches ahead, not the whole input
    parsed.close()


def test_a_parser_error_is_raised_to_the_caller() -> None:
    language = spacy.blank("en")
    language.add_pipe("test_refuses_the_word_boom")
    with pytest.raises(ValueError, match="boom"):
        list(threaded_pipe(language, iter([("calm", 0), ("boom", 1), ("calm", 2)]), batch_size=2))
