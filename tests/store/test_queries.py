import pytest

from tacitus.errors import InputError
from tacitus.records import Place
from tacitus.store import DyadPoint, EventFilter, open_store
from tests.store.factories import article, report

IDLIB = Place(text="Idlib", name="Idlib", country="SYR", lat=35.93, lon=36.63, precision="city")


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        opened.save_article(article("a", publisher="Reuters"), events=[
            report(1, article_id="a", date="2020-01-10"),
            report(2, article_id="a", category="ASSAULT", actors=("SYR",), recipients=("TUR",), date="2020-02-27",
                   place=IDLIB, quad=4, score=-9.0, sentence="Syrian jets struck Turkish troops.")])
        opened.save_article(article("b", publisher="AP"), events=[
            report(1, article_id="b", date="2020-01-21", status="planned", quad=1, score=3.0),
            report(2, article_id="b", category="ACCUSE", actors=("RUS",), recipients=("TUR",), date="2020-03-02",
                   quad=3, score=-2.0)])
        yield opened


def ids(store, **filters):
    return [e.date for e, _ in store.iter_canonical(EventFilter.parse(**filters))]


def test_events_are_listed_by_date_and_limited(store):
    assert ids(store) == ["2020-01-10", "2020-01-21", "2020-02-27", "2020-03-02"]
    assert [e.date for e, _ in store.iter_canonical(limit=2)] == ["2020-01-10", "2020-01-21"]


def test_each_filter_selects_events(store):
    assert ids(store, country="SYR") == ["2020-02-27"]
    assert ids(store, actor="syr") == ["2020-02-27"]
    assert ids(store, event_type="assault") == ["2020-02-27"]
    assert ids(store, event_type="AGREE") == ["2020-01-21"]  # the planned visit, exported as AGREE
    assert ids(store, quad="material-conflict") == ids(store, quad="4") == ["2020-02-27"]
    assert ids(store, status="planned") == ["2020-01-21"]
    assert ids(store, start="2020-02-01", end="2020-02-29") == ["2020-02-27"]
    assert ids(store, publisher="AP") == ["2020-01-21", "2020-03-02"]
    assert ids(store, place="idlib") == ids(store, place="SYR") == ["2020-02-27"]
    assert ids(store, min_confidence=0.9) == []
    assert ids(store, text="jets") == ["2020-02-27"]
    assert [e.date for e in store.iter_events(EventFilter.parse(country="SYR"))] == ["2020-02-27"]


@pytest.mark.parametrize("values,message", [
    ({"country": "XYZ"}, "--country 'XYZ'"), ({"start": "yesterday"}, "--start 'yesterday' is not a date"),
    ({"end": "2020-02-30"}, "--end"), ({"event_type": "HUG"}, "--event-type"), ({"status": "maybe"}, "--status"),
    ({"quad": "7"}, "--quad"), ({"quad": "¹"}, "--quad"), ({"min_confidence": "high"}, "--min-confidence"),
    ({"start": "2020-03-01", "end": "2020-01-01"}, "after --end"), ({"colour": "red"}, "unknown filter")])
def test_a_filter_value_that_cannot_be_right_is_named(values, message):
    with pytest.raises(InputError, match=message):
        EventFilter.parse(**values)


def test_the_dyad_series_counts_and_sums_scores_per_quad_and_month_in_both_directions(store):
    assert store.dyad_series("TUR", "SYR") == [DyadPoint("2020-02", 4, 1, -9.0)]
    assert store.dyad_series("RUS", "TUR", interval="year") == [DyadPoint("2020", 1, 2, 4.0),
                                                                DyadPoint("2020", 3, 1, -2.0)]
    assert [p.count for p in store.dyad_series("TUR", "RUS")] == [2, 1]  # January x2 (quad 1), March (quad 3)
    assert store.dyad_series("TUR", "RUS", filters=EventFilter.parse(status="planned")) == [
        DyadPoint("2020-01", 1, 1, 3.0)]
    with pytest.raises(InputError, match="interval"):
        store.dyad_series("TUR", "RUS", interval="fortnight")


def test_actor_activity_counts_events_as_actor_recipient_and_by_quad(store):
    rows = {r.country: r for r in store.actor_activity()}
    assert (rows["TUR"].as_actor, rows["TUR"].as_recipient) == (2, 2)
    assert rows["TUR"].by_quad == {1: 2, 3: 1, 4: 1}
    assert (rows["SYR"].as_actor, rows["SYR"].as_recipient, rows["SYR"].name) == (1, 0, "Syr")
    assert [r.country for r in store.actor_activity(EventFilter.parse(quad=4))] == ["SYR", "TUR"]


def test_since_gives_only_events_created_or_updated_later(store):
    (_, first), *_ = store.iter_canonical()
    latest = max(stats["updated_at"] for _, stats in store.iter_canonical())
    assert list(store.iter_canonical(since=latest)) == []
    store.save_article(article("c"), events=[report(1, article_id="c", category="PROTEST", date="2020-04-01")])
    assert [e.event for e, _ in store.iter_canonical(since=latest)] == ["PROTEST"]
    assert first["created_at"] <= latest


def test_percent_and_underscore_are_characters_not_wildcards(store):
    assert ids(store, text="jets struck") == ["2020-02-27"]
    assert ids(store, text="%") == ids(store, text="jets_struck") == ids(store, actor="%") == ids(store, actor="_") == []
