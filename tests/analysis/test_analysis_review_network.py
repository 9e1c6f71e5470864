"""The week in review and the actor network on a small store of known events."""

import json
import xml.etree.ElementTree as ET

import pytest

from tacitus.analysis.network import network
from tacitus.analysis.review import review
from tacitus.errors import InputError
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import day, event, place, save

IDLIB = place("Idlib", "SYR")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    items = [event(day("2019-12-23", n), category="ASSAULT", actors=("SYR",), recipients=("TUR",), where=IDLIB,
                   quad=4, score=-10.0, names={"SYR": "Syrian forces", "TUR": "Turkish troops"}) for n in range(5)]
    items += [event("2019-12-24", actors=("TUR",), recipients=("RUS",), where=place("Moscow", "RUS"),
                    names={"TUR": "Turkey", "RUS": "Russia"})]
    items += [event(day("2019-12-02", n), actors=("TUR",), recipients=("RUS",)) for n in range(2)]
    items += [event("2019-12-26", article="plan", actors=("RUS",), recipients=("TUR",))]  # published Dec 26
    items += [event("2019-12-31", status="planned", actors=("RUS",), recipients=("TUR",), mode="visit",
                    article="plan", names={"RUS": "Putin", "TUR": "Turkey"}, where=None)]
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('review') / 'review.db'}") as opened:
        save(opened, items)
        yield opened


def test_week_in_review_has_stories_by_region_changes_new_dyads_and_next_week(store):
    written = review(store, "2019-W52")
    sections = {s.heading: s for s in written.sections}
    syria = sections["Syria"].sentences
    assert syria[0].text == ("Syrian forces attacked Turkish troops in Idlib on 27 December 2019, one of 5 events "
                             "between the same parties there this week.")
    assert len(syria[0].events) == 5
    assert [s.text for s in sections["Russia"].sentences] == ["Turkey held talks with Russia in Moscow on "
                                                              "24 December 2019."]
    assert any(s.text.startswith("ASSAULT: 5 this week vs 0 a week before (p < 0.001)")
               for s in sections["Largest changes"].sentences)
    assert [s.text for s in sections["New dyads"].sentences] == [
        "Syria towards Türkiye: 5 events, none in the 12 weeks before.",
        "Russia towards Türkiye: 1 event, none in the 12 weeks before."]  # Türkiye towards Russia is not new
    assert [s.text for s in sections["Next week"].sentences] == ["Putin is expected to visit Turkey on 31 December "
                                                                 "2019."]
    assert sections["By category"].sentences[0].text.startswith("7 events: 5 ASSAULT, 2 CONSULT")
    assert all(s.events for sec in written.sections for s in sec.sentences)
    assert "## " not in written.to_markdown() and "**Largest changes:**" in written.to_markdown()


def test_a_week_without_events_says_so(store):
    empty = review(store, "2018-W10")
    assert empty.sections == [] and "nothing to review" in empty.to_markdown()


def test_a_week_that_does_not_exist_is_an_input_error(store):
    with pytest.raises(InputError, match="2019-W60"):
        review(store, "2019-W60")


def test_network_weights_centrality_and_minimum(store):
    graph = network(store, EventFilter())
    edges = {(e.source, e.target): e for e in graph.edges}
    assert edges[("SYR", "TUR")].events == 5 and edges[("SYR", "TUR")].mean_score == -10.0
    assert edges[("TUR", "RUS")].events == 3 and edges[("RUS", "TUR")].events == 1
    nodes = {n.id: n for n in graph.nodes}
    assert nodes["TUR"].in_events == 6 and nodes["TUR"].out_events == 3
    # directed: (2 in + 1 out edges) / (3 - 1) nodes; on the one path SYR -> TUR -> RUS of 2 ordered pairs
    assert nodes["TUR"].degree_centrality == 1.5 and nodes["TUR"].betweenness == 0.5
    assert nodes["SYR"].betweenness == 0.0
    assert {(e.source, e.target) for e in network(store, EventFilter(), min_events=3).edges} == \
        {("SYR", "TUR"), ("TUR", "RUS")}


def test_network_serializations(store):
    graph = network(store, EventFilter.parse(start="2019-12-20"))
    root = ET.fromstring(graph.serialize("gexf"))
    assert root.tag.endswith("gexf")
    assert "graphml" in ET.fromstring(graph.serialize("graphml")).tag
    data = json.loads(graph.serialize("json"))
    assert {(e["source"], e["target"]) for e in data["edges"]} == {("SYR", "TUR"), ("TUR", "RUS"), ("RUS", "TUR")}
