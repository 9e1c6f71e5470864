"""Unnamed attackers of short conflict reports: gunmen, armed men, militants or gangs who strike or seize in a
town are of the country they act in, as event datasets code an unidentified armed group; means of an attack
(jets, drones) and attackers placed only in a country or a region of it stay unknown (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "category", "country"), [
    ("Unidentified gunmen shot dead a shopkeeper in Gusau (Zamfara) on 4 June 2021.", "ASSAULT", "NGA"),
    ("Armed men kidnapped a priest in Tillaberi town on Monday.", "ASSAULT", "NER"),
    ("Militants fired mortars at a police post in Bannu on Friday.", "ASSAULT", "PAK"),
    ("Armed men looted shops and granaries in Djibo on 2 May 2020.", "COERCE", "BFA"),
])
def test_unnamed_irregulars_who_strike_in_a_town_are_of_its_country(text: str, category: str, country: str) -> None:
    event = only(text, category)
    assert [a.country for a in event.actor] == [country]


def test_jets_that_bomb_a_town_stay_unplaced() -> None:
    attack = only("Jets bombed a market in Maarat al-Numan on Sunday.", "ASSAULT")
    assert all(a.country is None for a in attack.actor)


def test_gunmen_placed_only_in_a_region_of_a_country_stay_unplaced() -> None:
    attack = only("Gunmen kidnapped two engineers in northern Nigeria on Tuesday.", "ASSAULT")
    assert [a.country for a in attack.actor] == [None]


def test_rangers_who_clash_with_insurgents_fight_them() -> None:
    clash = only("Thai rangers clashed with separatist insurgents near Bannang Sata on 4 April 2019.", "ASSAULT")
    assert [(a.country, a.sector) for a in clash.actor][0] == ("THA", "MIL")


def test_unidentified_men_who_burn_a_school_attack_it() -> None:
    attack = only("Unidentified men burned down a primary school in Kumba on 6 May 2021.", "ASSAULT")
    assert [(a.country, a.sector) for a in attack.actor] == [("CMR", "UAF")]


def test_people_arrested_in_a_town_by_no_one_named_are_held_by_its_state() -> None:
    arrest = only("Forty traders were arrested in Bulawayo on Wednesday for defying the lockdown.", "COERCE")
    assert [(a.text, a.country) for a in arrest.actor] == [("Zimbabwe", "ZWE")]  # the state, not the town


def test_people_arrested_somewhere_in_a_country_are_held_by_no_one_named() -> None:
    arrest = only("Five journalists were arrested in Turkey last week.", "COERCE")
    assert arrest.actor == []


def test_whoever_a_when_clause_says_raided_made_the_arrest_it_tells() -> None:
    arrest = only("The editor was detained when soldiers stormed the newspaper's offices in Harare on Monday.", "COERCE")
    assert [(a.text, a.country, a.sector) for a in arrest.actor] == [("soldiers", "ZWE", "MIL")]
