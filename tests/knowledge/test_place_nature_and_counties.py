"""Places the article pins down by a county it names, large provinces at GeoNames' points, and natural features."""

import pytest

from tacitus.datafiles import load_table, packaged
from tacitus.knowledge.places.index import ADMIN1_POINTS, FEATURES, NATURAL
from tacitus.knowledge.places.names import nature_written_after


def test_a_town_in_a_county_the_article_names_is_the_one_in_that_county(gazetteer):
    story = ("Franklin aldermen voted 6-2 on Tuesday to widen the bypass, and Williamson County commissioners "
             "will take up their share of the cost next month.")
    place = gazetteer.resolve("Franklin", context=story)
    assert (place.country, place.admin1_code) == ("USA", "TN")


@pytest.mark.parametrize("name", ["Milford", "Hudson"])
def test_a_town_by_its_own_name_beats_a_bigger_city_of_its_country_that_once_went_by_it(gazetteer, name):
    place = gazetteer.resolve(name, context=f"The {name} planning board approved the new library on Tuesday.")
    assert place.name == name  # not Newark or Jersey City, which were once called so


def test_a_foreign_city_by_its_english_name_keeps_it(gazetteer):
    place = gazetteer.resolve("Palmyra", context="Islamic State fighters seized Palmyra and its ruins in May.")
    assert place.country == "SYR"


@pytest.mark.parametrize("name, lat, lon", [("Ontario", 49.25, -84.5), ("Western Australia", -25, 122),
                                            ("Oregon", 44.0, -120.5)])
def test_a_large_province_is_at_geonames_point_not_the_middle_of_its_cities(gazetteer, name, lat, lon):
    place = gazetteer.resolve(name, context=f"Wildfires spread across {name} on Sunday, officials said.")
    assert place.feature_code == "ADM1"
    assert place.lat == pytest.approx(lat, abs=0.1) and place.lon == pytest.approx(lon, abs=0.1)


def test_the_admin1_points_table_is_valid():
    """Every listed province once, a province of features.tsv, a point not far from our estimate."""
    rows = load_table(packaged("tacitus.knowledge.places", "admin1_points.csv"), ADMIN1_POINTS)
    keys = [(row["country"], row["admin1"]) for row in rows]
    assert len(keys) == len(set(keys))
    estimates = {(row["country"], row["admin1"]): (row["lat"], row["lon"])
                 for row in load_table(packaged("tacitus.knowledge.places", "features.tsv"), FEATURES)
                 if row["code"] == "ADM1"}
    for row in rows:
        key = (row["country"], row["admin1"])
        assert key in estimates, key
        lat, lon = estimates[key]
        assert abs(row["lat"] - lat) < 10 and abs(row["lon"] - lon) < 12, key  # a slipped sign or digit


@pytest.mark.parametrize("written, code", [("Danube", "STM"), ("the Himalayas", "MTS"), ("Lake Victoria", "LK"),
                                           ("Strait of Malacca", "STRT"), ("Mount Kilimanjaro", "MT"),
                                           ("Yosemite National Park", "PRK"), ("Monterey Bay", "BAY"),
                                           ("Coachella Valley", "VAL"), ("Isle Royale", "ISL"),
                                           ("Sleeping Bear Dunes", "PRK")])
def test_a_natural_feature_is_that_feature(gazetteer, written, code):
    place = gazetteer.resolve(written, context=f"Scientists said the drought around {written} was the worst in decades.")
    assert place.feature_code == code and place.precision == "region" and place.lat is not None


@pytest.mark.parametrize("written, article, country, code", [
    ("River Suir", "Anglers said the salmon run on the River Suir near Clonmel was the best in years.", "IRL", "STM"),
    ("River Tweed", "Police searched the River Tweed after a canoe capsized near Kelso on Sunday.", "GBR", "STM"),
    ("Virgin Gorda", "The ferry from Road Town to Virgin Gorda resumed after the storm.", "VGB", "ISL"),
    ("Pamlico Sound", "Crab catches in Pamlico Sound fell after the hurricane, North Carolina officials said.",
     "USA", "BAY"),
    ("Ben Nevis", "Two Polish climbers were rescued on Ben Nevis, Scottish officials said.", "GBR", "MT")])
def test_a_river_island_bay_or_peak_of_regional_news_is_that_feature(gazetteer, written, article, country, code):
    place = gazetteer.resolve(written, context=article)
    assert (place.country, place.feature_code) == (country, code)


@pytest.mark.parametrize("story", [
    "Egypt and Saudi Arabia agreed to build a bridge across the Red Sea, Cairo said on Saturday.",
    "The Egyptian navy held drills in the Red Sea with Saudi and Sudanese ships."])
def test_a_sea_is_not_the_province_named_after_it(gazetteer, story):
    assert gazetteer.resolve("Red Sea", context=story).feature_class != "A"  # Egypt's and Sudan's have one


def test_a_state_named_after_a_river_is_still_the_state(gazetteer):
    place = gazetteer.resolve("Colorado", context="Colorado lawmakers passed the water bill on Friday.")
    assert place.feature_code == "ADM1"


def test_the_natural_features_table_is_valid():
    rows = load_table(packaged("tacitus.knowledge.places", "natural.csv"), NATURAL)
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) and len(names) > 250
    assert all(-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180 for row in rows)


@pytest.mark.parametrize("written, country", [("Bank of Canada", "CAN"), ("UK Treasury", "GBR"),
                                              ("Government of India", "IND"), ("Bank of Mexico", "MEX")])
def test_an_institution_named_after_its_country_is_placed_in_that_country(gazetteer, written, country):
    place = gazetteer.resolve(written, context=f"Markets rallied on Monday after the {written} held rates steady.")
    assert place.feature_code == "PCLI" and place.country == country


def test_a_countrys_adjective_in_a_name_is_no_country(gazetteer):
    story = "Flood water reached homes in the Irish Channel of New Orleans on Friday, the New Orleans mayor said."
    place = gazetteer.resolve("Irish Channel", context=story)
    assert place is None or place.country != "IRL"


def test_a_name_the_gazetteer_lacks_is_placed_at_a_town_the_story_names_not_its_states_middle(gazetteer):
    story = ("Georgia wildlife officers said the boat ramps on Lake Sinclair would reopen on Saturday. Georgia had "
             "closed them after the storm, and crews from Milledgeville cleared the fallen trees, the Georgia agency said.")
    place = gazetteer.resolve("Lake Sinclair", context=story)
    assert place.feature_class == "P" and place.admin1_code == "GA"


@pytest.mark.parametrize("written, country", [("White House", "USA"), ("Kremlin", "RUS"), ("Downing Street", "GBR")])
def test_a_seat_of_power_is_placed_in_its_capital(gazetteer, written, country):
    place = gazetteer.resolve(written, context=f"Reporters waited outside the {written} for the statement on Tuesday.")
    assert place.feature_code == "PPLC" and place.country == country


def test_a_town_named_like_a_seat_of_power_is_the_town_when_its_state_is_written(gazetteer):
    story = "The fire destroyed two barns in White House, Tenn., on Sunday, Robertson County officials said."
    place = gazetteer.resolve("White House", context=story)
    assert place.feature_code == "PPL" and place.admin1_code == "TN"


@pytest.mark.parametrize("story", ["Rugby fans in Wales celebrated on Sunday after the UK team won in March.",
                                   "Teachers in Wales will strike in March, the union said in a statement from London."])
def test_a_great_province_is_not_a_village_of_its_name(gazetteer, story):
    assert gazetteer.resolve("Wales", context=story).feature_code == "ADM1"  # a village in England is named so


@pytest.mark.parametrize("written, admin1", [("Texans", ("USA", "TX")), ("Ontarians", ("CAN", "08")),
                                             ("Hoosiers", ("USA", "IN"))])
def test_a_provinces_people_are_placed_in_it(gazetteer, written, admin1):
    place = gazetteer.resolve(written, context=f"{written} will pay less for power next year, officials said.")
    assert place.feature_code == "ADM1" and (place.country, place.admin1_code) == admin1


def test_the_admin1_demonyms_table_names_known_subdivisions():
    from tacitus.knowledge.places.index import ADMIN1_DEMONYMS

    rows = load_table(packaged("tacitus.knowledge.places", "admin1_demonyms.csv"), ADMIN1_DEMONYMS)
    provinces = {(row["country"], row["admin1"]) for row in load_table(packaged("tacitus.knowledge.places",
                                                                                "features.tsv"), FEATURES)
                 if row["code"] == "ADM1"}
    assert all((row["country"], row["admin1"]) in provinces and row["terms"] for row in rows) and len(rows) > 55


def test_a_name_the_gazetteer_lacks_in_a_story_naming_only_its_country_is_placed_in_the_country(gazetteer):
    story = "Health officials in Ireland said the new wing at Ballyroe Clinic would open next year."
    place = gazetteer.resolve("Ballyroe Clinic", context=story)
    assert place.feature_code == "PCLI" and place.country == "IRL" and place.precision == "country"


def test_a_countrys_possessive_names_the_country(gazetteer):
    story = "Ireland's health service said on Monday that Ballyroe Clinic would close."
    assert gazetteer.resolve("Ballyroe Clinic", context=story).country == "IRL"


def test_a_county_by_its_bare_name_competes_with_towns_of_that_name(gazetteer):
    story = ("Lanark councillors approved a new paramedic base on Tuesday. The Ontario ministry will pay half, and "
             "Perth and Smiths Falls will share the rest of the cost.")
    place = gazetteer.resolve("Lanark", context=story)
    assert (place.country, place.admin1_code, place.feature_code) == ("CAN", "08", "ADM2")


def test_a_city_by_its_own_name_is_not_the_region_named_after_it(gazetteer):
    place = gazetteer.resolve("Nitra", context="Farmers in Nitra protested on Monday, Slovak media said.")
    assert place.feature_code != "ADM1"


def test_a_lake_whose_only_namesake_is_a_village_of_another_state_is_in_the_story_s_state(gazetteer):
    story = ("Anglers crowded Fish Lake on Saturday, and Brainerd police warned that the ice was thin. Brainerd "
             "firefighters rescued two men, and Crow Wing County deputies closed the landing.")
    place = gazetteer.resolve("Fish Lake", context=story)
    assert (place.country, place.admin1_code) == ("USA", "MN")


def test_a_name_the_gazetteer_lacks_in_a_story_naming_only_its_state_is_placed_in_the_state(gazetteer):
    story = ("Quarrybrook Twp. adopts parking rules. The township committee voted 4-1 on Monday to limit overnight "
             "parking, the first such rule in this part of N.J., and the township clerk will post the signs next month.")
    place = gazetteer.resolve("Quarrybrook Twp.", context=story)
    assert (place.country, place.admin1_code, place.feature_code) == ("USA", "NJ", "ADM1")


def test_a_name_the_gazetteer_lacks_in_a_story_of_the_capital_named_like_a_state_is_at_the_capital(gazetteer):
    story = ("The president met four senators in the Roosevelt Room on Tuesday. Officials in Washington said the "
             "United States would send more aid, and the senators told reporters the talks had gone well.")
    place = gazetteer.resolve("Roosevelt Room", context=story)
    assert (place.country, place.feature_code) == ("USA", "PPLC")


def test_a_name_a_state_of_another_country_bears_is_no_country_inside_a_longer_name(gazetteer):
    place = gazetteer.resolve("Georgia Power", context="Georgia Power crews restored electricity to most homes in Macon "
                                                       "on Sunday.")
    assert place.country == "USA"  # the state's utility, not the Caucasian country's


def test_a_country_s_name_inside_a_longer_place_name_is_no_country(gazetteer):
    place = gazetteer.resolve("New Mexico State University",
                              context="Researchers at New Mexico State University tested the chile seeds.")
    assert place.country == "USA"  # New Mexico's, not Mexico's


@pytest.mark.parametrize("story, state", [
    ("Anglers on Lake Nevada reported thin ice on Sunday, the county sheriff said.", "NV"),
    ("A barge ran aground on the Ohio River below the lock, the Coast Guard said.", "OH")])
def test_a_lake_or_river_named_after_a_state_is_no_cue_of_that_state_but_of_its_country(gazetteer, story, state):
    article = gazetteer._resolver.context(story)
    assert ("USA", state) not in article.admin1s()
    assert article.countries().get("USA", 0) >= 1.0


def test_a_state_named_alone_is_still_its_cue(gazetteer):
    article = gazetteer._resolver.context("Anglers in Nevada reported thin ice on Sunday, the county sheriff said.")
    assert ("USA", "NV") in article.admin1s()


def test_a_name_listed_before_rivers_is_a_river_of_the_story_s_state_not_a_county_elsewhere(gazetteer):
    story = ("Trail opens. CHARLESTON, W.Va. — A new hiking trail opened on Saturday between the Gauley and Cherry "
             "rivers, state officials said. The trail runs twelve miles.")
    place = gazetteer.resolve("Cherry", context=story)  # not Cherry County, Nebraska
    assert (place.name, place.admin1_code) == ("Charleston", "WV")


def test_a_natural_feature_s_word_after_a_name_says_it_is_one_but_a_lower_case_singular_does_not():
    assert nature_written_after("Elk", "Trout fill the Elk and Gauley rivers in May.")
    assert nature_written_after("Gauley", "Trout fill the Elk and Gauley rivers in May.")
    assert nature_written_after("Elk", "Trout fill the Elk River in May.")
    assert not nature_written_after("Huron", "They rented a Huron lake cottage in May.")  # a lake of Huron


def test_a_river_arm_the_gazetteer_lacks_is_at_the_lake_the_article_names(gazetteer):
    story = ("Bass tournament set. Anglers will launch at dawn on Saturday from the Seneca River arm of Lake Hartwell, "
             "the organizers said. Weigh-in starts at 3 p.m.")
    place = gazetteer.resolve("Seneca River", context=story)
    assert (place.name, place.feature_code) == ("Lake Hartwell", "RSV")


def test_a_town_in_a_district_whose_name_joins_it_to_another_is_that_districts(gazetteer):
    story = ("Perth and Kinross councillors approved a second bridge on Thursday. Traffic through Perth has "
             "doubled since the bypass closed, and traders want the work done first.")
    place = gazetteer.resolve("Perth", context=story)
    assert (place.country, place.admin1_code) == ("GBR", "SCT")


def test_two_towns_listed_with_and_are_no_joined_name(gazetteer):
    article = gazetteer._resolver.context("Buses between Perth and Fremantle were cancelled on Monday.")
    assert not [key for key, _, _, _ in article.cues if " and " in key]
    assert {country for _, country, _, _ in article.cues} == {"AUS"}
