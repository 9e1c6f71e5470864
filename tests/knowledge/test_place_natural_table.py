"""natural.csv holds the natural features and regions its header's criterion admits, each row saying by which clause."""

from collections import Counter

import pytest

from tacitus.datafiles import load_table, packaged
from tacitus.knowledge.places.index import NATURAL

# The feature codes each clause of the criterion may admit
CODES = {"ocean": {"OCN"}, "sea": {"SEA", "GULF", "BAY"}, "strait": {"STRT", "CHN", "STM", "SEA", "GULF"},
         "us-bay": {"BAY"}, "lake": {"LK", "RSV"}, "border-lake": {"LK"}, "us-lake": {"LK", "RSV"},
         "island": {"ISL", "ISLS"}, "island-group": {"ISL", "ISLS"}, "island-town": {"ISL", "ISLS"},
         "disputed-islands": {"ISLS"}, "peninsula": {"PEN"}, "range": {"MTS"}, "state-range": {"MTS"},
         "peak-8000": {"MT"}, "summit": {"MT"}, "country-high": {"MT"}, "state-high": {"MT"},
         "volcano": {"MT", "ISL"}, "desert": {"DSRT"}, "valley": {"VAL"},
         "national-park": {"PRK", "ISL", "ISLS", "VAL", "RGN"}, "region": {"RGN"}, "us-region": {"RGN"}}
RIVERS = ("river", "us-river", "gb-river", "capital-river", "city-river", "border-river", "longest-river", "shared-river")


@pytest.fixture(scope="module")
def rows():
    return load_table(packaged("tacitus.knowledge.places", "natural.csv"), NATURAL)


def test_every_row_is_admitted_by_a_clause_that_fits_its_kind(rows):
    for row in rows:
        allowed = {"STM", "LK"} if row["basis"] in RIVERS else CODES[row["basis"]]
        assert row["code"] in allowed, (row["name"], row["basis"], row["code"])


def test_a_united_states_clause_admits_only_features_of_north_america(rows):
    for row in rows:
        if row["basis"] in ("us-river", "us-bay", "us-lake", "state-high", "state-range", "us-region"):
            assert row["country"] in ("USA", "CAN", None), row["name"]
            assert 18 < row["lat"] < 72 and -170 < row["lon"] < -52, row["name"]  # a slipped sign or digit


def test_great_britain_and_ireland_rivers_lie_there(rows):
    for row in rows:
        if row["basis"] == "gb-river":
            assert row["country"] in ("GBR", "IRL") and 49.5 < row["lat"] < 61 and -11 < row["lon"] < 2, row["name"]


def test_the_complete_lists_are_complete(rows):
    by_basis = Counter(row["basis"] for row in rows)
    us_parks = [row for row in rows if row["basis"] == "national-park" and row["country"] in ("USA", "VIR")
                and any("National Park" in name for name in (row["name"], *row["aliases"]))]
    assert len(us_parks) == 63  # every national park of the United States
    assert by_basis["summit"] == 7  # the highest peak of each continent, Everest among them
    assert by_basis["peak-8000"] == 13  # the fourteen peaks of 8,000 m but Everest


def test_names_are_unique_and_points_are_on_the_globe(rows):
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))
    assert all(-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180 for row in rows)


@pytest.mark.parametrize("written, article, code", [
    ("Great Basin National Park", "Rangers closed the road into Great Basin National Park after snow on Tuesday.",
     "PRK"),
    ("Okavango River", "Fishermen on the Okavango River said the flood came two weeks early this year.", "STM"),
    ("Lake Balkhash", "Kazakh scientists warned that Lake Balkhash was shrinking again.", "LK"),
    ("Sea of Okhotsk", "A Russian trawler sank in the Sea of Okhotsk, the ministry said.", "SEA"),
    ("Annapurna", "A Slovak climber died on Annapurna on Monday, Nepali officials said.", "MT"),
    ("Taklamakan Desert", "The rally crossed the Taklamakan Desert in four days.", "DSRT"),
    ("Fort Peck Lake", "Walleye anglers crowded the ramps at Fort Peck Lake, Montana officials said.", "RSV"),
    ("River Great Ouse", "Flood barriers went up along the River Great Ouse near Ely on Friday.", "STM"),
    ("Mekong Delta", "Rice farmers in the Mekong Delta lost a third of their crop to salt water.", "RGN"),
    ("Fansipan", "A cable car now carries tourists to the top of Fansipan, Vietnamese media said.", "MT"),
    ("Barossa Valley", "Grape growers in the Barossa Valley expect a small vintage after the heatwave.", "VAL"),
    ("Straits of Mackinac", "The ferry crossed the Straits of Mackinac despite the wind, the Michigan line said.",
     "STRT")])
def test_a_feature_the_criterion_admits_is_found_in_a_story(gazetteer, written, article, code):
    place = gazetteer.resolve(written, context=article)
    assert place.feature_code == code and place.lat is not None


def test_a_feature_no_clause_admits_is_left_to_the_story(gazetteer):
    # a small valley of a ski resort: no clause admits it, so it is no natural feature of the table
    place = gazetteer.resolve("Roaring Fork Valley", context="Snow closed the roads of the Roaring Fork Valley.")
    assert place is None or place.feature_code != "VAL"


@pytest.mark.parametrize("name, story, iso3", [
    ("Riverina", "Rice growers in the Riverina say water allocations will halve this season.", "AUS"),
    ("Vidarbha", "Cotton farmers in Vidarbha marched on Nagpur demanding loan waivers.", "IND"),
    ("Karoo", "Sheep farmers across the Karoo have lost a third of their flocks to drought.", "ZAF"),
    ("East Anglia", "Sugar beet growers in East Anglia fear a wet harvest, the NFU said.", "GBR"),
])
def test_a_historical_region_inside_one_country_is_that_region(gazetteer, name, story, iso3):
    place = gazetteer.resolve(name, context=story)
    assert (place.feature_code, place.country) == ("RGN", iso3)
