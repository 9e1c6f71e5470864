import pytest

from tests.coding.helpers import only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, category, country", [
    ("Macron received a delegation of Kurdish leaders at the Elysee on Thursday.", "CONSULT", "FRA"),
    ("Trump hosted the Saudi crown prince at the White House on Tuesday.", "CONSULT", "USA"),
    ("The prime minister received the Emir of Qatar at Downing Street on Wednesday.", "CONSULT", "GBR"),
])
def test_a_meeting_at_a_seat_of_power_is_placed_in_its_capital(text, category, country):
    event = only(text, category)
    assert event.event_loc is not None and event.event_loc.country == country
    assert event.event_loc.feature_code == "PPLC"


def test_a_hotel_written_with_the_is_no_seat_of_power():
    event = only("The two foreign ministers met at the Grand Hotel on Monday.", "CONSULT")
    assert event.event_loc is None
