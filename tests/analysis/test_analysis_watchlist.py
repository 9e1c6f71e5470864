"""The watchlist: announced events by date, and what became of each once its date passed."""

import pytest

from tacitus.analysis.watchlist import watchlist
from tacitus.errors import InputError
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import event, place, save

ISTANBUL = place("Istanbul", "TUR")
NAMES = {"RUS": "Putin", "TUR": "Turkey"}


@pytest.fixture
def store(store_url):
    items = [
        event("2020-01-08", status="planned", actors=("RUS",), recipients=("TUR",), mode="visit", where=ISTANBUL,
              names=NAMES),
        event("2020-01-08", actors=("RUS",), recipients=("TUR",), mode="visit", where=ISTANBUL, names=NAMES),
        event("2020-01-15", status="planned", actors=("TUR",), recipients=("GRC",), where=place("Athens", "GRC")),
        event("2020-01-20", status="intended", category="AID", actors=("TUR",), recipients=("LBY",)),
        event("2020-01-20", status="negated", category="AID", actors=("TUR",), recipients=("LBY",)),
        event("2020-03-01", status="planned", actors=("TUR",), recipients=("IRN",)),
        event("2020-06-01", status="planned", actors=("TUR",), recipients=("CHN",)),  # beyond the window
    ]
    with open_store(store_url) as opened:
        save(opened, items)
        yield opened


def test_outcomes_once_the_dates_have_passed(store):
    found = watchlist(store, EventFilter(), start="2020-01-01", days=90, today="2020-02-01")
    assert [(i.event.date, i.outcome) for i in found.items] == [
        ("2020-01-08", "happened"), ("2020-01-15", "not reported yet"), ("2020-01-20", "called off"),
        ("2020-03-01", "upcoming")]
    visit = found.items[0]
    assert visit.outcome_event and visit.outcome_event != visit.event.id
    assert visit.line() == f"Putin is expected to visit Turkey in Istanbul, 2020-01-08, planned, 1 report: happened " \
                           f"({visit.outcome_event})"
    assert visit.sentence.events == [visit.event.id]


def test_before_the_date_everything_is_upcoming(store):
    found = watchlist(store, EventFilter(country="RUS"), start="2020-01-01", today="2020-01-02")
    assert [(i.event.date, i.outcome) for i in found.items] == [("2020-01-08", "upcoming")]


def test_no_days_is_an_input_error(store):
    with pytest.raises(InputError, match="--days 0"):
        watchlist(store, EventFilter(), days=0)
