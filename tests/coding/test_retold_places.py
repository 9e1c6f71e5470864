"""A violent deed told with no place, and told again in the next sentence as "the attack" with a place, happened
there (sentences we wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, town", [
    ("A Turkish soldier was killed on Thursday. The attack happened near Manbij, the defence ministry said.",
     "Manbij"),
    ("Two French aid workers were kidnapped on Monday. The abduction took place at a checkpoint outside Azaz.",
     "I‘zāz"),
    ("Three soldiers died in an explosion in Iraq on Saturday. The blast hit their patrol near Kirkuk.", "Kirkuk"),
])
def test_a_deed_told_again_as_the_attack_with_a_place_happened_there(text, town):
    first = [e for e in code(text) if e.sentence_index == 0 and e.event == "ASSAULT"]
    assert [e.event_loc.name if e.event_loc else None for e in first] == [town]


@pytest.mark.parametrize("text", [
    "A Syrian soldier was killed on Thursday. Separately, rebels shelled a village near Hama.",
    "Militants killed a judge on Sunday. The novichok attack in Salisbury showed how far Moscow would go.",
])
def test_another_deed_told_next_gives_no_place(text):
    first = [e for e in code(text) if e.sentence_index == 0 and e.event == "ASSAULT"]
    assert first and all(e.event_loc is None for e in first)
