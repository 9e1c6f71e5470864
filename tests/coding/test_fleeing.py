"""People struck named by what they were doing ("fleeing women", "fleeing families") are the recipients of the
attack, not the place it happened in (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def _recipients(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.country, r.sector) for r in only(text, "ASSAULT", published="2019-02-14").recipient]


def test_fleeing_people_fired_on_are_the_recipients_of_the_place_s_country():
    text = "Jihadist fighters opened fire on fleeing women near the Iraqi border in Syria on Monday."
    assert _recipients(text) == [("women", "SYR", "CVL")]


def test_fleeing_family_members_shot_are_the_recipients():
    text = "Gunmen shot fleeing family members trying to leave the besieged town in Syria."
    assert [(country, sector) for _, country, sector in _recipients(text)] == [("SYR", "CVL")]


def test_what_someone_fled_is_no_recipient():
    text = "Soldiers shot at them fleeing the city of Aleppo on Monday."
    assert all(text != "the city of Aleppo" for text, _, _ in _recipients(text))
