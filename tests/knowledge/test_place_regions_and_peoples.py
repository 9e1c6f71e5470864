"""Regions at GeoNames' points, and peoples of no state of their own (or of a province) as their region."""

import pytest

from tacitus.datafiles import Column, load_table, packaged
from tacitus.knowledge.places.index import NATURAL


@pytest.mark.parametrize("written, lat, lon", [("Middle East", 33.14, 35.86), ("North Africa", 32.95, 9.98),
                                               ("Mediterranean", 35.0, 20.0), ("Pacific", 3.51, -132.19),
                                               ("North Atlantic", 40.0, -40.0)])
def test_a_region_or_an_ocean_is_at_geonames_point(gazetteer, written, lat, lon):
    place = gazetteer.resolve(written, context=f"Oil tankers crossing the {written} face higher insurance costs.")
    assert place.precision == "region"
    assert place.lat == pytest.approx(lat, abs=0.1) and place.lon == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize("written, region", [("Kurdish", "Kurdistan"), ("Kurds", "Kurdistan"),
                                             ("Arab", "Arab world"), ("Siberian", "Siberia")])
def test_a_people_of_no_state_of_its_own_is_its_region(gazetteer, written, region):
    story = f"Turkish and Iranian officials met in Ankara on Monday; the {written} question was on the table."
    place = gazetteer.resolve(written, context=story)
    assert place.name == region and place.feature_code == "RGN"


@pytest.mark.parametrize("written, country, admin1", [("Sicilian", "ITA", "15"), ("Catalans", "ESP", "56"),
                                                      ("Tibetans", "CHN", "14"), ("Chechen", "RUS", "12")])
def test_a_provinces_people_abroad_are_the_province(gazetteer, written, country, admin1):
    story = f"Thousands of {written} marched on Sunday to demand more say over their own budget."
    place = gazetteer.resolve(written, context=story)
    assert (place.country, place.admin1_code, place.feature_code) == (country, admin1, "ADM1")


def test_a_town_named_like_a_people_stays_the_town_written_with_its_state(gazetteer):
    story = "Arab, Ala., approved a new water tower on Tuesday; the Arab city council voted 5-0."
    place = gazetteer.resolve("Arab", context=story, start=0)
    assert (place.country, place.admin1_code, place.feature_class) == ("USA", "AL", "P")


def test_a_peoples_name_belongs_to_one_row_of_the_natural_features_table():
    rows = load_table(packaged("tacitus.knowledge.places", "natural.csv"), NATURAL)
    peoples = [term for row in rows for term in row["people"]]
    assert len(peoples) == len(set(peoples)) and {"Kurdish", "Arab", "Siberian"} <= set(peoples)
    names = {name for row in rows for name in (row["name"], *row["aliases"])}
    assert not names & set(peoples)  # a people is no other name of a feature


@pytest.mark.parametrize("written, lat, lon", [("Brazos River", 28.9, -95.4), ("Chattahoochee River", 30.7, -84.9),
                                               ("Lake Lanier", 34.2, -84.0), ("St. Johns River", 30.4, -81.4)])
def test_a_river_or_a_lake_of_the_united_states_is_that_feature_at_its_point(gazetteer, written, lat, lon):
    story = f"Anglers on the {written} reported a fish kill on Saturday, and Georgia and Texas officials took samples."
    place = gazetteer.resolve(written, context=story)
    assert place.feature_class == "H" and place.country == "USA"
    assert place.lat == pytest.approx(lat, abs=0.5) and place.lon == pytest.approx(lon, abs=0.5)


def test_a_capitalised_state_after_a_name_no_state_bears_is_no_county(gazetteer):
    story = "Columbia State hosted the regional debate on Tuesday, and students drove in from Nashville."
    place = gazetteer.resolve("Columbia", context=story)
    assert place.feature_code != "ADM2"  # a college's name, not Columbia County


@pytest.mark.parametrize("written, story, admin1", [
    ("Kaduna", "Gunmen attacked a village in Kaduna State on Sunday.", ("NGA", "23")),
    ("Washington", "Washington State lawmakers met in Olympia on Monday.", ("USA", "WA"))])
def test_a_name_before_state_is_still_the_state(gazetteer, written, story, admin1):
    place = gazetteer.resolve(written, context=story)
    assert (place.country, place.admin1_code, place.feature_code) == (*admin1, "ADM1")


@pytest.mark.parametrize("written", ["Kurds", "Kurdish", "Texans", "Catalans"])
def test_a_peoples_word_without_an_article_is_the_people_not_a_place(gazetteer, written):
    assert gazetteer.resolve(written) is None  # the coder's parties: "Kurdish fighters" are a group, not a place


def test_a_countrys_people_stay_their_country_without_an_article(gazetteer):
    assert gazetteer.resolve("English").name == "England" and gazetteer.resolve("Turkish").feature_code == "PCLI"


def test_a_month_before_a_day_is_a_date_and_no_cue_of_an_english_town(gazetteer):
    story = ("The Salisbury selectmen met March 10 and again March 24 to weigh the school budget, and the Lakeville "
             "fire district sent a letter in March.")
    assert not any("GBR" in why for scored in gazetteer.candidates("Salisbury", context=story).candidates
                   for why in scored.why)  # March, Cambridgeshire, would be the article naming England


def test_a_word_that_opens_a_sentence_is_not_the_town_a_story_is_about(gazetteer):
    story = "Police said the Quarry Street bridge would stay closed on Monday. More than 40 trucks cross it daily."
    place = gazetteer.resolve("Quarry Street", context=story)
    assert place is None or place.country != "POL"  # Police is a town of Poland


def test_the_words_that_are_no_cues_are_folded_and_listed_once():
    from tacitus.knowledge.normalize import fold
    from tacitus.knowledge.places.names import NOT_CUES

    rows = load_table(packaged("tacitus.knowledge.places", "not_cues.csv"), (Column("word"),))
    words = [row["word"] for row in rows]
    assert len(words) == len(set(words)) == len(NOT_CUES)
    assert {"march", "may", "more", "police"} <= NOT_CUES and all(fold(word) == word for word in NOT_CUES)
    assert all(len(word) > 2 for word in NOT_CUES)  # shorter names are never cues anyway


def test_a_village_named_after_a_state_of_its_own_country_yields_to_the_state(gazetteer):
    story = ("The Edgar County board met in Paris and Chrisman on Tuesday. Board members said wheat prices in Kansas "
             "had fallen since the fall.")  # Kansas, Illinois, is a village of Edgar County
    place = gazetteer.resolve("Kansas", context=story)
    assert (place.admin1_code, place.feature_code) == ("KS", "ADM1")


def test_a_village_named_after_a_state_is_still_the_village_when_written_with_its_state(gazetteer):
    story = "The water tower in Kansas, Ill., will be painted in May, the Edgar County board said."
    place = gazetteer.resolve("Kansas", context=story)
    assert (place.admin1_code, place.feature_class) == ("IL", "P")


def test_a_county_holding_a_town_named_like_a_country_is_the_county_of_that_town(gazetteer):
    story = "Boone County commissioners approved the new jail on Monday, and Lebanon's mayor praised the vote."
    place = gazetteer.resolve("Boone County", context=story)
    assert (place.admin1_code, place.feature_code) == ("IN", "ADM2")  # Lebanon, Indiana, is its seat


@pytest.mark.parametrize("story, country", [
    ("Scott County deputies closed the road near Jordan after the crash on Wednesday.", "USA"),
    ("Scott County farmers flew to Amman to sell grain to Jordan, which imports most of its wheat.", "JOR")])
def test_a_country_named_town_in_a_county_the_story_names_is_the_town_unless_the_country_is_named_too(
        gazetteer, story, country):
    assert gazetteer.resolve("Jordan", context=story).country == country  # Jordan, Minnesota, is in Scott County


def test_a_name_read_without_its_direction_is_no_hamlet(gazetteer):
    story = "Aides met in the West Wing on Friday before the president flew to Florida."
    place = gazetteer.resolve("West Wing", context=story)
    assert place is None or place.name != "Wing"  # a village of England


def test_a_town_read_without_its_direction_is_still_the_town(gazetteer):
    place = gazetteer.resolve("eastern Aleppo", context="Shelling hit eastern Aleppo on Sunday, monitors said.")
    assert (place.name, place.country) == ("Aleppo", "SYR")


def test_a_great_city_is_what_its_bare_name_means_against_a_weak_cue_of_a_small_namesakes_state(gazetteer):
    story = "Buffalo police said the march downtown was peaceful; a church group from Kerrville had joined it."
    place = gazetteer.resolve("Buffalo", context=story)
    assert (place.admin1_code, place.feature_class) == ("NY", "P")  # not Buffalo, Texas, a town of 1,900


def test_a_small_namesake_of_a_great_city_wins_when_written_with_its_state(gazetteer):
    story = "Buffalo, Texas, police said the march was peaceful; a church group from Kerrville had joined it."
    assert gazetteer.resolve("Buffalo", context=story).admin1_code == "TX"


def test_a_town_written_with_its_state_inside_a_longer_name_places_the_story(gazetteer):
    story = ("Police found the couple in their Hanover condominium on Monday. A daughter, Ruth Keller of Norwich, "
             "Vt., said the family would hold a private service.")
    place = gazetteer.resolve("Hanover", context=story)
    assert (place.country, place.admin1_code) == ("USA", "NH")  # across the river from Norwich, Vermont



@pytest.mark.parametrize("written, name, admin1", [("New Londoners", "New London", "CT"),
                                                   ("Richmondites", "Richmond", "VA")])
def test_a_towns_people_in_an_article_are_the_town(gazetteer, written, name, admin1):
    story = f"{written} lined up at the polls on Tuesday; turnout in Connecticut and Virginia towns was high."
    place = gazetteer.resolve(written, context=story)
    assert (place.name, place.admin1_code, place.feature_class) == (name, admin1, "P")


def test_a_towns_people_alone_are_no_place(gazetteer):
    assert gazetteer.resolve("Bostonians") is None and gazetteer.resolve("Islanders", context="Islanders won.") is None


@pytest.mark.parametrize("written, admin1", [("N.Y", "NY"), ("Calif", "CA")])
def test_a_state_abbreviation_whose_final_period_the_mention_cut_off_is_the_state(gazetteer, written, admin1):
    story = f"Rep. Ann Hale, D-{written}., said the bill would pass."
    place = gazetteer.resolve(written, context=story)
    assert (place.admin1_code, place.feature_code) == (admin1, "ADM1")


def test_a_name_shortened_with_st_is_the_towns_own_name_not_another(gazetteer):
    story = "St. Paul police said the Minnesota Capitol would reopen on Monday."
    best = gazetteer.candidates("St. Paul", context=story).candidates[0]
    assert best.feature.name == "Saint Paul" and "by another name" not in best.why


@pytest.mark.parametrize("written, name, code", [("Londoners", "London", "PPLC"), ("Parisians", "Paris", "PPLC"),
                                                 ("Tunisians", "Tunisia", "PCLI")])
def test_a_great_citys_people_are_the_city_though_the_registry_counts_them_of_its_country(gazetteer, written, name,
                                                                                        code):
    place = gazetteer.resolve(written, context=f"{written} queued for hours to vote on Sunday, officials said.")
    assert (place.name, place.feature_code) == (name, code)  # Tunisians are named after Tunisia, not Tunis


def test_korea_alone_is_the_peninsula_not_a_district_of_india_named_like_it(gazetteer):
    place = gazetteer.resolve("Korea", context="Exports from Korea rose in May, the trade ministry in Seoul said.")
    assert place.feature_code == "RGN" and place.lat == pytest.approx(38.0, abs=1.0)


@pytest.mark.parametrize("name, story", [
    ("EU", "The EU imposed new tariffs on Chinese steel, officials in Berlin said."),
    ("European Union", "Farmers in Iowa fear the European Union's new rules on seed imports."),
    ("E.U.", "The E.U. said on Monday it would fund the bridge over the Danube.")])
def test_the_european_union_is_europe_whatever_the_story(gazetteer, name, story):
    # one convention (docs/knowledge.md): the continent's GeoNames feature, not the Brussels zone
    place = gazetteer.resolve(name, context=story)
    assert (place.geonameid, place.feature_code) == (6255148, "CONT")
