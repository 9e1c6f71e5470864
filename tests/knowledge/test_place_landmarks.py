"""Landmarks, universities and airports (landmarks.csv) as places at their towns."""

import pytest

from tacitus.knowledge.places.landmarks import LANDMARK_CODES, landmark_rows, town_of


def test_the_landmarks_table_places_every_row_in_a_town_of_the_gazetteer(gazetteer):
    rows = landmark_rows()
    assert len(rows) > 200
    missing = [row["name"] for row in rows if town_of(gazetteer.index, row) is None]
    assert missing == []
    assert all(row["code"] in LANDMARK_CODES for row in rows)


def test_an_airport_by_its_bare_name_is_the_airport_not_a_hamlet_of_that_name(gazetteer):
    story = ("Storms grounded flights at Heathrow on Sunday, and travellers bound for Nairobi and Lagos slept in "
             "the terminals.")
    place = gazetteer.resolve("Heathrow", context=story)
    assert (place.country, place.feature_code, place.precision) == ("GBR", "AIRP", "city")


def test_a_state_university_is_at_its_main_campus_not_the_middle_of_its_state(gazetteer):
    story = "Researchers at Michigan State University said on Monday that the new wheat resists drought."
    place = gazetteer.resolve("Michigan State University", context=story)
    assert place.feature_code == "UNIV"
    assert (place.lat, place.lon) == pytest.approx((42.74, -84.48), abs=0.1)  # East Lansing


def test_a_landmark_abroad_is_placed_in_its_own_country_not_the_story_s(gazetteer):
    story = "A group of Kenyan students visited the Eiffel Tower on their first trip abroad, Nairobi officials said."
    place = gazetteer.resolve("Eiffel Tower", context=story)
    assert place.country == "FRA"


def test_a_town_named_like_a_university_stays_the_town_in_a_story_of_its_state(gazetteer):
    story = ("Harvard aldermen met on Tuesday; McHenry County officials and Woodstock police joined them to plan the "
             "Harvard road repairs in Illinois.")
    place = gazetteer.resolve("Harvard", context=story)
    assert (place.country, place.admin1_code, place.feature_class) == ("USA", "IL", "P")


@pytest.mark.parametrize("name", ["Bank of England", "Princeton University"])
def test_a_university_or_a_bank_is_a_place_in_an_article_but_not_alone(gazetteer, name):
    assert gazetteer.resolve(name) is None  # a coder's "an economist at the Bank of England" is no event's place
    place = gazetteer.resolve(name, context=f"Hundreds of students marched past the {name} on Friday.")
    assert place is not None and place.feature_class == "S"


def test_an_airport_is_a_place_even_without_its_article(gazetteer):
    place = gazetteer.resolve("Heathrow Airport")
    assert (place.country, place.feature_code) == ("GBR", "AIRP")
