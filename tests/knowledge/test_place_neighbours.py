"""What the words around a mention, and the article's other places, say about which namesake it is."""

import pytest

from tacitus.knowledge.places.context import ArticleContext, runs
from tacitus.knowledge.places.names import containing_name, listed_with, place_written_in, readings, written_in_full


def test_a_name_of_many_towns_is_nearby_only_when_close():
    """A name forty towns bear has one within 150 km of almost anywhere: it must lie much nearer to count."""
    article = ArticleContext([], places=[("common", tuple((40.0 + i, -100.0 + i) for i in range(40))),
                                         ("rare", ((40.0, -98.8),))])
    # both names have a place about 100 km from (40, -100): the rare one counts, the common one does not
    assert article.near(40.0, -100.0 + 1.2) == 1
    assert article.near(40.0, -100.0 + 0.2) == 2  # 17 km from the common name's first place: near by any measure


def test_a_large_city_the_article_names_places_its_counties_not_its_towns():
    article = ArticleContext([], cities=[("big city", ((31.0, -95.5), (34.7, -86.6)))])
    assert article.near(31.0, -95.6) == 0
    assert article.near(31.0, -95.6, cities=True) == 1


@pytest.mark.parametrize("written, full", [("mt pleasant", "mount pleasant"), ("ft wayne", "fort wayne"),
                                           ("st landry parish", "saint landry parish"), ("main st", "main st"),
                                           ("paris", "paris")])
def test_shortened_words_are_written_out_and_st_opening_a_name_is_saint(written, full):
    assert written_in_full(written) == full


def test_a_parish_written_with_st_is_the_saints_parish(gazetteer):
    assert "saint landry parish" in {m.key for m in readings("St. Landry Parish")}
    place = gazetteer.resolve("St. Landry Parish", context="Flooding closed schools in St. Landry Parish on Monday.")
    assert (place.country, place.admin1_code, place.feature_code) == ("USA", "LA", "ADM2")


def test_the_kind_written_next_to_this_mention_decides_not_the_one_next_to_another(gazetteer):
    story = ("Fans of Washington State filled the stadium. Later, Washington officials in the capital spoke of the "
             "budget.")
    place = gazetteer.resolve("Washington", context=story, start=story.rindex("Washington"))
    assert place.feature_code == "PPLC"  # the capital: "State" follows the other mention only
    assert gazetteer.resolve("Washington", context=story, start=story.index("Washington")).feature_code == "ADM1"


def test_an_offset_that_does_not_hold_the_name_is_ignored(gazetteer):
    story = "Fans of Washington State filled the stadium on Saturday."
    assert gazetteer.resolve("Washington", context=story, start=10_000).feature_code == "ADM1"


def test_a_village_too_small_for_the_gazetteer_is_placed_in_the_state_written_after_it(gazetteer):
    place = gazetteer.resolve("Lakeview", context="A fire destroyed a barn near Lakeview, Iowa, on Sunday.")
    assert (place.country, place.admin1_code, place.feature_code) == ("USA", "IA", "ADM1")  # no Lakeview of Iowa


def test_the_next_name_of_a_list_is_no_state_the_name_is_in(gazetteer):
    place = gazetteer.resolve("Toledo", context="The company has plants in Toledo, Ontario, and Quebec, and will "
                                                "open a fourth next year.")
    assert place.feature_class == "P" and place.name == "Toledo"


def test_a_town_named_like_a_country_is_the_town_when_the_story_names_one_town_of_its_state(gazetteer):
    story = "Jordan police closed the bridge on Monday while crews from New Prague repaired it."
    place = gazetteer.resolve("Jordan", context=story)
    assert (place.country, place.admin1_code, place.feature_class) == ("USA", "MN", "P")


@pytest.mark.parametrize("lake", ["Crystal Lake", "Spring Lake"])
def test_a_lake_no_town_of_the_story_state_is_named_after_is_placed_at_the_story_town(gazetteer, lake):
    story = (f"Brainerd police said a boat capsized on {lake} on Saturday. Brainerd officials urged swimmers to wear "
             "life jackets.")
    place = gazetteer.resolve(lake, context=story)
    assert (place.name, place.admin1_code) == ("Brainerd", "MN")  # not a town of that name in another state


def test_a_name_ending_in_apostrophe_s_is_looked_up_whole_before_as_a_possessive(gazetteer):
    place = gazetteer.resolve("St. John's", context="Fishermen in St. John's protested the cut in the cod quota.")
    assert (place.name, place.country) == ("St. John's", "CAN")  # not the parish of St John, Jersey
    assert gazetteer.resolve("Syria's", context="Syria's army said it had retaken the town.").country == "SYR"


def test_a_state_abbreviation_ending_a_sentence_is_still_the_state_the_county_is_in(gazetteer):
    story = "Deputies searched the river in Washington County, Ore. The sheriff said the road would reopen."
    place = gazetteer.resolve("Washington County", context=story, start=story.index("Washington County"))
    assert (place.admin1_code, place.feature_code) == ("OR", "ADM2")


def test_a_venue_the_gazetteer_lacks_is_placed_in_the_district_written_after_it(gazetteer):
    story = "The club raced at Mallory Raceway, Leicestershire, on Sunday, its fourth meeting in England this year."
    place = gazetteer.resolve("Mallory Raceway", context=story, start=story.index("Mallory"))
    assert (place.name, place.country, place.feature_code) == ("Leicestershire", "GBR", "ADM2")


def test_a_county_named_after_a_state_is_no_cue_of_that_state(gazetteer):
    story = "Washington County deputies and Ohio County firefighters closed the bridge."
    states = gazetteer._resolver.context(story).admin1s()
    assert ("USA", "WA") not in states  # the counties' own states vote, a little each
    assert states[("USA", "OH")] < 0.1


def test_a_county_holding_a_town_the_article_names_is_that_states_county(gazetteer):
    explained = gazetteer.candidates("Lafayette County", context="Lafayette County supervisors met in Oxford on "
                                                                  "Monday to set the tax rate.")
    assert (explained.place.admin1_code, explained.place.feature_code) == ("MS", "ADM2")  # Oxford is its seat
    assert any(why.startswith("holds a town the article names") for why in explained.candidates[0].why)


def test_a_place_ending_a_sentence_is_no_part_of_the_next_sentences_first_words(gazetteer):
    story = "Monroe County deputies closed the bridge near Islamorada. Traffic backed up for hours."
    place = gazetteer.resolve("Monroe County", context=story)
    assert (place.admin1_code, place.feature_code) == ("FL", "ADM2")  # Islamorada is in Florida's Monroe County


def test_a_town_written_with_its_county_is_the_one_near_that_county(gazetteer):
    story = "Fans from Tennessee and Texas drove to Brentwood, Essex, for the fair."
    place = gazetteer.resolve("Brentwood", context=story)
    assert (place.country, place.admin1_code) == ("GBR", "ENG")


def test_a_village_too_small_for_the_gazetteer_written_with_a_county_is_placed_at_the_county(gazetteer):
    story = "British drivers will race at Goodwood, West Sussex, in June, the organisers in London said."
    place = gazetteer.resolve("Goodwood", context=story)  # not the Australian suburb of its name
    assert place.feature_code == "ADM2" and place.country == "GBR" and place.name == "West Sussex"


def test_a_county_written_after_a_name_is_not_the_province_its_first_word_names(gazetteer):
    from tacitus.knowledge.places.around import written_in
    story = "British drivers will race at Goodwood, West Sussex, in June."
    assert written_in(gazetteer.index, "Goodwood", story, None, {"GBR": 1.0}) is None  # not Cameroon's West


@pytest.mark.parametrize("name, story", [
    ("Tivoli", "Queues formed at the Tivoli cinema in Edinburgh on Saturday."),  # a town of Italy bears the name
    ("Roxy", "Queues formed at the Roxy in Edinburgh on Saturday, and Glasgow fans came by train.")])
def test_a_thing_written_to_be_in_a_town_is_placed_there_when_no_namesake_lies_there(gazetteer, name, story):
    place = gazetteer.resolve(name, context=story)
    assert (place.name, place.country) == ("Edinburgh", "GBR")


@pytest.mark.parametrize("name, story, where", [
    ("Kokomo", "Nurses returned to Kokomo after training in Kenya.", ("USA", "IN")),
    ("Mansfield", "Mansfield in Ohio hosted the fair this week.", ("USA", "OH")),
    ("Leipzig", "Fans of Leipzig in Munich celebrated the win.", ("DEU", "13"))])
def test_a_town_is_not_moved_to_the_place_written_after_it_by_a_verb_or_one_it_lies_in(gazetteer, name, story, where):
    place = gazetteer.resolve(name, context=story)
    assert (place.country, place.admin1_code) == where


@pytest.mark.parametrize("story", ["Nurses returned to Kokomo after training in Kenya.",
                                   "The Kokomo band includes stops in Toledo.", "Kokomo near Lima won."])
def test_no_place_is_written_to_hold_a_name_after_a_verb_or_near(story):
    assert place_written_in("Kokomo", story) is None


@pytest.mark.parametrize("name, story, iso3", [
    ("Rome", "U.S. and Nigerian envoys met in Rome on Friday to discuss the oil deal.", "ITA"),
    ("London", "The U.S. State Department said talks in London would resume.", "GBR")])
def test_a_world_city_beats_a_small_namesake_whose_country_alone_the_article_names(gazetteer, name, story, iso3):
    assert gazetteer.resolve(name, context=story).country == iso3


def test_a_great_province_by_its_english_name_beats_a_small_namesake_whose_country_alone_the_article_names(gazetteer):
    story = ("A Topeka veteran who landed in Normandy in 1944 turned 100 on Sunday, and the American Legion post in "
             "Topeka held a party.")
    assert gazetteer.resolve("Normandy", context=story).country == "FRA"  # Normandie, not a Missouri town
    story = "Police in Normandy, Mo., said on Sunday that a water main broke near the high school in Normandy."
    assert gazetteer.resolve("Normandy", context=story).country == "USA"


def test_a_small_namesake_of_a_world_city_in_the_state_the_article_names_is_itself(gazetteer):
    story = "Rome police said a Floyd County, Ga., man was arrested on Friday after a chase on U.S. 27."
    place = gazetteer.resolve("Rome", context=story)
    assert (place.country, place.admin1_code) == ("USA", "GA")


@pytest.mark.parametrize("story, code", [
    ("Wages lag those of western states such as Oregon or Washington, economists in the US said.", "ADM1"),
    ("Officials in Moscow and Washington traded barbs on Monday, the US said.", "PPLC")])
def test_a_name_listed_with_states_is_a_state_and_with_capitals_a_capital(gazetteer, story, code):
    assert gazetteer.resolve("Washington", context=story).feature_code == code


def test_the_names_listed_around_a_name_are_read_where_it_is_written():
    assert listed_with("Washington", "Storms hit Idaho, Washington and Montana.") == ["Idaho", "Montana"]


@pytest.mark.parametrize("name, iso3", [("Cairo", "EGY"), ("Moscow", "RUS"), ("Paris", "FRA")])
def test_an_event_place_in_a_story_naming_the_us_is_the_world_city_not_a_small_us_namesake(gazetteer, name, iso3):
    assert gazetteer.resolve(name, focus=["USA"]).country == iso3  # the coder's lookup: the article's countries


def test_a_provinces_abbreviation_in_capitals_places_the_story(gazetteer):
    # "NSW" opening a longer name or alone is New South Wales; a two-letter code alone ("IN", "OK") is a word
    place = gazetteer.resolve("Richmond", context="Hospital beds in Richmond are short, the NSW health minister said.")
    assert (place.country, place.admin1_code) == ("AUS", "02")


def test_a_town_before_a_word_opening_with_of_is_still_a_town_the_article_names(gazetteer):
    # "Monroe officials" once read as "Monroe of", a longer name: Monroe, Georgia is Walton County's seat
    story = ("Plans for a new landfill worry some Monroe officials. The city is in talks with Walton County about the "
             "site, and the county's engineers said on Tuesday that a decision would come in June.")
    place = gazetteer.resolve("Walton County", context=story)
    assert (place.country, place.admin1_code) == ("USA", "GA")


def test_a_town_before_a_hyphen_and_a_lower_case_word_is_the_town():
    # "Nashville-based" names Nashville; a particle between hyphens keeps a name whole
    text = "A Nashville-based firm, a Saudi-led coalition, Port-au-Prince and Winston-Salem."
    assert list(runs(text)) == [["a", "nashville"], ["saudi"], ["port-au-prince"], ["winston-salem"]]


def test_a_town_named_only_before_based_places_a_local_story(gazetteer):
    story = ("A Knoxville-based contractor won the bid on Friday to repave the main street of Clinton, and work will "
             "start in March.")
    place = gazetteer.resolve("Clinton", context=story)
    assert (place.country, place.admin1_code) == ("USA", "TN")


def test_a_part_the_gazetteer_lacks_written_after_its_towns_possessive_is_in_that_town(gazetteer):
    story = "Police fired tear gas in Nairobi's Kibera on Monday as protests spread to Kisumu."
    assert gazetteer.resolve("Kibera", context=story).name == "Nairobi"


def test_a_possessive_town_of_another_country_than_the_storys_is_no_owner(gazetteer):
    story = "Welsh police closed Middletown's Mill Lane after a lorry overturned near Welshpool on Tuesday."
    assert gazetteer.resolve("Mill Lane", context=story).country == "GBR"  # not a Middletown of the United States


@pytest.mark.parametrize("name, story", [
    ("Kramatorsk", "Shelling hit apartment blocks near Kramatorsk, Kyiv said on Friday."),
    ("Idlib", "Jets struck a market in Idlib, Ankara said, and called for a ceasefire."),
])
def test_a_name_after_the_comma_that_says_it_holds_nothing(gazetteer, name, story):
    place = gazetteer.resolve(name, context=story)
    assert place.name.startswith(name[:4]) and place.feature_class == "P"


def test_a_place_written_after_the_comma_still_holds_the_name():
    assert containing_name("Hyderabad", "Traders in Hyderabad, Sindh, said power cuts had doubled.") == "Sindh"
