"""How the sides of an event are arranged: a meeting has a host and a guest, a deal has sides, a broker is neither."""

from tests.coding.helpers import countries, only


def test_whom_a_minister_met_is_the_recipient_of_the_meeting():
    met = only("The Indian foreign minister met his Japanese counterpart in Tokyo on Monday.", "CONSULT")
    assert (countries(met.actor), countries(met.recipient)) == (["IND"], ["JPN"])


def test_whom_a_leader_held_talks_or_spoke_with_is_the_recipient():
    talks = only("Chancellor Scholz held talks with President Macron in Paris on Monday.", "CONSULT")
    assert (countries(talks.actor), countries(talks.recipient)) == (["DEU"], ["FRA"])
    call = only("The Kenyan president spoke with the Ethiopian prime minister by phone on Sunday.", "CONSULT")
    assert (countries(call.actor), countries(call.recipient)) == (["KEN"], ["ETH"])


def test_leaders_named_together_who_met_are_all_actors():
    met = only("The Indian and Japanese foreign ministers met in Tokyo on Monday.", "CONSULT")
    assert countries(met.actor) == ["IND", "JPN"] and met.recipient == []


def test_a_mediators_talks_between_two_sides_have_both_as_recipients():
    talks = only("Norway hosted talks between Colombia and the ELN rebels in Oslo.", "CONSULT")
    assert countries(talks.actor) == ["NOR"] and "COL" in countries(talks.recipient)


def test_the_town_negotiators_go_to_for_talks_is_no_side_of_them():
    talks = only("Armenian and Azerbaijani negotiators returned to Geneva for talks on Tuesday.", "CONSULT")
    assert countries(talks.actor + talks.recipient) == ["ARM", "AZE"]


def test_the_mediator_of_the_talks_a_truce_was_agreed_at_is_no_side_of_it():
    truce = only("Armenia and Azerbaijan agreed to a truce on Saturday at talks in Moscow mediated by Russia.", "AGREE")
    assert countries(truce.actor) == ["ARM", "AZE"] and truce.recipient == []


def test_a_destination_in_an_agreement_is_no_side_of_it():
    # "agreed to let a force into East Timor": the territory is where the force goes, not a party to the deal
    agree = only("Indonesia agreed on Sunday to allow an international peacekeeping force into East Timor.", "AGREE")
    assert countries(agree.actor) == ["IDN"]


def test_the_seat_a_meeting_is_held_at_is_no_side_of_it():
    met = only("The Jordanian king met with President Biden at the White House on Monday.", "CONSULT")
    assert [r.text for r in met.recipient] == ["President Biden"]
