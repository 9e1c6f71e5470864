"""Time-aware place names, names inside names, and "the regime" of an article."""

import pytest

from tacitus.knowledge import load_gazetteer, load_registry
from tacitus.knowledge.regime import names_the_regime


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def country(registry, text, date):
    entity = registry.resolve(text, date=date)
    return entity.country if entity is not None else None


def test_a_given_up_town_name_stands_for_its_country_only_before_the_renaming(registry):
    assert country(registry, "Salisbury", "1975-06-01") == "ZWE"
    assert country(registry, "the Salisbury attack", "2018-03-05") is None
    assert country(registry, "Rangoon", "1988-08-08") == "MMR"
    assert country(registry, "Rangoon", "2007-09-26") is None


def test_every_renamed_place_is_of_a_known_country(registry):
    assert registry.data.renamed["salisbury"].year == 1982
    assert all(day.year < 2030 for day in registry.data.renamed.values())


def test_the_gazetteer_sends_a_given_up_name_to_the_town_that_bears_it_today():
    gazetteer = load_gazetteer()
    salisbury = gazetteer.resolve("Salisbury")
    assert salisbury is not None and salisbury.country != "ZWE"
    rangoon = gazetteer.resolve("Rangoon")  # no other town is called so: still Yangon
    assert rangoon is not None and rangoon.country == "MMR"


def test_a_state_that_seceded_stands_for_the_one_it_left_before_its_independence(registry):
    assert country(registry, "Kosovo Albanian politicians", "1998-06-01") == "SRB"
    assert country(registry, "Kosovo's president", "2015-06-01") == "XKX"
    assert country(registry, "an official in Juba", "1995-03-01") == "SDN"
    assert country(registry, "Juba", "2014-03-01") == "SSD"


def test_a_republic_of_a_federation_keeps_its_own_code_before_independence(registry):
    assert country(registry, "Montenegro", "1999-01-10") == "MNE"


def test_a_group_word_inside_a_persons_name_is_no_group(registry):
    entity = registry.resolve("Abdel Fatah al-Sisi", date="2019-01-05")
    assert entity is None or entity.entity_id != "org:FATAH"
    assert registry.resolve("Palestinian Fatah officials", date="2019-01-05").entity_id == "org:FATAH"


def test_a_surname_a_name_goes_on_after_says_no_country(registry):
    assert country(registry, "Muhammad Nour Matar", "2019-01-05") is None


def test_the_article_names_its_regime(registry):
    text = "Bashar al-Assad's regime shelled the town. Iran backs the regime. \"The regime must go,\" she said."
    assert registry.for_article(text, date="2019-01-05").regime == "SYR"
    assert registry.for_article("The sanctions regime on Iran was tightened.", date="2019-01-05").regime is None
    assert registry.for_article("The regime fell.", date="2019-01-05").regime is None


def test_the_regime_and_its_side_but_not_its_enemies_name_it():
    assert names_the_regime("the regime") and names_the_regime("regime forces")
    assert names_the_regime("pro-regime militias") and names_the_regime("the regime's troops")
    assert not names_the_regime("anti-regime rebels") and not names_the_regime("the sanctions regime")


def test_a_regime_is_named_through_its_epithets_and_not_by_its_backers(registry):
    assert registry.for_article("Assad's secular regime fell.", date="2019-01-05").regime == "SYR"
    assert registry.for_article("He fought the US-armed Saudi regime.", date="2019-01-05").regime == "SAU"
    assert registry.for_article("The shah's pro-American regime fell.", date="2019-01-05").regime is None
    assert registry.for_article("Washington seeks regime change in Iran.", date="2019-01-05").regime is None


def test_an_organisations_office_before_a_name_held_only_for_an_old_national_post_is_the_organisations(registry):
    entity = registry.resolve("EU commissioner Neven Mimica", date="2019-03-01")
    assert (entity.country, entity.sector) == ("EUR", "IGO")
    assert registry.resolve("EU commissioner Neven Mimica", date="2003-06-01").country == "HRV"


def test_a_strangers_full_name_says_a_country_only_with_a_holders_own_first_name(registry):
    assert country(registry, "Helen Abbott", "2019-01-05") is None
    assert country(registry, "Tony Abbott", "2019-01-05") == "AUS"


def half(registry, text, mention, date):
    entity = registry.for_article(text, date=date).resolve(mention)
    return entity.country if entity is not None else None


def test_the_north_and_the_south_of_korean_copy_are_the_two_koreas(registry):
    text = "Pyongyang warned the South that its fishing boats would be sunk."
    assert half(registry, text, "the South", "2003-06-01") == "KOR"
    assert half(registry, text, "The North", "2003-06-01") == "PRK"
    assert half(registry, "A South Korean envoy flew north.", "the North's", "1999-02-01") == "PRK"


def test_the_south_of_sudan_is_a_state_only_once_it_was_one(registry):
    text = "Khartoum said the South was arming the militias."
    assert half(registry, text, "the South", "2013-04-01") == "SSD"
    assert half(registry, text, "the South", "1994-04-01") is None
    assert half(registry, "Turkey said the South had failed.", "the South", "2013-04-01") is None
