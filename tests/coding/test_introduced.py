"""The country an article gives a person the registry does not know (coding/introduced.py)."""

import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


def test_a_nationality_before_the_name_is_the_persons_country():
    text = "Her husband, the Dutch jihadist Yago Pryce, is in a Kurdish jail. Pryce accused Britain of lying."
    accuse = only(text, "ACCUSE", published="2019-02-18")
    assert [(a.text, a.country) for a in accuse.actor] == [("Pryce", "NLD")]


def test_a_name_with_a_typographic_apostrophe_is_placed_like_any_other():
    for apostrophe in ("'", "’"):
        text = (f"Syria{apostrophe}s deputy foreign minister, Ali Ja{apostrophe}arawi, spoke on Monday. "
                f"Ja{apostrophe}arawi accused Britain of lying.")
        accuse = only(text, "ACCUSE", published="2018-04-12")
        assert [a.country for a in accuse.actor] == ["SYR"], apostrophe


def test_a_national_office_in_apposition_places_its_holder():
    text = "Ali Kanjo, the Syrian information minister, spoke. Kanjo accused Britain of lying."
    accuse = only(text, "ACCUSE", published="2018-04-12")
    assert [a.country for a in accuse.actor] == ["SYR"]


def test_what_a_sentence_says_the_person_is_places_the_person():
    text = "Ali Kanjo is a Syrian citizen. Kanjo accused Britain of lying."
    accuse = only(text, "ACCUSE", published="2018-04-12")
    assert [a.country for a in accuse.actor] == ["SYR"]



def test_a_home_town_given_with_formerly_of_places_the_person():
    sentence = only("Tom Pilling, 31, formerly of Leicester, was sentenced to six years in prison.", "SANCTION")
    assert [r.country for r in sentence.recipient] == ["GBR"]


def test_an_adviser_to_a_states_ministry_is_of_that_state():
    text = "Karim Haddad, an adviser to the Lebanese interior ministry, spoke. Haddad denied the report."
    denial = only(text, "REJECT")
    assert [a.country for a in denial.actor] == ["LBN"]
