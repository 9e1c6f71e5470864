"""An order or a plea in the imperative asks for a deed; it tells none done."""

import pytest

from tacitus.coding.commands import is_commanded
from tests.coding.helpers import code, parse

pytestmark = pytest.mark.slow

LEDE = "Kenyan police arrested 30 protesters in Nairobi on Monday. "


@pytest.mark.parametrize("text", [
    "Burn their houses and take their cattle, the commander told his men.",
    "Let them fight the rebels themselves, the minister said.",
    "Stop shelling our homes, the mayor pleaded.",
])
def test_a_deed_asked_for_in_the_imperative_is_no_event(text):
    assert [e.trigger for e in code(LEDE + text)] == ["arrested"]


def test_the_deed_a_command_asks_for_is_commanded():
    sentence = parse("Burn their houses and take their cattle, the commander said.")
    assert is_commanded(sentence[4])
