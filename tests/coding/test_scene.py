import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _by_trigger(text, trigger):
    return next(e for e in code(text) if e.trigger == trigger)


def test_a_second_strike_by_the_same_force_is_where_the_first_was():
    struck = _by_trigger("Ethiopian jets bombed Mekelle on Sunday. The Ethiopian air force also struck a hospital, "
                         "witnesses said.", "struck")
    assert struck.event_loc is not None and struck.event_loc.country == "ETH"


def test_an_event_of_other_parties_does_not_take_the_place_before():
    attacked = _by_trigger("The Kenyan president met the Somali president in Nairobi on Monday. Rebels attacked a "
                           "convoy on Tuesday.", "attacked")
    assert attacked.event_loc is None


def test_a_sentence_naming_its_own_place_keeps_it():
    struck = _by_trigger("Ethiopian jets bombed Mekelle on Sunday. The Ethiopian air force also struck a hospital "
                         "in Ethiopia, witnesses said.", "struck")
    assert struck.event_loc is not None and struck.event_loc.precision == "country"


def test_a_meeting_after_a_visit_is_not_at_the_place_visited():
    met = _by_trigger("Iran's foreign minister visited Darfur on Monday. He met Sudanese officials on Tuesday.", "met")
    assert met.event_loc is None
