"""Series read the copies of migration 0007 (the events' Goldstein value and publishers, the dyad rows' event
fields) instead of every report and article: the figures are the hand-computed ones, and a store written before
the migration and upgraded by it gives the same series and brief as one written after."""

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select

import tacitus.store.migrations as migrations
from tacitus.analysis.brief import brief
from tacitus.analysis.series import event_series
from tacitus.store import EventFilter, open_store
from tacitus.store.schema import event_dyads, events
from tests.analysis.builders import event, place, save

WEEKS = EventFilter.parse(country="TUR", start="2020-03-02", end="2020-03-15")


def _items() -> list:
    idlib = place("Idlib")
    return [
        # one event told by two publishers (same parties, day and place: merged)
        event("2020-03-03", where=idlib, publisher="Desk", goldstein=1.0),
        event("2020-03-03", where=idlib, publisher="Wire", goldstein=1.0),
        event("2020-03-05", category="ASSAULT", actors=("RUS",), recipients=("TUR",), score=-7.0, quad=4,
              publisher="Wire", goldstein=-10.0),
        # both countries on both sides: two rows of the dyad, one event
        event("2020-03-06", actors=("TUR", "RUS"), recipients=("RUS", "TUR"), publisher="Post", goldstein=2.0),
        event("2020-03", precision="month", publisher="Monthly"),  # wider than a week
        event("2020-03-04", status="planned", publisher="Plans"),  # not something that happened
        event("2020-03-10", publisher=None, goldstein=4.0),  # type: ignore[arg-type]  # no known publisher
        event("2020-03-03", recipients=("SYR",), publisher="Other", goldstein=-2.0),  # another dyad
    ]


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        save(opened, _items())
        yield opened


def test_a_dyad_series_counts_each_event_once_with_its_reports_publishers(store):
    first, second = event_series(store, WEEKS, by="week", recipient="RUS").points
    assert (first.period, first.count, first.by_category, first.by_quad) == (
        "2020-W10", 3, {"CONSULT": 2, "ASSAULT": 1}, {1: 2, 4: 1})
    assert first.mean_score == pytest.approx(-5 / 3) and first.mean_goldstein == pytest.approx(-7 / 3)
    assert first.sources == 3  # Desk, Wire, Post
    assert (second.period, second.count, second.sources, second.mean_goldstein) == ("2020-W11", 1, 0, 4.0)


def test_a_month_counts_the_event_known_only_to_the_month(store):
    march_only = EventFilter.parse(country="TUR", start="2020-03-01", end="2020-03-31")
    (march,) = event_series(store, march_only, by="month", recipient="RUS").points
    assert (march.count, march.sources) == (5, 4)  # Monthly joins Desk, Wire and Post


def test_a_country_series_and_a_dyad_at_a_place_read_the_events_table(store):
    first, _ = event_series(store, WEEKS, by="week").points
    assert (first.count, first.sources) == (4, 4)  # the SYR dyad's event and its publisher too
    assert first.mean_goldstein == pytest.approx(-9 / 4)
    (at_idlib,) = event_series(store, EventFilter.parse(country="TUR", place="Idlib", start="2020-03-02",
                                                        end="2020-03-08"), by="week", recipient="RUS").points
    assert (at_idlib.count, at_idlib.sources, at_idlib.mean_goldstein) == (1, 2, 1.0)


def _figures(store):
    return ([event_series(store, WEEKS, by=by, recipient=other).to_dict()
             for by in ("week", "month") for other in ("RUS", None)],
            brief(store, EventFilter.parse(country="TUR", start="2020-03-02", end="2020-03-08"),
                  recipient="RUS").to_markdown())


def _copies(url):
    engine = create_engine(url)
    with engine.connect() as conn:
        found = (sorted(conn.execute(select(events.c.id, events.c.goldstein, events.c.publishers)).all()),
                 sorted(conn.execute(select(event_dyads)).all()))
    engine.dispose()
    return found


def test_a_store_of_schema_0006_upgraded_gives_the_same_series_and_brief(store, store_url):
    written = _figures(store), _copies(store_url)
    store.close()
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    engine = create_engine(store_url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        assert "publishers" not in {c["name"] for c in inspect(conn).get_columns("events")}
    engine.dispose()
    with open_store(store_url) as upgraded:
        assert (_figures(upgraded), _copies(store_url)) == written


def test_a_category_and_quad_class_outside_plover_are_still_counted(store):
    with store.engine.begin() as conn:  # as an older coder might have stored them
        for table in (events, event_dyads):
            conn.execute(table.update().where(table.c.category == "ASSAULT").values(category="RIOT", quad_class=7))
    for other in ("RUS", None):
        first, _ = event_series(store, WEEKS, by="week", recipient=other).points
        assert first.by_category["RIOT"] == 1 and first.by_quad[7] == 1 and "ASSAULT" not in first.by_category
