"""The town that saw an event, or whose people tell it, is where it happened (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, town", [
    ("Deraa has seen a month of killings as unknown gunmen shot dead three former rebel commanders.", "Dar‘ā"),
    ("Aleppo has witnessed fierce fighting since rebels launched a counter-offensive on the western suburbs.",
     "Aleppo"),
])
def test_a_town_that_saw_what_its_clause_of_time_tells_is_where_it_happened(text, town):
    event = only(text, "ASSAULT")
    assert event.event_loc is not None and event.event_loc.name == town


@pytest.mark.parametrize("text, town", [
    ("Douma residents said regime helicopters dropped barrel bombs on a crowded market on Friday.", "Dūmā"),
    ("Residents of Saraqeb said Russian warplanes hit a bakery and a school on Thursday.", "Saraqeb"),
    ("Idlib villagers said Syrian helicopters dropped four barrel bombs on a school.", "Idlib"),
])
def test_the_town_of_the_residents_who_tell_a_strike_is_where_it_struck(text, town):
    event = only(text, "ASSAULT")
    assert event.event_loc is not None and event.event_loc.name == town


def test_an_office_that_tells_a_strike_from_its_capital_gives_no_place():
    event = only("Local officials in Ankara said Turkish jets struck militant hideouts across the border.", "ASSAULT")
    assert event.event_loc is None
