"""Towns of the Syrian and Iraqi wars as the press spells them (town_spellings.csv), and the Arabic article a hyphen
joins to a town's name."""

import pytest

from tacitus.datafiles import load_table, packaged
from tacitus.knowledge.places.spellings import SPELLINGS


def test_a_war_town_spelled_as_the_press_spells_it_is_that_town(gazetteer):
    story = "Iraqi forces pushed towards Tal Afar and Shirkat as the offensive on Mosul went on."
    tal_afar = gazetteer.resolve("Tal Afar", context=story)
    shirkat = gazetteer.resolve("Shirkat", context=story)
    assert (tal_afar.country, tal_afar.precision) == ("IRQ", "city")
    assert (tal_afar.lat, tal_afar.lon) == pytest.approx((36.38, 42.45), abs=0.1)
    assert (shirkat.country, shirkat.precision) == ("IRQ", "city")
    assert (shirkat.lat, shirkat.lon) == pytest.approx((35.52, 43.23), abs=0.1)


def test_a_town_some_person_is_also_named_after_is_still_the_town_by_its_press_spelling(gazetteer):
    place = gazetteer.resolve_in("Kobani", ["SYR"])
    assert (place.country, place.precision) == ("SYR", "city")
    assert (place.lat, place.lon) == pytest.approx((36.89, 38.35), abs=0.1)


def test_a_war_town_the_cities_lack_is_placed_at_its_listed_point(gazetteer):
    place = gazetteer.resolve_in("Baghuz", ["SYR"])
    assert (place.name, place.country, place.precision) == ("Baghuz", "SYR", "city")
    assert (place.lat, place.lon) == pytest.approx((34.46, 40.94), abs=0.1)


def test_a_town_s_own_name_written_otherwise_keeps_its_own_name(gazetteer):
    assert gazetteer.resolve_in("Deir Ez-Zor", ["SYR"]).name == "Deir ez-Zor"


def test_the_arabic_article_joined_by_a_hyphen_is_read_apart(gazetteer):
    assert gazetteer.resolve_in("al-Bab", ["SYR"]).name == "Al Bāb"
    assert gazetteer.resolve_in("al-Mayadin", ["SYR"]).name == "Al Mayādīn"
    assert gazetteer.resolve_in("al-Nusra", ["SYR"]) is None


def test_every_spelling_row_names_a_town_of_the_gazetteer_or_gives_its_point(gazetteer):
    for row in load_table(packaged("tacitus.knowledge.places", "town_spellings.csv"), SPELLINGS):
        if row["lat"] is None:
            assert any(f.feature_class == "P" and f.country == row["country"]
                       for f in gazetteer.index.named(row["town"].lower().replace("‘", "'"))) or \
                gazetteer.resolve_in(row["spellings"].split("|")[0], [row["country"]]) is not None, row["town"]


def test_a_city_spelt_as_a_hamlet_of_its_country_is_named_is_still_the_city(gazetteer):
    """A village of a few hundred people bears the spelling English news gives the city of 700,000: the city's
    other name costs it nothing against the hamlet, and the province named after the city does not win either."""
    place = gazetteer.resolve("Zaporizhzhia", context="Missiles struck Zaporizhzhia overnight, the governor said.")
    assert (place.name, place.feature_code) == ("Zaporizhzhya", "PPL")
