"""The other side the story has set up for a refusal, demand, threat or accusation that names no one
(short stories we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _recipients(text: str, trigger: str) -> list[str | None]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [r.country for r in events[0].recipient]


def test_a_demand_made_on_a_call_with_one_other_leader_is_made_of_that_leader():
    text = 'Trump spoke to Erdogan by phone on Friday. "Why are you still there?" Erdogan demanded.'
    assert _recipients(text, "demanded") == ["USA"]


def test_a_denial_answers_the_accusation_just_told():
    text = "Britain accused Russia of poisoning a former spy. Moscow denied the charge."
    assert _recipients(text, "denied") == ["GBR"]


def test_an_ultimatum_delivered_with_an_accusation_is_delivered_to_the_accused():
    assert _recipients("Cavusoglu accused Paris of double standards and issued an ultimatum.", "ultimatum") == ["FRA"]


def test_a_refusal_after_talks_among_several_states_names_no_one():
    text = "Russia and Turkey discussed Idlib with Iran on Monday. Erdogan refused to give ground."
    assert _recipients(text, "refused") == []


def test_an_attack_sets_up_no_side_for_a_refusal_that_follows():
    text = "Turkish jets shelled Kurdish positions in Syria. Later that day Ankara rejected calls for restraint."
    assert _recipients(text, "rejected") == []
