"""A counted noun spelt out after a dash ("three men – a Briton, a Spaniard and an Italian") is the people listed,
each of their own country, wherever the parser hangs the list (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _event(text: str, trigger: str):
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return events[0]


@pytest.mark.parametrize("text, trigger, countries", [
    ("Kurdish fighters captured three men on Saturday – a Briton, a Spaniard and an Italian.", "captured",
     ["GBR", "ESP", "ITA"]),
    ("Kurdish-led forces detained two foreigners accused of fighting for Isis – a French national and one Belgian "
     "citizen.", "detained", ["FRA", "BEL"]),
    ("Police in Istanbul arrested two women – a Syrian and an Iraqi – on Tuesday.", "arrested", ["SYR", "IRQ"]),
    ("Rebels freed three hostages last week – an Italian, a Japanese journalist and a Dane.", "freed",
     ["ITA", "JPN", "DNK"]),
])
def test_the_people_listed_after_a_dash_are_the_counted_ones(text, trigger, countries):
    event = _event(text, trigger)
    assert [r.country for r in event.recipient] == countries


def test_words_after_a_dash_that_list_no_people_leave_the_counted_noun():
    event = _event("Rebels captured three soldiers in the town – a blow to the army.", "captured")
    assert [r.text for r in event.recipient] == ["three soldiers"]
