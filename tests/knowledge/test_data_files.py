"""Every row of the packaged registry data is valid."""

import csv
from importlib import resources

import pycountry

from tacitus.knowledge.registry import NON_STATE_CODES, OFFICES, SECTORS, data_rows, parse_date, people_files

# ISO 3166-1 codes, and the user-assigned code of Kosovo that country_converter and GeoNames share
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def rows(name):
    with resources.files("tacitus.knowledge").joinpath("data", name).open(encoding="utf-8") as handle:
        first = handle.readline()
        assert first.startswith("#"), f"{name} must start with a header stating its sources"
        handle.seek(0)
        return list(data_rows(handle, name))


def test_countries_have_valid_codes_and_no_duplicates():
    seen = set()
    for line, row in rows("countries.csv"):
        assert row["iso3"] in ISO3, line
        assert row["iso3"] not in seen
        seen.add(row["iso3"])
        assert len(row["iso2"]) == 2
        assert not row["gw"] or row["gw"].isdigit()
    assert len(seen) >= 240


def test_demonyms_metonyms_and_organisations_point_at_real_codes():
    for line, row in rows("demonyms.csv"):
        assert row["iso3"] in ISO3, line
    for line, row in rows("metonyms.csv"):
        assert row["iso3"] in ISO3 and row["sector"] in SECTORS, line
    ids = set()
    for line, row in rows("organisations.csv"):
        # news organisations report; they are no party of their country's
        assert row["code"] in ISO3 or row["code"] in NON_STATE_CODES or (row["code"] == "" and row["sector"] == "MED"), line
        assert row["sector"] in SECTORS and row["kind"] in ("organisation", "group"), line
        assert row["id"] not in ids
        ids.add(row["id"])


def test_sector_words_use_known_codes():
    words = [row["word"] for _, row in rows("sectors.csv")]
    assert len(words) == len(set(words))
    assert all(row["sector"] in SECTORS for _, row in rows("sectors.csv"))


def people_rows():
    for path in people_files():
        with path.open(encoding="utf-8") as handle:
            assert handle.readline().startswith("#"), f"{path.name} must start with a header stating its sources"
            handle.seek(0)
            for line, row in data_rows(handle, path.name):
                yield f"{path.name}:{line}", row


def test_people_rows_are_valid_and_terms_ordered():
    seen = set()
    names = {}
    for where, row in people_rows():
        assert row["country"] in ISO3 or row["country"] in NON_STATE_CODES, where
        assert row["office"] in OFFICES and row["sector"] in SECTORS, where
        start = parse_date(row["start"])
        if row["end"]:
            assert start <= parse_date(row["end"], end=True), where
        key = (row["person_id"], row["office"], row["country"], row["start"])
        assert key not in seen, where
        seen.add(key)
        # One id is one person in every file: the same name everywhere.
        assert names.setdefault(row["person_id"], row["name"]) == row["name"], where
        assert not row["qid"] or (row["qid"].startswith("Q") and row["qid"][1:].isdigit()), where
        # one-word aliases are nicknames ("Hemedti", "IBK"), never the bare surname the registry derives itself
        surname = row["name"].split()[-1]
        assert all(len(alias.split()) >= 2 or alias != surname for alias in row["aliases"].split("|") if alias), \
            f"{where}: aliases are full names or nicknames, never a bare surname"


def test_a_wikidata_id_belongs_to_one_person():
    owners = {}
    for where, row in people_rows():
        if row["qid"]:
            assert owners.setdefault(row["qid"], row["person_id"]) == row["person_id"], where


def test_titles_name_known_offices():
    titles = [row["title"] for _, row in rows("titles.csv")]
    assert len(titles) == len(set(titles))
    assert all(row["office"] in (*OFFICES, "leader") for _, row in rows("titles.csv"))


def test_regions_have_coordinates():
    for line, row in rows("regions.csv"):
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, line
        assert not row["country"] or row["country"] in ISO3, line


def test_renamed_places_have_a_country_a_date_and_their_new_name():
    seen = set()
    for line, row in rows("renamed_places.csv"):
        assert row["iso3"] in ISO3 and row["now"] and row["name"] != row["now"], line
        assert parse_date(row["renamed"]).year >= 1900, line
        assert row["name"].lower() not in seen, line
        seen.add(row["name"].lower())


def test_divided_countries_pair_two_states_from_a_day():
    for line, row in rows("divided_countries.csv"):
        assert row["north"] in ISO3 and row["south"] in ISO3 and row["north"] != row["south"], line
        assert parse_date(row["since"]).year >= 1900, line


def test_seceded_states_name_a_parent_state_and_a_day():
    for line, row in rows("seceded_states.csv"):
        assert row["state"] in ISO3 and row["parent"] in ISO3 and row["state"] != row["parent"], line
        assert parse_date(row["since"]).year >= 1900, line


def test_theatres_name_known_groups_and_real_countries_home_first():
    homes = {row["id"]: row["code"] for _, row in rows("organisations.csv")}
    for line, row in rows("theatres.csv"):
        countries = row["countries"].split("|")
        assert row["id"] in homes and countries[0] == homes[row["id"]], line
        assert len(countries) > 1 and all(c in ISO3 for c in countries), line
