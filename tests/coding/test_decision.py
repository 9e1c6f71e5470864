"""Readings recoded by their parties (decision.py). The sentences are ours."""

import pytest

from tests.coding.helpers import code, countries

pytestmark = pytest.mark.slow


def _categories(text: str) -> list[str]:
    return sorted(e.event for e in code(text))


def test_exercises_one_country_holds_are_a_show_of_force():
    assert _categories("Russian forces held military exercises in the Baltic Sea on Monday.") == ["MOBILIZE"]
    assert _categories("China staged war games off the coast on Tuesday.") == ["MOBILIZE"]


def test_exercises_two_countries_hold_together_are_military_cooperation():
    for text in ("Greek and Cypriot warships launched war games in the Aegean on Monday.",
                 "Russia held naval exercises with China on Tuesday.",
                 "Turkey and Azerbaijan held joint military exercises near Baku."):
        events = code(text)
        assert [e.event for e in events] == ["COOPERATE"], text
        assert len(countries(events[0].actor)) == 2 and events[0].recipient == [], text
