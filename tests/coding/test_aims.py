"""Whom an act is aimed at where the parse hangs the target away from the verb (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def _targets(text: str, category: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.country) for r in only(text, category).recipient]


def test_an_operation_launched_in_a_town_against_a_group_targets_the_group_not_the_town():
    text = "Turkey launched an operation this spring in the Kurdish-held town of Tal Rifaat against the YPG."
    assert _targets(text, "ASSAULT") == [("the YPG", "SYR")]


def test_forces_put_on_alert_against_foreign_warships_face_the_warships_state():
    text = "Greece put its navy on alert against Turkish warships in the Aegean."
    assert [r.country for r in only(text, "MOBILIZE").recipient] == ["TUR"]


def test_troops_deployed_in_a_war_against_a_group_are_mobilised_against_it():
    text = "The Kenyan army deployed troops along the border in its war against al-Shabaab."
    assert [r.text for r in only(text, "MOBILIZE").recipient] == ["al-Shabaab"]


def test_a_threat_that_a_party_will_pay_is_held_over_that_party():
    assert _targets("Hezbollah threatened that Israel would pay a heavy price.", "THREATEN") == [("Israel", "ISR")]


def test_a_warning_of_war_with_a_state_is_aimed_at_that_state():
    assert _targets("The Kremlin warned of a war with Ukraine.", "THREATEN") == [("Ukraine", "UKR")]


def test_a_speaker_who_says_it_will_strike_is_not_its_own_target():
    text = "Turkey warned that it would strike if Kurdish fighters crossed the river."
    assert [r.text for r in only(text, "THREATEN").recipient] == ["Kurdish fighters"]


def test_a_deal_denounced_is_aimed_at_whoever_it_was_signed_with():
    text = "Erdogan condemned the migration pact concluded in 2016 with the European Union."
    assert [r.text for r in only(text, "ACCUSE").recipient] == ["the European Union"]


def test_leaving_a_deal_leaves_the_party_it_was_struck_with():
    text = "Iran pulled out of the nuclear deal it had signed with the United States."
    assert [r.country for r in only(text, "RETREAT").recipient] == ["USA"]
