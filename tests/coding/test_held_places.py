"""A place named by who holds it ("rebel-held Douma") is its holders as the side struck or besieged, not the state
the place is in (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _event(text: str, trigger: str):
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return events[0]


@pytest.mark.parametrize("text, trigger, side", [
    ("Syrian jets bombed rebel-held Douma on Tuesday.", "bombed", ("SYR", "REB")),
    ("Saudi-led jets pounded Houthi-held Hodeidah overnight.", "pounded", ("YEM", "REB")),
    ("Russian jets struck the Isis-held town of Mayadin.", "struck", ("IMG", "REB")),
    ("Rebels shelled government-held districts of Aleppo.", "shelled", ("SYR", "GOV")),
])
def test_the_holders_of_a_place_struck_are_the_side_struck(text, trigger, side):
    event = _event(text, trigger)
    assert [(r.country, r.sector) for r in event.recipient] == [side]


def test_the_place_held_is_still_where_it_happened():
    event = _event("Saudi-led jets pounded Houthi-held Hodeidah overnight.", "pounded")
    assert event.event_loc is not None and event.event_loc.country == "YEM"


def test_a_place_no_holder_is_named_for_stays_its_state():
    event = _event("Turkish artillery shelled Afrin on Monday.", "shelled")
    assert [(r.country, r.sector) for r in event.recipient] == [("SYR", None)]
