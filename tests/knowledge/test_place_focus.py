"""The place an article is about (its focus), where a name the gazetteer lacks is placed: found from the
settlements the article names as its own words resolve them, not only from the sum of its country cues."""

from collections import Counter

import pytest

from tacitus.knowledge.places.focus import only_county, town_named_like_a_city_abroad, written_lower


def test_a_local_story_whose_town_is_named_like_a_country_is_about_that_town(gazetteer):
    # "Lebanon" is the country's name, but each mention here resolves to the Pennsylvania town: so does the fair
    story = ("Lebanon fair opens Friday. The Lebanon Lions Club expects 20,000 visitors at Kessler Grove this weekend. "
             "Vendors from Lebanon and Myerstown have booked every stall, said organizer Dale Hummel, and parking at "
             "Kessler Grove is free.")
    place = gazetteer.resolve("Kessler Grove", context=story)
    assert (place.country, place.admin1_code, place.name) == ("USA", "PA", "Lebanon")


def test_a_surname_repeated_in_a_story_of_another_country_is_not_its_focus(gazetteer):
    # Davis is a town of California, but the story is Japan's and names no place of the United States
    story = ("Envoy praises farm accord. Ambassador Ruth Davis said on Monday that Japan would buy more grain. Davis "
             "spoke at the Harvest Pavilion, and Davis later met farm ministers of Japan.")
    place = gazetteer.resolve("Harvest Pavilion", context=story)
    assert place.country == "JPN"


def test_a_word_the_article_also_writes_in_lower_case_is_no_town_it_is_about():
    text = "Of the three farms, one was sold. The market of Ames was steady."
    assert written_lower("of", text)
    assert not written_lower("ames", text)


def test_a_local_story_is_about_the_town_of_its_dateline(gazetteer):
    story = ("Fair board meets. GREENVILLE — The county fair board voted on Monday to move the rodeo to "
             "Quarry Flats. Quarry Flats opens in June, and buses will run from Greenville and Ansonia.")
    place = gazetteer.resolve("Quarry Flats", context=story)
    assert (place.name, place.admin1_code, place.feature_code) == ("Greenville", "OH", "PPL")


def test_a_dateline_s_state_decides_its_town(gazetteer):
    story = ("Prison talks stall. HELENA, Mont. (AP) - The state and the prison company disagree on the contract, "
             "and the Shelby County Board of Pardons will not meet until June.")
    place = gazetteer.candidates("Riverside Annex", context=story).place
    assert place is not None and (place.name, place.admin1_code) == ("Helena", "MT")


def test_a_county_only_one_bears_named_at_the_head_of_a_school_places_a_local_story(gazetteer):
    story = ("Scouts finish trail. Two scouts of Quarrybrook Township finished the Eagle trail on Saturday. They built "
             "benches near the Quarrybrook Township library, and both attend Muskingum Valley Regional High School.")
    place = gazetteer.resolve("Quarrybrook Township", context=story)
    assert (place.admin1_code, place.feature_code) == ("OH", "ADM2")


def test_a_county_s_name_closing_a_longer_name_places_no_story(gazetteer):
    story = "Crowds gather. Thousands watched the parade on Memorial Day, and the Riverside Zoo and Garden stayed open."
    assert only_county(gazetteer._resolver, story) is None  # Day County and Garden County are elsewhere


def test_a_town_named_most_like_a_great_city_abroad_is_the_focus_the_article_makes_it(gazetteer):
    # "Dublin City Council" alone reads as Ireland's capital; each "Dublin" here is the Ohio city
    story = ("Park plan approved. Dublin City Council approved the Sycamore Commons plan on Monday. Dublin Mayor "
             "Ann Roy said Dublin would pay half, and Dublin schools and the Ohio Department of Natural Resources "
             "the rest.")
    place = gazetteer.resolve("Sycamore Commons", context=story)
    assert (place.name, place.country, place.admin1_code) == ("Dublin", "USA", "OH")


def test_an_acronym_in_capitals_is_no_misread_town(gazetteer):
    story = ("NICE starts. NICE volunteers cleaned two blocks on Monday, and NICE will return in May to Elm Park, "
             "the DeKalb council said.")
    assert town_named_like_a_city_abroad(gazetteer._resolver, story, Counter({"nice": 3})) is None


def test_a_small_town_of_the_datelines_state_is_where_a_name_is_written_to_be(gazetteer):
    story = ("Elevator fire. BISMARCK, N.D. (AP) - A fire destroyed the Prairie Gold Co-op in Hazen on Sunday, and "
             "state officials said the Prairie Gold Co-op had been insured.")
    place = gazetteer.resolve("Prairie Gold Co-op", context=story)
    assert (place.name, place.admin1_code) == ("Hazen", "ND")  # under 5,000 people, but of the dateline's state


def test_a_town_s_part_by_its_direction_is_in_the_town_the_story_is_about(gazetteer):
    # read without "West", the name would be Side, a Turkish resort
    story = ("Cincinnati firefighters were called to a vacant warehouse on the West Side early on Sunday. Nobody was "
             "hurt, the fire chief said, and Cincinnati police are asking neighbours for video of the street.")
    place = gazetteer.resolve("West Side", context=story)
    assert (place.country, place.admin1_code, place.name) == ("USA", "OH", "Cincinnati")


def test_a_town_s_end_is_no_island_province_of_its_name(gazetteer):
    story = "Sheffield council said on Monday that buses would return to the East End of Sheffield by the spring."
    place = gazetteer.resolve("East End", context=story)
    assert (place.country, place.name) == ("GBR", "Sheffield")


def test_a_park_written_in_the_story_s_own_town_is_there_not_at_a_suburb_abroad(gazetteer):
    # Albert Park is a suburb of Australia; "in Charleston" is the story's Charleston, not the namesake the
    # article's other words favour once the park's own name is left out (Rutledge, a village of Tennessee)
    story = ("Car fire under investigation. A car burned overnight in Charleston. Charleston firefighters put out the "
             "blaze before dawn on Rutledge Avenue, west of Albert Park in Charleston.")
    place = gazetteer.resolve("Albert Park", context=story)
    assert (place.name, place.country, place.admin1_code) == ("Charleston", "USA", "SC")


def test_a_story_that_names_no_country_is_about_the_county_it_names_with_its_kind(gazetteer):
    # Kerry is too small a county to be a cue of Ireland, but "County Kerry" says where the stream is
    story = ("Council defends housing plan. Councillors of County Kerry approved forty homes at the edge of the "
             "village, though its treatment works is full. Anglers say effluent now reaches the Glenbeg Stream.")
    place = gazetteer.resolve("Glenbeg Stream", context=story)
    assert (place.name, place.country, place.feature_code) == ("Kerry", "IRL", "ADM1")


def test_people_written_of_their_towns_place_an_obituary_in_their_state(gazetteer):
    # "a son, Mark Hess of Palmyra": Palmyra and Annville are towns of Pennsylvania, and so is this Lebanon
    story = ("John R. Hess. John R. Hess, 81, died Tuesday at home. He was a machinist for forty years. Surviving "
             "are a daughter, Carol Miller of Lebanon; a son, Mark Hess of Palmyra; and a brother, Paul Hess of "
             "Annville. Burial will be private.")
    place = gazetteer.resolve("Lebanon", context=story)
    assert (place.country, place.admin1_code, place.feature_class) == ("USA", "PA", "P")


def test_an_institution_of_a_word_is_no_cue_of_a_town_of_that_word(gazetteer):
    # Commerce is a town of Texas, Law a village of Scotland: neither is where these stories are
    story = "Grants announced. The Valley Chamber of Commerce and the Eastside College of Law each gave $5,000."
    cues = {key for key, _, _, _ in gazetteer._resolver.context(story).cues}
    assert "commerce" not in cues and "law" not in cues


@pytest.mark.parametrize("street, story", [
    ("Yates Street", "Victoria police closed Yates Street after a gas leak on Friday. Crews from Saanich and "
                     "Esquimalt helped evacuate two office blocks."),
    ("Government Street", "Victoria firefighters were called to Government Street on Monday night. A crew from "
                          "Saanich put out the blaze."),
])
def test_a_story_whose_only_cue_of_a_country_is_a_town_of_another_is_in_that_town(gazetteer, street, story):
    """"Victoria" cues Australia's state, but resolves to the Canadian city its suburbs sit by: the story's
    street is there, not in Australia."""
    place = gazetteer.resolve(street, context=story)
    assert (place.name, place.country) == ("Victoria", "CAN")


def test_a_story_is_where_the_towns_it_names_lie_when_namesakes_votes_point_elsewhere(gazetteer):
    """Dundases and Woodstocks of the United States outvote Ontario, but London, St. Thomas and Woodstock resolve
    as Ontario's: a street the gazetteer lacks is in Ontario, not null."""
    story = ("London firefighters were called to a blaze at a restaurant on Dundas Street on Sunday. Crews from "
             "St. Thomas and Woodstock were sent to help.")
    place = gazetteer.resolve("Dundas Street", context=story)
    assert (place.country, place.admin1_code) == ("CAN", "08")
