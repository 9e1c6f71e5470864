"""Passive casualty reports whose when-clause names the attacker (when_clauses.py). The sentences are ours."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_the_attacker_of_a_when_clause_and_only_that_did_the_killing_a_passive_names_no_agent_for():
    attack = only("Five Indian soldiers were killed when Kashmiri militants ambushed their convoy near Srinagar.",
                  "ASSAULT")
    assert [a.sector for a in attack.actor] == ["REB"] and countries(attack.recipient) == ["IND"]
    attack = only("Twelve people were wounded when Tamil Tiger rebels attacked a bus in eastern Sri Lanka.", "ASSAULT")
    assert countries(attack.actor) == ["LKA"]
    # (a when-clause that tells no attack names no attacker)
    attacks = [e for e in code("Two soldiers were killed when their truck hit a landmine in Angola.")
               if e.event == "ASSAULT"]
    assert all(not e.actor for e in attacks)


def _actors(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in code(text, published="2018-05-02") if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text, published="2018-05-02")]
    return [(a.text, a.country) for a in events[0].actor]


def test_people_wounded_after_jets_bombed_were_wounded_by_the_jets():
    text = "Residents said nine civilians were wounded in Sanaa after Saudi jets bombed a fuel station."
    assert _actors(text, "wounded") == [("Saudi jets", "SAU")]


def test_a_killing_after_a_bomber_blew_himself_up_is_the_bombers():
    text = "At least 30 people were killed in a market in Maiduguri after a suicide bomber from Boko Haram blew himself up."
    assert _actors(text, "killed") == [("a suicide bomber from Boko Haram", "NGA")]


def test_a_blast_that_killed_after_militants_detonated_a_bomb_was_the_militants_not_unidentified_attackers():
    text = "The blast killed eight shoppers in Mogadishu after al-Shabaab militants detonated a car bomb near the market."
    assert _actors(text, "killed") == [("al-Shabaab militants", "SOM")]


def test_an_after_clause_of_the_victims_own_deed_names_no_attacker():
    assert _actors("A man was shot dead after he attacked a guard with a knife.", "shot") == []


def test_an_after_clause_that_tells_ground_taken_names_no_killer():
    assert _actors("Six civilians were killed after the army retook the town.", "killed") == []


def test_a_harm_with_its_own_means_is_not_the_after_clauses_attackers():
    assert _actors("Three children were killed in a drone strike after Isis fighters attacked the town.", "killed") == []


def test_an_after_clause_of_an_announcement_names_no_attacker():
    text = "The ground offensive near Manbij was launched on Saturday after Washington announced it would arm the militia."
    events = [e for e in code(text, published="2018-05-02") if e.trigger == "launched"]
    assert all(a.country != "USA" for e in events for a in e.actor)
