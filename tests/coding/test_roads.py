"""Roads named by the towns they join: a note's ambush or roadblock "on the Kano-Zaria road" is placed at the first
town, in the country of both; a road between two countries is placed nowhere (sentences we wrote)."""

import pytest

from tacitus.coding.roads import is_road, road_ends
from tests.coding.helpers import code, only, parse

pytestmark = pytest.mark.slow


def test_a_road_noun_names_the_towns_it_joins_in_order() -> None:
    span = parse("Bandits attacked travellers on the Kano-Zaria road on Monday.")
    road = next(t for t in span if t.lower_ == "road")
    assert is_road(road) and [t.text for t in road_ends(road)] == ["Kano", "Zaria"]


def test_a_street_s_own_name_is_no_road_between_towns() -> None:
    span = parse("Protesters gathered on Abbey Road in London.")
    assert not any(is_road(t) for t in span)


@pytest.mark.parametrize(("text", "category", "country"), [
    ("Gunmen abducted 9 passengers on the Kano-Zaria road on 4 May 2021.", "ASSAULT", "NGA"),
    ("Around 300 traders blocked the Nakuru-Eldoret highway to protest new market fees.", "PROTEST", "KEN"),
])
def test_an_event_on_a_road_between_two_towns_is_placed_in_their_country(
        text: str, category: str, country: str) -> None:
    event = only(text, category)
    assert event.event_loc is not None and event.event_loc.country == country
    assert {a.country for a in event.actor} == {country}


def test_an_event_on_a_road_between_two_countries_is_placed_nowhere() -> None:
    events = code("Gunmen ambushed a convoy on the Kano-Niamey highway on 4 May 2021.")
    assert all(e.event_loc is None or e.event_loc.country is None for e in events)
