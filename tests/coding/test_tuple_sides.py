"""Whom wire copy's statements, deployments and retreats are aimed at: the sides PLOVER's coders record for a
sentence (sentences we wrote)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


def countries(parties):
    return {p.country for p in parties}


@pytest.mark.parametrize("text, category, target", [
    ("Athens condemned the Turkish annexation of northern Cyprus.", "ACCUSE", "TUR"),
    ("Cairo criticised the Turkish intervention in Libya.", "ACCUSE", "TUR"),
    ("Chilean students demonstrated against the American military presence in the region.", "PROTEST", "USA"),
    ("Vietnam protested the Chinese treatment of its fishermen.", "ACCUSE", "CHN"),
])
def test_an_act_named_by_its_doers_adjective_targets_the_doer_not_what_it_is_of(text, category, target):
    event = only(text, category)
    assert target in countries(event.recipient)


def test_the_place_of_a_war_is_still_no_side_of_it():
    event = only("Brazil condemned the Syrian war's toll on children.", "ACCUSE")
    assert "SYR" not in countries(event.actor)


@pytest.mark.parametrize("text, actor, target", [
    ("Sudan massed troops on its border with Chad.", "SDN", "TCD"),
    ("Armenia deployed tanks near the Azerbaijani border.", "ARM", "AZE"),
    ("Beijing sent warships close to the Philippine coast.", "CHN", "PHL"),
    ("Eritrea has massed thousands of troops near Ethiopia's border.", "ERI", "ETH"),
])
def test_forces_massed_at_a_border_face_the_state_across_it(text, actor, target):
    build_up = only(text, "MOBILIZE")
    assert countries(build_up.actor) == {actor}
    assert countries(build_up.recipient) == {target}


def test_forces_sent_to_their_own_border_region_face_no_one_named():
    build_up = only("Kenya deployed troops near the Kenyan border town of Mandera.", "MOBILIZE")
    assert "KEN" not in countries(build_up.recipient)


def test_troops_pulled_out_of_a_country_leave_that_country():
    retreat = only("Cuba pulled its soldiers out of Angola in 1991.", "RETREAT")
    assert countries(retreat.recipient) == {"AGO"}


def test_an_act_a_state_warns_another_it_will_take_is_held_over_the_warned():
    threats = [e for e in code("Algeria warned Morocco that it would close its airspace.") if e.event == "THREATEN"]
    assert threats and all(countries(t.recipient) == {"MAR"} for t in threats)


@pytest.mark.parametrize("text, actor, target", [
    ("Thailand warned Cambodia that it would retaliate against any shelling.", "THA", "KHM"),
    ("Seoul warned Pyongyang that any provocation would be punished.", "KOR", "PRK"),
    ("Nigeria warned Cameroon that the incursions would not go unpunished.", "NGA", "CMR"),
])
def test_warning_another_state_of_what_will_be_done_to_it_is_a_threat_to_it(text, actor, target):
    threat = only(text, "THREATEN")
    assert countries(threat.actor) == {actor}
    assert target in countries(threat.recipient)


@pytest.mark.parametrize("text, actor, target", [
    ("Uganda warned that it would not tolerate rebel raids from Sudan.", "UGA", None),
    ("Pakistan's army chief warned that the military would not allow India to alter the Line of Control.",
     "PAK", "IND"),
    ("China warned that it will not accept any Japanese interference in Taiwan.", "CHN", "JPN"),
])
def test_warning_that_it_will_not_tolerate_something_is_a_threat(text, actor, target):
    threat = only(text, "THREATEN")
    assert countries(threat.actor) == {actor}
    assert target is None or target in countries(threat.recipient)


def test_saying_it_will_not_allow_something_is_no_warning():
    assert not [e for e in code("The minister said he would not allow the strike to go ahead.") if e.event == "THREATEN"]


def test_warning_what_a_third_party_will_do_threatens_nothing_on_the_speakers_part():
    assert not [e for e in code("Oman warned Kenya that the storm would hit its coast.")
                if e.event == "THREATEN" and "OMN" in countries(e.actor)]


def test_the_two_sides_named_by_compound_nationality_adjectives_are_two_parties():
    talks = only("North Sudanese and South Sudanese officers met in Juba.", "CONSULT")
    assert countries(talks.actor) == {"SDN", "SSD"}


def test_whom_a_prisoner_is_convicted_of_serving_is_no_country_of_theirs():
    execution = only("Saudi authorities executed three men convicted of spying for Iran.", "ASSAULT")
    assert "IRN" not in countries(execution.recipient)


def test_a_country_name_and_an_adjective_coordinated_name_two_parties():
    drills = only("UK and Omani troops began joint exercises in the desert.", "COOPERATE")
    assert countries(drills.actor) == {"GBR", "OMN"}


def test_two_peoples_adjectives_name_two_parties_however_the_parser_tags_the_first():
    talks = only("Tajik and Uzbek officials met in Tashkent to discuss the border.", "CONSULT")
    assert countries(talks.actor) == {"TJK", "UZB"}


def test_two_peoples_adjectives_before_other_modifiers_name_two_parties():
    # (the parser hangs the second adjective on the head, beside the first)
    for text, pair in (("Colombian and Venezuelan anti-drug police met in Cucuta.", {"COL", "VEN"}),
                       ("Guatemalan and American anti-drug agents met in Flores.", {"GTM", "USA"})):
        event = code(text)[0]
        assert countries(event.actor) == pair, text


def test_coordinated_common_modifiers_are_one_party():
    protest = only("Chilean refugee and human rights activists staged a protest in Santiago.", "PROTEST")
    assert countries(protest.actor) == {"CHL"}


def test_agreeing_to_let_someone_in_is_agreeing_with_them():
    deal = only("Pyongyang agreed to let IAEA monitors inspect the reactor.", "AGREE")
    assert deal.recipient and all(r.sector in ("IGO", "UNO") or r.country in ("IGO", "UNO") for r in deal.recipient)


@pytest.mark.parametrize("text, target", [
    ("Rome demanded the release of three Italians held in Libya.", "LBY"),
    ("Seoul called for the release of the fishermen detained by North Korea.", "PRK"),
])
def test_a_demand_for_the_release_of_captives_is_made_of_whoever_holds_them(text, target):
    demand = only(text, "REQUEST")
    assert countries(demand.recipient) == {target}


@pytest.mark.parametrize("text, target", [
    ("Ankara reaffirmed its support for Azerbaijan's territorial integrity.", "AZE"),
    ("Canberra reaffirmed its commitment to Papua New Guinea's security.", "PNG"),
])
def test_support_for_a_states_cause_is_support_for_the_state(text, target):
    support = only(text, "SUPPORT")
    assert countries(support.recipient) == {target}


def test_welcoming_strikes_on_a_state_supports_no_one_there():
    welcome = only("Riyadh welcomed the air strikes on Yemen.", "SUPPORT")
    assert "YEM" not in countries(welcome.recipient)


def test_the_partner_of_a_discussion_hung_on_its_topic_is_a_side():
    event = only("Ruto discussed the situation in Sudan with the Egyptian president on Tuesday.", "CONSULT")
    assert [a.country for a in event.actor] == ["KEN"] and [r.country for r in event.recipient] == ["EGY"]


def test_the_partner_of_a_call_or_meeting_the_words_were_said_in_is_a_side():
    event = only("Brazil's president discussed the Amazon fires in a phone call with Macron.", "CONSULT")
    assert [a.country for a in event.actor] == ["BRA"] and [r.country for r in event.recipient] == ["FRA"]


def test_sending_ones_military_abroad_mobilizes_it():
    assert only("Ethiopia sent its military into Somalia.", "MOBILIZE").actor[0].country == "ETH"


def test_an_appeal_to_the_international_community_gives_it_no_country():
    event = only("Malawi appealed to the international community for flood relief.", "REQUEST")
    assert [(r.country, r.sector) for r in event.recipient] == [(None, "IGO")]


def test_a_group_of_states_is_a_party_of_no_one_country():
    event = only("The Brazilian president urged neighbouring countries, including Peru, to open their borders.", "REQUEST")
    assert [(r.text, r.country, r.sector) for r in event.recipient] == [("neighbouring countries", None, "GOV")]
    event = only("Asian nations broke off relations with the junta in Naypyidaw in 1991.", "SANCTION")
    assert [(a.country, a.sector) for a in event.actor] == [(None, "GOV")]


def test_states_and_powers_named_as_a_group_are_a_party_of_no_one_country():
    condemned = only("Western powers condemned the coup in Niamey on Thursday.", "ACCUSE", published="2023-07-28")
    assert [(a.country, a.sector) for a in condemned.actor] == [(None, "GOV")]
    cut = only("Four Gulf Arab states cut diplomatic ties with Doha.", "SANCTION", published="2017-06-05")
    assert [(a.country, a.sector) for a in cut.actor] == [(None, "GOV")] and countries(cut.recipient) == {"QAT"}


def test_keeping_up_an_allys_forces_is_no_occupation():
    from tests.coding.helpers import code
    assert [e.event for e in code("Britain is funding and maintaining the police forces of its ally.")
            if e.event == "ASSAULT"] == []


def test_the_positions_struck_are_of_the_party_their_modifier_names():
    event = only("Ethiopian drones struck TPLF positions near Mekelle.", "ASSAULT")
    assert [(r.country, r.sector) for r in event.recipient] == [("ETH", "REB")]


def test_rebels_who_deal_with_a_government_named_as_such_rise_against_it():
    deal = only("The Burundian government and the rebels signed a ceasefire on Tuesday.", "AGREE")
    assert countries(deal.actor) == {"BDI"} and len(deal.actor) == 2
    meeting = only("Rebel officials held meetings with Russia.", "CONSULT")  # a state named as such: a stranger
    assert [a.country for a in meeting.actor if a.sector == "REB"] == [None]


def test_rebels_who_sign_beside_a_government_abroad_are_of_its_country():
    deal = only("The Chadian government and eastern rebels signed a peace accord in Tripoli.", "AGREE",
                published="2007-10-26")
    assert countries(deal.actor) == {"TCD"} and len(deal.actor) == 2


def test_talks_resumed_with_separatists_abroad_are_the_governments_own():
    talks = only("The Thai government and southern separatists resumed talks in Kuala Lumpur on Monday.", "CONSULT",
                 published="2015-06-08")
    assert countries(talks.actor) == {"THA"} and len(talks.actor) == 2


def test_the_talks_a_state_agrees_to_go_back_to_name_its_partner():
    deal = only("Jordan agreed to return to negotiations with Syria on Monday.", "AGREE", published="1998-05-11")
    assert "SYR" in countries(deal.actor) | countries(deal.recipient)


def test_rebels_a_government_agrees_to_meet_abroad_are_its_own():
    deal = only("The Ugandan government agreed to hold peace talks with northern rebels in Kenya next month.", "AGREE",
                published="1998-05-11")
    assert countries(deal.actor) == {"UGA"}
    assert countries(deal.recipient) == {"UGA"}


def test_whom_a_state_lets_in_is_the_other_side_of_the_opening():
    opening = only("Belgrade allowed OSCE observers to enter the province on Friday.", "RETREAT", published="1998-10-16")
    assert "IGO" in {p.sector for p in opening.recipient} or countries(opening.recipient) & {"UNO", "IGO"}


def test_whom_a_state_refuses_to_let_in_is_the_other_side_of_the_refusal():
    refusal = only("Sudan refused to allow the United Nations to deploy troops in the region.", "REJECT",
                   published="2004-08-02")
    assert countries(refusal.recipient) == {"UNO"}


def test_the_truce_a_government_agrees_to_names_its_partner():
    truce = only("The Angolan government agreed to a truce with the rebels in Lusaka.", "AGREE", published="1994-11-15")
    assert countries(truce.actor) == {"AGO"}
    assert countries(truce.recipient) == {"AGO"}
