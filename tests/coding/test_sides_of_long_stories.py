"""Sides of long-form stories: a foreign national in an armed group is of the nationality, a country named again
by an epithet ("the Gulf state", "the kingdom") is the one named before, rebels struck are of the story's country
and militias a foreign state backs of where they strike (sentences we wrote, in the register of long news
stories)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _sides(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [a.country for a in events[0].actor], [r.country for r in events[0].recipient]


def test_a_foreign_fighter_of_an_armed_group_is_of_his_nationality():
    text = "A Canadian Isis fighter was sentenced to death by an Iraqi court on Sunday."
    assert _sides(text, "sentenced") == (["IRQ"], ["CAN"])


def test_a_british_volunteer_with_the_kurdish_militia_is_british():
    text = "A British YPG volunteer was arrested by Turkish police at Istanbul airport."
    assert _sides(text, "arrested") == (["TUR"], ["GBR"])


def test_the_gulf_state_is_the_gulf_country_named_before():
    text = ("Qatar has denied funding extremist groups. Saudi Arabia and its allies cut diplomatic ties with the "
            "Gulf state last year.")
    assert _sides(text, "cut") == (["SAU"], ["QAT"])


def test_the_kingdom_is_the_monarchy_named_before_and_no_other_country():
    text = "Jordan has taken in more than 650,000 refugees. On Sunday the EU pledged fresh aid to the kingdom."
    assert _sides(text, "pledged")[1] == ["JOR"]
    text = "Lebanon is struggling to cope with the refugees. The EU pledged fresh aid to the kingdom."
    assert "LBN" not in _sides(text, "pledged")[1]


def test_a_described_country_is_the_country_named_before():
    text = ("Lebanon is struggling to cope with the refugees. The World Bank announced a $200m loan to the small "
            "country on Thursday.")
    assert _sides(text, "loan")[1] == ["LBN"]


def test_a_known_person_killed_in_a_town_leaves_the_town_out_of_the_recipients():
    # (the brother himself is the recipient, of no country the sentence gives: not Syria)
    assert _sides("Her brother was killed in Homs in 2016.", "killed") == ([], [None])
    # (new victims of a bomb in a town are still of its country)
    assert _sides("A man was killed in Mogadishu when a bomb exploded.", "killed")[1] == ["SOM"]


def test_a_relative_killed_abroad_is_not_the_country_he_was_killed_in():
    text = "His uncle was killed in Lebanon during the 2006 war."
    assert _sides(text, "killed")[1] == [None]



# A story about Yemen's war: the places and peoples it names are Yemen's, far more than any other country's
YEMEN_STORY = ("Yemen's war has reached the port of Mokha. Yemeni troops loyal to the president are gathering "
               "outside Taiz, and Yemeni officials say the city will be retaken within weeks. ")


def test_rebels_struck_by_their_own_state_and_its_ally_are_of_the_country_the_story_is_about():
    text = YEMEN_STORY + "Taiz has seen fierce fighting as Yemeni and Saudi jets bombed rebel-held positions."
    assert _sides(text, "bombed")[1] == ["YEM"]


def test_foreign_rebels_struck_in_the_story_take_no_country_from_it():
    text = YEMEN_STORY + "Taiz has seen fierce fighting as Yemeni and Saudi jets bombed foreign rebels."
    assert _sides(text, "bombed")[1] == [None]


@pytest.mark.parametrize("text, trigger, country", [
    ("Iranian-backed militias fired rockets at American soldiers near Basra.", "fired", "IRQ"),
    ("Saudi-backed militiamen ambushed Emirati troops in Aden.", "ambushed", "YEM"),
])
def test_militias_a_foreign_state_backs_are_of_the_town_they_strike_in(text, trigger, country):
    assert _sides(text, trigger)[0] == [country]


def test_militias_striking_in_their_backers_own_country_take_no_country_from_it():
    assert _sides("Iranian-backed militias attacked a convoy in Tehran.", "attacked")[0] == [None]
