"""Short event reports of the kind event datasets are built from (conflict notes, wire copy): who attacked,
seized, threatened, visited or accused whom (sentences we wrote about real kinds of event)."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_a_local_official_shot_is_the_victim_not_the_town():
    attack = only("Gunmen abducted a local councillor in Ghazni on Tuesday.", "ASSAULT")
    assert [(r.text, r.country, r.sector) for r in attack.recipient] == [("a local councillor", "AFG", "GOV")]


def test_a_tribal_elder_killed_is_the_victim():
    attack = only("Unknown attackers killed a tribal elder in Khost.", "ASSAULT")
    assert [(r.country, r.sector) for r in attack.recipient] == [("AFG", "CVL")]


def test_aid_workers_killed_are_of_the_aid_sector():
    attack = only("Suspected jihadists killed three aid workers near Menaka.", "ASSAULT")
    assert [r.sector for r in attack.recipient] == ["NGO"]


def test_regaining_control_of_a_town_is_taking_it():
    attack = only("Government troops regained control of Tessalit after a week of fighting.", "ASSAULT")
    assert attack.mode == "occupy"


def test_hijacking_a_ship_is_an_abduction_but_hijacking_a_debate_is_no_event():
    attack = only("Somali pirates hijacked a cargo ship in the Gulf of Aden.", "ASSAULT")
    assert attack.mode == "abduction"
    assert all(e.event != "ASSAULT" for e in code("The senator said her rivals hijacked the budget debate."))


def test_outlawing_a_movement_restricts_it():
    ban = only("The military government outlawed the Muslim Brotherhood in 2013.", "COERCE")
    assert [(r.country, r.sector) for r in ban.recipient] == [("EGY", "OPP")]


def test_a_group_named_with_digits_is_known():
    attack = only("M23 rebels attacked an army position near Rutshuru.", "ASSAULT")
    assert [(a.country, a.sector) for a in attack.actor] == [("COD", "REB")]


def test_the_dead_of_shot_dead_is_not_part_of_the_victims_name():
    attack = only("Soldiers shot dead three protesters in Conakry.", "ASSAULT")
    assert [r.text for r in attack.recipient] == ["three protesters"]


def test_clashes_between_two_groups_that_killed_people_are_one_clash_of_both():
    events = code("Clashes between herders and farmers killed nine people in Plateau state on Sunday.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert [(a.text, a.country) for a in events[0].actor] == [("herders", "NGA"), ("farmers", "NGA")]


def test_an_air_strike_that_left_people_dead_is_an_attack_on_them():
    attack = only("A drone strike left four fishermen dead in Aden.", "ASSAULT")
    assert [r.country for r in attack.recipient] == ["YEM"]


def test_a_storm_that_left_people_dead_is_no_event():
    assert code("The cyclone left eleven people dead in Mozambique.") == []


def test_a_completed_pullback_is_a_withdrawal():
    retreat = only("Croatian units completed their pullback from the buffer zone.", "RETREAT")
    assert [a.country for a in retreat.actor] == ["HRV"]


def test_evacuating_ones_troops_from_a_place_withdraws_them_from_it():
    retreat = only("Ukraine evacuated its soldiers from Mariupol.", "RETREAT")
    assert [r.text for r in retreat.recipient] != ["its soldiers"]


def test_vowing_to_crush_a_rebellion_is_a_threat():
    only("The junta leader vowed to crush the uprising in the north.", "THREATEN")


def test_crushing_rivals_in_sales_is_no_event():
    assert code("The carmaker crushed its rivals in sales last year.") == []


def test_warning_that_it_would_close_a_strait_is_a_threat():
    only("Yemen's rebels warned that they would close the Bab el-Mandeb strait.", "THREATEN")


def test_closing_a_border_restricts_the_neighbour():
    closure = only("Burkina Faso closed its border with Niger on Friday.", "COERCE")
    assert closure.mode == "restrict"
    assert [r.country for r in closure.recipient] == ["NER"]


def test_a_state_that_rejects_a_proposal_does_not_reject_itself():
    rejection = only("Venezuela rejected the proposal on Tuesday.", "REJECT")
    assert rejection.recipient == []


def test_a_state_that_sends_warships_with_no_destination_country_mobilizes_against_no_one():
    mobilization = only("Italy sent two frigates to the central Mediterranean.", "MOBILIZE")
    assert [r.country for r in mobilization.recipient] == []


def test_soldiers_acting_at_home_with_no_target_act_on_the_country_not_its_government():
    seizure = only("Soldiers seized a large arms cache in Gao on Monday.", "COERCE")
    assert [(r.country, r.sector) for r in seizure.recipient] == [("MLI", None)]


def test_a_town_the_parser_takes_for_a_people_is_still_the_place():
    seizure = only("Soldiers seized a large arms cache in Kidal on Monday.", "COERCE")
    assert seizure.event_loc is not None and seizure.event_loc.name == "Kidal"


def test_a_language_is_no_place():
    events = code("The commander told reporters in Turkish that his men had shelled the airport in Kobani.")
    assert events and all(e.event_loc is None or e.event_loc.country == "SYR" for e in events)


def test_troops_on_alert_at_home_are_aimed_at_no_one():
    alert = only("Thai troops remained on high alert along the frontier.", "MOBILIZE")
    assert alert.recipient == []


def test_refusing_to_meet_demands_is_a_negated_concession_to_those_who_made_them():
    events = [e for e in code("The government said it would not meet the strikers' demands.") if e.event == "CONCEDE"]
    assert [(e.status, [r.sector for r in e.recipient]) for e in events] == [("negated", ["LAB"])]


def test_shot_and_killed_is_one_attack_on_the_victim():
    events = code("Gunmen shot and killed a schoolteacher in Zaria on Friday.")
    assert [(e.event, [r.text for r in e.recipient]) for e in events] == [("ASSAULT", ["a schoolteacher"])]


def test_a_national_army_named_by_its_acronym_is_that_countrys_military():
    attack = only("Fano fighters ambushed ENDF soldiers near Gondar.", "ASSAULT")
    assert [(r.country, r.sector) for r in attack.recipient] == [("ETH", "MIL")]


def test_a_landmine_that_exploded_is_an_attack_by_whoever_planted_it():
    attack = only("A landmine planted by insurgents exploded near Gwoza, killing three farmers.", "ASSAULT")
    assert [a.text for a in attack.actor] == ["insurgents"]


def test_a_withdrawal_held_over_a_government_is_a_threat():
    threat = only("Burundi announced that it will withdraw its troops from Somalia unless it is paid.", "THREATEN")
    assert [a.country for a in threat.actor] == ["BDI"]


def test_a_boycott_announced_by_those_who_will_make_it_is_a_threat():
    only("The opposition said it would boycott all talks with the ruling party.", "THREATEN")


def test_a_boycott_made_is_a_protest():
    only("Students boycotted classes in Dhaka on Monday.", "PROTEST")


def test_a_boycotted_meeting_is_a_refusal_to_meet():
    refusal = only("Opposition deputies boycotted the budget talks with the cabinet on Tuesday.", "REJECT")
    assert [a.sector for a in refusal.actor] == ["LEG"]  # (parliament's deputies, not a sheriff's)
    only("Qatar and Oman boycotted the Arab summit in Baghdad.", "REJECT")


def test_a_complaint_to_the_un_about_raids_targets_who_made_them():
    complaint = only("Jordan complained to the Security Council about Syrian air raids on its border.", "ACCUSE")
    assert [r.country for r in complaint.recipient] == ["SYR"]


def test_a_complaint_with_no_party_behind_its_cause_keeps_its_addressee():
    complaint = only("Ecuador complained to Colombia about the border incident.", "ACCUSE")
    assert [r.country for r in complaint.recipient] == ["COL"]


def test_troops_reinforced_abroad_are_a_mobilization_against_the_country_they_are_in():
    mobilization = only("Turkey has strengthened its forces in northern Iraq.", "MOBILIZE")
    assert [r.country for r in mobilization.recipient] == ["IRQ"]


def test_a_stranger_introduced_as_a_un_official_is_the_uns():
    request = only("Ruth Kane, the UN humanitarian chief, demanded that the parties let aid into Marib.", "REQUEST")
    assert [a.country for a in request.actor] == ["UNO"]


def test_a_minister_who_denies_a_report_denies_it_to_no_one():
    denial = only("Omar Haddad, the Libyan interior minister, denied the report on Monday.", "REJECT")
    assert denial.recipient == []


def test_a_preposition_of_time_before_the_verb_is_no_particle_of_it():
    events = code("On Thursday Boris Johnson fired off an angry letter.")
    assert all(e.event != "ASSAULT" for e in events)
    assert all(a.text == "Boris Johnson" for e in events for a in e.actor)


def test_fighters_from_a_named_group_are_the_groups():
    attack = only("Fighters from the Free Syrian Army attacked a Kurdish checkpoint near Manbij.", "ASSAULT")
    assert [(a.country, a.sector) for a in attack.actor] == [("SYR", "REB")]


def test_people_killed_fighting_a_group_are_its_victims_not_its_attackers():
    attack = only("Four Australians killed fighting the Taliban were buried on Friday.", "ASSAULT")
    assert attack.actor == [] and [r.country for r in attack.recipient] == ["AUS"]


def test_whom_a_fighter_fights_for_is_not_his_target():
    attack = only("The Danish volunteer fought for the Peshmerga against Isis near Mosul.", "ASSAULT")
    assert [r.country for r in attack.recipient] == ["IMG"]


def test_who_after_a_with_phrase_is_the_person_not_the_attribute():
    attack = only("She married a Belgian fighter with Tunisian roots, who was killed later in a Russian airstrike.",
                  "ASSAULT")
    assert [r.country for r in attack.recipient] == ["BEL"]


def test_a_coalition_led_by_a_state_is_that_states():
    attack = only("A coalition of African states led by Nigeria launched air strikes against the rebels.", "ASSAULT")
    assert [a.country for a in attack.actor] == ["NGA"]


def test_a_legislature_that_convenes_holds_no_talks():
    assert code("The new parliament convened on Thursday.") == []


def test_a_camp_that_welcomed_refugees_praised_no_one():
    assert all(e.event != "SUPPORT" for e in code("The camp welcomed 300,000 refugees fleeing the war."))


def test_a_visitor_arriving_in_a_country_visits_it():
    visit = only("The AU envoy arrived in Khartoum on Monday.", "CONSULT")
    assert [r.country for r in visit.recipient] == ["SDN"]


def test_a_delegation_arriving_home_visits_no_one():
    visit = only("A Sudanese delegation arrived in Khartoum on Monday.", "CONSULT")
    assert visit.recipient == []


def test_a_suspended_sentence_is_a_concession_not_a_sanction():
    events = code("A Kenyan court suspended the remainder of his sentence on Monday.")
    assert [e.event for e in events] == ["CONCEDE"]


def test_whoever_withdraws_from_a_country_is_not_of_it():
    retreat = only("The president plans to withdraw all French troops from Niger.", "RETREAT")
    assert all(a.country != "NER" for a in retreat.actor)


def test_a_person_captured_is_detained_not_a_town_taken():
    events = code("Juan Ortega, who was captured in Caracas in the same month, was jailed.")
    assert events and all(e.mode != "occupy" for e in events)


def test_a_ministry_named_with_and_is_one_ministry_named_once():
    events = code("The Ministry of Foreign Affairs and Trade accused Pyongyang of hacking its networks.")
    assert [a.text for e in events for a in e.actor] == ["The Ministry of Foreign Affairs and Trade"]


def test_a_travel_warning_threatens_no_one():
    assert code("The Ministry of Foreign Affairs and Trade warned against all travel to Yemen.") == []


def test_motorcycle_riders_protesting_are_civilians_of_the_place():
    protest = only("About 200 motorcycle taxi riders protested in Gulu over new fees.", "PROTEST")
    assert [(a.country, a.sector) for a in protest.actor] == [("UGA", "CVL")]


def test_members_of_a_labour_congress_are_labour():
    protest = only("Members of the Ghana Labour Congress marched in Accra against the new levy.", "PROTEST")
    assert [(a.country, a.sector) for a in protest.actor] == [("GHA", "LAB")]


def test_residents_barricading_roads_protest():
    assert only("Angry residents barricaded the main road in Soweto with burning tyres.", "PROTEST")


def test_police_dispersing_workers_coerce_them():
    dispersal = only("Police dispersed nurses with tear gas in Nairobi.", "COERCE")
    assert [r.sector for r in dispersal.recipient] == ["HLH"]


def test_traders_observing_a_strike_protest_but_jets_launching_one_attack():
    assert only("Shopkeepers observed a general strike in Srinagar on Monday.", "PROTEST").mode == "strike"
    assert only("Turkish jets launched a strike on a village in Duhok.", "ASSAULT")


def test_killing_or_shooting_oneself_is_no_attack_but_blowing_oneself_up_is():
    assert not [e for e in code("The jailed general shot himself in his cell in Harare.") if e.event == "ASSAULT"]
    assert not [e for e in code("The former minister killed himself in prison.") if e.event == "ASSAULT"]
    assert only("A suicide bomber blew himself up at a market in Maiduguri.", "ASSAULT").mode == "suicide"


def test_backers_named_by_a_participle_on_the_object_are_no_target():
    shelling = only("Ethiopian troops continue to pound the area, backed by Eritrean allies.", "ASSAULT")
    assert "ERI" not in {r.country for r in shelling.recipient}


def test_an_accidental_explosion_that_destroys_a_building_is_no_event_but_a_mine_blast_attacks():
    assert code("A gas explosion destroyed a building in Samara.") == []
    assert code("A coal mine blast killed 12 miners in Shanxi.") == []
    assert only("A mine blast killed three soldiers near Kidal.", "ASSAULT")


@pytest.mark.parametrize("text, visitor, host", [
    ("Former Chilean president Michelle Bachelet visited Caracas on Monday.", "CHL", "VEN"),
    ("Zimbabwean opposition leader Nelson Chamisa visited Pretoria on Monday.", "ZWE", "ZAF"),
    ("Houthi rebel leaders visited Tehran on Monday.", "YEM", "IRN"),
])
def test_a_former_leader_an_opposition_leader_or_rebels_visiting_a_capital_visit_it(text, visitor, host):
    visit = only(text, "CONSULT")
    assert visitor in countries(visit.actor) and countries(visit.recipient) == [host]


def test_tourists_visiting_a_town_visit_no_one():
    assert not [e for e in code("Tourists visited Petra on Monday.") if e.event == "CONSULT"]


def test_an_attacks_toll_told_in_two_participles_is_one_attack():
    events = code("Rebels attacked a police station in Beni on Monday, killing four officers and wounding nine.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_arrests_told_after_a_crackdown_stay_an_event_of_their_own():
    events = code("Police fired tear gas at students in Dhaka, injuring 12 and arresting 30.")
    assert [e.event for e in events if e.event == "COERCE"] == ["COERCE", "COERCE"]


def test_whom_an_attack_on_a_building_killed_are_its_target():
    attack = only("Gunmen stormed a mosque in Kano on Friday, killing 12 worshippers.", "ASSAULT")
    assert [(r.country, r.sector) for r in attack.recipient] == [("NGA", "REL")]


def test_an_attack_on_a_town_that_killed_people_is_placed_in_the_town():
    attack = only("Four traders were killed in an attack on Baidoa on Monday.", "ASSAULT")
    assert attack.event_loc is not None and attack.event_loc.country == "SOM"


def test_guards_and_officers_killed_by_an_attack_are_its_target():
    attack = only("An attack on the governor's convoy killed two guards on Monday.", "ASSAULT")
    assert [r.sector for r in attack.recipient] == ["COP"]


def test_deaths_where_two_sides_clashed_are_by_neither_side_named():
    killing = [e for e in code("Miners clashed with police in Marikana, where two teenagers were killed.")
               if e.trigger == "killed"]
    assert len(killing) == 1 and killing[0].actor == []
    assert [(r.country, r.sector) for r in killing[0].recipient] == [("ZAF", "CVL")]


def test_a_participle_opening_the_sentence_tells_what_its_subject_suffered():
    abduction = only("Abducted near Maiduguri in 2016, the two girls spent three years in captivity.", "ASSAULT")
    assert abduction.actor == [] and [r.sector for r in abduction.recipient] == ["CVL"]


def test_protesters_dispersed_as_they_marched_are_whom_the_police_dispersed():
    dispersal = only("Riot police dispersed students marching in Dhaka on Sunday.", "COERCE")
    assert [r.sector for r in dispersal.recipient] == ["EDU"]
