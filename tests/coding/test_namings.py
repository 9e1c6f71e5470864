import pytest

from tacitus.coding.namings import named_in_full_before
from tacitus.nlp import NlpPipeline

pytestmark = pytest.mark.slow

ARTICLE = ("Aid worker Joe Robinson was detained in Juba on Monday. Officials said Robinson had no permit. "
           "Robinson's employer, the charity Helping Hands, said Mr Robinson would appeal. Smith declined to comment.")


def walked(token):
    """The rule as first written: every token of the article before the name, made one by one."""
    doc = token.doc
    return any(t.text == token.text and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON"
               and doc[t.i - 1].is_title for t in doc[:token.i])


def test_a_surname_given_in_full_before_is_found_from_the_docs_word_ids_as_by_walking_the_article():
    parsed = NlpPipeline().parse_one(ARTICLE)
    doc = parsed.sentences[0].span.doc
    names = [t for t in doc if t.pos_ == "PROPN"]
    assert [named_in_full_before(t) for t in names] == [walked(t) for t in names]
    later = [t for t in names if t.text == "Robinson" and t.i > names[0].i + 3]
    assert later and all(named_in_full_before(t) for t in later)
    assert not any(named_in_full_before(t) for t in names if t.text == "Smith")
