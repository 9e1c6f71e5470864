"""A truce with no party of its own, told as news by one side's official, is that side's (sentences we wrote,
about real kinds of report)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _actors(text: str, trigger: str) -> list[str | None]:
    events = [e for e in code(text, published="2018-02-26") if e.trigger == trigger]
    assert len(events) <= 1, [(e.event, e.trigger) for e in code(text, published="2018-02-26")]
    return [a.country for e in events for a in e.actor]


def test_a_ceasefire_a_minister_says_will_begin_is_his_states():
    text = "Russia's defence minister said a ceasefire would start at noon on Wednesday around Douma."
    assert _actors(text, "ceasefire") == ["RUS"]


def test_a_truce_a_coalition_spokesman_says_will_begin_is_the_coalitions_side():
    text = "The Saudi-led coalition spokesman said a two-day truce in Hodeidah would begin on Friday."
    assert _actors(text, "truce") == ["SAU"]


def test_a_ceasefire_a_mediator_announces_is_not_the_mediators():
    assert _actors("The UN envoy said a ceasefire would begin at noon in the besieged town.", "ceasefire") == []
