"""Acts brought to an end, weapons that name who launched them, and towns the small parser takes for a name
(sentences we wrote)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


def test_stopping_arms_deliveries_suspends_aid():
    cut = only("Belgium stopped arming the militia in 2015.", "SANCTION")
    assert cut.mode == "suspend" and [a.country for a in cut.actor] == ["BEL"]
    assert not [e for e in code("Belgium stopped arming the militia in 2015.") if e.event == "AID"]


def test_ceasing_to_sell_weapons_to_a_state_suspends_with_that_state():
    cut = only("Norway ceased selling weapons to Turkey last year.", "SANCTION")
    assert [r.country for r in cut.recipient] == ["TUR"]


def test_ending_support_for_a_group_suspends_it():
    assert only("Jordan ended its support for the southern rebels.", "SANCTION").mode == "suspend"


def test_stopping_an_attack_steps_back():
    assert only("The navy stopped shelling the port on Thursday.", "RETREAT")
    assert not [e for e in code("The navy stopped shelling the port on Thursday.") if e.event == "ASSAULT"]


def test_an_attack_that_did_not_stop_goes_on():
    attack = only("Ethiopian jets did not stop bombing Mekelle.", "ASSAULT")
    assert attack.status == "asserted"


def test_stopping_an_accusation_is_no_event():
    assert not code("Ecuador stopped accusing Peru of espionage.")


def test_a_drone_launched_by_a_group_is_that_groups_attack():
    attack = only("A drone launched by the Houthis struck an oil depot in Jizan.", "ASSAULT")
    assert [a.text for a in attack.actor] == ["the Houthis"] and [r.country for r in attack.recipient] == ["SAU"]


def test_a_mine_laid_by_a_group_is_that_groups_attack():
    attack = only("A mine planted by militants exploded near Gao.", "ASSAULT")
    assert [a.sector for a in attack.actor] == ["REB"]


def test_backers_of_attackers_are_not_the_attackers():
    attack = only("Militants backed by Iran attacked a US base.", "ASSAULT")
    assert [a.country for a in attack.actor if a.country] == []


def test_a_town_the_parser_takes_for_an_organisation_is_the_place_struck():
    attack = only("Al-Shabaab fighters attacked Garissa on Saturday.", "ASSAULT")
    assert attack.event_loc is not None and attack.event_loc.country == "KEN"
    assert [r.country for r in attack.recipient] == ["KEN"]


def test_a_surname_named_before_is_no_town():
    text = "The aid worker Maria Hudson was captured in 2016. Militants executed Hudson in May."
    attack = only(text, "ASSAULT")
    assert attack.event_loc is None or attack.event_loc.name != "Hudson"


def test_a_town_the_registry_knows_as_its_country_is_still_the_place_struck():
    attack = only("Russian jets struck Idlib.", "ASSAULT")
    assert attack.event_loc is not None and attack.event_loc.country == "SYR"


@pytest.mark.parametrize("sentence, attackers", [
    ("A truck bomb blamed on Tamil Tiger rebels killed 14 people in Colombo.", "LKA"),
    ("A wave of bombings blamed on Chechen separatists killed 30 people in Moscow.", None),
    ("A grenade attack attributed to Maoist rebels wounded six policemen in Kathmandu.", "NPL"),
])
def test_an_attack_blamed_on_a_group_is_that_groups(sentence, attackers):
    attack = only(sentence, "ASSAULT", published="2000-05-10")
    assert attack.actor and (attackers is None or [a.country for a in attack.actor] == [attackers])


def test_an_event_called_off_is_stopped():
    assert [e.event for e in code("Pakistan called off the talks with India.")] == ["SANCTION"]
    assert [e.event for e in code("The Indonesian army called off its offensive in Aceh.")] == ["RETREAT"]
    assert [e.event for e in code("The dockers' union called off the strike.")] == ["CONCEDE"]
    assert code("The guerrillas called off their ceasefire.") == []
