"""Short conflict reports: the deaths an accident causes are no attack, and fighters, soldiers or officials who
defect to the other side retreat from their own (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "A cargo plane crashed shortly after take-off from Juba on 4 November 2015, killing 37 people.",
    "A military helicopter crashed in Helmand on Monday, killing four crew members.",
    "An overcrowded ferry capsized on Lake Kivu on Sunday, drowning at least 20 passengers.",
    "A goods train derailed near Ernakulam on 2 June 2023, killing three workers.",
    "A fuel tanker overturned and caught fire near Ore (Ondo) on 3 May 2023, killing 11 people.",
    "An oil tanker collided with a minibus near Lokoja on Friday, killing nine passengers.",
    # the small parser hangs both participles on the vehicle: "a coach [overturned ...] [killing ...]"
    "On 12 March 2022, a bus carrying pilgrims overturned near Mbeya, killing 14 passengers.",
    "A minibus crashed into a lorry near Kano on Monday, killing nine people.",
])
def test_the_deaths_an_accident_causes_are_no_attack(text: str) -> None:
    assert [e.event for e in code(text)] == []


def test_an_attack_that_kills_is_still_one() -> None:
    attack = only("Militiamen stormed the village of Ngoyo on Monday, killing six people.", "ASSAULT")
    assert attack.trigger.lower() in ("stormed", "killing")


def test_a_car_a_bomber_drives_into_a_gate_is_still_an_attack() -> None:
    only("A suicide bomber crashed his car into the gate of a police base in Kandahar on Monday.", "ASSAULT")


def test_a_vehicle_that_gunmen_set_on_fire_is_still_an_attack() -> None:
    only("Gunmen ambushed a bus near Bangassou on Friday and set it on fire, killing seven passengers.", "ASSAULT")


def test_fighters_who_defect_to_the_army_retreat() -> None:
    defection = only("About 30 fighters of the Raia Mutomboki defected to the army in Uvira (South Kivu) on 9 May 2020.", "RETREAT")
    assert [a.country for a in defection.actor] == ["COD"]


def test_officers_who_defect_to_the_rebels_retreat() -> None:
    only("Three police officers defected to the rebels near Mindat on Friday.", "RETREAT")
