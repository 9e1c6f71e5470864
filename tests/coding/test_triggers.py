import pytest

from tacitus.coding.triggers import find_triggers
from tests.coding.helpers import code, countries, only, parse

pytestmark = pytest.mark.slow


def triggers(text):
    return [(t.token.text, t.entries[0].category) for t in find_triggers(parse(text))]


def test_said_is_not_a_trigger():
    assert triggers("The minister said the weather was mild.") == []


def test_a_light_verb_makes_an_event_noun_a_trigger():
    assert triggers("Turkey launched an offensive against Kurdish militias.") == [("offensive", "ASSAULT")]


def test_a_noun_that_refers_back_creates_nothing():
    assert triggers("This visit comes as tensions rise.") == []


def test_a_purpose_infinitive_is_not_an_event():
    assert triggers("The US raised a border force to fight Isis.") == []


def test_too_dangerous_to_travel_is_not_a_visit():
    assert triggers("It was too risky for Canadian diplomats to travel to the border town.") == []


def test_striking_a_deal_is_an_agreement_not_an_attack():
    assert ("struck", "AGREE") in triggers("Ankara struck a deal with Moscow.")
    assert not any(category == "ASSAULT" for _, category in triggers("He struck a balance between the two."))


def test_what_is_agreed_is_the_content_of_the_agreement():
    assert triggers("The parties agreed to fight terrorism together.") == [("agreed", "AGREE")]


def test_air_strikes_are_an_assault_not_a_labour_strike():
    assert triggers("The coalition launched air strikes against the Houthis.") == [("strikes", "ASSAULT")]


def test_a_headline_infinitive_is_a_plan():
    assert triggers("Turkey to send troops to Libya") == [("send", "MOBILIZE")]


def test_a_round_of_talks_is_talks_held():
    assert triggers("Officials from Armenia and Azerbaijan held a new round of border talks.") == [("talks", "CONSULT")]


def test_gathering_for_talks_is_a_meeting_but_travelling_for_talks_is_the_visit():
    assert triggers("Foreign ministers gathered in Capri for three days of talks.") == [("talks", "CONSULT")]
    assert triggers("Merkel will travel to Moscow for talks with Putin.") == [("travel", "CONSULT")]


def test_claiming_responsibility_for_an_attack_reports_the_attack():
    assert triggers("Islamic State claimed responsibility for the attack on the concert hall.") == [("attack", "ASSAULT")]


def test_a_visit_mentioned_in_passing_with_its_party_is_an_event():
    assert triggers("Scholz praised Kazakhstan during his visit to Astana.") == [("praised", "SUPPORT"), ("visit", "CONSULT")]


def test_a_joint_exercise_is_cooperation_even_when_joint_qualifies_a_compound():
    assert triggers("Japan and the Philippines held their first joint coast guard exercise.") == [("exercise", "COOPERATE")]


def test_an_object_outside_the_word_list_gives_a_tentative_reading():
    found = find_triggers(parse("Iran freed the seized British tanker on Wednesday."))
    assert [(t.token.text, t.tentative) for t in found] == [("freed", True)]
    found = find_triggers(parse("Iran freed two French hostages on Wednesday."))
    assert [(t.token.text, t.tentative) for t in found] == [("freed", False)]


def test_any_noun_that_names_people_is_a_person_freed():
    found = find_triggers(parse("Iran freed two French yachtsmen and an oil executive on Wednesday."))
    assert [(t.token.text, t.tentative) for t in found] == [("freed", False)]


def test_a_tentative_verb_gives_way_to_the_firm_event_in_its_complement():
    found = find_triggers(parse("Erdogan pledged to send military support to the Tripoli government."))
    assert [(t.token.text, t.entries[0].category) for t in found] == [("support", "AID")]


def test_a_verb_the_parser_lemmatises_wrongly_still_governs_its_noun():
    # the small English model gives "staged" the lemma "stag"
    assert triggers("China staged large-scale military drills around Taiwan on Saturday.") == [("drills", "MOBILIZE")]


def test_a_seizure_keeps_the_withdrawal_in_its_adverbial_clause():
    found = find_triggers(parse("The Rapid Support Forces seized Wad Madani after the army withdrew."))
    assert [t.token.text for t in found] == ["seized", "withdrew"]


def test_a_tentative_seizure_keeps_the_withdrawal_in_its_adverbial_clause():
    found = find_triggers(parse("The militia seized the depot after the garrison withdrew."))
    assert [(t.token.text, t.tentative) for t in found] == [("seized", True), ("withdrew", False)]


def test_a_clause_told_after_a_firm_event_is_an_event_of_its_own():
    found = find_triggers(parse("Turkish troops shelled the town after the militia attacked a convoy."))
    assert [t.token.text for t in found] == ["shelled", "attacked"]


def test_a_converted_verb_reading_yields_to_the_event_in_its_complement():
    found = find_triggers(parse("The group claimed its fighters killed 20 soldiers."))
    assert [(t.token.text, t.entries[0].category) for t in found] == [("killed", "ASSAULT")]


def test_a_verb_that_makes_an_event_noun_happen_is_not_coded_for_itself():
    found = find_triggers(parse("Chinese warships conducted drills near Taiwan."))
    assert [(t.token.text, t.entries[0].category) for t in found] == [("drills", "MOBILIZE")]


def test_a_country_the_parser_takes_for_a_person_is_still_a_place_object():
    found = find_triggers(parse("The last French soldiers left Mali on Monday."))
    assert [(t.token.text, t.tentative) for t in found] == [("left", False)]


@pytest.mark.parametrize("text, word", [
    ("The PKK, which has fought a long insurgency against the Turkish state, denied the claim.", "fought"),
    ("Russia, which has backed Assad since 2015, vetoed the resolution on Tuesday.", "backed"),
    ("He offered talks to the Sunni tribes, who had boycotted the elections.", "boycotted"),
    ("Kurdish fighters who have been fighting Isis in Raqqa will leave the city.", "fighting"),
])
def test_a_relative_clause_in_the_perfect_recounts_a_partys_history(text, word):
    assert word not in [token for token, _ in triggers(text)]


@pytest.mark.parametrize("text, word", [
    ("Turkey, which launched an offensive on the Kurds on Wednesday, said it had hit 100 targets.", "offensive"),
    ("A soldier who has been killed by a roadside bomb in Helmand was named on Monday.", "killed"),
    ("The bombing in Kabul, which the Taliban have denied carrying out, killed 40 people.", "denied"),
])
def test_a_relative_clause_in_the_past_or_the_passive_still_tells_news(text, word):
    assert word in [token for token, _ in triggers(text)]


@pytest.mark.parametrize("text", [
    "Lukashenko's government has long been accused of harsh reprisals against its critics in Belarus.",
    "Brazil has been criticised for being absent from the talks on Venezuela.",
    "The AU mediator has been criticised by some for failing to secure a deal in Khartoum.",
])
def test_an_accusation_in_the_perfect_passive_with_no_accuser_is_a_reputation(text):
    assert [category for _, category in triggers(text)] == []


@pytest.mark.parametrize("text", [
    "The British jihadist has been charged with attending a terrorist training camp in Syria.",
    "Turkey has been accused by Amnesty International of torturing Kurdish prisoners.",
    "The former governor has been accused of stealing $20 million from the province's budget.",
])
def test_a_charge_or_an_accusation_with_its_accuser_is_an_act(text):
    assert "ACCUSE" in [category for _, category in triggers(text)]


def test_a_present_participle_right_after_a_noun_describes_it():
    text = "Iraq demanded that Belgium and Sweden repatriate and prosecute their nationals fighting in Iraq."
    assert "fighting" not in [token for token, _ in triggers(text)]


def test_an_event_noun_that_acts_on_something_is_a_cause_not_a_happening():
    assert triggers("Trump's withdrawal has ended any potential threat from an American presence in Syria.") == []
    assert ("Talks", "CONSULT") in triggers("Talks between Russia and Turkey took place in Sochi on Monday.")


def test_an_infinitive_on_the_object_of_have_tells_no_act():
    text = "Dutch volunteers who joined the militia had only themselves to blame for travelling there."
    assert "blame" not in [token for token, _ in triggers(text)]
    assert ("withdraw", "RETREAT") in triggers("The Syrian army had to withdraw from Palmyra in December.")


def test_what_an_accusation_or_a_claim_says_is_its_content_not_an_event():
    text = "The ministry says Ankara's claim that Greece directed the raid on the island is absurd."
    assert "directed" not in [token for token, _ in triggers(text)]
    assert "bombed" not in [token for token, _ in triggers("Russia rejected the claim that its jets bombed a hospital.")]


def test_a_name_after_a_title_is_a_person_set_free_whatever_its_tag():
    freed = [t for t in find_triggers(parse("The junta released opposition leader Aung Min Thu on Monday."))
             if t.entries[0].category == "CONCEDE"]
    assert freed and not freed[0].tentative


def test_what_an_organisation_of_a_place_owns_is_the_object_accepted():
    accepted = [t for t in find_triggers(parse("Rebels accepted the Organisation of American States' peace proposal."))
                if t.entries[0].category == "AGREE"]
    assert accepted and not accepted[0].tentative


def test_a_verb_read_strictly_then_loosely_gathers_its_words_once(monkeypatch):
    from tacitus.coding import triggers as module

    gathered = []
    setup = module._Words.__init__

    def counted(words, token, governor):
        gathered.append(token.text)
        setup(words, token, governor)

    monkeypatch.setattr(module._Words, "__init__", counted)
    found = find_triggers(parse("Pirates freed the hijacked Greek freighter off the coast on Monday."))
    assert [(t.token.text, t.tentative) for t in found] == [("freed", True)]
    assert gathered.count("freed") == 1


def test_ordering_another_states_forces_to_leave_a_base_demands_it():
    demand = only("Tajikistan ordered Russian troops to vacate the airfield at Ayni by March.", "REQUEST")
    assert countries(demand.actor) == ["TJK"] and countries(demand.recipient) == ["RUS"]
    # a state ordering its own troops out demands nothing of another
    assert not [e for e in code("Moscow ordered Russian troops to leave the Georgian border zone.")
                if e.event == "REQUEST"]


def test_telling_a_state_to_act_demands_it_but_telling_reporters_is_no_demand():
    demand = only("Sudan told the United Nations to withdraw its monitors from Darfur.", "REQUEST")
    assert countries(demand.recipient) == ["UNO"]
    assert not [e for e in code("The minister told reporters to expect a decision within days.")
                if e.event == "REQUEST"]


def test_allowing_people_to_travel_or_return_eases_restrictions():
    eased = only("China allowed foreign diplomats to travel to Tibet for the first time in a decade.", "CONCEDE")
    assert eased.mode == "ease" and countries(eased.actor) == ["CHN"]
    assert only("Greece allowed Albanian farm labourers to enter the country for the olive harvest.", "CONCEDE")


def test_stones_thrown_by_protesters_are_a_riot_but_grenades_thrown_by_soldiers_an_attack():
    assert only("Bangladeshi students hurled stones at police outside Dhaka University.", "PROTEST").mode == "riot"
    assert only("Angry villagers pelted the governor's convoy with rocks near Jalalabad.", "PROTEST").mode == "riot"
    assert only("Indian soldiers threw grenades at a militant hideout in Kupwara.", "ASSAULT")


def test_weapons_handed_or_turned_in_demobilise():
    assert only("Albanian rebels handed in their rifles to British paratroopers near Tetovo.",
                "RETREAT").mode == "demobilize"
    assert only("Hundreds of militiamen turned in their guns at a stadium in Monrovia.", "RETREAT").mode == "demobilize"


def test_handing_wanted_militants_to_another_state_is_judicial_cooperation():
    handed = only("Kenya handed over three suspected Somali militants to Ethiopian authorities.", "COOPERATE")
    assert handed.mode == "judicial" and countries(handed.recipient) == ["ETH"]


def test_accepting_foreign_monitors_is_an_agreement():
    assert only("Georgia accepted the deployment of European monitors in the buffer zone.", "AGREE")


def test_the_triggers_of_a_span_walked_already_are_those_of_the_span_walked_anew():
    for text in ("Turkey launched an offensive against Kurdish militias and shelled two villages.",
                 "The envoy held talks in Doha on Monday, then flew to Cairo for a visit."):
        span = parse(text)
        assert [(t.token.i, t.entries) for t in find_triggers(span, list(span))] == \
            [(t.token.i, t.entries) for t in find_triggers(span)]


def test_ordering_foreign_aid_workers_or_journalists_to_leave_expels_them():
    expelled = only("Burundi ordered foreign aid workers to leave the country within ten days.", "COERCE")
    assert expelled.mode == "deport" and countries(expelled.actor) == ["BDI"]
    assert only("Belarus ordered two Polish journalists to leave Minsk by Friday.", "COERCE").mode == "deport"
    # an agency calling its own staff home expels no one
    assert not [e for e in code("The agency ordered its staff to leave Mogadishu as fighting spread.")
                if e.event == "COERCE"]


def test_raising_the_state_of_alert_of_forces_mobilises_them():
    raised = only("Cyprus raised the state of alert of its national guard after the incursion.", "MOBILIZE")
    assert countries(raised.actor) == ["CYP"]


def test_troops_handing_control_of_a_town_to_another_retreat_from_it():
    handed = only("Israeli troops handed control of the town of Tulkarm to Palestinian police.", "RETREAT")
    assert countries(handed.actor) == ["ISR"] and countries(handed.recipient) == ["PSE"]
    assert only("Portugal handed sovereignty of Macau to China at midnight.", "CONCEDE")


def test_a_team_of_experts_dispatched_is_no_deployment_of_troops():
    assert not [e for e in code("The United Nations decided to dispatch a team of experts to Ghana for a technical "
                                "visit.") if e.event == "MOBILIZE"]
    assert only("Moscow dispatched paratroopers to the airfield near Pristina.", "MOBILIZE")


def test_halting_another_partys_advance_is_no_retreat_but_halting_ones_own_is():
    assert not [e for e in code("Nigeria sent troops to halt the advance of the rebels on the capital.")
                if e.event == "RETREAT"]
    assert not [e for e in code("Loyalist units halted the rebel advance near the airport.") if e.event == "RETREAT"]
    assert only("The rebels halted their advance on Monrovia after talks in Accra.", "RETREAT")


def test_dismissing_the_value_of_a_country_is_an_opinion_not_a_rejection():
    assert not [e for e in code("Yeltsin dismissed the value of Chechnya to Russia, saying it was a drain on the "
                                "budget.") if e.event == "REJECT"]
    assert not [e for e in code("Bush dismissed the significance of the North Korean test.") if e.event == "REJECT"]
    assert only("Baghdad dismissed the accusation as baseless.", "REJECT")


def test_an_attack_named_after_a_claimed_clause_is_not_the_claimants():
    events = code("Britain has claimed Sudanese forces used poison gas in Darfur in May, an attack that drew wide "
                  "condemnation.")
    assert not [e for e in events if e.event in ("ASSAULT", "CONCEDE") and countries(e.actor) == ["GBR"]]
    assert only("Al-Shabaab claimed the attack on the border post in Mandera.", "ASSAULT")


def test_armed_men_ousted_or_expelled_from_a_town_are_attacked_not_deported():
    ousted = only("Government troops ousted the rebels from Goma on Tuesday.", "ASSAULT")
    assert ousted.recipient
    assert only("Tribal fighters expelled al-Qaeda militants from the port of Shuqra.", "ASSAULT")
    assert only("Police ousted hundreds of squatters from the warehouse.", "COERCE").mode == "deport"
    assert not [e for e in code("The army ousted the president in a bloodless coup.") if e.event == "ASSAULT"]


def test_a_party_backing_one_whose_deed_is_a_record_tells_who_it_is():
    assert not [e for e in code("Mugabe, backed by the army, has ruled Zimbabwe since 1980.") if e.event == "SUPPORT"]
    assert not [e for e in code("Karimov, supported by Moscow, has jailed thousands of dissidents since 1991.")
                if e.event == "SUPPORT"]
    assert only("Serb forces, backed by tanks, shelled the town on Monday.", "ASSAULT")


def test_the_later_verbs_of_a_list_of_infinitives_after_a_noun_are_no_events():
    assert not [e for e in code("The senator praised the decision to recall the envoy, arrest the plotters and close "
                                "the consulate.") if e.event in ("COERCE", "SANCTION")]


@pytest.mark.parametrize("text", [
    "Zambia gave its assent to the revised ceasefire plan.",
    "The Ugandan cabinet gave the go-ahead for the deployment of a regional force.",
    "Moldova acceded to the convention banning anti-personnel mines.",
])
def test_assent_given_or_a_treaty_acceded_to_is_an_agreement(text):
    assert only(text, "AGREE")


def test_a_green_light_given_to_a_party_is_given_by_the_one_to_the_other():
    allowed = only("Washington gave Ankara the green light to launch the offensive.", "AGREE")
    assert countries(allowed.actor) == ["USA"] and countries(allowed.recipient) == ["TUR"]


def test_a_deal_hammered_out_is_reached_not_criticised():
    hammered = only("Hutu and Tutsi negotiators hammered out an accord on sharing power in Arusha.", "AGREE")
    assert not [e for e in code("Negotiators worked out a compromise on the disputed islands.") if e.event != "AGREE"]
    assert hammered.event == "AGREE"
    assert only("The opposition hammered the accord as a betrayal.", "ACCUSE")


def test_acceding_to_demands_gives_way():
    assert only("The Bolivian government acceded to the demands of the striking tin miners.", "CONCEDE")


@pytest.mark.parametrize("text", [
    "Belgrade brushed aside Albanian protests over the arrests.",
    "Tehran balked at the French proposal for inspections.",
    "Hanoi repudiated the accord on the fishing grounds.",
    "Burma's junta shrugged off the calls for a dialogue with the opposition.",
])
def test_refusals_in_other_words_are_rejections(text):
    assert only(text, "REJECT")


def test_withdrawing_a_price_increase_gives_way_rather_than_retreats():
    events = code("The Nigerian government withdrew the fuel price increase after the strike.")
    assert [e.event for e in events] == ["CONCEDE"]


def test_a_death_sentence_commuted_is_eased():
    assert only("The Pakistani president commuted the death sentences of the two plotters.", "CONCEDE")


def test_relief_flown_in_and_money_earmarked_in_old_currencies_are_aid():
    assert only("Caritas flew in blankets and medicine to the earthquake victims.", "AID")
    assert only("The European Commission earmarked 15 million ecus for refugees in Rwanda.", "AID")


def test_loot_made_off_with_and_cattle_rustled_are_seized():
    assert only("Gunmen made off with the wages of the plantation workers.", "COERCE")
    assert only("Armed raiders rustled 300 head of cattle near Kotido.", "COERCE")
    assert not code("The driver made off before the police arrived.")


def test_a_device_that_goes_off_is_an_explosion_and_mortaring_is_shelling():
    assert only("A car bomb went off outside the customs office in Kandahar.", "ASSAULT")
    assert only("The rebels mortared the airport overnight.", "ASSAULT")
    assert not code("A fire alarm went off at the embassy.")


def test_lobbying_a_party_asks_it():
    lobbied = only("Kuwait lobbied the Security Council to keep the embargo.", "REQUEST")
    assert countries(lobbied.actor) == ["KWT"]


def test_aid_or_talks_put_on_hold_are_suspended():
    held = only("Japan put its aid to Burma on hold.", "SANCTION")
    assert countries(held.actor) == ["JPN"] and countries(held.recipient) == ["MMR"]


def test_letting_armed_forces_in_is_cooperation_not_a_retreat():
    let_in = [e.event for e in code("Kurdish commanders allowed government troops into Manbij to hold off the Turks.")]
    assert "RETREAT" not in let_in and "COOPERATE" in let_in
    assert only("Belgrade allowed international monitors into Kosovo.", "RETREAT")


def test_a_member_admitted_back_is_eased_not_a_retreat():
    admitted = [e.event for e in code("The Commonwealth admitted Fiji back after the elections.")]
    assert admitted == ["CONCEDE"]
    assert "RETREAT" not in [e.event for e in code("The African Union is expected to re-admit Mali next month.")]


def test_taking_part_in_an_event_is_doing_it():
    marched = only("Several thousand Tibetans took part in a march through Lhasa.", "PROTEST")
    assert countries(marched.actor) == ["CHN"]
    assert only("Hundreds of nurses participated in the strike over unpaid wages.", "PROTEST")
    assert only("Ethiopian troops took part in the raid on the militia camp.", "ASSAULT")


def test_troops_recalled_withdraw_and_power_handed_over_is_conceded():
    recalled = only("Uganda recalled its troops from eastern Congo.", "RETREAT")
    assert countries(recalled.actor) == ["UGA"]
    assert not code("The carmaker recalled 10,000 vehicles.")
    assert only("The Nigerien junta handed power to an elected civilian government.", "CONCEDE")


def test_a_reprieve_granted_is_eased():
    assert only("The governor granted a reprieve to the condemned prisoner.", "CONCEDE")


def test_checkpoints_put_up_by_armed_men_deploy_them_and_a_cordon_restricts():
    assert only("Militiamen put up checkpoints on the road to the airport.", "MOBILIZE")
    assert not code("Villagers put up a fence around the well.")
    assert only("Police cordoned off the streets around the mosque.", "COERCE")
