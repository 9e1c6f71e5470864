"""Homes, markets or hospitals struck are the civilians of the place they are in, not the place (sentences we
wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def _recipients(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.country, r.sector) for r in only(text, "ASSAULT", published="2018-02-21").recipient]


def test_homes_a_government_bombed_at_home_are_its_civilians():
    text = "Government helicopters dropped barrel bombs on homes in Douma on Wednesday."
    assert _recipients(text) == [("homes", "SYR", "CVL")]


def test_a_market_foreign_jets_struck_is_the_civilians_of_its_country():
    text = "Saudi-led jets struck a crowded market in Hajjah province on Tuesday."
    assert [(country, sector) for _, country, sector in _recipients(text)] == [("YEM", "CVL")]


def test_a_military_site_struck_stays_the_place_s_country():
    text = "Israeli jets bombed a weapons depot near Damascus on Sunday."
    assert [(country, sector) for _, country, sector in _recipients(text)] == [("SYR", None)]
