import pytest

from tests.coding.helpers import countries, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "President Mwai Kibaki announced on Monday that he will extend the night curfew in Mombasa.",
    "The Kenyan army said it will extend the curfew in Mombasa.",
])
def test_a_curfew_threatened_at_home_falls_on_the_countrys_people_whoever_threatens_it(text):
    event = only(text, "THREATEN", published="2005-03-01")
    assert countries(event.actor) == ["KEN"]
    assert [(r.country, r.sector) for r in event.recipient] == [("KEN", "CVL")]
