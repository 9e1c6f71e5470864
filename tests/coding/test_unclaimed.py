"""Attacks no one is named for: a bomb that exploded, people killed in an ambush no one the note names laid. In a
town or a district an attack by such means on the ground gets a generic unnamed side of that town's country, as
conflict datasets code an unidentified armed group; no nearer than a country, from the air or with no means told,
the side stays empty (sentences we wrote)."""

import pytest

from tacitus.coding.unclaimed import UNIDENTIFIED_ATTACKERS, is_generic_attacker, unidentified_attackers
from tacitus.records import Entity, Place
from tests.coding.helpers import only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "country"), [
    ("A landmine exploded under a minibus near Kidal town on 9 March 2021, killing 4 passengers.", "MLI"),
    ("On 3 May 2021, an IED detonated near a police checkpoint in Jalalabad (Nangarhar).", "AFG"),
    ("Two hand grenades exploded at a bus stop in Kampala on Tuesday. 5 people injured.", "UGA"),
])
def test_a_bomb_that_explodes_in_a_town_is_set_off_by_unidentified_attackers_of_its_country(
        text: str, country: str) -> None:
    attack = only(text, "ASSAULT")
    assert [(a.text, a.country, a.sector) for a in attack.actor] == [(UNIDENTIFIED_ATTACKERS, country, "UAF")]


def test_people_killed_in_an_ambush_in_a_town_were_killed_by_unidentified_attackers_of_its_country() -> None:
    attack = only("Four policemen were killed in an ambush near Wajir town on Sunday.", "ASSAULT")
    assert [(a.country, a.sector) for a in attack.actor] == [("KEN", "UAF")]


@pytest.mark.parametrize("text", [
    "Two boys were killed in a drone strike near Kandahar on Friday.",
    "A drone attack killed two boys near Kandahar on Friday.",
    "Her brother was killed in Kandahar in 2014.",
    "Cluster bombs hit a market in Kandahar on Friday.",
])
def test_an_attack_from_the_air_or_a_death_told_bare_has_no_attacker(text: str) -> None:
    assert only(text, "ASSAULT").actor == []


def test_a_bomb_that_explodes_somewhere_in_a_country_has_no_attacker() -> None:
    attack = only("A car bomb exploded in Afghanistan on Monday.", "ASSAULT")
    assert attack.actor == []


def test_a_named_attacker_is_kept() -> None:
    attack = only("Al Shabaab militants detonated a car bomb in Mogadishu on Monday.", "ASSAULT")
    assert all(a.text != UNIDENTIFIED_ATTACKERS for a in attack.actor)


def test_the_generic_side_earns_less_trust_than_a_named_one() -> None:
    unclaimed = only("A bomb exploded near a school in Peshawar on Monday, killing 3 students.", "ASSAULT")
    claimed = only("The Pakistani Taliban detonated a bomb near a school in Peshawar on Monday, killing 3 students.",
                   "ASSAULT")
    assert unclaimed.confidence < claimed.confidence


def test_only_a_town_or_a_district_says_whose_ground_it_was() -> None:
    town = Place(text="Gao", name="Gao", country="MLI", precision="city")
    country = Place(text="Mali", name="Mali", country="MLI", precision="country")
    assert [a.country for a in unidentified_attackers(town)] == ["MLI"]
    assert unidentified_attackers(country) == [] and unidentified_attackers(None) == []
    assert is_generic_attacker(unidentified_attackers(town)[0])
    assert not is_generic_attacker(Entity(text="gunmen", country="MLI", sector="UAF"))
