"""Parties of long stories: the people harmed where the story is, the target an assault is launched to drive
out, the coalition the article named with its leader (sentences we wrote, about real kinds of report)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


def _victims(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in code(text) if e.trigger == trigger]
    assert len(events) == 1, [(e.event, e.trigger) for e in code(text)]
    return [(r.text, r.country) for r in events[0].recipient]


def test_civilians_killed_in_a_sentence_naming_no_place_are_of_where_the_story_is():
    text = ("Rebel fighters overran an army base near Goma on Monday. Witnesses described heavy gunfire. "
            "At least nine civilians were killed and 20 wounded.")
    assert _victims(text, "killed") == [("At least nine civilians", "COD")]


def test_the_scene_is_where_the_last_places_are_not_a_capital_where_officials_spoke():
    text = ("Troops shelled villages near Kauda in South Kordofan on Friday. At a briefing in Washington, officials "
            "said they were alarmed. Dozens of villagers were killed, a local doctor said.")
    assert _victims(text, "killed") == [("Dozens of villagers", "SDN")]


def test_victims_are_not_placed_in_a_country_named_only_as_a_party():
    text = ("The president held talks with Russia and Turkey on Tuesday. Dozens of villagers were killed "
            "that night, a local doctor said.")
    assert _victims(text, "killed") == [("Dozens of villagers", None)]


def test_an_offensive_launched_to_drive_a_group_out_of_a_town_targets_the_group():
    attack = only("Nigerian troops launched an offensive to drive Boko Haram out of Bama.", "ASSAULT")
    assert [(r.text, r.country) for r in attack.recipient] == [("Boko Haram", "NGA")]


def test_an_effort_to_drive_out_fighters_names_the_campaigns_target():
    attack = only("Kenya launched a military campaign in Lamu last month, in an effort to drive out "
                  "al-Shabaab.", "ASSAULT")
    assert [r.text for r in attack.recipient] == ["al-Shabaab"]


def test_the_coalition_is_the_one_the_article_named_with_its_leader_paragraphs_before():
    text = ("A Saudi-led coalition has fought the Houthis in Yemen since 2015. The Houthis fired missiles at "
            "Jizan on Sunday. Aid groups warned of famine. On Monday coalition jets bombed a bridge in Hodeidah.")
    attack = next(e for e in code(text) if e.trigger == "bombed")
    assert [(a.country, a.sector) for a in attack.actor] == [("SAU", "MIL")]


def test_the_coalition_against_islamic_state_is_us_led():
    attack = only("The international coalition against Islamic State bombed a depot near Hajin.", "ASSAULT")
    assert [(a.country, a.sector) for a in attack.actor] == [("USA", "MIL")]


def test_a_coalitions_own_name_is_another_body():
    text = ("The US-led coalition struck Raqqa on Monday. Aid groups counted the dead. Doctors treated the wounded "
            "in makeshift clinics. Reporters were kept away. The Stop the Killing Coalition urged parliament to halt "
            "arms sales.")
    request = only(text, "REQUEST")
    assert all(a.country != "USA" for a in request.actor)


def test_a_person_captured_by_a_group_is_the_captive_not_the_group():
    text = ("Pieter Smit, captured by al-Shabaab in 2016, was freed last week. Smit, a Dutch engineer, had worked "
            "for a water charity.")
    capture = next(e for e in code(text) if e.trigger == "captured")
    assert [(r.text, r.country) for r in capture.recipient] == [("Pieter Smit", "NLD")]


def test_states_named_in_apposition_to_a_group_are_all_its_members():
    rejection = only("The three mediators – Kenya, Uganda and Tanzania – have rejected the plan.", "REJECT")
    assert [a.country for a in rejection.actor] == ["KEN", "UGA", "TZA"]


def test_all_three_leaders_are_the_three_states_named_before():
    text = ("The presidents of Kenya, Uganda and Tanzania gathered in Arusha on Sunday. All three leaders agreed "
            "to a ceasefire.")
    agreement = only(text, "AGREE")
    assert sorted((a.country, a.sector) for a in agreement.actor) == [("KEN", "GOV"), ("TZA", "GOV"),
                                                                      ("UGA", "GOV")]


def test_all_three_countries_are_the_states_their_own_sentence_names():
    text = ("Though Chad objected to the Cameroonian plan and Mali had urged restraint, all three countries have "
            "cooperated closely in the offensive.")
    cooperation = next(e for e in code(text) if e.trigger == "cooperated")
    assert sorted(a.country for a in cooperation.actor) == ["CMR", "MLI", "TCD"]


def test_his_delegation_is_of_the_regime_named_by_its_leader_not_of_a_leader_named_before():
    text = ("Trump spoke to reporters in Washington on Monday. Talks stalled as the Maduro regime stayed in "
            "power but his delegation refused to discuss elections.")
    refusal = only(text, "REJECT")
    assert [a.country for a in refusal.actor] == ["VEN"]


def test_a_captive_named_by_surname_alone_is_the_captive_with_the_nationality_given_before():
    text = ("Hanna Lindqvist, a Swedish nurse, appeared in a video. Lindqvist, captured by al-Shabaab in Somalia in "
            "2014, was shown reading a statement.")
    capture = next(e for e in code(text) if e.trigger == "captured")
    assert [(r.text, r.country) for r in capture.recipient] == [("Lindqvist", "SWE")]


def test_who_after_a_home_town_is_the_person_from_it_not_the_town():
    text = ("Among them is Amina Yusuf, the wife of a doctor from Maiduguri who was kidnapped by armed men in March "
            "2015.")
    kidnapping = only(text, "ASSAULT")
    assert [(r.text, r.country) for r in kidnapping.recipient] == [("a doctor", "NGA")]


def test_kurdish_forces_are_of_the_country_the_story_is_in():
    text = ("Fighting went on near Kirkuk on Monday. Commanders spoke of heavy losses. She was later captured by "
            "Kurdish forces.")
    capture = next(e for e in code(text) if e.trigger == "captured")
    assert [(a.text, a.country) for a in capture.actor] == [("Kurdish forces", "IRQ")]


def test_an_unplaced_side_of_a_meeting_is_not_of_the_state_it_meets():
    talks = only("Rebel commanders held meetings with Russia to discuss a surrender.", "CONSULT")
    assert [a.country for a in talks.actor if a.text != "Russia"] == [None]


def test_visitors_are_not_of_the_country_they_visit():
    visit = only("Consular officials have twice visited the prisoner at a jail in Kayseri.", "CONSULT")
    assert [a.country for a in visit.actor] == [None]


def test_the_official_is_the_one_introduced_with_a_nationality_sentences_before():
    text = ("The president spoke to reporters in Nairobi on Monday. However, a Tanzanian official said the talks "
            "had failed. Rain fell on the capital. The official also denied that troops had crossed the border.")
    denial = only(text, "REJECT")
    assert [(a.text, a.country) for a in denial.actor] == [("The official", "TZA")]


def test_the_strikes_a_monitor_attributes_struck_whom_the_strikes_just_told_struck():
    text = ("Two airstrikes on a village held by rebels killed 13 civilians on Monday. A monitor said the strikes "
            "had been carried out by Syrian government jets.")
    attribution = [e for e in code(text) if e.trigger == "carried"]
    assert [(r.text, r.country) for r in attribution[0].recipient] == [("13 civilians", "SYR")]
    assert attribution[0].date == "2020-01-06"


def test_a_foreign_air_force_blamed_for_the_strikes_is_not_their_target():
    text = ("Rebels in Idlib said regime jets bombed a market, killing 20 people. The rebels said the strikes were "
            "carried out by Russian aircraft.")
    attribution = [e for e in code(text) if e.trigger == "carried"]
    assert [r.country for r in attribution[0].recipient] == ["SYR"]


def test_an_attack_recalled_with_a_target_of_its_own_keeps_it():
    text = ("Gunmen stormed a church in Kaduna, killing six worshippers. Police said the attack on the police "
            "station was carried out by bandits.")
    attribution = [e for e in code(text) if e.trigger == "carried"]
    assert [r.text for r in attribution[0].recipient] == ["the police station"]
