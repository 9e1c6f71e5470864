import pytest


def test_idlib_is_in_syria(gazetteer):
    place = gazetteer.resolve("Idlib")
    assert place.country == "SYR"
    assert place.lat == pytest.approx(35.9, abs=0.2) and place.lon == pytest.approx(36.6, abs=0.2)


def test_zhukovsky_is_in_russia(gazetteer):
    assert gazetteer.resolve("Zhukovsky").country == "RUS"


def test_tripoli_follows_the_story(gazetteer):
    assert gazetteer.resolve("Tripoli", context="Hifter's forces advanced on the Libyan capital").country == "LBY"
    assert gazetteer.resolve("Tripoli", context="Protests spread in northern Lebanon").country == "LBN"


def test_countries_and_regions_have_a_point(gazetteer):
    syria = gazetteer.resolve("Syria")
    assert syria.precision == "country" and syria.lat is not None
    sea = gazetteer.resolve("the eastern Mediterranean")
    assert sea.precision == "region" and sea.country is None
    valley = gazetteer.resolve("the Galwan valley")
    assert valley.precision == "region" and valley.country is None and 34 < valley.lat < 36


def test_an_unknown_name_says_why(gazetteer):
    place, reason = gazetteer.explain("Qwertyuiopville")
    assert place is None and "not in the gazetteer" in reason


@pytest.mark.parametrize("name", ["", "x" * 10_000, "\u0000"])
def test_odd_names_resolve_to_nothing(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_a_corrupt_cache_is_rebuilt(tmp_path):
    from tacitus.config import Settings
    from tacitus.knowledge.gazetteer import _cached_gazetteer, _sources_checksum

    (tmp_path / f"places-{_sources_checksum()}.cache").write_bytes(b"garbage")
    gazetteer = _cached_gazetteer(str(tmp_path), None)
    assert gazetteer.resolve("Idlib").country == "SYR"
    assert Settings(cache_dir=str(tmp_path)).cache_dir == str(tmp_path)


def test_the_index_cache_changes_with_the_registry_it_was_built_from(tmp_path):
    """The index keeps the registry's persons' names as no places: one cached before a name was added is stale."""
    from tacitus.knowledge.places.index import sources_checksum

    people = tmp_path / "people.csv"
    people.write_text("name\nAda Lovelace\n")
    before = sources_checksum([people])
    people.write_text("name\nAda Lovelace\nFrancis\n")
    assert sources_checksum([people]) != before != sources_checksum()


def test_a_common_word_alone_is_no_place(gazetteer):
    assert gazetteer.resolve("Coast") is None and gazetteer.resolve("the Border") is None
    assert gazetteer.resolve("the Red Sea").precision == "region"  # a longer name with the word still resolves
    assert gazetteer.resolve("the Ivory Coast").country == "CIV"


def test_an_institutions_word_or_a_towns_quarter_alone_is_no_place(gazetteer):
    # (Alaska's "College" and Philadelphia's "Old City" are GeoNames places; in news they are of a longer name)
    assert gazetteer.resolve_in("College", ["GBR", "USA"]) is None
    assert gazetteer.resolve_in("the Old City", ["IRQ", "USA"]) is None


SAVANNAH_STORY = ("Savannah police closed Whitaker Lane on Tuesday after a water main burst. Savannah officials "
                  "said the crews from Chatham County would work through the night, and that Savannah schools "
                  "would open as usual. Residents of Pooler and Richmond Hill were not affected, Georgia Power said.")


def test_a_street_the_gazetteer_lacks_is_placed_at_the_town_the_story_is_about(gazetteer):
    place, reason = gazetteer.explain("Whitaker Lane", context=SAVANNAH_STORY)
    assert place.name == "Savannah" and place.country == "USA" and place.admin1_code == "GA"
    assert place.text == "Whitaker Lane" and "the place the article is about" in reason


def test_an_unknown_name_without_a_story_stays_unknown(gazetteer):
    assert gazetteer.resolve("Whitaker Lane") is None
    assert gazetteer.resolve("whitaker lane", context=SAVANNAH_STORY) is None  # not written as a name


def _country_bonus(explained, iso3):
    for candidate in explained.candidates:
        if candidate.feature.country == iso3:
            for why in candidate.why:
                if why.startswith(f"the article names {iso3} (+"):
                    return float(why.rsplit("+", 1)[1].rstrip(")"))
            return 0.0
    raise AssertionError(f"no candidate in {iso3}")


def test_a_first_name_a_village_abroad_shares_is_not_the_article_naming_that_country(gazetteer):
    weak = gazetteer.candidates("Dublin", context="Nina Alvarez said the school board met in Dublin on Monday.")
    named = gazetteer.candidates("Dublin", context="Nina Alvarez flew home to Ireland and met the board in Dublin.")
    assert _country_bonus(weak, "IRL") < 3 < _country_bonus(named, "IRL")  # a first name before a surname: none


def test_a_county_shortened_to_co_is_the_county(gazetteer):
    place = gazetteer.resolve("Loudon Co.")
    assert (place.name, place.admin1_code, place.feature_code) == ("Loudon County", "TN", "ADM2")
    assert gazetteer.resolve("Ft. Wayne").name == "Fort Wayne"


def test_a_town_named_like_a_country_in_a_local_story_of_its_state_is_the_town(gazetteer):
    story = ("The Palestine school board met Tuesday to weigh a bond for a new gym. Trustees said Anderson County "
             "voters turned down a similar bond in 2006. A Tyler engineer told the board the old gym could stand "
             "ten more years, though Texas rules on school buildings changed last year and Austin may send "
             "inspectors.")
    town = gazetteer.resolve("Palestine", context=story)
    assert (town.country, town.admin1_code, town.precision) == ("USA", "TX", "city")
    news = "Israeli troops and Palestinian protesters clashed near Hebron, and Palestine's envoy spoke in Amman."
    assert gazetteer.resolve("Palestine", context=news).precision == "country"


def test_a_word_inside_an_organisations_name_does_not_pull_a_city_to_its_namesake_village(gazetteer):
    story = ("Toronto Transit Commission buses will run every ten minutes on King Street from Monday, the "
             "commission said. Toronto Transit riders had asked for more buses, and the Canadian Union of Public "
             "Employees backed them. Toronto city council approved the money last week.")
    assert gazetteer.resolve("Toronto", context=story).country == "CAN"


def test_canadas_postal_codes_are_its_provinces(gazetteer):
    assert gazetteer.resolve("BC").name == "British Columbia" and gazetteer.resolve("N.L.").admin1_code == "05"
    place = gazetteer.resolve("Kelowna", context="The fire crossed the highway near Kelowna, BC, on Friday.")
    assert (place.country, place.admin1_code) == ("CAN", "02")


def test_a_bare_name_of_a_small_province_abroad_and_a_bigger_city_is_the_city(gazetteer):
    # Manchester is a parish of Jamaica and a much bigger English city: alone, the city
    place = gazetteer.resolve("Manchester", context="Fans gathered in Manchester on Saturday before the match.")
    assert place.country == "GBR" and place.feature_class == "P"


def test_the_small_province_wins_when_the_article_names_its_country(gazetteer):
    text = "Farmers in Jamaica's Manchester say the drought has ruined the yam crop around Mandeville."
    place = gazetteer.resolve("Manchester", context=text)
    assert place.country == "JAM"


def test_a_country_named_town_in_a_local_story_of_its_state_is_the_town(gazetteer):
    text = ("Lebanon man arrested. A Lebanon resident was taken into custody by Lebanon Police on Thursday, "
            "the Boone County Sheriff's Office said; he was held in Indianapolis. The United States attorney "
            "may bring federal charges.")
    place = gazetteer.resolve("Lebanon", context=text)
    assert (place.country, place.admin1_code, place.feature_class) == ("USA", "IN", "P")


def test_a_country_named_in_a_story_of_two_countries_stays_the_country(gazetteer):
    text = ("Lebanon and Syria closed a border crossing, officials in Indianapolis and Washington said, after "
            "the United States raised concerns.")
    assert gazetteer.resolve("Lebanon", context=text).feature_code == "PCLI"


@pytest.mark.parametrize("name", ["Caribbean", "Gulf of Mexico"])
def test_a_sea_named_in_a_local_story_is_the_sea_not_the_storys_state(gazetteer, name):
    text = f"The Hartford couple sailed the {name} for a month before returning to Connecticut in March."
    place = gazetteer.resolve(name, context=text)
    assert place.feature_code == "RGN" and place.country is None


def test_a_local_papers_place_decides_its_towns_namesake(gazetteer):
    story = "Alexandria council approves budget. The City Council voted 5-2 on Tuesday to raise water rates."
    assert gazetteer.resolve("Alexandria", context=story, source_place="Alexandria, La.").admin1_code == "LA"
    assert gazetteer.resolve("Alexandria", context=story, source_place="Alexandria, Va.").admin1_code == "VA"
    assert gazetteer.resolve("Alexandria", context=story, source_place="  ") == gazetteer.resolve(
        "Alexandria", context=story)


def test_a_city_named_with_its_article_is_no_surname_it_shares(gazetteer):
    assert gazetteer.resolve("The Hague").country == "NLD"
    assert gazetteer.resolve("the Hague").country == "NLD"
    assert gazetteer.resolve("Hague") is None  # a foreign secretary's surname, without the article
