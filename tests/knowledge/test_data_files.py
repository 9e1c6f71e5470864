"""Every row of the packaged registry data is valid."""

import csv
from importlib import resources

import pycountry

from tacitus.knowledge.registry import NON_STATE_CODES, OFFICES, SECTORS, data_rows, parse_date

ISO3 = {c.alpha_3 for c in pycountry.countries}


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
        assert row["iso3"] in ISO3 or row["iso3"] == "XKX", line
    for line, row in rows("metonyms.csv"):
        assert row["iso3"] in ISO3 and row["sector"] in SECTORS, line
    ids = set()
    for line, row in rows("organisations.csv"):
        assert row["code"] in ISO3 or row["code"] in NON_STATE_CODES, line
        assert row["sector"] in SECTORS and row["kind"] in ("organisation", "group"), line
        assert row["id"] not in ids
        ids.add(row["id"])


def test_sector_words_use_known_codes():
    words = [row["word"] for _, row in rows("sectors.csv")]
    assert len(words) == len(set(words))
    assert all(row["sector"] in SECTORS for _, row in rows("sectors.csv"))


def test_people_rows_are_valid_and_terms_ordered():
    seen = set()
    names = {}
    for line, row in rows("people.csv"):
        assert row["country"] in ISO3 or row["country"] in NON_STATE_CODES, line
        assert row["office"] in OFFICES and row["sector"] in SECTORS, line
        start = parse_date(row["start"])
        if row["end"]:
            assert start <= parse_date(row["end"], end=True), line
        key = (row["person_id"], row["office"], row["start"])
        assert key not in seen, line
        seen.add(key)
        assert names.setdefault(row["person_id"], row["name"]) == row["name"], line
        assert not row["qid"] or (row["qid"].startswith("Q") and row["qid"][1:].isdigit()), line


def test_regions_have_coordinates():
    for line, row in rows("regions.csv"):
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, line
        assert not row["country"] or row["country"] in ISO3, line
