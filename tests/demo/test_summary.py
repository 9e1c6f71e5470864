"""The demo summary: counts over the demo articles and their events, and real commands to run next."""

from __future__ import annotations

from tacitus.demo.summary import DEMO_URL_PREFIX, IngestCounts, country_pairs, next_steps, summarize
from tacitus.records import Article, Entity, Event


def article(doc_id: str, *, url: str | None = None, published: str = "2020-01-08",
            publisher: str = "Tacitus Wire") -> Article:
    return Article(id=doc_id, raw_text="x", body="x", url=url or f"{DEMO_URL_PREFIX}{doc_id}",
                   publisher=publisher, published=published)


def event(event_id: str, doc_id: str, category: str, actors: list[str | None], recipients: list[str | None],
          confidence: float = 0.5) -> Event:
    return Event(id=event_id, doc_id=doc_id, event=category,
                 actor=[Entity(text=c or "someone", country=c) for c in actors],
                 recipient=[Entity(text=c or "someone", country=c) for c in recipients],
                 date="2020-01-08", date_precision="day", status="asserted", sentence="...",
                 confidence=confidence)


ARTICLES = [
    article("a1", published="2020-01-08"),
    article("a2", published="2019-10-10", publisher="Levant Ledger"),
    article("other", url="https://example.org/real-news"),
]
EVENTS = [
    event("e1", "a1", "CONSULT", ["RUS"], ["TUR"], confidence=0.6),
    event("e2", "a1", "AGREE", ["RUS", "TUR"], ["LBY"]),
    event("e3", "a2", "ASSAULT", ["TUR"], ["SYR"]),
    event("e4", "a2", "CONSULT", ["RUS"], ["TUR"], confidence=0.9),
    event("e5", "a2", "PROTEST", ["LBN"], ["LBN"]),
    event("e6", "a2", "ACCUSE", [None], ["TUR"]),
    event("not-demo", "other", "CONSULT", ["USA"], ["CHN"]),
]


def test_only_demo_articles_and_their_events_are_counted():
    summary = summarize(ARTICLES, EVENTS)
    assert (summary.articles, summary.publishers, summary.events) == (2, 2, 6)
    assert (summary.first_published, summary.last_published) == ("2019-10-10", "2020-01-08")


def test_events_by_category_are_sorted_by_count():
    summary = summarize(ARTICLES, EVENTS)
    assert summary.by_category[0] == ("CONSULT", 2)
    assert sum(n for _, n in summary.by_category) == 6


def test_top_pairs_are_directed_international_and_known():
    summary = summarize(ARTICLES, EVENTS)
    assert summary.top_pairs[0] == ("RUS", "TUR", 2)
    assert {(a, r) for a, r, _ in summary.top_pairs} == {("RUS", "TUR"), ("RUS", "LBY"), ("TUR", "LBY"),
                                                           ("TUR", "SYR")}


def test_country_pairs_leave_out_unknown_and_domestic_parties():
    assert country_pairs(event("x", "a", "PROTEST", ["LBN"], ["LBN"])) == set()
    assert country_pairs(event("x", "a", "ACCUSE", [None], ["TUR"])) == set()


def test_example_event_is_the_most_confident_of_the_busiest_pair():
    summary = summarize(ARTICLES, EVENTS)
    assert summary.example_event_id == "e4"
    assert any(step.command == "tacitus show e4" for step in summary.next_steps)
    assert any(step.command.startswith("tacitus events --country RUS") for step in summary.next_steps)


def test_next_steps_name_the_database_when_it_is_not_the_default():
    commands = [s.command for s in next_steps(db_url="sqlite:////tmp/my demo.db")]
    assert commands[0] == "tacitus --db '/tmp/my demo.db' events --country TUR --start 2020-01-01"
    assert "tacitus extract article.txt" in commands


def test_an_empty_store_gives_an_empty_summary_without_errors():
    summary = summarize([], [])
    assert (summary.articles, summary.events, summary.top_pairs, summary.example_event_id) == (0, 0, [], None)
    assert summary.notes == []


def test_articles_without_events_leave_a_note():
    assert summarize(ARTICLES, []).notes


def test_to_dict_is_json_friendly():
    run = IngestCounts(ingested=2, revisions=0, duplicates=0, failed=0, events=6)
    data = summarize(ARTICLES, EVENTS, run=run).to_dict()
    assert data["by_category"][0] == {"event": "CONSULT", "count": 2}
    assert data["top_pairs"][0] == {"actor": "RUS", "recipient": "TUR", "count": 2}
    assert data["run"]["events"] == 6
    assert data["next_steps"][0]["command"].startswith("tacitus events")
