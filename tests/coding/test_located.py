"""Where a sentence places its parties: the country of its locative phrases (coding/located.py)."""

import pytest

from tests.coding.helpers import code, only

pytestmark = pytest.mark.slow


def test_a_people_of_several_states_is_of_the_place_the_sentence_puts_it_in():
    text = "Kurdish fighters battling Turkey in the Syrian enclave of Jindires asked Damascus for help."
    request = only(text, "REQUEST", published="2018-02-20")
    assert [(a.text, a.country) for a in request.actor] == [("Kurdish fighters", "SYR")]


def test_a_people_of_several_states_takes_no_country_from_a_place_it_acts_on():
    events = code("Kurdish protesters occupied a railway station in central London on Monday.",
                  published="2018-02-20")
    assert all(a.country in (None, "GBR") for e in events for a in e.actor)
    events = code("Kurdish protesters occupied King's Cross station on Monday.", published="2018-02-20")
    assert all(a.country is None for e in events for a in e.actor)


def test_the_authorities_of_a_town_named_by_a_common_noun_are_of_its_country():
    text = "The authorities in the Turkish resort of Bodrum arrested two British tourists on Monday."
    coerce = only(text, "COERCE", published="2018-02-20")
    assert [a.country for a in coerce.actor] == ["TUR"]


def test_a_people_of_several_states_is_only_ever_of_one_of_its_homelands():
    text = ("The White House ordered the withdrawal of half the American troops in Afghanistan on Thursday. Allies "
            "were stunned. The Kurds have already complained about the decision.")
    complaint = [e for e in code(text, published="2018-12-21") if e.event == "ACCUSE"]
    assert [a.country for e in complaint for a in e.actor] == [None]


def test_the_homelands_of_each_people_are_countries_the_registry_knows():
    from tacitus.coding.located import _homelands
    from tacitus.knowledge import load_registry

    registry = load_registry()
    assert _homelands() and all(code in registry.data.countries for lands in _homelands().values() for code in lands)


def test_the_police_of_a_town_are_of_the_country_its_bracketed_region_names():
    attack = only("CJNG gunmen killed four police officers in El Salto (Jalisco) on Monday.", "ASSAULT",
                  published="2023-03-07")
    assert [r.country for r in attack.recipient] == ["MEX"]
