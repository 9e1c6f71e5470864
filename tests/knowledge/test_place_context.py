"""How an article's place cues are read: its capitalised runs, cut once; a place's name with a lower-case
particle inside is one name."""

from tacitus.knowledge.places import context
from tacitus.knowledge.places.context import read_context, runs


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


def test_an_article_is_cut_into_capitalised_runs_once(gazetteer, monkeypatch):
    cut: list[str] = []

    def counting_runs(text):
        cut.append(text)
        return original(text)

    original = context.runs
    monkeypatch.setattr(context, "runs", counting_runs)
    story = ("Connie Yates, a nurse from Ohio, said the county clinic would reopen on Monday. "
             "Yates said the state would pay for half of the repairs.")
    cues = read_context(story, gazetteer.index.cues)
    assert len(cut) == 1
    assert ("USA", "OH") in cues.admin1s()
