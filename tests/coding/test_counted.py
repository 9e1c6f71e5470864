"""Parties counted back: "the three countries" are the states the story just listed together, and "foreign
ministers from the three countries" are the officials of each (sentences we wrote, about real kinds of report)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _actors(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = [e for e in code(text, published="2018-07-01") if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text, published="2018-07-01")]
    return sorted((a.country, a.sector) for a in events[0].actor)


def test_the_three_countries_are_the_three_listed_together_though_the_sentence_names_a_fourth():
    text = ("Russia, Turkey and Iran have sponsored peace talks on Syria since 2017. "
            "The three countries agreed on Tuesday to set up a joint monitoring group in Idlib.")
    assert [c for c, _ in _actors(text, "agreed")] == ["IRN", "RUS", "TUR"]


def test_the_three_countries_are_not_a_state_named_outside_the_list():
    text = ("France, Germany and Britain have tried to save the nuclear deal since Washington quit it. "
            "The three countries urged Iran on Monday to keep to its commitments.")
    assert [c for c, _ in _actors(text, "urged")] == ["DEU", "FRA", "GBR"]


def test_foreign_ministers_from_the_three_countries_are_each_countrys_government():
    text = ("Russia, Iran and Turkey back rival sides in the war. Foreign ministers from the three countries "
            "met in Sochi on Friday.")
    assert _actors(text, "met") == [("IRN", "GOV"), ("RUS", "GOV"), ("TUR", "GOV")]


def test_officials_from_the_two_countries_named_in_a_sentence_with_no_event_are_both_governments():
    text = ("Sudan and South Sudan have long argued over oil fees. "
            "Officials from the two countries signed a deal in Khartoum to restart the pipeline.")
    assert _actors(text, "signed") == [("SDN", "GOV"), ("SSD", "GOV")]
