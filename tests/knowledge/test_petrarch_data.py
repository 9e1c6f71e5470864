"""The PETRARCH2 conversion (knowledge/data/petrarch/): valid rows, its MIT notice, and our own entries winning."""

import datetime as dt
from importlib import resources

import pycountry
import pytest

from tacitus.knowledge import load_registry
from tacitus.knowledge.normalize import fold
from tacitus.knowledge.registry import (NON_STATE_CODES, OFFICES, PEOPLE_COLUMNS, SECTORS, RegistryData,
                                        build_registry_data, data_rows, load_converted_people)

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
FOLDER = resources.files("tacitus.knowledge").joinpath("data", "petrarch")
FILES = ("names.csv", "organisations.csv", "people.csv", "sectors.csv")


def rows(name):
    with FOLDER.joinpath(name).open(encoding="utf-8") as handle:
        return list(data_rows(handle, name))


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("name", FILES)
def test_every_converted_file_carries_the_mit_notice(name):
    header = FOLDER.joinpath(name).read_text(encoding="utf-8").split("\n", 6)[:6]
    assert any("MIT License" in line and "Open Event Data" in line for line in header)
    assert "build_petrarch" in "".join(header)


def test_the_licence_is_beside_the_converted_files():
    text = FOLDER.joinpath("LICENSE").read_text(encoding="utf-8")
    assert "The MIT License" in text and "Permission is hereby granted" in text


def test_names_point_at_real_countries_and_sectors():
    found = rows("names.csv")
    assert len(found) > 3000
    for line, row in found:
        assert row["iso3"] in ISO3, line
        assert not row["sector"] or row["sector"] in SECTORS, line


def test_organisations_have_known_codes_sectors_and_unique_ids():
    ids = set()
    found = rows("organisations.csv")
    assert len(found) > 1500
    for line, row in found:
        assert not row["code"] or row["code"] in ISO3 or row["code"] in NON_STATE_CODES, line
        assert row["sector"] in SECTORS and row["kind"] in ("organisation", "group"), line
        assert row["id"].startswith("pet-") and row["id"] not in ids, line
        ids.add(row["id"])


def test_people_have_valid_terms_and_folded_aliases():
    found = rows("people.csv")
    assert len(found) > 20000
    assert list(found[0][1]) == list(PEOPLE_COLUMNS)
    for line, row in found:
        assert row["country"] in ISO3 or row["country"] in NON_STATE_CODES, line
        assert row["office"] in OFFICES and row["sector"] in SECTORS, line
        start = dt.date.fromisoformat(row["start"]) if row["start"] else dt.date.min
        assert not row["end"] or start <= dt.date.fromisoformat(row["end"]), line
        assert all(alias == fold(alias) for alias in row["aliases"].split("|")), line


def test_agent_words_are_folded_and_use_known_sectors():
    found = rows("sectors.csv")
    assert len(found) > 3000
    for line, row in found:
        assert row["word"] == fold(row["word"]) and row["sector"] in SECTORS, line


def test_loading_adds_the_conversion_to_the_curated_registry():
    curated = build_registry_data(None, converted=False)
    full = build_registry_data(None)
    assert len(full.people) > 4 * len(curated.people)
    assert len(full.organisations) - len(curated.organisations) > 1500
    assert len(full.country_names) > 4 * len(curated.country_names)


@pytest.mark.parametrize("text,entity_id", [
    ("Hizbollah", "org:HEZBOLLAH"), ("Kurdistan Workers' Party", "org:PKK"), ("the rebel Kurdistan Workers' Party", "org:PKK"),
])
def test_our_curated_entries_win_over_the_conversion(registry, text, entity_id):
    assert registry.resolve(text).entity_id == entity_id


def test_a_curated_person_keeps_their_surname(registry):
    assert registry.resolve("Putin", date="2015-06-01").entity_id.startswith("person:putin")


@pytest.mark.parametrize("text,country,sector", [
    ("Amal", "LBN", "REB"), ("MILF", "PHL", "REB"), ("Moro Islamic Liberation Front", "PHL", "REB"),
    ("UNITA", "AGO", "REB"), ("MASSOB", "NGA", "REB"), ("Basque Fatherland and Liberty", "ESP", "REB"),
    ("Macedonia", "MKD", None), ("Bengladesh", "BGD", None), ("Kandahar", "AFG", None),
])
def test_groups_and_other_names_of_countries_come_from_the_conversion(registry, text, country, sector):
    entity = registry.resolve(text)
    assert (entity.country, entity.sector) == (country, sector)


@pytest.mark.parametrize("word", ["Total", "Shell", "Apple", "Rice", "Hope", "John", "Mohammed", "Ali", "Smith"])
def test_everyday_words_and_given_names_are_no_actors(registry, word):
    assert registry.resolve(word, date="2015-06-01") is None


def test_names_made_of_everyday_words_name_no_group(registry):
    entity = registry.resolve("an Islamic group")
    assert entity is None or entity.entity_id is None


def test_a_converted_person_follows_petrarchs_order_of_codes(registry):
    # Petar Gosev: ELI 1966-1999, GOV 2003, GOV from 1990, ELI otherwise; PETRARCH takes the first that holds
    assert registry.resolve("Petar Gosev", date="1995-01-01").sector == "ELI"
    assert registry.resolve("Petar Gosev", date="2003-06-01").sector == "GOV"
    assert registry.resolve("Petar Gosev", date="2010-06-01").sector == "GOV"
    assert registry.resolve("Petar Gosev", date="1960-06-01").sector == "ELI"
    assert registry.resolve("Petar Gosev").country == "MKD"


def test_converted_people_with_no_start_hold_since_always(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("# converted\n" + ",".join(PEOPLE_COLUMNS) + "\n"
                    "pet-ada-quill,Ada Quill,ada quill|quill,,TUR,official,GOV,2001-01-01,2004-12-31,\n"
                    "pet-ada-quill,Ada Quill,ada quill|quill,,TUR,official,ELI,,,\n", encoding="utf-8")
    data = RegistryData()
    load_converted_people(data, path)
    person = data.people["pet-ada-quill"]
    assert person.term_on(dt.date(2002, 1, 1)).sector == "GOV"
    assert person.term_on(dt.date(1980, 1, 1)).sector == "ELI"
    assert person.term_on(dt.date(2020, 1, 1)).sector == "ELI"
    assert data.person_names["ada quill"] == "pet-ada-quill" and data.surnames["quill"] == {"pet-ada-quill"}
