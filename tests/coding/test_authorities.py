"""The police and courts of the state where a passive arrest or conviction is done (authorities.py). Our sentences."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def test_whom_a_state_arrests_or_convicts_on_its_soil_was_held_by_its_police_or_courts():
    arrest = only("A Dutch photographer was arrested in Egypt on Monday.", "COERCE")
    assert [(a.country, a.sector) for a in arrest.actor] == [("EGY", "COP")]
    convicted = only("He was convicted in Belarus of organising riots.", "SANCTION")
    assert [(a.country, a.sector) for a in convicted.actor] == [("BLR", "JUD")]


def test_the_acts_told_in_another_clause_do_not_stop_the_police_of_the_place_from_being_the_actor():
    arrest = only("A Danish volunteer was detained in Turkey after he fought against Isis in Iraq.", "COERCE")
    assert [(a.country, a.sector) for a in arrest.actor] == [("TUR", "COP")]


def test_people_held_where_an_armed_group_holds_the_ground_were_held_by_no_one_the_sentence_names():
    detained = only("Dozens of men were detained in Isis-held Raqqa.", "COERCE")
    assert detained.actor == []
