"""The brackets conflict notes write after a town, read after a name written with hyphens too (sentences we
wrote)."""

import pytest

from tacitus.coding.brackets import bracketed
from tests.coding.helpers import only, parse

pytestmark = pytest.mark.slow


def test_the_brackets_after_a_hyphenated_name_are_read_from_any_of_its_words() -> None:
    span = parse("A grenade exploded in Qala-e-Naw (Badghis) on Monday.")
    assert bracketed(next(t for t in span if t.text == "Qala")) == ["Badghis"]
    assert bracketed(next(t for t in span if t.text == "Naw")) == ["Badghis"]


def test_a_hyphenated_town_is_placed_in_the_region_its_brackets_name_not_at_a_namesake_abroad() -> None:
    attack = only("A grenade exploded in Qala-e-Naw (Badghis) on Monday, injuring 4 people.", "ASSAULT")
    assert attack.event_loc is not None and attack.event_loc.country == "AFG"
