import random

from tacitus.records import Entity, Event
from tacitus.store import open_store
from tacitus.store.merge import Mention, cluster_mentions, why_same
from tests.store.test_database import article


def report(number, *, article_id, date="2020-03-05", precision="day", category="AGREE", actors=("RUS", "TUR"),
           recipients=(), status="asserted"):
    return Event(id=f"e-{article_id}-{number}", doc_id=article_id, event=category,
                 actor=[Entity(text=c, country=c) for c in actors], recipient=[Entity(text=c, country=c) for c in recipients],
                 date=date, date_precision=precision, status=status, sentence="s", confidence=0.8)


def mentions(*events):
    return [Mention(e, f"pub-{e.doc_id}", "2020-03-06") for e in events]


def test_three_articles_reporting_one_meeting_are_one_event():
    clusters = cluster_mentions(mentions(report(1, article_id="a"), report(1, article_id="b", actors=("TUR", "RUS")),
                                         report(1, article_id="c", date="2020-03-06", precision="unknown")))
    assert len(clusters) == 1 and len({m.event.doc_id for m in clusters[0].members}) == 3


def test_calls_on_different_days_stay_two():
    clusters = cluster_mentions(mentions(report(1, article_id="a", date="2019-12-11", category="CONSULT"),
                                         report(2, article_id="a", date="2019-12-17", category="CONSULT")))
    assert len(clusters) == 2


def test_a_planned_visit_and_an_agreement_to_visit_are_one_family():
    assert why_same(report(1, article_id="a"), report(2, article_id="b", category="CONSULT", status="planned"))


def test_different_parties_or_categories_never_merge():
    assert why_same(report(1, article_id="a"), report(2, article_id="b", actors=("RUS", "SYR"))) is None
    assert why_same(report(1, article_id="a"), report(2, article_id="b", category="ASSAULT")) is None


def test_merging_does_not_depend_on_the_order_of_reports():
    events = [report(n, article_id=f"a{n}", date=f"2020-03-{5 + n % 3:02d}", precision="day" if n % 2 else "unknown")
              for n in range(12)]
    expected = sorted((c.id, sorted(m.event.id for m in c.members)) for c in cluster_mentions(mentions(*events)))
    for seed in range(5):
        random.Random(seed).shuffle(events)
        got = sorted((c.id, sorted(m.event.id for m in c.members)) for c in cluster_mentions(mentions(*events)))
        assert got == expected


def test_the_store_merges_across_articles_and_explains_why(store_url):
    with open_store(store_url) as store:
        for number, name in enumerate("abc", start=1):
            saved = article(number)
            saved.publisher = f"Outlet {name}"
            store.save_article(saved, events=[report(1, article_id=saved.id)])
        (event, stats), = list(store.iter_canonical())
        assert (stats["num_articles"], stats["num_sources"], stats["num_mentions"]) == (3, 3, 3)
        explained = store.explain(event.id)
        assert len(explained["mentions"]) == 3
        assert all(m["article"]["title"].startswith("Title") for m in explained["mentions"])
        assert any("same day" in m["why"] for m in explained["mentions"])
