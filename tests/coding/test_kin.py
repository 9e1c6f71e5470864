"""A relative named by a possessive ("his uncle", "her brother") is the person a deed was done to, of the country an
apposition or the person whose relative he is gives (sentences we wrote)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def _recipients(text: str, category: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.country) for r in only(text, category, published="2018-06-01").recipient]


def test_a_relative_detained_is_the_recipient_not_the_country():
    text = "Syrian intelligence officers detained his cousin, a doctor from Homs, in 2012."
    assert _recipients(text, "COERCE") == [("his cousin", "SYR")]


def test_a_relative_takes_the_nationality_of_its_apposition():
    text = "Egyptian police arrested her brother, a Jordanian student, in Cairo last week."
    assert _recipients(text, "COERCE") == [("her brother", "JOR")]


def test_a_relative_takes_the_nationality_of_the_person_whose_relative_he_is():
    text = "Dalia Haddad, a Syrian nurse, fled to Turkey in 2014. She said police had beaten her husband in Aleppo."
    assert _recipients(text, "ASSAULT") == [("her husband", "SYR")]
    text = "A Syrian refugee in Amman said soldiers had beaten his uncle at a checkpoint."
    assert _recipients(text, "ASSAULT") == [("his uncle", "SYR")]


def test_a_relative_of_no_known_nationality_is_still_the_recipient_with_no_country():
    text = "A Kurdish woman said Turkish-backed fighters had shot her son."
    assert _recipients(text, "ASSAULT") == [("her son", None)]
