"""Short conflict reports in the style of event datasets' notes (one or two sentences: a protest, a clash, a
shelling, an arrest), with the armed groups and forces such notes name by their acronyms (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, actor", [
    ("SAF aircraft bombed a market in Nyala.", ("SDN", "MIL")),
    ("TNLA fighters captured a police station in Lashio.", ("MMR", "REB")),
    ("KIA troops attacked a junta outpost near Bhamo.", ("MMR", "REB")),
    ("NPA guerrillas ambushed a patrol in Catarman.", ("PHL", "REB")),
    ("CJNG gunmen killed four police officers in Zamora.", ("MEX", "CRM")),
    ("ANA soldiers clashed with the Taliban in Ghazni.", ("AFG", "MIL")),
])
def test_armed_groups_of_conflict_notes_are_known_by_their_acronyms(text, actor):
    attack = only(text, "ASSAULT")
    assert (attack.actor[0].country, attack.actor[0].sector) == actor


def test_a_gunfight_that_broke_out_between_two_sides_is_their_clash():
    clash = only("A gunfight broke out between police and bandits in Katsina.", "ASSAULT")
    assert [a.sector for a in clash.actor] == ["COP", "CRM"]


def test_a_firefight_or_shootout_is_a_clash():
    only("A shootout erupted between soldiers and smugglers near Ghat.", "ASSAULT")
    only("A firefight broke out between rebels and the army near Kidal.", "ASSAULT")


def test_shells_that_landed_on_a_place_are_an_attack_on_it():
    attack = only("Several mortar rounds landed in a market in Baidoa, killing two traders.", "ASSAULT")
    assert [r.country for r in attack.recipient] == ["SOM"]
    only("Three rockets fell on a residential district of Erbil.", "ASSAULT")


def test_a_missile_that_fell_into_the_sea_is_a_show_of_force_not_an_attack():
    assert [e.event for e in code("A North Korean missile fell into the sea off Japan.")] == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Opposition parties called a bandh in Kolkata over the killing of a student.",
    "Opposition activists observed a dawn-to-dusk hartal in Sylhet.",
])
def test_a_bandh_or_hartal_is_a_strike(text):
    assert only(text, "PROTEST").mode == "strike"


def test_troops_advancing_towards_a_city_are_a_mobilisation():
    only("Rebel fighters advanced towards Goma.", "MOBILIZE")
    only("Ethiopian troops moved towards Mekelle.", "MOBILIZE")


def test_prices_advancing_towards_a_record_are_no_mobilisation():
    assert all(e.event != "MOBILIZE" for e in code("Oil prices advanced towards a record in Riyadh."))


def test_a_crowd_that_gathered_to_protest_or_demand_protested():
    assert only("Hundreds of women gathered outside the parliament in Harare to protest the new law.",
                "PROTEST").actor[0].country == "ZWE"
    events = code("Dozens of farmers assembled in front of the district office in Multan to demand water.")
    assert [e.event for e in events] == ["PROTEST"]


def test_traders_who_shut_their_shops_in_protest_struck():
    strike = only("Shopkeepers closed their businesses in Kandahar to protest against new taxes.", "PROTEST")
    assert strike.mode == "strike"


@pytest.mark.parametrize("text", [
    "Fishermen sailed their boats into the harbour of Dakar on Friday to protest against foreign trawlers.",
    "Farmers drove their tractors into the centre of Warsaw to protest against grain imports.",
])
def test_an_act_done_to_protest_is_the_protest(text):
    assert [e.event for e in code(text)] == ["PROTEST"]


def test_an_act_still_to_come_to_protest_is_no_protest_done():
    assert all(e.status != "asserted" for e in code("Farmers will drive their tractors into Warsaw to protest."))


def test_gathering_or_closing_shops_for_another_purpose_is_no_protest():
    assert code("Relatives gathered at the hospital in Kisumu to mourn the victims.") == []
    assert all(e.event != "PROTEST" for e in code("The traders closed their shops in Herat to celebrate Eid."))


def test_a_grenade_or_explosive_device_thrown_at_someone_is_an_attack():
    attack = only("Two men on a motorcycle hurled a grenade at a police patrol in Mardan.", "ASSAULT")
    assert attack.mode == "explosives" and [r.sector for r in attack.recipient] == ["COP"]
    only("Unidentified attackers threw an explosive device at a checkpoint in Deir ez-Zor.", "ASSAULT")


def test_a_ball_thrown_at_someone_is_no_attack():
    assert code("The striker threw the ball at the goalkeeper in Lagos.") == []


def test_protesters_who_storm_a_building_riot_but_commandos_who_storm_one_attack():
    riot = only("Angry students stormed the education ministry in Dhaka.", "PROTEST")
    assert riot.mode == "riot"
    only("Commandos stormed the hijacked airliner in Mogadishu.", "ASSAULT")


def test_protesters_who_surround_a_building_demonstrate():
    rally = only("Hundreds of farmers' supporters surrounded the parliament in Nairobi.", "PROTEST")
    assert rally.mode == "demo"
    assert all(e.event != "PROTEST" for e in code("Trees surrounded the old palace in Kandy."))


def test_troops_recovering_weapons_seize_them():
    only("Soldiers recovered weapons and ammunition in a raid on a camp in Borno.", "COERCE")
    assert all(e.event != "COERCE" for e in code("Rescuers recovered the bodies of ten miners in Zamfara."))


def test_easing_or_lifting_a_closure_or_lockdown_concedes():
    only("Egypt eased the closure of the Rafah crossing.", "CONCEDE")
    only("The army lifted the lockdown on three towns in Kashmir.", "CONCEDE")


def test_a_region_in_brackets_tells_which_town_it_is():
    attack = only("Cattle raiders killed nine people in Bor (Jonglei).", "ASSAULT")
    assert attack.event_loc is not None and attack.event_loc.country == "SSD"
    assert [r.country for r in attack.recipient] == ["SSD"]


def test_a_town_the_gazetteer_lacks_is_placed_in_its_bracketed_region():
    attack = only("Dozo militiamen killed 30 villagers in Ogossagou (Mopti).", "ASSAULT")
    assert attack.event_loc is not None and (attack.event_loc.name, attack.event_loc.country) == ("Mopti", "MLI")


def test_a_bracketed_region_of_no_one_country_leaves_the_town_as_it_is():
    attack = only("Jihadists ambushed a convoy near Dori (Sahel).", "ASSAULT")
    assert attack.event_loc is not None and (attack.event_loc.name, attack.event_loc.country) == ("Dori", "BFA")


def test_a_blast_that_damaged_something_is_an_attack_but_a_gas_explosion_is_an_accident():
    only("An explosion damaged a railway bridge near Quetta.", "ASSAULT")
    assert code("A gas cylinder explosion damaged a restaurant in Karachi.") == []


def test_repelling_an_attack_is_fighting_the_attackers():
    fight = only("Government forces repulsed an attack by Ansaroul Islam fighters near Djibo.", "ASSAULT")
    assert [a.country for a in fight.actor] == ["BFA"]


def test_fighters_who_demobilised_retreat():
    assert only("About 40 militiamen demobilised in Bunia.", "RETREAT").mode == "demobilize"


def test_a_gherao_is_a_protest():
    only("Farmers gheraoed the district collector's office in Nashik.", "PROTEST")


def test_rioters_who_burn_cars_riot_protesters_who_burn_a_flag_demonstrate():
    assert only("Demonstrators burned cars and a police post in Conakry.", "PROTEST").mode == "riot"
    assert only("Protesters burned the national flag outside the embassy in Dhaka.", "PROTEST").mode == "demo"


def test_a_court_that_found_someone_guilty_convicted_them():
    verdict = only("A court in Lahore found a former minister guilty of graft.", "SANCTION")
    assert verdict.mode == "convict" and [r.country for r in verdict.recipient] == ["PAK"]


def test_returning_a_crew_releases_it():
    only("Eritrea returned the crew of a Yemeni fishing boat.", "CONCEDE")


def test_a_bracketed_region_with_a_namesake_in_the_towns_own_country_keeps_the_town():
    attack = only("A Russian missile struck the bus station in Kramatorsk (Donetsk).", "ASSAULT")
    assert attack.event_loc is not None and (attack.event_loc.name, attack.event_loc.country) == ("Kramatorsk", "UKR")


def test_a_bombing_or_attack_that_hit_a_place_is_an_attack_on_it():
    attack = only("A suicide bombing hit a crowded market in Kirkuk.", "ASSAULT")
    assert [r.country for r in attack.recipient] == ["IRQ"]
    assert code("A gas explosion hit a block of flats in Volgograd.") == []


def test_a_presidential_guard_is_military():
    arrest = only("The presidential guard detained the president in Niamey.", "COERCE")
    assert [(a.country, a.sector) for a in arrest.actor] == [("NER", "MIL")]


def test_a_convoy_or_post_that_came_under_attack_was_attacked():
    attack = only("An army patrol came under fire near Diffa.", "ASSAULT")
    assert [(r.country, r.sector) for r in attack.recipient] == [("NER", "MIL")] and attack.actor == []


def test_a_minister_who_came_under_fire_from_critics_was_not_attacked():
    assert all(e.event != "ASSAULT" for e in code("The finance minister came under fire from critics in Accra."))


def test_a_city_hit_by_missiles_was_attacked_by_their_sender():
    attack = only("Odesa was hit by Russian drones overnight.", "ASSAULT")
    assert [a.country for a in attack.actor] == ["RUS"] and [r.country for r in attack.recipient] == ["UKR"]


def test_rockets_fired_towards_a_place_attack_it():
    only("Militants fired rockets towards Kandahar airport.", "ASSAULT")


def test_a_protest_or_rally_organised_in_a_town_took_place():
    assert only("A rally was organised in Jos against the killings.", "PROTEST").event_loc is not None


def test_sanctions_imposed_in_the_passive_are_one_event():
    assert [e.event for e in code("Fresh sanctions were imposed on Belarus by Canada.")] == ["SANCTION"]


def test_party_supporters_who_set_fire_to_a_building_riot():
    assert only("PTI supporters set fire to a police van in Lahore.", "PROTEST").mode == "riot"


def test_a_town_whose_own_region_the_brackets_name_is_kept():
    # (South Africa has a North West province too; Bamenda is the seat of Cameroon's North-West region)
    events = code("On 6 November 2023, separatists kidnapped 10 people in Bamenda (Mezam, North West).")
    assert events and events[0].event_loc is not None and events[0].event_loc.country == "CMR"


def test_residents_of_a_town_are_of_its_country():
    protest = only("Residents of Kherson protested against the Russian occupation.", "PROTEST")
    assert [a.country for a in protest.actor] == ["UKR"]


def test_an_aid_convoy_arriving_is_aid_to_where_it_arrives():
    aid = only("A convoy of lorries carrying flour arrived in Taiz on Sunday.", "AID")
    assert aid.actor == [] and [r.country for r in aid.recipient] == ["YEM"]


def test_a_convoy_of_no_aid_arriving_is_no_aid():
    assert not [e for e in code("An army convoy arrived in Gao on Sunday.") if e.event == "AID"]
    assert not [e for e in code("The presidential convoy arrived in Abuja.") if e.event == "AID"]


def test_a_states_plane_landing_with_aid_is_its_aid():
    aid = only("A Qatari plane carrying 40 tonnes of medical aid landed in Kabul.", "AID")
    assert [a.country for a in aid.actor] == ["QAT"] and [r.country for r in aid.recipient] == ["AFG"]
    assert not code("The plane landed in Doha.")


def test_fighters_massing_mobilize():
    event = only("On 2 March 2024, ISWAP fighters massed near Monguno ahead of an assault.", "MOBILIZE",
                 published="2024-03-05")
    assert event.actor[0].sector == "REB"


def test_crowds_massing_are_no_mobilization():
    assert not [e for e in code("Supporters of the candidate massed outside the courthouse.") if e.event == "MOBILIZE"]


def test_clashes_reported_happened():
    event = only("Clashes between two rival militias were reported near Bentiu on 3 May 2021.", "ASSAULT",
                 published="2021-05-06")
    assert event.date == "2021-05-03"


def test_a_forced_disappearance_is_an_abduction():
    assert only("Police forcibly disappeared two student leaders in Oaxaca.", "ASSAULT").mode == "abduction"
    assert only("A trade unionist was disappeared by soldiers in Chaco.", "ASSAULT").mode == "abduction"


def test_going_missing_is_no_abduction():
    assert code("The ferry's cargo disappeared from the manifest.") == []
    assert not code("The poet disappeared from public life in 1998.")


def test_raiding_a_village_or_a_camp_is_an_attack():
    assert only("Herders raided a farming village in Benue.", "ASSAULT").actor[0].text == "Herders"
    assert only("Insurgents raided an army camp near Mocimboa da Praia.", "ASSAULT")


def test_a_police_raid_on_a_home_is_coercion():
    events = code("Police raided the home of a newspaper editor in Harare.")
    assert [e.event for e in events] == ["COERCE"]


def test_hanging_a_person_is_an_execution():
    assert only("Singapore hanged a Malaysian man convicted of trafficking.", "ASSAULT").mode == "execution"
    assert code("Volunteers hung flags along the avenue.") == []


def test_party_supporters_who_clash_with_police_fight_them():
    clash = only("Opposition party supporters clashed with riot police in Kampala.", "ASSAULT")
    assert {a.country for a in clash.actor} == {"UGA"}
    only("Ruling party activists clashed with students in Lilongwe.", "ASSAULT")
    # (whom they clash with is a side, not a means)
    assert {a.sector for a in only("Protesters clashed with police in Harare.", "ASSAULT").actor} == {"CVL", "COP"}


def test_parties_that_clash_over_a_bill_only_disagree():
    assert all(e.event != "ASSAULT" for e in code("The two coalition parties clashed over the pension bill."))


def test_a_town_whose_name_ends_in_a_capitals_name_is_not_that_capitals_country():
    attack = only("Insurgents burned houses in Mocimboa da Praia, killing three villagers.", "ASSAULT")
    assert "CPV" not in {p.country for p in attack.actor + attack.recipient}


def test_armed_men_who_burn_a_school_attack_it():
    only("Separatist fighters burned a school in Kumba.", "ASSAULT")
    assert all(e.event != "ASSAULT" for e in code("Soldiers burned the bodies of the dead after the flood."))


def test_a_province_in_brackets_with_a_namesake_abroad_leaves_the_attackers_in_the_towns_country():
    attack = only("Separatist fighters set fire to a school in Bamenda (North-West).", "ASSAULT")
    assert [a.country for a in attack.actor] == ["CMR"]


def test_released_schoolgirls_or_hostages_are_the_recipients():
    release = only("Bandits released 40 schoolgirls in Katsina.", "CONCEDE")
    assert [(r.country, r.sector) for r in release.recipient] == [("NGA", "EDU")]
    freed = only("Kidnappers freed the hostages in Zamfara.", "CONCEDE")
    assert [(r.country, r.sector) for r in freed.recipient] == [("NGA", "CVL")]


def test_the_west_bank_of_a_river_is_no_palestinian_place():
    withdrawal = only("Russian forces completed their withdrawal from the west bank of the Dnipro river near Kherson.",
                      "RETREAT")
    assert "PSE" not in {p.country for p in withdrawal.recipient} | {withdrawal.event_loc and withdrawal.event_loc.country}


def test_farmers_who_march_or_protest_stage_a_protest():
    only("On 2 March 2021, farmers marched to Nairobi against a new tax on maize.", "PROTEST")
    only("Rice farmers protested outside the ministry of agriculture in Dhaka.", "PROTEST")


def test_live_rounds_fired_with_tear_gas_make_an_attack():
    assert only("Police fired tear gas and live rounds at students in Dhaka, killing three.", "ASSAULT")
    assert only("Police fired tear gas at students in Dhaka.", "COERCE")  # tear gas alone restricts


def test_protesters_who_invade_a_building_riot_where_troops_who_invade_attack():
    protest = only("Opposition supporters invaded the parliament building in Freetown on 10 August 2022.", "PROTEST")
    assert protest.mode == "riot"
    only("Ethiopian troops invaded the town of Humera on 9 November 2020.", "ASSAULT")


def test_the_congress_building_a_crowd_storms_is_of_the_country_it_stands_in():
    protest = only("Supporters of the former president stormed the Congress building in Lima on Sunday.", "PROTEST")
    assert [r.country for r in protest.recipient] == ["PER"]


@pytest.mark.parametrize("text", [
    "Pakistani police seized six pistols and a grenade launcher in Mardan on 2 May 2023.",
    "Soldiers seized 14 rifles from a rebel hideout in Baramulla.",
    "Nigerian troops captured weapons and ammunition from ISWAP fighters near Gubio (Borno).",
])
def test_arms_seized_or_captured_are_a_seizure_not_a_capture_of_territory(text):
    seizure = only(text, "COERCE")
    assert seizure.mode == "seize"


@pytest.mark.parametrize("text", [
    "JNIM militants planted a landmine on the road to Boni (Hombori) on 4 May 2023.",
    "Boko Haram fighters planted explosive devices near a market in Konduga (Borno).",
])
def test_militants_who_plant_a_mine_or_explosives_attack(text):
    attack = only(text, "ASSAULT")
    assert attack.mode == "explosives"


def test_planting_crops_is_no_attack():
    assert [e.event for e in code("Farmers planted maize and millet near Kano on Monday.")] == []


@pytest.mark.parametrize("text", [
    "A mob burned to death two men accused of stealing a motorbike in Aba (Abia).",
    "A crowd burned a suspected kidnapper to death in Owerri on 2 May 2023.",
    "Residents stoned a suspected thief to death in Beledweyne (Hiraan).",
])
def test_a_mob_that_burns_or_stones_someone_to_death_kills_and_does_not_riot(text):
    killing = only(text, "ASSAULT")
    assert killing.mode == "execution"


def test_protesters_who_burn_a_police_car_still_riot():
    assert only("Protesters burned a police car in Mombasa on Friday.", "PROTEST").mode == "riot"


@pytest.mark.parametrize("text, country", [
    ("MS-13 members shot dead two bus drivers in Soyapango.", "SLV"),
    ("Tren de Aragua members kidnapped a shopkeeper in Iquique.", "CHL"),
    ("Maoists blew up a police jeep in Dantewada, killing five officers.", "IND"),
])
def test_an_unknown_group_named_by_its_members_is_the_attacker_of_where_it_strikes(text, country):
    attack = only(text, "ASSAULT")
    assert [a.country for a in attack.actor] == [country]


def test_troops_who_clear_a_rebel_camp_attack_it_but_police_who_clear_a_protest_camp_do_not():
    attack = only("Kenyan and Somali troops cleared an Al Shabaab camp near Afmadow on Tuesday.", "ASSAULT")
    assert attack.mode == "occupy"
    assert [e.event for e in code("Police cleared a protest camp outside parliament in Nairobi on Tuesday.")
            if e.event == "ASSAULT"] == []


def test_a_street_protest_with_no_named_target_is_aimed_at_the_state_not_the_town():
    protest = only("Several thousand teachers marched through Lusaka on Friday over unpaid wages.", "PROTEST")
    assert [(r.text, r.country, r.sector) for r in protest.recipient] == [("Zambia", "ZMB", "GOV")]


def test_a_strike_a_state_joins_is_a_military_strike_but_one_workers_join_is_a_labour_strike():
    assert [e.event for e in code("France joined an American strike on Syrian airbases on Saturday.")] == ["ASSAULT"]
    only("Dockers in Rotterdam joined the strike on Monday.", "PROTEST")
