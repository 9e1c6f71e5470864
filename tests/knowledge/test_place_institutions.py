"""Seats of power, the capital against the province of its name, and institutions named after a continent or a
province, as places; the people of a nation of the United Kingdom; an Australian state's abbreviation."""

import pytest

from tacitus.knowledge.places.around import initials_of_named
from tacitus.knowledge.places.context import read_context


def test_a_seat_of_power_is_at_the_capital_even_in_a_local_story_of_another_state(gazetteer):
    story = "Scottsboro crews cleared roads on Monday. Alabama's governor asked the White House for aid."
    place = gazetteer.resolve("White House", context=story)
    assert place.country == "USA" and place.lat == pytest.approx(38.9, abs=0.2)


def test_washington_is_the_capital_when_the_state_is_named_only_through_a_namesake_of_a_suburb(gazetteer):
    story = ("Students from Lakewood, Colorado, marched on Saturday. Lakewood parents said lawmakers in Washington "
             "had ignored them; Lakewood teachers joined the march to the Colorado capitol, and a Lakewood pastor "
             "spoke.")
    place = gazetteer.resolve("Washington", context=story)
    assert place.feature_code == "PPLC"


def test_washington_is_the_state_when_the_story_names_one_of_its_cities(gazetteer):
    story = ("Tacoma police arrested two men on Friday. Washington has tightened its rules on gun sales since "
             "last year, and the Tacoma mayor welcomed the arrests.")
    place = gazetteer.resolve("Washington", context=story)
    assert place.feature_code == "ADM1" and place.admin1_code == "WA"


@pytest.mark.parametrize("name", ["European Commission", "Council of Europe", "European Investment Bank"])
def test_an_institution_named_after_a_continent_is_at_the_continent(gazetteer, name):
    story = (f"Portugal's finance minister met the {name} in Lisbon on Tuesday; Porto officials also took part. "
             "Portugal expects an answer next month.")
    place = gazetteer.resolve(name, context=story)
    assert place.feature_code == "CONT" and place.name == "Europe"


def test_a_mall_named_after_nothing_but_a_town_keeps_its_fallback(gazetteer):
    place = gazetteer.resolve("Riverside Mall", context="Shoppers filled Riverside Mall in Dayton, Ohio, on Sunday.")
    assert place is None or place.feature_code != "CONT"


@pytest.mark.parametrize("name, admin1", [("Iowa House", "IA"), ("University of Manitoba", "03"),
                                          ("University of Wyoming", "WY")])
def test_an_institution_named_after_a_province_is_at_the_province(gazetteer, name, admin1):
    story = (f"The {name} voted on Thursday on the budget. Ames and Winnipeg officials, who had asked for "
             "the money, said they would wait; Ames's mayor called it a good start.")
    place = gazetteer.resolve(name, context=story)
    assert place.feature_code == "ADM1" and place.admin1_code == admin1


def test_a_street_named_after_a_province_is_not_the_province(gazetteer):
    story = "A water main broke on Virginia Avenue in Dayton, Ohio, on Monday; Dayton crews fixed it by noon."
    place = gazetteer.resolve("Virginia Avenue", context=story)
    assert place is None or place.admin1_code != "VA"


def test_the_english_are_england_not_the_kingdom(gazetteer):
    story = ("The English side beat Scotland 2-1 at Wembley on Saturday. London fans celebrated late into the "
             "night, and the English coach praised his defence.")
    place = gazetteer.resolve("English", context=story)
    assert place.feature_code == "ADM1" and place.admin1_code == "ENG"


def test_british_stays_the_kingdom(gazetteer):
    place = gazetteer.resolve("British", context="British troops left Basra in 2009, the Ministry of Defence said.")
    assert place.feature_code == "PCLI" and place.country == "GBR"


def test_the_english_language_is_no_cue_of_england(gazetteer):
    story = ("Kingston schools will add English classes for newcomers to Canada, the board said on Monday. English "
             "teachers in Kingston welcomed the plan.")
    assert gazetteer.resolve("Kingston", context=story).country == "CAN"


def test_an_australian_state_by_its_abbreviation(gazetteer):
    place = gazetteer.resolve("NSW", context="Flooding in NSW closed roads on Sunday, police said.")
    assert (place.country, place.admin1_code, place.feature_code) == ("AUS", "02", "ADM1")


def test_a_township_is_in_the_local_story_s_state_not_at_a_bigger_namesake(gazetteer):
    story = ("Washington Township police said on Friday that Hackensack and Paramus officers helped close the road. "
             "Paramus schools stayed open, and Hackensack's mayor thanked the crews.")
    place = gazetteer.resolve("Washington Township", context=story)
    assert (place.country, place.admin1_code) == ("USA", "NJ")


def test_a_street_named_after_a_state_is_no_cue_of_that_state(gazetteer):
    story = ("Neighbours on Washington Drive and Virginia Avenue said the drilling rig ran all night. "
             "The city council will vote on the permit on Tuesday.")
    assert not any(admin1 in ("WA", "VA") for _, admin1 in read_context(story, gazetteer.index.cues).admin1s())
    # a state named alone still is one
    assert ("USA", "OH") in read_context("Ohio reported the most cases.", gazetteer.index.cues).admin1s()



@pytest.mark.parametrize("acronym, story, iso3", [
    ("NZ", "New Zealand raised its fuel tax. Hauliers in NZ said prices rose at once.", "NZL"),
    ("SA", "Exports from South Africa fell in May; SA mines blamed power cuts.", "ZAF"),
    ("T&T", "Trinidad and Tobago sent two patrol boats, and T&T officials said more would follow.", "TTO")])
def test_an_acronym_of_a_country_the_article_names_in_full_is_that_country(gazetteer, acronym, story, iso3):
    place = gazetteer.resolve(acronym, context=story)
    assert place is not None and place.feature_code == "PCLI" and place.country == iso3


@pytest.mark.parametrize("story", [
    "South Africa and Saudi Arabia signed a trade pact; SA officials called it a first step.",
    "Miners in SA struck for a third day over unpaid wages."])
def test_an_acronym_abbreviates_only_the_one_name_the_article_writes_in_full(gazetteer, story):
    assert initials_of_named(gazetteer.index, "SA", gazetteer._resolver.context(story)) is None


def test_an_embassy_is_not_placed_in_the_country_it_is_of(gazetteer):
    story = "Protesters gathered outside the Embassy of Peru in Madrid on Monday."
    place = gazetteer.resolve("Embassy of Peru", context=story)
    assert place is not None and place.country == "ESP"


def test_an_institution_named_after_a_great_city_is_in_that_city(gazetteer):
    story = ("GALWAY - A student from Galway won a scholarship to the Madrid Conservatory of Dance, her school said on "
             "Monday. She will leave Galway in September.")
    place = gazetteer.resolve("Madrid Conservatory of Dance", context=story)
    assert (place.country, place.name) == ("ESP", "Madrid")


def test_a_great_city_s_name_inside_a_name_is_the_story_s_namesake_where_the_story_is_of_its_country(gazetteer):
    # a Vienna of Virginia: the story names the United States, and nothing of Austria
    story = ("FAIRFAX, Va. - Commuters waited for an hour at the Vienna Park and Ride lot on Tuesday after a signal "
             "failure, Virginia transit officials said.")
    place = gazetteer.resolve("Vienna Park and Ride", context=story)
    assert place is None or place.country != "AUT"
