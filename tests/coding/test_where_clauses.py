import pytest

from tests.coding.helpers import only, parse
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
