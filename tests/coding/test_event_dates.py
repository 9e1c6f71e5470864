import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def test_two_coordinated_dates_give_two_events():
    events = code("On Dec. 11 and Dec. 17, Erdogan and Putin had two phone conversations.", "2019-12-23")
    assert sorted(e.date for e in events) == ["2019-12-11", "2019-12-17"]
    assert all(e.mode == "phone" and e.recipient == [] for e in events)


def test_a_date_of_another_clause_is_not_the_events_date():
    events = code("Two British men were killed fighting Isis in Syria after they arrived in 2014.", "2018-03-30")
    assert [e.date for e in events if e.event == "ASSAULT"] == ["2018-03-30"]
    assert [e.date_precision for e in events if e.event == "ASSAULT"] == ["unknown"]


def test_an_undated_plan_after_a_dated_plan_shares_its_date():
    text = "Putin is expected to visit Turkey Jan. 8. The two leaders will discuss Syria and Libya."
    events = code(text, "2019-12-23")
    assert [e.date for e in events] == ["2020-01-08", "2020-01-08"]


def test_an_undated_plan_on_its_own_stays_undated():
    events = code("The Russian and Turkish leaders will discuss Syria.", "2019-12-23")
    assert [(e.date, e.status) for e in events] == [(None, "planned")]


def test_a_date_in_a_clause_of_what_was_going_on_is_the_events_date():
    events = code("Former Japanese Prime Minister Shinzo Abe was shot dead while giving a campaign speech in Nara "
                  "on Friday.", published="2022-07-09")
    assert [e.date for e in events] == ["2022-07-08"]



@pytest.mark.parametrize("text", [
    "Opposition supporters have protested outside the parliament in Belgrade every Friday.",
    "Russian forces shelled Avdiivka for three weeks.",
    "Houthi rebels attack ships in the Red Sea daily.",
])
def test_a_recurrence_or_a_length_of_time_never_dates_an_event(text):
    events = code(text, "2024-03-15")
    assert events
    assert all((e.date, e.date_precision) == ("2024-03-15", "unknown") for e in events)
