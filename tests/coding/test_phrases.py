import pytest

from tacitus.coding.phrases import continued_infinitive
from tests.coding.helpers import code, countries, only, parse

pytestmark = pytest.mark.slow


def test_every_people_listed_with_commas_before_a_coordination_is_a_side():
    attack = only("Russian, Syrian and Iranian forces shelled the village on Monday.", "ASSAULT")
    assert countries(attack.actor) == ["IRN", "RUS", "SYR"]
    condemn = only("French, German, Italian and Spanish diplomats condemned the vote.", "ACCUSE")
    assert countries(condemn.actor) == ["DEU", "ESP", "FRA", "ITA"]


def test_a_state_named_by_its_own_name_in_a_list_of_peoples_is_a_side_too():
    killed = only("Rebels killed British, US, Japanese and Russian hostages in the desert.", "ASSAULT")
    assert countries(killed.recipient) == ["GBR", "JPN", "RUS", "USA"]


def test_bodies_of_several_states_named_after_in_are_each_states():
    arrest = only("Police in France and Belgium arrested twelve people on Monday.", "COERCE")
    assert countries(arrest.actor) == ["BEL", "FRA"]
    inquiry = only("Courts in Austria, Norway and Denmark are investigating several Chechen officials.", "ACCUSE")
    assert countries(inquiry.actor) == ["AUT", "DNK", "NOR"]


def test_the_bare_verbs_after_a_nouns_infinitive_continue_it():
    span = parse("The senator praised the decision to recall the envoy, arrest the plotters and close the consulate.")
    assert [(t.text, continued_infinitive(t).text) for t in span if continued_infinitive(t) is not None] == [
        ("arrest", "recall"), ("close", "recall")]
    told = parse("Police arrested the leaders, raided their offices and seized documents.")
    assert not [t for t in told if continued_infinitive(t) is not None]


def test_a_participle_after_a_noun_set_beside_a_name_describes_the_one_named():
    assert not code("Students read the letters of Aung San Suu Kyi, the opposition leader now detained in Rangoon.")
