"""When a party takes the country its sentence names and when it does not: acts judged, means of attack,
peoples of several states, foreign forces striking in a story about another country."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow

SYRIA_STORY = "The war in Syria has killed thousands. Damascus and Aleppo were shelled again. "


def test_a_country_condemning_an_attack_condemns_the_attacker_not_itself():
    condemnation = only("Britain condemned the attack on Monday.", "ACCUSE")
    assert countries(condemnation.actor) == ["GBR"]
    assert condemnation.recipient == []


def test_a_government_criticising_a_decision_criticises_its_maker_not_its_own_country():
    criticism = only("The French government criticised the decision on Monday.", "ACCUSE")
    assert criticism.recipient == []


def test_police_arresting_at_home_still_arrest_their_own_people():
    arrest = only("Police arrested 12 people in London on Monday.", "COERCE")
    assert countries(arrest.recipient) == ["GBR"]


def test_jets_that_struck_a_town_are_not_of_the_town_struck():
    strike = only("Coalition jets bombed Raqqa on Monday.", "ASSAULT")
    assert countries(strike.actor) == []
    assert countries(strike.recipient) == ["SYR"]


def test_kurdish_fighters_are_not_of_the_country_whose_jets_struck_them():
    strike = only("Turkish jets struck Kurdish fighters on Sunday.", "ASSAULT")
    assert countries(strike.actor) == ["TUR"]
    assert countries(strike.recipient) == []


def test_kurdish_fighters_are_of_the_country_they_are_struck_in():
    strike = only("Turkish jets struck Kurdish fighters in Syria on Sunday.", "ASSAULT")
    assert countries(strike.recipient) == ["SYR"]


def test_foreign_forces_striking_in_a_story_about_another_country_do_not_make_the_target_theirs():
    # (the town is of where the story is)
    strike = [e for e in code(SYRIA_STORY + "Russian-led forces attacked the town on Monday.")
              if e.trigger == "attacked"][0]
    assert countries(strike.actor) == ["RUS"]
    assert countries(strike.recipient) == ["SYR"]


def test_the_storys_own_forces_strike_their_own_country():
    strike = [e for e in code(SYRIA_STORY + "Syrian troops shelled rebels on Monday.")
              if e.trigger == "shelled" and e.actor][0]
    assert countries(strike.recipient) == ["SYR"]


def test_who_reports_a_clause_gives_no_country_to_the_parties_it_reports():
    shelling = [e for e in code("Russia said that rebels had shelled the city on Monday.") if e.trigger == "shelled"][0]
    assert countries(shelling.actor + shelling.recipient) == []


def test_what_a_country_says_of_itself_is_still_its_own():
    withdrawal = only("Russia said its troops would leave Syria.", "RETREAT")
    assert countries(withdrawal.actor) == ["RUS"]


def test_a_plural_verb_after_a_reported_clause_does_not_borrow_its_singular_subject():
    text = "Arab states accepted that Assad has survived and are preparing to reopen embassies in Damascus."
    assert all("Assad" not in [a.text for a in e.actor] for e in code(text) if e.trigger == "reopen")


def test_a_verb_that_agrees_with_the_reported_subject_keeps_it():
    text = "Officials said that the army has withdrawn and is preparing to attack the town."
    threat = [e for e in code(text) if e.trigger == "attack"][0]
    assert [a.text for a in threat.actor] == ["the army"]


def test_kurdish_forces_are_of_the_country_the_sentence_places_them_in():
    capture = only("Kurdish forces took the town of Tabqa in northern Syria on Monday.", "ASSAULT")
    assert countries(capture.actor) == ["SYR"]


def test_the_reporters_own_soldiers_are_of_the_reporters_country():
    killing = only("Indian officials on Friday said three of its soldiers had been killed.", "ASSAULT")
    assert countries(killing.recipient) == ["IND"]


def test_kurdish_forces_in_a_part_of_a_country_are_of_that_country():
    surrender = only("The militants surrendered to Kurdish troops in the far north of Iraq.", "RETREAT")
    assert countries(surrender.recipient) == ["IRQ"]


def test_an_attack_by_a_bomber_no_one_named_falls_on_the_country_struck_and_he_is_of_it():
    # (an unidentified attacker in a town is coded by the country he acts in, as event datasets do)
    bombing = only("A suicide bomber blew himself up at a rally in Peshawar on Sunday, killing 40 people.", "ASSAULT")
    assert countries(bombing.actor) == ["PAK"]
    assert countries(bombing.recipient) == ["PAK"]


def test_the_state_an_attack_at_home_falls_on_is_written_by_its_name_not_its_code():
    attack = only("Gunmen attacked a temple in Madurai on Monday.", "ASSAULT")
    assert [(r.text, r.country) for r in attack.recipient] == [("India", "IND")]
