"""What an article's capitalised runs name: a place's name with a lower-case particle inside is one name."""

from tacitus.knowledge.places.context import runs


def test_a_portuguese_or_spanish_particle_before_a_capital_joins_a_place_s_name():
    found = list(runs("Floods hit Rio Grande do Sul and Santiago del Estero this week."))
    assert ["rio", "grande", "do", "sul"] in found
    assert ["santiago", "del", "estero"] in found


def test_an_english_word_spelled_like_a_particle_joins_nothing():
    found = list(runs("Why do Americans vote in November? Voters do not say."))
    assert ["voters"] in found


def test_a_town_named_with_its_state_of_particles_is_that_state_s_town(gazetteer):
    story = "Students held a vigil in Santa Maria, in Rio Grande do Sul, years after a fire at a nightclub there."
    place = gazetteer.resolve("Santa Maria", context=story)
    assert (place.country, place.admin1_code) == ("BRA", "23")
