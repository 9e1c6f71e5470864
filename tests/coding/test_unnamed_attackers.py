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
