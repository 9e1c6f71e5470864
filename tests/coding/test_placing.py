"""Which country the people an attack harmed are of, when the registry cannot place them (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def test_civilians_a_foreign_air_force_killed_in_a_district_are_of_the_district_s_country():
    # (the gazetteer knows the town only as a region, which names no country of the sentence's own)
    assault = only("Russian jets bombed the outskirts of Maarat al-Numan on Monday, killing 12 civilians.", "ASSAULT",
                   published="2019-07-22")
    assert [(r.country, r.sector) for r in assault.recipient] == [("SYR", "CVL")]


def test_civilians_a_government_killed_at_home_stay_of_its_country():
    assault = only("Government snipers killed three civilians in Deraa, activists said.", "ASSAULT",
                   published="2019-07-22")
    assert [(r.country, r.sector) for r in assault.recipient] == [("SYR", "CVL")]


def test_people_named_by_their_region_are_not_of_the_state_beside_them():
    freed = only("Syria freed 60 Arab prisoners on Monday.", "CONCEDE")
    assert [r.country for r in freed.recipient] == [None]
    held = only("Police arrested 12 Arab residents in Haifa on Monday.", "COERCE")
    assert [r.country for r in held.recipient] == ["ISR"]


def test_foreigners_captured_are_held_and_of_no_state_the_sentence_names():
    held = only("The Kurdish militia captured four foreigners suspected of fighting for Isis.", "COERCE")
    assert [(r.text, r.country) for r in held.recipient] == [("four foreigners", None)]
