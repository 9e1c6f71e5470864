"""Heads of state and of government of the smaller states resolve by name and by title, on the date of the story."""

import datetime as dt

import pytest

from tacitus.knowledge import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("text, date, country", [
    ("President Alpha Conde", "2015-06-01", "GIN"),
    ("Zimbabwe's President Emmerson Mnangagwa", "2019-01-15", "ZWE"),
    ("Prime Minister Jacinda Ardern", "2019-03-20", "NZL"),
    ("Hun Sen", "2020-01-01", "KHM"),
    ("President Patrice Talon", "2019-04-28", "BEN"),
    ("Emir Nawaf", "2021-05-01", "KWT"),
])
def test_a_head_of_a_smaller_state_is_his_countrys_government(registry, text, date, country):
    found = registry.resolve(text, date=date)
    assert (found.country, found.sector, found.kind) == (country, "GOV", "person")


@pytest.mark.parametrize("title, date, name", [
    ("the Guinean president", "2015-06-01", "Alpha Conde"),
    ("the Guinean president", "2022-06-01", "Mamadi Doumbouya"),
    ("Ghana's president", "2010-05-01", "John Atta Mills"),
    ("Ghana's president", "2019-05-01", "Nana Akufo-Addo"),
    ("the Zimbabwean president", "2010-01-01", "Robert Mugabe"),
    ("the Swiss president", "2019-06-01", "Ueli Maurer"),
    ("the Albanian prime minister", "1993-02-01", "Aleksander Meksi"),
])
def test_a_title_names_the_holder_of_the_day_not_a_later_one(registry, title, date, name):
    assert registry.resolve(title, date=date).name == name


def test_a_leaders_surname_that_is_a_word_or_a_better_known_holders_names_him_only_in_full(registry):
    # New Zealand's John Key: "Key" alone is the word, not the prime minister
    assert registry.resolve("Key", date=dt.date(2010, 1, 1)) is None
    assert registry.resolve("John Key", date=dt.date(2010, 1, 1)).country == "NZL"
    # Timor-Leste's president of 2017-2022 is known as Lu-Olo: "Guterres" stays the UN secretary-general
    assert registry.resolve("Guterres", date=dt.date(2018, 1, 1)).country == "UNO"


def test_the_head_of_the_sahrawi_movement_is_a_rebel_leader(registry):
    found = registry.resolve("Brahim Ghali", date=dt.date(2020, 11, 14))
    assert (found.country, found.sector) == ("ESH", "REB")
