"""The named person "he" or "she" means when nothing nearer does (coding/mentions.py)."""

import pytest

from tacitus.coding.gender import fits
from tacitus.coding.mentions import person_after, person_before
from tacitus.nlp import NlpPipeline
from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def _pronoun_and_its_person(text: str, pronoun: str) -> str | None:
    doc = NlpPipeline().parse_one(text).sentences[0].span.doc
    token = next(t for t in doc if t.text == pronoun)
    found = person_before(token, lambda t: t.text if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" else None,
                          lambda t: fits(pronoun.lower(), t.text, doc))
    return found


def test_he_after_two_people_of_a_sentence_is_its_subjects_owner():
    text = ("Donald Trump's decision to leave Syria came after a call with Turkey's president, Recep Tayyip "
            "Erdogan, on Friday in which he agreed to go.")
    agree = only(text, "AGREE", published="2018-12-20")
    assert countries(agree.actor) == ["USA"]


def test_she_reads_back_past_sentences_that_name_no_one():
    text = ("Theresa May spoke in London on Monday. The talks lasted an hour. The weather was fine. The hall "
            "was full. She condemned Russia's strikes on Tuesday.")
    accuse = only(text, "ACCUSE", published="2018-04-12")
    assert countries(accuse.actor) == ["GBR"]


def test_he_does_not_cross_a_speaker_quoted_after_the_person():
    text = ("Tom Harwick arrived in Kobani in May. “We will not leave,” the Kurdish commander said. "
            "He asked the coalition for more weapons.")
    assert _pronoun_and_its_person(text, "He") is None


def test_she_skips_a_man_the_article_calls_mr():
    text = "Mr Tom Harwick met Anna Pryce in Erbil. She urged the coalition to act."
    assert _pronoun_and_its_person(text, "She") == "Pryce"


def test_a_name_quoted_by_someone_is_not_whom_he_means():
    text = "Tom Harwick said: “I never met Ali Kanj.” Later he asked for help."
    assert _pronoun_and_its_person(text, "he") == "Harwick"


def test_a_second_he_of_a_sentence_means_the_first_not_a_name_between():
    text = "He left the war to Tom Harwick when he agreed to go."
    assert _pronoun_and_its_person(text, "he") is None


def test_he_before_a_name_of_his_own_sentence_reads_no_further_back():
    text = "Tom Harwick spoke on Monday. Before he leaves, Ali Kanj must sign the deal."
    assert _pronoun_and_its_person(text, "he") is None


def test_a_name_inside_a_quotation_of_several_sentences_is_not_whom_he_means():
    text = "Tom Harwick left Leeds in May. “I will fight. I will meet Ali Kanj.” Then he went to Syria."
    assert _pronoun_and_its_person(text, "he") == "Harwick"


def test_he_after_a_sentence_about_an_unnamed_man_is_not_a_name_before_it():
    text = "Tom Harwick spoke on Monday. A man from Leeds was detained in Syria. Police said he was held."
    assert _pronoun_and_its_person(text, "he") is None


def test_a_name_that_qualifies_a_thing_is_no_person_he_can_mean():
    text = "A video was posted on the Harwick account on Saturday. Later he was seen in Raqqa."
    assert _pronoun_and_its_person(text, "he") is None


def test_him_of_a_clause_before_the_main_one_is_its_subject():
    text = ("Tom Harwick, from Leeds, spoke on Monday. Ali Kanj spoke too. While the Kurds have charged him "
            "with joining Isis, Harwick has always denied it.")
    accuse = only(text, "ACCUSE", published="2019-02-18")
    assert [r.country for r in accuse.recipient] == ["GBR"]


def test_a_pronoun_of_the_main_clause_is_not_read_forward():
    doc = NlpPipeline().parse_one("He said that Tom Harwick had left.").sentences[0].span.doc
    he = doc[0]
    assert person_after(he, lambda t: t.text, lambda t: True) is None
