import pytest

from tests.coding.helpers import countries, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Kenya's president said he would extend the dusk-to-dawn curfew in Mombasa until the end of the month.",
    "The Kenyan army said it would extend the curfew in Mombasa by a week.",
])
def test_a_curfew_threatened_at_home_falls_on_the_countrys_people_whoever_threatens_it(text):
    event = only(text, "THREATEN", published="2005-03-01")
    assert countries(event.actor) == ["KEN"]
    assert [(r.country, r.sector) for r in event.recipient] == [("KEN", "CVL")]
