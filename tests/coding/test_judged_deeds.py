"""A judgement of a deed the story has just told is aimed at whoever did it (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, countries

pytestmark = pytest.mark.slow


def judgement(text: str, category: str):
    found = [e for e in code(text) if e.event == category and e.sentence_index == 1]
    assert len(found) == 1, [(e.event, e.trigger) for e in code(text)]
    return found[0]


def test_drills_condemned_are_aimed_at_those_who_held_them():
    condemned = judgement("Russia and Belarus began joint military exercises near the Polish border on Monday. "
                          "Warsaw condemned the drills.", "ACCUSE")
    assert countries(condemned.recipient) == ["BLR", "RUS"]


def test_an_agreement_welcomed_is_praise_of_its_parties():
    praise = judgement("Kenya and Somalia agreed on Tuesday to restore diplomatic relations. "
                       "The African Union welcomed the agreement.", "SUPPORT")
    assert countries(praise.recipient) == ["KEN", "SOM"]


def test_a_deed_of_another_kind_is_not_the_one_judged():
    condemned = judgement("Kenya and Somalia agreed on Tuesday to restore diplomatic relations. "
                          "Ethiopia condemned the attack.", "ACCUSE")
    assert condemned.recipient == []
