"""The place an article is about (its focus), where a name the gazetteer lacks is placed: found from the
settlements the article names as its own words resolve them, not only from the sum of its country cues."""


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
    from tacitus.knowledge.places.resolver import _written_lower

    text = "Of the three farms, one was sold. The market of Ames was steady."
    assert _written_lower("of", text)
    assert not _written_lower("ames", text)
