"""A charity named after a person the registry knows is a body of that person's country (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _recipients(text: str, trigger: str, published: str = "2018-12-19") -> list[tuple[str | None, str | None]]:
    events = [e for e in code(text, published) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text, published)]
    return [(r.country, r.sector) for r in events[0].recipient]


def test_a_foundation_named_after_a_known_person_is_a_charity_of_his_country():
    assert _recipients("Ivanka Trump praised the Trump Foundation on Monday.", "praised") == [("USA", "NGO")]
    assert _recipients("State prosecutors accused the Trump Foundation of illegal self-dealing.", "accused") \
        == [("USA", "NGO")]


def test_a_foundation_named_after_a_place_is_not_read_as_a_persons():
    assert _recipients("The minister praised the Syria Trust for its work.", "praised") == [("SYR", None)]
