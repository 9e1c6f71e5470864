"""A citizenship, a passport or a licence taken away: whose it was lost it, and the state it was of took it
(sentences we wrote, in the register of European news about returning jihadists)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def _sides(text: str) -> tuple[list[str | None], list[tuple[str, str | None]]]:
    event = only(text, "COERCE")
    return [a.country for a in event.actor], [(r.text, r.country) for r in event.recipient]


def test_whose_citizenship_was_revoked_lost_it_and_did_not_revoke_it():
    actors, holders = _sides("The preacher's Bahraini nationality was revoked in 2016.")
    assert actors == ["BHR"] and holders == [("The preacher", "BHR")]
    actors, holders = _sides("Adam Pryce's citizenship was revoked once he had spoken to reporters.")
    assert actors == [] and len(holders) == 1 and holders[0][0].startswith("Adam Pryce")


def test_the_state_whose_nationality_two_men_were_stripped_of_took_it():
    actors, holders = _sides("Pryce and his cousin were stripped of their Danish nationality last year.")
    assert actors == ["DNK"] and ("Pryce", "DNK") in holders


def test_revoking_someones_citizenship_is_done_to_them_not_to_their_state():
    actors, holders = _sides("The home secretary revoked Pryce's British citizenship in February.")
    assert actors == ["GBR"] and [text for text, _ in holders] == ["Pryce"]
