"""Whom a relative pronoun stands for (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def test_a_singular_relative_clause_after_two_joined_names_is_the_last_ones():
    text = ("The advance exposed friction between Paris and Washington, which has used Kurdish militias as proxies "
            "to fight Islamic State in eastern Syria.")
    assert {a.country for e in code(text) if e.trigger == "fight" for a in e.actor} == {"USA"}


def test_a_plural_relative_clause_after_two_joined_names_is_both_of_theirs():
    events = [e for e in code("Moscow and Damascus, which have bombed the rebels for months, rejected the plan.")
              if e.trigger == "rejected"]
    assert {a.country for e in events for a in e.actor} == {"RUS", "SYR"}


def test_one_person_named_by_two_nouns_joined_by_and_is_one_antecedent():
    text = "Crowds mourned Pieter Jansen, the Dutch poet and teacher who was shot by militiamen in Homs last May."
    events = [e for e in code(text) if e.trigger == "shot"]
    assert "the Dutch poet" in [r.text for e in events for r in e.recipient]
