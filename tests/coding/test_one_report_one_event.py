"""A wire sentence reports one event; what it says around that event is its content or its background
(sentences we wrote)."""

import pytest

from tacitus.coding.unclaimed import is_generic_attacker
from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def categories(text: str) -> list[str]:
    return sorted(e.event for e in code(text))


def test_what_demonstrators_call_for_is_their_protests_cause():
    assert categories("Thousands of Georgians demonstrated in Tbilisi on Sunday calling for new elections.") \
        == ["PROTEST"]
    assert categories("Nurses rallied outside the ministry, demanding higher pay.") == ["PROTEST"]


def test_a_sanction_with_its_accusation_keeps_both():
    assert categories("Kuwait imposed an economic boycott on Iraq, accusing it of smuggling.") == ["ACCUSE", "SANCTION"]


def test_launching_days_of_exercises_is_the_exercises():
    assert categories("Greek and Cypriot warships on Monday launched five days of joint exercises off Crete.") \
        == ["COOPERATE"]


def test_what_must_come_before_a_promise_is_a_condition():
    assert "RETREAT" not in categories("The guerrillas said the junta must free all prisoners before they disarm.")


def test_an_admission_demanded_is_no_deed_of_its_own():
    assert categories("Kyiv demanded an admission by Moscow that its agents poisoned the journalist.") == ["REQUEST"]


def test_a_toll_of_the_year_is_background():
    events = code("Bolivia lifted the curfew in Cochabamba, where 12 people have been killed in clashes this year.")
    assert [e.event for e in events] == ["CONCEDE"]


def test_what_a_donor_has_given_this_year_is_still_its_deed():
    assert categories("Norway has given Malawi 40 million dollars in aid this year.") == ["AID"]


def test_what_a_party_is_accused_of_is_no_deed_of_the_accuser():
    events = code("The OSCE accused the militia of looting shops and killing civilians.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_the_accused_is_named_without_the_charge():
    accusation = code("Baku accused the separatists of attacking a convoy and kidnapping two drivers.")[0]
    assert [r.text for r in accusation.recipient] == ["the separatists"]


def test_members_of_ruling_parties_are_still_named_whole():
    request = code("Members of ruling parties in Europe urged Erdogan to act.")[0]
    assert request.actor[0].text == "Members of ruling parties in Europe"


def test_a_toll_told_after_an_attack_is_that_attack():
    events = code("On 9 June 2022, armed men raided a market in Kajuru (Kaduna). Eleven traders were killed.",
                  published="2022-06-12")
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].date == "2022-06-09"


def test_a_toll_with_a_day_of_its_own_is_another_attack():
    events = code("Bandits raided a market in Kajuru on 9 June 2022. On 11 June 2022, four farmers were killed "
                  "near Kauru.", published="2022-06-14")
    assert [e.date for e in events] == ["2022-06-09", "2022-06-11"]


def test_the_victims_of_a_toll_are_the_targets_of_an_attack_that_named_none():
    events = code("Insurgents attacked at dawn. Three Cameroonian gendarmes were killed.")
    assert len(events) == 1
    assert [e.country for e in events[0].recipient] == ["CMR"]


def test_a_counted_subject_of_a_harm_with_no_object_is_its_victims():
    events = code("Two border guards killed in a roadside blast in Paktika.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert all(is_generic_attacker(a) for a in events[0].actor) and events[0].recipient[0].text == "Two border guards"
    events = code("Six students abducted by gunmen in Katsina.")
    assert events[0].actor[0].text == "gunmen" and events[0].recipient[0].text == "Six students"


def test_a_counted_subject_with_an_object_did_the_harm():
    events = code("Four soldiers killed two poachers in Garamba.")
    assert events[0].actor[0].text == "Four soldiers" and events[0].recipient[0].text == "two poachers"


def test_a_toll_placed_where_the_attack_was_is_the_attacks_toll():
    events = code("A car bomb hit an army checkpoint in Kirkuk on Tuesday evening. Nine others were injured in the "
                  "explosion in Kirkuk.", "2019-06-13")
    assert [(e.event, e.date) for e in events] == [("ASSAULT", "2019-06-11")]


def test_a_toll_placed_elsewhere_is_an_event_of_its_own():
    events = code("Gunmen attacked a village in Zamfara on Sunday. Seven people were killed in Kaduna.", "2021-03-16")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_a_toll_in_the_same_country_is_not_folded_into_the_attack():
    events = code("A drone strike killed two militants in Somalia in March. A third man was killed in Somalia.",
                  "2019-06-13")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2
