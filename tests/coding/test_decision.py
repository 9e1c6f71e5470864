"""Readings recoded by their parties (decision.py). The sentences are ours."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def _categories(text: str) -> list[str]:
    return sorted(e.event for e in code(text))


def test_exercises_one_country_holds_are_a_show_of_force():
    assert _categories("Russian forces held military exercises in the Baltic Sea on Monday.") == ["MOBILIZE"]
    assert _categories("China staged war games off the coast on Tuesday.") == ["MOBILIZE"]


def test_exercises_two_countries_hold_together_are_military_cooperation():
    for text in ("Greek and Cypriot warships launched war games in the Aegean on Monday.",
                 "Russia held naval exercises with China on Tuesday.",
                 "Turkey and Azerbaijan held joint military exercises near Baku."):
        events = code(text)
        assert [e.event for e in events] == ["COOPERATE"], text
        assert len(countries(events[0].actor)) == 2 and events[0].recipient == [], text


def test_what_two_states_do_jointly_to_no_third_is_their_cooperation():
    for text in ("Brazilian and Paraguayan agents jointly seized a tonne of marijuana on Friday.",
                 "Sweden and Finland jointly rescued nine fishermen from a sinking boat."):
        events = code(text)
        assert [e.event for e in events] == ["COOPERATE"], text
        assert len(countries(events[0].actor)) == 2 and not countries(events[0].recipient), text


def test_what_two_states_do_jointly_to_a_third_stays_an_act_on_it():
    events = code("French and Belgian troops jointly attacked Libyan positions on Monday.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert countries(events[0].recipient) == ["LBY"]


def test_an_attempt_thwarted_is_an_attack_made():
    event = code("An attempt to assassinate the mayor of Kandahar was foiled on Monday.")
    assert [(e.event, e.status) for e in event] == [("ASSAULT", "asserted")]
    assert countries(event[0].recipient) == ["AFG"]


def test_whose_attempt_it_was_made_it():
    for text in ("Rebels made an attempt to seize the airport of Goma on Monday.",
                 "The Malian army's bid to retake the town of Kidal failed on Monday."):
        events = [e for e in code(text) if e.event == "ASSAULT"]
        assert len(events) == 1 and events[0].actor, text


def test_an_attempt_planned_is_not_made_and_an_attempt_to_explain_is_no_event():
    assert all(e.status != "asserted" or e.event == "THREATEN" for e in code("Rebels plan an attempt to seize Goma."))
    assert code("The minister made an attempt to explain the policy.") == []


@pytest.mark.parametrize("text", [
    "Erdogan said Turkey will launch an operation against the Kurds east of the Euphrates within days.",
    "Indian troops are preparing to enter the disputed valley, the Indian defence minister has said.",
])
def test_violence_a_party_announces_is_a_threat(text):
    assert "THREATEN" in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "Modi is expected soon to launch an operation against the rebels in Manipur.",
    "Russian and Syrian forces are poised to storm Idlib province.",
])
def test_violence_others_expect_of_a_party_is_no_threat_it_made(text):
    assert [(e.event, e.status) for e in code(text) if e.event in ("THREATEN", "ASSAULT")] == [("ASSAULT", "planned")]


def test_a_group_that_fights_in_several_countries_is_of_the_one_it_acts_in():
    attack = code("On 8 May 2022, JNIM militants ambushed a gendarmerie patrol near Dori.")
    assert [countries(e.actor) for e in attack if e.event == "ASSAULT"] == [["BFA"]]
    raid = code("On 2 June 2021, Turkish jets bombed PKK camps in Duhok.")
    assert [countries(e.recipient) for e in raid if e.event == "ASSAULT"] == [["IRQ"]]
    # (at home it keeps its home)
    home = code("On 6 June 2021, JNIM militants killed four soldiers near Mopti.")
    assert [countries(e.actor) for e in home if e.event == "ASSAULT"] == [["MLI"]]


def test_a_congress_is_that_of_the_town_it_sits_in():
    protest = code("On 3 May 2022, nurses marched to the Congress in Lima to demand higher pay.")
    assert [countries(e.recipient) for e in protest if e.event == "PROTEST"] == [["PER"]]


def test_forces_no_word_places_arrest_in_the_country_of_those_they_hold():
    # (the registry knows the man arrested as Zimbabwe's)
    arrest = code("On 4 March 2021, paramilitary troops arrested Nelson Chamisa during a raid on his home.")
    assert [countries(e.actor) for e in arrest if e.event == "COERCE"] == [["ZWE"]]
    # (not when the sentence names another country: they may be that country's)
    abroad = code("Soldiers arrested two Malian traders in Niamey.")
    assert [countries(e.actor) for e in abroad if e.event == "COERCE"] == [[]]


def test_whom_forces_hold_at_home_with_no_word_placing_them_elsewhere_is_of_that_country():
    arrest = code("On 2 June 2022, Bangladeshi police detained the student leader Rashed Khan in Dhaka.")
    assert [countries(e.recipient) for e in arrest if e.event == "COERCE"] == [["BGD"]]
    foreigner = code("On 2 June 2022, Bangladeshi police detained the Indian journalist Rashed Khan in Dhaka.")
    assert [countries(e.recipient) for e in foreigner if e.event == "COERCE"] == [["IND"]]


def test_who_protests_where_they_are_is_of_that_country_whoever_they_support():
    protest = code("On 2 August 2023, supporters of the junta rallied outside the Russian embassy in Bamako.")
    assert [countries(e.actor) for e in protest if e.event == "PROTEST"] == [["MLI"]]


def test_an_attack_abroad_in_a_region_of_one_country_falls_on_that_country():
    # (the gazetteer has Ras al-Ain as a region of Syria, like "northern Syria")
    attack = code("On 12 October 2019, Turkish artillery shelled positions near Ras al-Ain.")
    assert [countries(e.recipient) for e in attack if e.event == "ASSAULT"] == [["SYR"]]


def test_a_state_that_protests_at_a_policy_complains_and_does_not_demonstrate():
    assert _categories("Chile has protested at the building of the dam on the border river.") == ["ACCUSE"]
    assert _categories("The Nepalese government protested at the closure of the crossing.") == ["ACCUSE"]


def test_a_crowd_that_protests_at_a_place_demonstrates():
    assert "PROTEST" in _categories("Hundreds of students protested outside the parliament in Kathmandu on Friday.")


def test_a_thing_a_states_adjective_is_on_is_no_partner_of_an_agreement():
    agreed = [e for e in code("Seoul agreed to cut Venezuelan crude purchases by half.", "2019-03-02") if e.event == "AGREE"]
    assert [[a.country for a in e.actor] for e in agreed] == [["KOR"]]


def test_the_broker_of_a_signed_deal_is_no_party_to_it():
    signed = code("Armenia and Azerbaijan signed an EU-brokered border accord in Brussels.", "2024-05-02")
    assert [sorted(a.country for a in e.actor) for e in signed] == [["ARM", "AZE"]]
    assert [e.recipient for e in signed] == [[]]


@pytest.mark.parametrize("text", [
    "Fighting between Malian soldiers and JNIM militants near Boni (Mopti) on 3 May 2021.",
    "Fighting between the Nigerian army and ISWAP in Marte (Borno). 5 fatalities.",
])
def test_fighting_between_two_sides_with_no_subject_is_their_clash(text):
    clash = [e for e in code(text) if e.event == "ASSAULT"]
    assert len(clash) == 1 and len(clash[0].actor) == 2


def test_fighting_with_one_side_and_no_subject_names_no_clash():
    assert [e for e in code("Fighting with JNIM near Boni (Mopti) on 3 May 2021.") if e.event == "ASSAULT"] == []


def test_a_charge_or_sentence_in_a_country_with_no_agent_is_that_states():
    charged = [e for e in code("Two Spanish nurses were charged in Morocco with smuggling medicines.")
               if e.event == "ACCUSE"]
    assert [countries(e.actor) for e in charged] == [["MAR"]]
    sentenced = [e for e in code("A Canadian engineer was sentenced in Iran to ten years in prison for espionage.")
                 if e.event == "SANCTION"]
    assert [countries(e.actor) for e in sentenced] == [["IRN"]]


def test_placed_under_investigation_in_a_country_is_investigated_by_its_state():
    events = [e for e in code("A Dutch aid worker was placed under investigation in Sudan after a guard was shot.")
              if e.event == "ACCUSE"]
    assert [(countries(e.actor), countries(e.recipient)) for e in events] == [(["SDN"], ["NLD"])]


def test_a_place_of_what_a_charge_is_about_says_nothing_of_who_brought_it():
    events = [e for e in code("A British trader was placed under investigation over arms sales to Angola.")
              if e.event == "ACCUSE"]
    assert [countries(e.actor) for e in events] == [[]]


def test_fighters_who_disarm_at_home_stand_down_before_their_state():
    retreats = [e for e in code("The Karen rebels of Burma handed in their weapons at a ceremony on Sunday.")
                if e.event == "RETREAT"]
    assert [(countries(e.actor), countries(e.recipient)) for e in retreats] == [(["MMR"], ["MMR"])]


def test_guests_invited_to_a_capital_are_not_of_its_country():
    event = only("Macron has invited two Kurdish commanders to Paris to discuss the security of the border.", "REQUEST")
    assert event.event_loc is not None and event.event_loc.text == "Paris"
    assert [r.country for r in event.recipient if r.text == "two Kurdish commanders"] == [None]
