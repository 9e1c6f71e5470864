"""The right party, one test per class of error an independent reader found in Guardian events (issue 11).

The sentences are ours; the names in them are invented unless the class needs a real one (a surname the
registry holds for someone else).
"""

import pytest

from tacitus.knowledge import load_registry
from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_a_full_name_we_do_not_know_takes_no_country_from_someone_elses_surname():
    # Tony Abbott led Australia; a Helen Abbott of a British opposition is not Australian
    events = code("The shadow foreign secretary, Helen Abbott, criticised the decision to strip the women "
                  "of citizenship.", published="2018-04-15")
    accuse = [e for e in events if e.event == "ACCUSE"][0]
    # (a shadow secretary is of Britain's opposition: its country is the title's, not the surname's)
    assert [(a.country, a.sector) for a in accuse.actor] == [("GBR", "OPP")]
    assert "AUS" not in countries(accuse.recipient)


def test_a_surname_the_article_gave_to_a_stranger_is_that_stranger():
    registry = load_registry()
    article = registry.for_article("The party's spokeswoman, Helen Abbott, spoke on Monday. Then Abbott left.",
                                   date="2018-04-15")
    assert article.resolve("Abbott") is None
    assert registry.for_article("Tony Abbott spoke.", date="2014-04-15").resolve("Abbott").country == "AUS"


def test_he_is_the_person_just_named_even_one_the_registry_does_not_know():
    # not Russia's ambassador, two sentences back: the stranger named in between is the nearer person
    text = ("Russia's ambassador to London denied that Moscow had made the poison. The opposition leader "
            "Tom Harwick spoke at a rally in Leeds. He called for an inquiry led by the United Nations.")
    request = [e for e in code(text, published="2018-04-15") if e.event == "REQUEST"][0]
    assert [a.country for a in request.actor] == [None] and countries(request.recipient) == ["UNO"]


def test_he_after_an_organisations_envoy_is_that_organisations_envoy():
    text = ("The UN special envoy for Syria, Jan Pronk, announced he would convene talks between the government "
            "and the opposition next week.")
    consult = [e for e in code(text, published="2018-04-15") if e.event == "CONSULT"][0]
    assert consult.actor[0].text == "he" and consult.actor[0].country == "UNO"


def test_the_government_is_not_an_earlier_ambassadors_person():
    text = ("Russia's ambassador denied the charge on Monday. The opposition leader Tom Harwick accused "
            "the government of waiting for instructions from Washington.")
    accuse = [e for e in code(text, published="2018-04-15") if e.event == "ACCUSE"][0]
    assert all(r.kind != "person" for r in accuse.recipient) and "RUS" not in countries(accuse.recipient)


def test_who_speaks_of_a_country_in_an_article_about_others_is_not_of_that_country():
    # France, whom the "Kurdish authorities" ask, is not theirs: they are of where the story is
    text = ("Fighting went on in Syria on Monday. Kurdish authorities have asked western governments, including "
            "France, to take back their citizens.")
    request = [e for e in code(text, published="2018-04-15") if e.event == "REQUEST"][0]
    assert request.actor[0].text == "Kurdish authorities" and request.actor[0].country == "SYR"


def test_a_stranger_condemning_talk_of_a_country_is_not_of_that_country():
    text = ("Russia's ambassador to Britain denied the charge on Monday. The opposition leader Tom Harwick "
            "condemned Washington's rhetoric on Syria.")
    accuse = [e for e in code(text, published="2018-04-15") if e.event == "ACCUSE"][0]
    assert [a.country for a in accuse.actor] == [None] and accuse.actor[0].kind == "person"


def test_whom_a_passive_list_of_harms_befell_is_no_actor_of_any():
    text = "Omar fled his village after the attacks: he was shot twice, detained several times and tortured in prison."
    for event in code(text, published="2018-04-15"):
        assert [a.text for a in event.actor] != ["he"], (event.event, event.trigger)


def test_whom_a_militant_group_imprisons_is_not_the_group():
    text = "The militants captured the town in 2015; Isis reportedly imprisoned many of the town's Christian residents."
    coerce = [e for e in code(text, published="2018-04-15") if e.event == "COERCE"][0]
    assert "IMG" not in countries(coerce.recipient)


def test_refugees_a_country_lets_in_are_not_its_own():
    text = "Fighting went on in Syria on Monday. Lebanon will reopen its border to refugees, the minister said."
    concede = [e for e in code(text, published="2018-04-15") if e.event == "CONCEDE"][0]
    assert countries(concede.actor) == ["LBN"] and countries(concede.recipient) == []


def test_whoever_shot_himself_attacked_no_other_party():
    text = "Fighting went on in Syria on Monday. The captured fighter Dan Rook shot himself in the cell."
    assert [e for e in code(text, published="2018-04-15") if e.event == "ASSAULT"] == []


def test_a_stranger_introduced_with_an_age_at_a_sentence_start_keeps_his_surname():
    events = code("Joe Robinson, 25, a former British soldier, was arrested in Turkey on Monday. "
                  "Robinson was accused of fighting with Kurdish militias.")
    accused = [e for e in events if e.event == "ACCUSE"]
    assert [[p.text for p in e.recipient] for e in accused] == [["Robinson"]]
    assert all(p.country != "IRL" for e in events for p in e.actor + e.recipient)


def test_congressional_members_are_the_us_legislature():
    events = code("Congressional Democrats criticised the withdrawal of American troops.")
    assert [(p.country, p.sector) for e in events for p in e.actor] == [("USA", "LEG")]


def test_what_talks_are_held_over_is_their_topic_not_a_side():
    consult = only("Russian and Turkish diplomats held talks over Syria in Moscow on Monday.", "CONSULT",
                   published="2018-04-15")
    assert countries(consult.actor) == ["RUS", "TUR"] and consult.recipient == []


def test_the_town_an_agreement_is_named_after_is_no_party_to_it():
    agree = only("Russia, Turkey and Iran signed the Astana agreement on Monday.", "AGREE", published="2018-04-15")
    assert countries(agree.actor + agree.recipient) == ["IRN", "RUS", "TUR"]


def test_strikes_that_name_no_one_who_made_them_have_no_actor_from_the_place():
    # the drone over Idlib may come from anywhere; "US drone strikes" are the US's
    unnamed = only("Drone strikes killed 12 militants in Idlib on Sunday.", "ASSAULT", published="2018-04-15")
    named = only("US drone strikes killed 12 militants in Idlib on Sunday.", "ASSAULT", published="2018-04-15")
    by = only("Air strikes by Russian jets killed 40 civilians in Idlib.", "ASSAULT", published="2018-04-15")
    assert countries(unnamed.actor) == [] and countries(named.actor) == ["USA"] and countries(by.actor) == ["RUS"]


def test_rebels_another_country_backs_are_of_where_they_fight():
    assault = only("Turkish-backed rebels attacked Kurdish fighters in northern Syria on Sunday.", "ASSAULT",
                   published="2018-04-15")
    assert [(a.country, a.sector, a.backers) for a in assault.actor] == [("SYR", "REB", ["TUR"])]


def test_a_british_office_or_party_names_a_stranger_s_country():
    registry = load_registry().for_article("", date="2019-02-20")
    assert (registry.resolve("Labour leader Tom Harwick").country, registry.resolve("The shadow home secretary").sector) \
        == ("GBR", "OPP")
    assert registry.resolve("the Indian foreign secretary").country == "IND"
    events = code("Fighting went on in Syria and Iraq. The home secretary, Tom Harwick, condemned the attack on "
                  "the embassy.", published="2019-02-20")
    assert all(a.country == "GBR" for e in events for a in e.actor) and events


def test_who_died_suffered_the_event_and_did_not_do_it():
    died = only("At least 40 civilians died in shelling in Aleppo on Sunday.", "ASSAULT", published="2018-04-15")
    assert died.actor == [] and [r.text for r in died.recipient] == ["At least 40 civilians"]


def test_a_british_cabinet_secretary_is_not_of_the_country_he_speaks_of():
    events = code("The Brexit secretary, Tom Harwick, welcomed the ceasefire in Yemen.", published="2018-04-15")
    assert events and all(a.country == "GBR" for e in events for a in e.actor)


def test_a_group_in_a_country_is_of_that_country():
    accuse = only("Rebels in Chad accused Sudanese troops of shelling their positions.", "ACCUSE",
                  published="2018-04-15")
    assert [(a.country, a.sector) for a in accuse.actor] == [("TCD", "REB")]


def test_what_is_demanded_from_someone_is_asked_of_them_and_a_withdrawal_from_a_country_is_not():
    # a country's people and its government are two sides, not one party
    demand = only("Syrian Kurds demanded autonomy from the Syrian government.", "REQUEST", published="2018-04-15")
    assert [(r.text, r.sector) for r in demand.recipient] == [("the Syrian government", "GOV")]
    call = only("Trump has called for an immediate withdrawal from Syria.", "REQUEST", published="2018-04-15")
    assert call.recipient == []


def test_whose_request_it_was_is_who_is_refused():
    refusal = only("Pakistan declined to answer a request from the Indian foreign ministry.", "REJECT",
                   published="2018-04-15")
    assert countries(refusal.recipient) == ["IND"]


def test_support_for_an_act_goes_to_who_acts_not_to_whom_the_act_is_aimed_at():
    welcomed = only("France welcomed the American strikes on Syria.", "SUPPORT", published="2018-04-15")
    backed = only("Italy backed Turkey's offensive against Kurdish militias.", "SUPPORT", published="2018-04-15")
    assert countries(welcomed.recipient) == ["USA"] and [r.text for r in backed.recipient] == ["Turkey"]


def test_who_seeks_a_countrys_backing_receives_it_and_does_not_give_it():
    backing = only("Armenia sought France's backing for its bid to host the summit.", "SUPPORT", published="2018-04-15")
    assert (countries(backing.actor), countries(backing.recipient)) == (["FRA"], ["ARM"])


def test_a_party_named_with_a_participle_before_its_verb_is_the_subject():
    request = only("The Red Cross operating in Libya said Turkish forces must allow aid convoys into Sirte.",
                   "REQUEST", published="2018-04-15")
    assert [a.text for a in request.actor] == ["The Red Cross"] and countries(request.recipient) == ["TUR"]


def test_a_sentence_the_parser_reads_as_a_noun_phrase_keeps_its_head_as_the_subject():
    events = code("Nurses from two British charities donated and personally delivered medicine worth $20,000 "
                  "to a clinic in Mosul.", published="2018-04-15")
    assert events and all(e.event == "AID" and [a.text for a in e.actor] == ["Nurses"] for e in events)


def test_a_town_where_a_meeting_was_held_is_no_party():
    text = ("The Greek defence minister held talks with his Italian counterpart at the margins of the Munich "
            "security meeting on Saturday.")
    consult = [e for e in code(text, published="2019-02-18") if e.event == "CONSULT"][0]
    assert countries(consult.actor + consult.recipient) == ["GRC", "ITA"]


def test_a_town_the_parser_takes_for_an_organisation_is_no_party():
    text = "The chemical weapons watchdog backed Britain's findings on the Salisbury attack on Thursday."
    support = [e for e in code(text, published="2018-09-10") if e.event == "SUPPORT"][0]
    assert "ZWE" not in countries(support.actor + support.recipient)


def test_a_person_from_a_home_town_is_of_its_country_at_every_mention():
    text = ("Tom Harwick, from Leeds, travelled to Syria in 2014. Kurdish forces detained Harwick in Raqqa "
            "last year.")
    coerce = [e for e in code(text, published="2019-02-18") if e.event == "COERCE"][0]
    assert [(r.text, r.country) for r in coerce.recipient] == [("Harwick", "GBR")]


def test_a_person_introduced_as_a_citizen_is_of_that_country():
    text = ("The parents of Anna Pryce, a Dutch citizen held by Kurds in Syria, spoke on Monday. "
            "Pryce has denied fighting for Isis.")
    reject = [e for e in code(text, published="2019-02-18") if e.event == "REJECT"][0]
    assert [(a.text, a.country) for a in reject.actor] == [("Pryce", "NLD")]



def test_an_offensive_named_after_a_town_is_nobodys_by_that_name():
    events = code("The Raqqa offensive began on Tuesday.", published="2019-02-18")
    assert all("SYR" not in countries(e.actor) for e in events)  # it was Syria's before


def test_a_nationality_before_a_persons_membership_is_the_persons_country():
    text = "Among those who left was Sally Pryce, a British member of Isis. Pryce was killed in a drone strike in June."
    assault = [e for e in code(text, published="2019-02-18") if e.event == "ASSAULT"][0]
    assert [(r.text, r.country) for r in assault.recipient] == [("Pryce", "GBR")]


def test_a_person_named_in_full_is_no_town_that_shares_the_surname():
    events = code("Lindsey Graham, a senior Republican senator, denounced the decision on Wednesday.",
                  published="2018-12-20")
    assert [a.text for e in events for a in e.actor] == ["Lindsey Graham"]


def test_a_town_named_after_a_people_is_the_town_not_the_people():
    assault = only("Turkish troops besieged the Kurdish city of Afrin on Monday.", "ASSAULT", published="2018-03-01")
    assert [(r.country, r.kind) for r in assault.recipient] == [("SYR", "state")]
    assert "Kurdish" not in [r.text for r in assault.recipient]


def test_he_after_a_stranger_introduced_with_a_home_town_is_of_its_country():
    text = "Tom Harwick, from Leeds, travelled to Syria in 2014. Kurdish forces detained him in Raqqa last year."
    coerce = only(text, "COERCE", published="2019-02-18")
    assert [r.country for r in coerce.recipient] == ["GBR"]


def test_who_spoke_during_a_meeting_with_a_leader_took_part_in_it():
    consult = only("Paul Kagame spoke during a meeting with Uhuru Kenyatta and other officials.", "CONSULT")
    assert countries(consult.actor) == ["RWA"] and "KEN" in countries(consult.recipient)
    soldiers_killed = code("Two Malian soldiers were killed during talks with the rebels.")
    assert all("soldiers" not in a.text for e in soldiers_killed if e.event == "CONSULT" for a in e.actor)


def test_a_boycott_made_conditional_is_held_over_whoever_the_condition_names():
    event = only("The Ethiopian government said it would boycott the talks if the rebels insisted on autonomy.",
                 "THREATEN")
    assert [(r.text, r.sector) for r in event.recipient] == [("the rebels", "REB")]


def test_a_withdrawal_made_conditional_is_held_over_the_state_the_condition_names():
    event = only("Niger said it would withdraw its troops from the mission unless Mali stopped the raids.", "THREATEN")
    assert countries(event.recipient) == ["MLI"]


def test_a_government_may_hold_a_boycott_over_its_own_opposition():
    event = only("The Bolivian government said it would boycott the talks if the Bolivian opposition insisted on "
                 "new elections.", "THREATEN")
    assert [(r.country, r.sector) for r in event.recipient] == [("BOL", "OPP")]


def test_the_sidelines_or_margins_of_a_meeting_are_no_party_to_what_happens_there():
    talks = only("The Greek foreign minister met his Turkish counterpart on the sidelines of a summit in Brussels.",
                 "CONSULT")
    assert (countries(talks.actor), countries(talks.recipient)) == (["GRC"], ["TUR"])
    margins = only("Kenya's president held talks with Ugandan officials on the margins of the African Union summit.",
                   "CONSULT")
    assert (countries(margins.actor), countries(margins.recipient)) == (["KEN"], ["UGA"])


def test_the_warned_party_not_the_condition_is_whom_a_warned_act_is_held_over():
    threat = only("Hamas warned Israel that it would carry out fresh bombings if the army raided the Gaza Strip.",
                  "THREATEN")
    assert countries(threat.recipient) == ["ISR"]


def test_a_threat_to_leave_talks_is_held_over_the_other_side_of_them():
    threat = only("Iran threatened to withdraw from negotiations with the European Union.", "THREATEN")
    assert [r.sector for r in threat.recipient] == ["IGO"]
    threat = only("The Tamil rebels threatened to pull out of peace talks with the Sri Lankan government.", "THREATEN")
    assert countries(threat.recipient) == ["LKA"]


def test_fighters_demobilized_or_disarmed_with_no_agent_named_stood_down_themselves():
    retreat = only("Hundreds of Liberian fighters have been demobilized.", "RETREAT")
    assert (countries(retreat.actor), countries(retreat.recipient)) == (["LBR"], ["LBR"])
    retreat = only("Some 4,000 Angolan rebels were disarmed last year.", "RETREAT")
    assert countries(retreat.actor) == ["AGO"]


def test_whose_advice_or_wishes_an_act_goes_against_is_no_side_of_it():
    expelled = only("The army expelled the aid workers against the wishes of the United Nations.", "COERCE")
    assert [r.text for r in expelled.recipient] == ["the aid workers"]
    closed = only("Against the recommendation of the European Commission, Hungary closed its border to refugees.",
                  "COERCE")
    assert "EUR" not in countries(closed.recipient)


def test_ground_taken_from_a_side_was_taken_from_that_side_not_from_the_towns_state():
    retaken = only("Syrian government forces recaptured Palmyra from Islamic State in March.", "ASSAULT")
    assert [(r.text, r.country) for r in retaken.recipient] == [("Islamic State", "IMG")]
    assert retaken.event_loc is not None and retaken.event_loc.country == "SYR"
    seized = only("The rebels took control of the border crossing from government forces.", "ASSAULT")
    assert [r.text for r in seized.recipient] == ["government forces"]


def test_the_capital_a_treaty_or_talks_are_named_after_is_where_not_whose():
    signed = only("Armenia signed the Moscow declaration with Azerbaijan in November.", "AGREE", published="2020-11-12")
    assert "RUS" not in countries(signed.actor) + countries(signed.recipient)
    joined = only("Colombia signed the Ottawa treaty on landmines.", "AGREE", published="1997-12-04")
    assert countries(joined.actor) + countries(joined.recipient) == ["COL"]
    # (a capital before a proposal still says whose it is)
    accepted = only("Syria accepted the Moscow proposal on Monday.", "AGREE", published="2018-01-15")
    assert countries(accepted.recipient) == ["RUS"]


@pytest.mark.parametrize("text, held", [
    ("Dutch police detained two men at Schiphol airport on suspicion of membership of a jihadist group.",
     ["two men"]),
    ("Iraqi security forces detained a Kurdish journalist in Kirkuk on the orders of the governor.",
     ["a Kurdish journalist"]),
    ("Belgian police arrested a Moroccan man in Antwerp on charges of financing a terrorist network.",
     ["a Moroccan man"]),
])
def test_the_grounds_a_deed_is_done_on_are_no_party_to_it(text, held):
    assert [r.text for r in only(text, "COERCE").recipient] == held
