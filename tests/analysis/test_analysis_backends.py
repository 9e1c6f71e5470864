"""The brief, the week in review and the network read the same from SQLite and PostgreSQL."""

import pytest

from tacitus.analysis.brief import brief
from tacitus.analysis.network import network
from tacitus.analysis.review import review
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import day, event, place, save


@pytest.fixture
def store(store_url):
    items = [event(day("2019-12-23", n), category="ASSAULT", actors=("SYR",), recipients=("TUR",), quad=4,
                   score=-10.0, where=place("Idlib"), names={"SYR": "Syrian forces", "TUR": "Turkish troops"})
             for n in range(3)]
    items.append(event("2019-12-23", where=place("Moscow", "RUS"), names={"TUR": "Turkey", "RUS": "Russia"},
                       article="moscow"))
    items.append(event("2020-01-08", status="planned", mode="visit", actors=("RUS",), recipients=("TUR",),
                       names={"RUS": "Putin", "TUR": "Turkey"}, where=None, article="moscow"))
    with open_store(store_url) as opened:
        save(opened, items)
        yield opened


def test_brief_review_and_network_on_both_backends(store):
    written = brief(store, EventFilter.parse(country="TUR", start="2019-12-16", end="2019-12-23"), recipient="RUS")
    lead, why, upcoming = (s.sentences for s in written.sections)
    assert lead[0].text == "Turkey held talks with Russia in Moscow on 23 December 2019."
    assert [s.text for s in upcoming] == ["Putin is expected to visit Turkey on 8 January 2020."]
    weekly = {s.heading: [x.text for x in s.sentences] for s in review(store, "2019-W52").sections}
    assert weekly["By category"] == ["4 events: 3 ASSAULT, 1 CONSULT."]
    assert weekly["Syria"][0].endswith("one of 3 events between the same parties there this week.")
    edges = {(e.source, e.target): (e.events, e.mean_score) for e in network(store, EventFilter()).edges}
    assert edges == {("SYR", "TUR"): (3, -10.0), ("TUR", "RUS"): (1, 1.0)}


def test_earlier_briefs_on_both_backends(store):
    written = brief(store, EventFilter.parse(country="TUR"), date="2019-12-25")
    assert [(b.start, b.count, b.by_category) for b in written.earlier] == [
        ("2019-12-24", 1, {"ASSAULT": 1}), ("2019-12-23", 2, {"ASSAULT": 1, "CONSULT": 1})]
    assert written.earlier[1].command == "tacitus brief --country TUR --date 2019-12-23"
