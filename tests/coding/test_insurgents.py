"""Rebels of the story's war: generic rebels no word of their own places are of the country the story is about,
not of the foreign power they deal with (sentences we wrote, about real kinds of report)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _parties(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in code(text, published="2018-07-01") if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text, published="2018-07-01")]
    return [(a.text, a.country) for a in events[0].actor + events[0].recipient]


# (a story about Syria's war: it names Syria and its towns most)
SYRIA = ("Syria's army pressed its offensive in Daraa on Saturday. "
         "Syrian state television said the army had taken three villages near Nawa in Syria's south. ")


def test_rebels_negotiating_with_a_foreign_power_are_of_the_war_the_story_is_in():
    text = SYRIA + "Rebel fighters are trying to negotiate a surrender with Moscow, as the enclave shrinks."
    assert ("Rebel fighters", "SYR") in _parties(text, "negotiate")


def test_opposition_fighters_who_agree_with_foreign_police_are_of_the_war_the_story_is_in():
    text = SYRIA + "Opposition fighters agreed on Sunday to hand over their heavy weapons to Russian military police."
    assert ("Opposition fighters", "SYR") in _parties(text, "agreed")


def test_rebels_in_a_sentence_that_places_things_in_another_country_are_not_moved():
    text = SYRIA + "Rebels in northern Mali attacked a French patrol near Kidal."
    assert all(c != "SYR" for _, c in _parties(text, "attacked"))


def test_rebels_said_to_be_foreign_are_not_moved():
    text = SYRIA + "Foreign rebels negotiated with Moscow on Monday."
    assert ("Foreign rebels", "SYR") not in _parties(text, "negotiated")


def test_rebels_who_meet_a_power_in_a_capital_are_not_of_the_capitals_country():
    parties = _parties("The rebels met Assad's main ally, Russia, in Ankara on Monday.", "met")
    assert ("The rebels", "TUR") not in parties
