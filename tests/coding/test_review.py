"""What the classifier reads of an event: the clause that carries it."""

import pytest

from tacitus.coding.extract import code_parsed
from tacitus.coding.review import trigger_clause
from tacitus.config import load_settings
from tacitus.nlp import NlpPipeline

LEXICON_ONLY = load_settings({"TACITUS_CLASSIFIER": "off"})


@pytest.fixture(scope="module")
def clauses():
    pipeline = NlpPipeline(LEXICON_ONLY)

    def read(text):
        parsed = pipeline.parse_one(text)
        return {e.trigger: trigger_clause(e, parsed)
                for e in code_parsed(parsed, published="2019-12-23", settings=LEXICON_ONLY)}
    return read


def test_a_planned_visit_is_read_with_the_verb_that_plans_it(clauses):
    assert clauses("Putin is expected to visit Turkey on Jan. 8.")["visit"].startswith("Putin is expected to visit")


def test_a_newsletter_label_is_not_part_of_the_clause(clauses):
    clause = clauses("What's next: Putin is expected to visit Turkey on Jan. 8.")["visit"]
    assert clause.startswith("Putin is expected") and "next" not in clause


def test_a_long_sentence_is_read_around_its_trigger(clauses):
    text = ("Turkish warplanes struck Kurdish positions near Kobani on Friday, a day after the president "
            "had told reporters in Ankara that the army would not stand by while militants regrouped on the border.")
    clause = clauses(text)["struck"]
    assert "struck Kurdish positions" in clause and len(clause.split()) <= 20


def test_a_trigger_said_twice_is_read_where_it_was_coded():
    pipeline = NlpPipeline(LEXICON_ONLY)
    parsed = pipeline.parse_one("Officials who met reporters on Friday said Erdogan met Putin in Sochi on Sunday.")
    events = [e for e in code_parsed(parsed, published="2019-12-23", settings=LEXICON_ONLY) if e.trigger == "met"]
    clauses = {trigger_clause(e, parsed) for e in events}
    assert any(c.startswith("Erdogan met Putin") for c in clauses), clauses
