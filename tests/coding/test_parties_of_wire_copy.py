"""The sides of short wire reports: whom a recalled envoy, a lifted emergency or a threat concerns."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_recalled_ambassador_targets_host_not_own_envoy():
    recall = only("Peru recalled its ambassador from Venezuela on Monday.", "SANCTION")
    assert countries(recall.actor) == ["PER"]
    assert countries(recall.recipient) == ["VEN"]


def test_envoy_recalled_from_a_capital_targets_that_capital_s_country():
    recall = only("Chile has recalled its envoy in Caracas for consultations.", "SANCTION")
    assert countries(recall.recipient) == ["VEN"]


def test_envoy_recalled_with_no_host_named_leaves_the_target_unknown():
    recall = only("Kenya recalled its ambassador on Friday.", "SANCTION")
    assert recall.recipient == []


def test_expelled_foreign_diplomats_are_still_the_target():
    expulsion = only("Mexico expelled the North Korean ambassador on Friday.", "SANCTION")
    assert countries(expulsion.recipient) == ["PRK"]


def test_lifted_state_of_emergency_is_no_party_and_eases_the_country():
    easing = only("Ethiopia lifted the state of emergency on Tuesday.", "CONCEDE")
    assert [(r.country, r.sector) for r in easing.recipient] == [("ETH", None)]
    assert "emergency" not in " ".join(r.text for r in easing.recipient)


def test_threat_with_no_target_is_not_aimed_at_the_threateners_own_government():
    threat = only("Iran threatened to retaliate on Sunday.", "THREATEN")
    assert countries(threat.actor) == ["IRN"]
    assert threat.recipient == []


def test_threatened_martial_law_falls_on_the_country_at_home():
    threat = only("The Bolivian cabinet said on Monday that it was ready to impose martial law in La Paz.", "THREATEN")
    assert countries(threat.recipient) == ["BOL"]


def test_an_unplaced_accuser_is_not_of_the_country_it_accuses():
    accusation = only("A district official accused Rwanda of arming the rebels.", "ACCUSE")
    assert countries(accusation.actor) == []
    assert countries(accusation.recipient) == ["RWA"]


def test_the_opposition_accusing_its_government_stays_of_that_country():
    accusation = only("The union accused the government of Ghana of breaking its promises.", "ACCUSE")
    assert countries(accusation.actor) == ["GHA"]


def test_two_leaders_read_as_one_name_are_two_parties_of_their_own_countries():
    talks = only("Justin Trudeau and Theresa May on Monday discussed trade.", "CONSULT", published="2018-05-01")
    assert countries(talks.actor) == ["CAN", "GBR"]


def test_an_organisation_named_with_and_stays_one_party():
    accusation = only("The Food and Drug Administration accused two Chinese firms of selling fake vaccines.", "ACCUSE")
    assert [a.text for a in accusation.actor] == ["The Food and Drug Administration"]


def test_strangers_meeting_in_a_capital_are_not_both_of_its_country():
    talks = only("Prime Minister Abe and President Moon held talks in Tokyo.", "CONSULT", published="2018-05-01")
    assert countries(talks.actor) == []


@pytest.mark.parametrize("warning", [
    "Beijing warned on Friday that it would take countermeasures.",
    "The Kremlin warned that it would respond with force.",
    "Pakistan warned that it would respond militarily to any incursion.",
])
def test_a_warning_that_the_speaker_will_strike_back_is_a_threat(warning):
    threat = only(warning, "THREATEN")
    assert threat.actor and threat.actor[0].country in ("CHN", "RUS", "PAK")
    assert all(r.sector != "MIL" for r in threat.recipient)  # the force it would use is no side


def test_countermeasures_taken_are_a_sanction():
    sanction = only("Beijing took countermeasures against three American firms on Monday.", "SANCTION")
    assert countries(sanction.actor) == ["CHN"]


def test_the_group_s_spokesman_is_of_the_group_named_before():
    denial = only("Boko Haram released a video on Sunday. The group's spokesman denied that it had killed the hostages.",
                  "REJECT")
    assert [(a.country, a.sector) for a in denial.actor] == [("NGA", "REB")]


def test_the_leaders_of_a_stateless_group_take_its_code():
    refusal = only("Islamic State lost its last town on Sunday. The group's leaders refused to surrender.", "REJECT")
    assert countries(refusal.actor) == ["IMG"]


def test_cabinet_after_a_leader_is_of_the_leaders_government():
    deployment = only("The Kenyan president, William Ruto, chaired a meeting on Monday. The cabinet approved the "
                      "deployment of police officers to Haiti.", "MOBILIZE", published="2023-10-02")
    assert [(a.text, a.country) for a in deployment.actor] == [("The cabinet", "KEN")]


def test_who_sends_police_to_a_country_is_not_of_it():
    deployment = only("Cabinet approved the deployment of police officers to Haiti.", "MOBILIZE")
    assert countries(deployment.actor) == [] and countries(deployment.recipient) == ["HTI"]


def test_a_foreign_strike_with_no_named_target_falls_on_the_country_where_it_hit():
    strike = only("Saudi jets struck a wedding in northern Yemen on Monday.", "ASSAULT")
    assert countries(strike.actor) == ["SAU"] and countries(strike.recipient) == ["YEM"]


def test_people_killed_by_foreign_jets_are_of_the_other_country_named():
    text = "Ethiopian jets renewed their bombardment of southern Somalia, heavily attacking the town of Bardera, " \
        "killing four people."
    # (the toll is the bombardment's, one attack: its targets are Somalia's, none Ethiopia's)
    attacks = [e for e in code(text) if e.event == "ASSAULT"]
    assert len(attacks) == 1
    assert {r.country for r in attacks[0].recipient} == {"SOM"}


def test_who_speaks_of_an_attack_gives_its_victims_no_country():
    text = ("The Kenyan government said it had proof that Somali militants carried out the raid on Bardera, "
            "which killed at least nine people.")
    assert all(r.country != "KEN" for e in code(text) for r in e.recipient if r.sector == "CVL")


def test_condemning_a_states_suppression_targets_that_state():
    condemnation = only("Kenya condemned Uganda's suppression of the protests.", "ACCUSE")
    assert countries(condemnation.recipient) == ["UGA"]


def test_reinforcing_its_own_forces_abroad_concerns_the_country_they_are_in():
    build_up = only("Turkey has strengthened its forces in northern Iraq.", "MOBILIZE")
    assert countries(build_up.actor) == ["TUR"] and countries(build_up.recipient) == ["IRQ"]


def test_calling_for_sanctions_against_a_country_targets_it_not_the_caller():
    call = only("Archbishop Makgoba on Sunday called for sanctions against Zimbabwe.", "REQUEST")
    assert countries(call.recipient) == ["ZWE"] and countries(call.actor) == []


def test_critics_of_an_expulsion_are_no_side_of_it():
    expulsion = only("Sudan expelled the aid workers over the objections of the United Nations.", "COERCE")
    assert all(r.sector != "IGO" for r in expulsion.recipient)


def test_a_critic_named_aside_gives_the_attacks_target_no_country():
    shelling = only("Ethiopian troops, criticised by Kenya, shelled the town of Dolow on Monday.", "ASSAULT")
    assert "KEN" not in countries(shelling.recipient)


def test_who_is_criticised_in_a_reduced_relative_is_the_target_of_the_criticism():
    criticism = only("Ethiopian troops, criticised by Kenya, shelled the town of Dolow on Monday.", "ACCUSE")
    assert countries(criticism.actor) == ["KEN"] and countries(criticism.recipient) == ["ETH"]


def test_forces_withdrawn_in_an_of_phrase_made_the_withdrawal():
    # a nominalised move with no subject of its own: whose troops are moved moved them
    retreat = only("The withdrawal of Libyan troops from Chad began on Monday.", "RETREAT")
    assert countries(retreat.actor) == ["LBY"] and countries(retreat.recipient) == ["TCD"]
    deployment = only("The deployment of Ghanaian peacekeepers to Sierra Leone started last week.", "MOBILIZE")
    assert countries(deployment.actor) == ["GHA"] and countries(deployment.recipient) == ["SLE"]


def test_the_author_of_criticism_rejected_is_its_target():
    # (a critic in an adjunct, "despite criticism from X", stays no side)
    rejection = only("Hungary rejected Austrian criticism of its border fence.", "REJECT")
    assert countries(rejection.recipient) == ["AUT"]


def test_a_party_that_would_strike_back_if_another_attacked_threatens_that_other():
    threat = only("Armenia said it would retaliate if Azerbaijan shelled its villages.", "THREATEN")
    assert countries(threat.actor) == ["ARM"] and countries(threat.recipient) == ["AZE"]


@pytest.mark.parametrize("text, target", [
    ("Serbia threatened to use force if Montenegro declared independence.", "MNE"),
    ("Sudan threatened to send troops into Chad.", "TCD"),
])
def test_what_a_threat_would_use_or_send_is_its_means_not_its_target(text, target):
    threat = only(text, "THREATEN")
    assert countries(threat.recipient) == [target]


def test_a_refusal_to_deploy_troops_in_a_country_concerns_that_country():
    refusal = only("Egypt has refused to deploy troops in Yemen.", "REJECT")
    assert countries(refusal.recipient) == ["YEM"]


def test_harm_no_one_is_named_to_do_under_a_condition_is_no_threat():
    assert not [e for e in code("The depot would be targeted if Georgia were to retaliate.") if e.event == "THREATEN"]


def test_a_protest_outside_a_foreign_embassy_is_aimed_at_the_state_it_serves():
    outside = only("Hundreds of students demonstrated outside the Japanese embassy in Seoul on Tuesday.", "PROTEST")
    assert countries(outside.actor) == ["KOR"] and countries(outside.recipient) == ["JPN"]
    in_front = only("Protesters gathered in front of the French embassy in Bamako.", "PROTEST")
    assert countries(in_front.recipient) == ["FRA"]


def test_a_calm_asked_for_in_a_torn_country_is_asked_of_that_country():
    assert countries(only("Ghana's president called for a ceasefire in Liberia.", "REQUEST").recipient) == ["LBR"]
    assert countries(only("The Arab League urged restraint in Yemen.", "REQUEST").recipient) == ["YEM"]


def test_the_other_side_of_a_dispute_or_ties_one_acts_on_is_the_recipient():
    settled = only("Guyana agreed to refer its border dispute with Venezuela to arbitration.", "AGREE")
    assert "VEN" in countries(settled.actor + settled.recipient)
    suspended = only("Morocco suspended talks on a fisheries pact with Spain.", "SANCTION")
    assert countries(suspended.recipient) == ["ESP"]


def test_forces_alerted_after_anothers_act_face_whoever_did_it():
    alert = only("Kuwait put its troops on alert after Iraqi tanks crossed the frontier.", "MOBILIZE")
    assert countries(alert.recipient) == ["IRQ"]
    amid = only("Armenia mobilised reservists amid a border row with Azerbaijan.", "MOBILIZE")
    assert countries(amid.recipient) == ["AZE"]


def test_what_a_launch_without_a_known_actor_followed_gives_it_no_target():
    assert not [e for e in code("The operation was launched after Canada announced new border patrols.")
                if e.event == "MOBILIZE" and e.recipient]


def test_a_headline_listing_its_subjects_with_a_comma_names_both():
    deal = only("Peru, Chile agree to redraw maritime border", "AGREE")
    assert {"PER", "CHL"} <= set(countries(deal.actor + deal.recipient))


def test_whom_an_act_agreed_to_is_given_to_receives_the_agreement():
    promise = only("Syrian officials promised to give Red Cross teams access to the prisons.", "AGREE")
    assert promise.recipient and promise.recipient[0].sector in ("IGO", "NGO")


def test_drills_in_waters_facing_a_state_are_aimed_at_it():
    drills = only("Russia held naval drills in the sea facing Norway.", "MOBILIZE")
    assert countries(drills.recipient) == ["NOR"]


def test_the_government_a_named_rebel_leader_threatens_is_of_his_country():
    threat = only("Rebel leader Jonas Savimbi threatened to return to war unless the government freed his captured "
                  "commanders.", "THREATEN", published="1998-06-01")
    assert countries(threat.actor) == ["AGO"]
    assert countries(threat.recipient) == ["AGO"]


def test_a_dissident_a_named_president_frees_is_of_his_country():
    release = only("President Suharto freed a dissident journalist on Thursday.", "CONCEDE", published="1996-06-01")
    assert countries(release.recipient) == ["IDN"]


def test_the_army_that_fights_a_countrys_own_insurgents_is_of_that_country():
    killing = only("Security forces killed eight Free Aceh Movement guerrillas overnight.", "ASSAULT",
                   published="2001-06-01")
    assert countries(killing.actor) == ["IDN"]


def test_who_captured_a_foreigner_is_not_of_the_foreigners_country():
    capture = only("The Australian volunteer was captured by Kurdish forces in May.", "COERCE")
    assert "AUS" not in countries(capture.actor)


def test_the_leaders_of_a_region_are_not_of_the_insurgents_they_address():
    demand = only("West African leaders urged the NPFL to release the captured peacekeepers.", "REQUEST",
                  published="1996-06-01")
    assert countries(demand.actor) == []


def test_a_town_struck_before_its_province_seceded_is_of_the_state_it_then_belonged_to():
    shelling = only("Yugoslav army tanks shelled the Kosovo village of Junik on Sunday.", "ASSAULT",
                    published="1998-08-10")
    assert countries(shelling.actor) == ["SRB"]
    assert countries(shelling.recipient) in ([], ["SRB"])
    assert "XKX" not in countries(shelling.recipient)


def test_a_town_named_alone_is_of_the_state_it_belonged_to_on_the_day():
    # the gazetteer gives the town today's country: the party is the state of the article's day
    shelling = only("Serbian police shelled Decani on Sunday.", "ASSAULT", published="1998-08-10")
    assert countries(shelling.recipient) in ([], ["SRB"])


def test_a_frontier_where_troops_fought_names_no_target():
    raid = only("Laotian troops overran a rebel camp on the Thai border on Monday.", "ASSAULT", published="1995-04-03")
    assert countries(raid.actor) == ["LAO"]
    assert "THA" not in countries(raid.recipient)
