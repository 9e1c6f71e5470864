import pytest

from tests.coding.helpers import code, countries

pytestmark = pytest.mark.slow


def test_the_two_leaders_are_the_last_pair_named():
    events = code("Putin and Erdogan spoke by phone on Tuesday. The two leaders agreed to coordinate in Idlib.")
    agree = [e for e in events if e.event == "AGREE"][0]
    assert countries(agree.actor) == ["RUS", "TUR"] and agree.date == "2020-01-07"


def test_he_is_the_last_person_named():
    events = code("Erdogan spoke at a ceremony in Istanbul. He urged Moscow to stop its strikes in Idlib.")
    request = [e for e in events if e.event == "REQUEST"][0]
    assert (countries(request.actor), countries(request.recipient)) == (["TUR"], ["RUS"])


def test_those_who_travelled_are_nobody_in_particular():
    assert code("The Foreign Office spoke. Those who travelled to Syria lost their rights.") == []


def test_a_pronoun_takes_the_subject_of_its_own_sentence_first():
    text = "Saudi Arabia spoke on Monday. The Syrian regime made gains when it took control of Deraa."
    assault = [e for e in code(text) if e.event == "ASSAULT"][0]
    assert countries(assault.actor) == ["SYR"]


def test_capitals_spell_a_name_not_a_pronoun():
    accuse = code("Turkey accused the US of bad faith.")[0]
    assert (countries(accuse.actor), countries(accuse.recipient)) == (["TUR"], ["USA"])
    criticism = code("The WHO criticised Syria on Monday.")[0]
    assert [e.entity_id for e in criticism.actor] == ["org:WHO"] and countries(criticism.recipient) == ["SYR"]


def test_a_name_in_apposition_says_who_the_noun_is():
    consult = code("The rebels met Assad's main ally, Russia, in Ankara on Monday.")[0]
    assert countries(consult.actor + consult.recipient) == ["RUS"]
