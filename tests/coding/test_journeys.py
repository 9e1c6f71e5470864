"""Where a person went is not whose they are (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, parse
from tacitus.coding.journeys import journey_ends

pytestmark = pytest.mark.slow


def test_the_end_of_a_journey_is_found_and_a_return_is_not_a_journey():
    span = parse("She went to Syria in 2015 and returned to Britain last year.")
    assert [span.doc[i].text for i in sorted(journey_ends(span))] == ["Syria"]


def test_a_person_who_went_to_the_one_country_named_is_not_of_it():
    text = ("Amina Shah left Birmingham with two friends in 2014. She said she was proud of travelling to Iraq, and "
            "she praised the attacks on western troops.")
    supports = [e for e in code(text) if e.event == "SUPPORT"]
    assert supports and all(a.country != "IRQ" for e in supports for a in e.actor)


def test_an_exile_who_fled_to_a_country_is_not_of_it():
    events = [e for e in code("The former minister fled to Turkey and accused the government of torture.")
              if e.event == "ACCUSE"]
    assert events and all(a.country != "TUR" for e in events for a in e.actor)


def test_a_journey_only_asked_for_is_no_journey_made():
    span = parse("He asked his officers to allow him to travel to Mosul.")
    assert not journey_ends(span)
