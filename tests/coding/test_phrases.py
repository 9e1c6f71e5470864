import pytest

from tests.coding.helpers import countries, only

pytestmark = pytest.mark.slow


def test_every_people_listed_with_commas_before_a_coordination_is_a_side():
    attack = only("Russian, Syrian and Iranian forces shelled the village on Monday.", "ASSAULT")
    assert countries(attack.actor) == ["IRN", "RUS", "SYR"]
    condemn = only("French, German, Italian and Spanish diplomats condemned the vote.", "ACCUSE")
    assert countries(condemn.actor) == ["DEU", "ESP", "FRA", "ITA"]


def test_a_state_named_by_its_own_name_in_a_list_of_peoples_is_a_side_too():
    killed = only("Rebels killed British, US, Japanese and Russian hostages in the desert.", "ASSAULT")
    assert countries(killed.recipient) == ["GBR", "JPN", "RUS", "USA"]


def test_bodies_of_several_states_named_after_in_are_each_states():
    arrest = only("Police in France and Belgium arrested twelve people on Monday.", "COERCE")
    assert countries(arrest.actor) == ["BEL", "FRA"]
    inquiry = only("Courts in Austria, Norway and Denmark are investigating several Chechen officials.", "ACCUSE")
    assert countries(inquiry.actor) == ["AUT", "DNK", "NOR"]
