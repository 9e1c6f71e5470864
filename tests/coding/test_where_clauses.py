import pytest

from tests.coding.helpers import code, only, parse
from tacitus.coding.where_clauses import where_antecedent

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, category, town", [
    ("Aid workers reached the city of Marawi, where the army has bombarded militant positions since May.",
     "ASSAULT", "Marawi"),
    ("Police returned to the village of Gajiram, where gunmen killed twelve farmers last week.", "ASSAULT", "Gajiram"),
])
def test_an_event_told_in_a_where_clause_is_in_the_place_the_clause_describes(text, category, town):
    event = only(text, category)
    assert event.event_loc is not None and event.event_loc.name.startswith(town)


def test_a_clause_of_time_describes_no_place():
    span = parse("Troops left the town in March, when rebels shelled the barracks.")
    shelled = next(t for t in span if t.lower_ == "shelled")
    assert where_antecedent(shelled) is None


def test_in_which_introduces_a_place_as_where_does():
    span = parse("Reporters toured the camp in which guards beat dozens of detainees.")
    beat = next(t for t in span if t.lower_ == "beat")
    assert where_antecedent(beat).lower_ == "camp"


def test_a_finer_place_the_where_clause_names_beats_the_country_it_describes():
    event = only("She was flown home to Russia, where a court in Chechnya jailed her for joining an armed group.",
                 "COERCE")
    assert event.event_loc is not None and event.event_loc.precision != "country" and event.event_loc.country == "RUS"


@pytest.mark.parametrize("text, category, town", [
    ("Hours after a summit in Ankara at which the Iranian president urged Turkey to pull its troops back, Rouhani "
     "flew home.", "REQUEST", "Ankara"),
    ("The talks in Geneva, at which the opposition rejected any role for Assad, ended on Friday without a deal.",
     "REJECT", "Geneva"),
    ("The ministers gathered for a conference in Sochi during which Lavrov accused Washington of prolonging the war.",
     "ACCUSE", "Sochi"),
])
def test_an_event_told_in_a_clause_of_a_meeting_is_where_the_meeting_was_held(text, category, town):
    event = only(text, category)
    assert event.event_loc is not None and event.event_loc.name.startswith(town)


def test_a_meeting_about_a_country_does_not_place_what_its_clause_tells_there():
    event = only("The summit on Syria at which Erdogan pleaded for restraint ended in disagreement.", "REQUEST")
    assert event.event_loc is None


def test_a_clause_of_places_that_are_no_gathering_does_not_take_their_country():
    text = ("He was charged with visiting camps in Iraq where instruction in bomb-making was provided by Islamic "
            "State.")
    assert all(e.event_loc is None for e in code(text) if e.trigger == "provided")
