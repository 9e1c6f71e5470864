"""A bullet opens a new sentence: the next item of a list, or the next letter after a signature."""

import pytest

from tacitus.nlp import NlpPipeline

pytestmark = pytest.mark.slow


def test_a_bullet_ends_the_signature_before_it_and_opens_the_next_letter():
    text = ("Jane Doe Chair, Friends of the Valley Campaign • Last week Sir John Smith, the ambassador to the UN, "
            "complained to the Russians about the bombing of hospitals.")
    sentences = [s.text for s in NlpPipeline().parse_one(text).sentences]
    assert sentences[0] == "Jane Doe Chair, Friends of the Valley Campaign •"
    assert sentences[1].startswith("Last week Sir John Smith")
