"""Series and baseline figures on a store with known counts (SQLite and PostgreSQL)."""

import math

import pytest

from tacitus.analysis.baseline import baseline_change
from tacitus.analysis.series import event_series
from tacitus.errors import InputError
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import day, event, save

# Twelve baseline weeks (2019-W40 .. W51) of TUR-RUS talks, then 2019-W52 with eight attacks.
BASELINE = [1, 3, 2, 2, 1, 3, 2, 2, 1, 3, 2, 2]
MONDAYS = ["2019-09-30", "2019-10-07", "2019-10-14", "2019-10-21", "2019-10-28", "2019-11-04", "2019-11-11",
           "2019-11-18", "2019-11-25", "2019-12-02", "2019-12-09", "2019-12-16"]
CURRENT = "2019-12-23"


@pytest.fixture
def store(store_url):
    items = []
    for monday, count in zip(MONDAYS, BASELINE):
        for offset in range(count):  # half of them the other way round: a dyad is either direction
            pair = (("TUR",), ("RUS",)) if offset % 2 == 0 else (("RUS",), ("TUR",))
            items.append(event(day(monday, offset), actors=pair[0], recipients=pair[1], score=1.0, goldstein=3.0,
                               publisher=f"Paper {offset}"))
    items += [event(day(CURRENT, n % 7), category="ASSAULT", quad=4, score=-10.0, goldstein=-10.0,
                    publisher="Wire") for n in range(8)]
    items.append(event(day(MONDAYS[3], 1), actors=("TUR",), recipients=("SYR",)))  # a dyad seen before
    items.append(event(day(CURRENT, 2), actors=("TUR",), recipients=("SYR",)))
    items.append(event(day(CURRENT, 3), actors=("TUR",), recipients=("GRC",)))  # a new dyad
    items.append(event("2019-12", precision="month"))  # known only to the month: in no week
    items.append(event(day(CURRENT, 4), status="planned"))  # not yet happened: not counted
    with open_store(store_url) as opened:
        save(opened, items)
        yield opened


def test_weekly_dyad_series_counts_each_week(store):
    series = event_series(store, EventFilter.parse(country="TUR", start="2019-09-30", end="2019-12-29"),
                          by="week", recipient="RUS")
    assert [p.period for p in series.points][0] == "2019-W40" and series.points[-1].period == "2019-W52"
    assert [p.count for p in series.points] == BASELINE + [8]
    last = series.points[-1]
    assert last.by_category == {"ASSAULT": 8} and last.by_quad == {4: 8}
    assert last.mean_score == -10.0 and last.mean_goldstein == -10.0 and last.sources == 1
    assert series.points[1].sources == 3  # three events of W41, three publishers
    assert series.sparkline()[-1] == "█"


def test_monthly_series_counts_the_month_precise_event(store):
    series = event_series(store, EventFilter.parse(country="TUR", start="2019-12-01", end="2019-12-31"),
                          by="month", recipient="RUS")
    assert [(p.period, p.count) for p in series.points] == [("2019-12", 2 + 1 + 2 + 2 + 8 + 1)]


def test_last_week_against_the_twelve_before(store):
    report = baseline_change(store, EventFilter.parse(country="TUR"), at="2019-W52", recipient="RUS",
                             min_count=2)
    assert report.period.key == "2019-W52" and len(report.baseline) == 12
    assert report.baseline[0].key == "2019-W40"
    total = report.total
    assert (total.current, total.baseline_mean, total.ratio) == (8, 2.0, 4.0)
    assert total.p_value == pytest.approx(1 - math.exp(-2) * 2325 / 315, rel=1e-9)  # see test_analysis_stats
    assert total.significant
    changes = {c.subject: c for c in report.changes}
    assert changes["ASSAULT"].significant and changes["ASSAULT"].ratio is None
    consult = changes["CONSULT"]
    assert (consult.current, consult.direction) == (0, "down")
    assert consult.p_value == pytest.approx(math.exp(-2))  # P(X <= 0 | 2)
    assert not consult.significant


def test_new_dyads_are_those_absent_from_the_baseline(store):
    report = baseline_change(store, EventFilter.parse(country="TUR"), at="2019-W52")
    assert [(d.actor, d.recipient) for d in report.new_dyads] == [("TUR", "GRC")]


def test_recipient_needs_a_country_and_a_real_code(store):
    with pytest.raises(InputError, match="--recipient needs --country"):
        event_series(store, EventFilter(), recipient="RUS")
    with pytest.raises(InputError, match="--recipient 'XYZ'"):
        event_series(store, EventFilter(country="TUR"), recipient="XYZ")


def test_nothing_to_compare_is_an_input_error(store):
    with pytest.raises(InputError, match="no dated events"):
        baseline_change(store, EventFilter.parse(country="JPN"))
