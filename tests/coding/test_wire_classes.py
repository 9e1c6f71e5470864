"""Wire-copy phrasings of CAMEO's yielding, demanding, aiding and demobilising codes that the coder read as
nothing or as another category (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


def test_calling_for_a_state_to_act_asks_that_state():
    demand = only("Bulgaria called for Romania to reopen the bridge over the Danube.", "REQUEST")
    assert [r.country for r in demand.recipient] == ["ROU"]


def test_sending_tonnes_of_supplies_is_aid_to_whom_they_go():
    aid = only("Norway sent 40 tonnes of medical supplies to flood victims in Pakistan.", "AID")
    assert [r.country for r in aid.actor] == ["NOR"] and [r.country for r in aid.recipient] == ["PAK"]


def test_returning_bodies_or_prisoners_concedes():
    release = only("Ukraine returned the bodies of twelve Russian soldiers.", "CONCEDE")
    assert release.mode == "release"


def test_returning_home_or_to_a_city_concedes_nothing():
    assert not [e for e in code("The envoy returned to Addis Ababa on Monday.") if e.event == "CONCEDE"]
    assert not [e for e in code("The exiled senator returned home from Chile.") if e.event == "CONCEDE"]


def test_armed_men_surrendering_retreat_but_yielding_to_demands_concedes():
    assert only("Dozens of Abu Sayyaf fighters surrendered to the army in Sulu.", "RETREAT").mode == "withdraw"
    assert only("The cabinet surrendered to the strikers' demands on Friday.", "CONCEDE")


def test_laying_down_arms_and_dismantling_roadblocks_demobilise():
    assert only("The Naga rebels laid down their weapons at a ceremony in Kohima.", "RETREAT").mode == "demobilize"
    assert only("Armenian troops dismantled their checkpoints along the road.", "RETREAT")


def test_executing_a_prisoner_is_a_killing_but_executing_a_plan_is_no_attack():
    killing = only("Saudi Arabia executed a Yemeni man convicted of smuggling.", "ASSAULT")
    assert killing.mode == "execution"
    assert not [e for e in code("The ministry executed its plan to rebuild the port.") if e.event == "ASSAULT"]


def test_a_warning_hung_on_the_name_before_it_still_threatens():
    threat = only("Belarus warned Lithuania of retaliation over the closure of the border.", "THREATEN")
    assert [r.country for r in threat.recipient] == ["LTU"]


def test_establishing_cooperation_cooperates():
    assert only("Chile and Argentina established cooperation on Antarctic research.", "COOPERATE")


def test_missiles_launched_at_a_place_attack_it_but_into_the_sea_are_a_show_of_force():
    attack = only("Hezbollah launched rockets at the Israeli town of Kiryat Shmona.", "ASSAULT")
    assert [r.country for r in attack.recipient] == ["ISR"]
    assert only("Iran launched two ballistic missiles into the sea during drills.", "MOBILIZE")
    assert not [e for e in code("Iran launched two ballistic missiles into the sea during drills.") if e.event == "ASSAULT"]


def test_filing_a_case_against_a_state_accuses_it():
    accusation = only("Gambia filed a case against Myanmar at the world court.", "ACCUSE")
    assert [r.country for r in accusation.recipient] == ["MMR"]


def test_distributing_tents_and_food_is_aid():
    assert only("The Red Crescent distributed tents and food to displaced families in Aleppo.", "AID")


def test_dissolving_parties_restricts_them():
    assert only("Mali's military rulers dissolved all political parties.", "COERCE").mode == "restrict"


def test_revoking_or_cancelling_agreements_reduces_relations():
    assert only("Burkina Faso revoked its military agreement with France.", "SANCTION").mode == "relations"
    assert only("Turkey cancelled the defence deal with Israel.", "SANCTION")


def test_a_call_whose_parse_hangs_for_on_another_clause_is_no_demand():
    assert not [e for e in code("The UN's calls for a truce are ignored.") if e.event == "REQUEST"]


def test_saying_a_party_was_responsible_or_behind_accuses_it():
    blame = only("Yerevan said Baku was responsible for the shelling of the village.", "ACCUSE")
    assert [r.country for r in blame.recipient] == ["AZE"]
    assert only("Kenyan police said al-Shabaab was behind the hotel attack.", "ACCUSE")


def test_a_duty_denied_or_a_stay_behind_bars_blames_no_one():
    for text in ("Yerevan said Baku was not responsible for the shelling.",
                 "The minister said the army was responsible for security at the border.",
                 "The judge said the suspect must stay behind bars until the trial."):
        assert not [e for e in code(text) if e.event == "ACCUSE"], text


def test_yielding_to_pressure_concedes():
    assert only("Romania's government bowed to public pressure and withdrew the decree.", "CONCEDE")
    assert only("Ecuador abandoned its plan to raise fuel prices after the protests.", "CONCEDE")
    assert only("The cabinet agreed to the demands of the striking doctors.", "CONCEDE")


def test_lifting_a_siege_de_escalates_but_lifting_a_curfew_eases():
    assert only("Serbian forces lifted the siege of the town of Knin.", "RETREAT")
    assert only("Authorities lifted the curfew in Kampala.", "CONCEDE").mode == "ease"


def test_vacating_positions_and_scaling_back_drills_de_escalate():
    assert only("Kyrgyz troops vacated their positions along the disputed border.", "RETREAT")
    assert only("Japan scaled back its naval exercises near the islands.", "RETREAT")


def test_calling_up_reservists_mobilises_and_banning_imports_sanctions():
    assert only("Serbia called up 10,000 reservists on Sunday.", "MOBILIZE")
    assert only("Ukraine banned imports of Russian fuel.", "SANCTION").mode == "economic"


def test_the_commonwealth_and_the_group_of_seven_are_international_bodies():
    suspension = only("The Commonwealth suspended Fiji's membership.", "SANCTION")
    assert [a.country for a in suspension.actor] == ["IGO"]


def test_the_pope_is_the_holy_see_of_his_day():
    appeal = only("Pope Francis appealed for peace in South Sudan on Sunday.", "REQUEST", published="2023-02-06")
    assert [(a.country, a.sector) for a in appeal.actor] == [("VAT", "REL")]


def test_truckers_and_indigenous_groups_are_parties():
    strike = only("Truckers in Chile went on strike over fuel prices.", "PROTEST")
    assert [(a.country, a.sector) for a in strike.actor] == [("CHL", "LAB")]
    assert only("Indigenous groups blocked the main highway in Imbabura, Ecuador.", "PROTEST")


def test_approving_a_bid_to_join_agrees():
    assert only("Hungary approved Finland's bid to join NATO.", "AGREE")


def test_a_strike_that_damages_something_is_the_attack_of_whose_strike_it_was():
    attack = only("A Turkish drone strike damaged a hospital in Qamishli.", "ASSAULT")
    assert [a.country for a in attack.actor] == ["TUR"]
    assert not [e for e in code("A Turkish drone strike damaged a hospital in Qamishli.") if e.event == "COERCE"]


def test_fighting_between_two_sides_that_killed_people_is_their_clash():
    clash = only("Fighting between the army and Tuareg rebels killed 14 people near Kidal.", "ASSAULT")
    assert {(a.country, a.sector) for a in clash.actor} == {("MLI", "MIL"), ("MLI", "REB")}


def test_a_group_claiming_an_attack_made_it():
    attack = only("The Pakistani Taliban claimed the attack on a police post in Bannu.", "ASSAULT")
    assert [a.country for a in attack.actor] == ["PAK"]


def test_protesters_setting_up_roadblocks_protest():
    assert only("Bolivian farmers set up roadblocks across the Altiplano.", "PROTEST")


def test_hitting_out_at_a_state_accuses_it_and_police_charging_people_too():
    assert [r.country for r in only("India hit out at Canada over the diplomat's expulsion.", "ACCUSE").recipient] == ["CAN"]
    charge = only("Dutch prosecutors charged three Russians over the downing of the airliner.", "ACCUSE")
    assert [r.country for r in charge.recipient] == ["RUS"]


def test_warning_of_what_will_befall_a_party_threatens_but_a_forecast_does_not():
    threat = only("Seoul warned that Pyongyang would pay a heavy price for any provocation.", "THREATEN")
    assert [r.country for r in threat.recipient] == ["PRK"]
    assert not [e for e in code("The UN warned that the war would spread to Lebanon.") if e.event == "THREATEN"]


def test_threatening_that_a_party_will_pay_a_price_threatens_that_party():
    threat = only("Ankara threatened that Damascus would pay a heavy price for the shelling.", "THREATEN")
    assert [r.country for r in threat.recipient] == ["SYR"]


def test_a_call_and_the_views_exchanged_in_it_are_one_consultation_with_the_partner():
    talks = code("Scholz spoke to Macron by phone and exchanged views on Ukraine.")
    consult = [e for e in talks if e.event == "CONSULT"]
    assert len(consult) == 1
    assert sorted(p.country for p in consult[0].actor + consult[0].recipient) == ["DEU", "FRA"]
    assert "UKR" not in [p.country for p in consult[0].actor + consult[0].recipient]


def test_the_government_and_the_rebels_signing_where_they_are_are_both_of_that_country():
    truce = only("The government and the rebels signed a ceasefire agreement in Juba.", "AGREE")
    assert sorted(p.country for p in truce.actor) == ["SSD", "SSD"]


def test_a_group_saying_they_would_not_negotiate_refuses_and_its_condition_is_no_event():
    events = code("The Houthis said they would not negotiate with the Saudis until the air strikes stopped.")
    talks = [e for e in events if e.event == "CONSULT"]
    assert [(e.status, [a.country for a in e.actor][:1]) for e in talks] == [("negated", ["YEM"])]
    assert not [e for e in events if e.status == "asserted"]


def test_never_accepting_a_claim_to_sovereignty_is_a_refusal():
    refusal = [e for e in code("Argentina said it would never accept British sovereignty over the islands.")
               if e.status == "negated"]
    assert [e.event for e in refusal] == ["AGREE"]


def test_releasing_an_aid_worker_frees_a_person_but_releasing_aid_funds_aids():
    assert only("Iran released a detained Belgian aid worker on Friday.", "CONCEDE").mode == "release"
    assert only("The EU released 300 million euros in aid to Lebanon.", "AID")


def test_warning_a_state_it_would_be_met_with_fire_threatens_it():
    threat = only("Ankara warned Athens it would be met with force.", "THREATEN")
    assert [r.country for r in threat.recipient] == ["GRC"]
    assert not [e for e in code("Ankara warned Athens it would be met with force.") if e.event == "CONSULT"]


def test_being_met_with_tear_gas_or_scepticism_is_no_meeting():
    assert not [e for e in code("The marchers were met with tear gas in Lima.") if e.event == "CONSULT"]
    assert not [e for e in code("The proposal was met with scepticism in Bonn.") if e.event == "CONSULT"]


def test_giving_in_to_demands_concedes():
    assert only("The Chilean cabinet gave in to the truckers' demands.", "CONCEDE")


def test_handing_in_weapons_demobilises():
    assert only("Two hundred ELN fighters handed in their rifles on Monday.", "RETREAT").mode == "demobilize"


def test_airdropping_food_is_humanitarian_aid():
    aid = only("Jordanian planes airdropped food to families in northern Gaza.", "AID")
    assert aid.mode == "humanitarian" and [a.country for a in aid.actor] == ["JOR"]


def test_sealing_a_border_or_a_town_restricts_movement():
    closure = only("Uzbekistan sealed its border with Tajikistan on Monday.", "COERCE")
    assert closure.mode == "restrict" and [r.country for r in closure.recipient] == ["TJK"]
    assert only("Troops sealed off the town of Kupwara.", "COERCE").event_loc is not None


def test_sealing_a_deal_still_agrees():
    assert only("Lula and Macri sealed the deal in Brasilia.", "AGREE")


def test_dismissing_findings_or_concerns_rejects_them():
    refusal = only("Belgrade dismissed the findings of an OSCE report on the vote.", "REJECT")
    assert [a.country for a in refusal.actor] == ["SRB"]
    assert only("Hanoi dismissed concerns raised by Beijing.", "REJECT")


def test_saying_a_state_will_face_retaliation_threatens_it():
    threat = only("India will face retaliation if it crosses the line, Pakistan's army chief said.", "THREATEN")
    assert [r.country for r in threat.recipient] == ["IND"]


def test_reaffirming_friendship_supports():
    support = only("Moscow reaffirmed its friendship with Hanoi.", "SUPPORT")
    assert [r.country for r in support.recipient] == ["VNM"]


def test_consenting_to_do_something_agrees():
    assert only("Ecuador consented to reopen the border talks with Peru.", "AGREE").actor[0].country == "ECU"


def test_the_support_a_party_has_or_enjoys_is_given_by_the_of_phrase():
    event = only("The junta enjoys the support of Moscow.", "SUPPORT")
    assert [a.country for a in event.actor] == ["RUS"] and [r.text for r in event.recipient] == ["The junta"]
    event = only("President Ruto received the backing of Tanzania.", "SUPPORT")
    assert [a.country for a in event.actor] == ["TZA"] and [r.country for r in event.recipient] == ["KEN"]


def test_the_release_a_party_secured_is_no_support():
    assert not [e for e in code("Oman secured the release of two French hostages.") if e.event == "SUPPORT"]


def test_strengthening_ones_defences_mobilizes():
    assert only("Lithuania enhanced its air defences along the border.", "MOBILIZE").actor[0].country == "LTU"
    assert only("Finland boosted its border defences.", "MOBILIZE")


def test_declining_to_act_or_declining_an_offer_rejects_it():
    refusal = only("The Malian junta declined to renew the mandate of the UN mission.", "REJECT")
    assert [a.country for a in refusal.actor] == ["MLI"]
    declined = only("Armenia declined a Turkish invitation to the conference.", "REJECT")
    assert [r.country for r in declined.recipient] == ["TUR"]
    assert not [e for e in code("The spokesman declined to comment on the report.") if e.event == "REJECT"]


def test_ignoring_calls_or_a_deadline_rejects_them():
    ignored = only("Belarus ignored calls from the European Union to free the protesters.", "REJECT")
    assert [a.country for a in ignored.actor] == ["BLR"]


def test_returning_a_captured_captain_releases_him():
    returned = only("Vietnam returned the Cambodian ship captain to Phnom Penh.", "CONCEDE")
    assert "KHM" in [r.country for r in returned.recipient]


@pytest.mark.parametrize("text, category", [
    ("The Kenyan army sent an armoured convoy into Somalia.", "MOBILIZE"),
    ("Ethiopia sent a military convoy across the border into Sudan.", "MOBILIZE"),
    ("The Red Crescent sent an aid convoy to Mosul.", "AID"),
])
def test_a_military_convoy_sent_abroad_mobilizes_an_aid_convoy_aids(text, category):
    assert [e.event for e in code(text)] == [category]


def test_halting_a_contested_programme_concedes_and_refusing_to_rejects():
    assert only("Brazil froze its uranium enrichment programme in 1990.", "CONCEDE")
    refusal = code("Islamabad said it would not halt nuclear testing despite American pressure.")
    assert [e.status for e in refusal if e.event == "CONCEDE"] == ["negated"]


def test_halting_anothers_expansion_concedes_nothing():
    assert not [e for e in code("The offensive aimed to halt Kurdish expansion along the river.")
                if e.event == "CONCEDE"]


def test_handing_over_a_territory_yields_it_to_whom_it_goes():
    handover = only("Britain will hand over the colony of Hong Kong to China in 1997.", "CONCEDE", published="1995-03-01")
    assert "CHN" in [r.country for r in handover.recipient] and handover.status == "planned"


def test_handing_back_prisoners_releases_them():
    release = only("Eritrea handed back 300 Ethiopian prisoners on Friday.", "CONCEDE", published="2002-03-01")
    assert release.mode == "release"


@pytest.mark.parametrize("sentence", [
    "Britain flew 800 paratroopers into Freetown to evacuate its citizens.",
    "Syria massed three armoured divisions along the Jordanian border.",
])
def test_troops_flown_in_or_massed_mobilize(sentence):
    assert only(sentence, "MOBILIZE", published="2000-05-10")


@pytest.mark.parametrize("sentence", [
    "Estonia and Latvia formed a joint battalion for peacekeeping duties.",
    "Chile and Peru set up a joint agency to monitor fishing in their waters.",
])
def test_joint_bodies_and_searches_of_two_states_are_cooperation(sentence):
    cooperation = only(sentence, "COOPERATE", published="1998-05-10")
    assert len({a.country for a in cooperation.actor}) == 2


def test_defending_a_state_against_criticism_supports_it():
    support = only("Beijing defended Khartoum against western criticism on Monday.", "SUPPORT", published="2004-05-10")
    assert [r.country for r in support.recipient] == ["SDN"]


def test_civilians_blockading_parliament_protest():
    protest = only("Hundreds of farmers blockaded parliament in Warsaw on Monday.", "PROTEST", published="1999-05-10")
    assert [a.country for a in protest.actor] == ["POL"]


def test_warning_a_state_of_a_measure_the_speaker_would_take_threatens_it():
    threat = only("Ankara warned Athens it would suspend the talks unless the flights stopped.", "THREATEN",
                  published="1996-05-10")
    assert [a.country for a in threat.actor] == ["TUR"] and [r.country for r in threat.recipient] == ["GRC"]


def test_warning_of_what_others_would_do_is_no_threat():
    assert not [e for e in code("The minister warned that prices would freeze if the strike continued.")
                if e.event == "THREATEN"]


def test_food_shipped_to_a_state_is_aid():
    aid = only("Japan shipped 50,000 tonnes of rice to Indonesia after the drought.", "AID", published="1998-05-10")
    assert [r.country for r in aid.recipient] == ["IDN"]


def test_closing_newspapers_censors():
    closure = only("Algerian authorities closed three independent newspapers on Monday.", "COERCE",
                   published="1996-05-10")
    assert closure.mode == "censor" and [a.country for a in closure.actor] == ["DZA"]


def test_a_day_between_a_refusal_and_its_complement_does_not_hide_whom_it_refused():
    refusal = only("Syria on Tuesday refused to let OPCW inspectors enter the town of Douma.", "REJECT")
    assert [r.text for r in refusal.recipient] == ["OPCW inspectors"]


def test_a_people_throwing_stones_at_soldiers_riot():
    riot = only("Hundreds of Kurds threw stones at Turkish soldiers in Cizre on Sunday.", "PROTEST")
    assert riot.mode == "riot"
    assert [r.country for r in riot.recipient] == ["TUR"]


def test_a_resignation_handed_in_is_a_retreat_from_office_not_a_disarmament():
    resignation = only("Peru's interior minister handed in his resignation on Tuesday.", "RETREAT")
    assert resignation.mode is None
