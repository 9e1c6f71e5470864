import datetime as dt
import subprocess
import sys
import time

import pytest

from tacitus.errors import InputError, StoreError
from tacitus.records import Article, Entity, Event, Place
from tacitus.store import EventFilter, open_store


def article(number: int, *, body: str | None = None, url: str | None = None) -> Article:
    return Article(id=f"a-{number}", raw_text=body or f"text {number}", body=body or f"text {number}",
                   url=url, publisher="Desk", title=f"Title {number}", published=f"2020-01-{number % 28 + 1:02d}",
                   published_precision="day", language="en", captions=["a caption"], authors=["A. Writer"])


def event(number: int, article_id: str, *, category: str = "CONSULT", actor: str = "TUR", recipient: str = "RUS") -> Event:
    return Event(id=f"e-{article_id}-{number}", doc_id=article_id, event=category,
                 actor=[Entity(text=actor, country=actor, kind="state")],
                 recipient=[Entity(text=recipient, country=recipient, kind="state")],
                 date="2020-01-08", date_precision="day", status="asserted", sentence="They met.",
                 confidence=0.9, mode="meet", context=["diplomatic"],
                 event_loc=Place(text="Istanbul", name="Istanbul", country="TUR", lat=41.0, lon=28.9,
                                 precision="city"), sentence_index=0, trigger="met", start_char=0, end_char=9,
                 quad_class=1, score=2.5, cameo="044", goldstein=2.5)


def test_an_article_and_its_events_round_trip(store_url):
    with open_store(store_url) as store:
        assert store.save_article(article(1), events=[event(1, "a-1")]) == "new"
        stored = list(store.iter_articles())
        assert stored[0].captions == ["a caption"] and stored[0].authors == ["A. Writer"]
        events = list(store.iter_events())
        assert events[0].actor[0].country == "TUR" and events[0].event_loc.name == "Istanbul"


def test_saving_the_same_article_twice_changes_nothing(store_url):
    with open_store(store_url) as store:
        store.save_article(article(1), events=[event(1, "a-1")])
        assert store.save_article(article(1), events=[event(1, "a-1")]) == "duplicate"
        assert len(list(store.iter_articles())) == 1 and len(list(store.iter_events())) == 1


def test_a_changed_text_at_the_same_url_is_a_revision(store_url):
    with open_store(store_url) as store:
        store.save_article(article(1, url="https://x.test/a"))
        changed = article(2, body="new text", url="https://x.test/a")
        assert store.save_article(changed) == "revision"
        current = list(store.iter_articles())
        assert [a.body for a in current] == ["new text"]


def test_filters_select_events(store_url):
    with open_store(store_url) as store:
        store.save_article(article(1), events=[event(1, "a-1"), event(2, "a-1", category="ASSAULT", actor="SYR",
                                                                       recipient="TUR")])
        assert [e.event for e in store.iter_events(EventFilter.parse(country="SYR"))] == ["ASSAULT"]
        assert [e.event for e in store.iter_events(EventFilter.parse(event_type="consult"))] == ["CONSULT"]
        assert list(store.iter_events(EventFilter.parse(start="2020-02-01"))) == []
        assert len(list(store.iter_events(EventFilter.parse(text="met")))) == 2


def test_recoding_an_article_replaces_its_events(store_url):
    with open_store(store_url) as store:
        store.save_article(article(1), events=[event(1, "a-1")])
        store.save_events("a-1", [event(2, "a-1", category="AGREE")])
        assert [e.event for e in store.iter_events()] == ["AGREE"]


@pytest.mark.parametrize("values,message", [({"country": "XYZ"}, "--country"), ({"start": "yesterday"}, "--start"),
                                            ({"event_type": "HUG"}, "--event-type"), ({"status": "maybe"}, "--status")])
def test_bad_filter_values_are_named(values, message):
    with pytest.raises(InputError, match=message):
        EventFilter.parse(**values)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="not a Tacitus database"):
        open_store(str(path))
    assert path.read_text().startswith("these are my notes")


def test_an_unreachable_server_is_one_clear_error():
    with pytest.raises(StoreError, match="database error"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


WRITER = """
import sys
from tests.store.test_database import article, event
from tacitus.store import open_store
store = open_store(sys.argv[1])
for n in range(int(sys.argv[2])):
    store.save_article(article(n), events=[event(1, f"a-{n}"), event(2, f"a-{n}")])
    print(n, flush=True)
"""


def test_a_writer_killed_mid_batch_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    db = f"sqlite:///{tmp_path / 'kill.db'}"
    process = subprocess.Popen([sys.executable, "-c", WRITER, db, "400"], stdout=subprocess.PIPE, text=True)
    for _ in range(20):
        process.stdout.readline()
    process.kill()
    process.wait()
    with open_store(db) as store:
        partial = list(store.iter_articles())
        assert all(len([e for e in store.iter_events() if e.doc_id == a.id]) == 2 for a in partial)
    subprocess.run([sys.executable, "-c", WRITER, db, "400"], check=True, capture_output=True)
    with open_store(db) as store:
        articles = list(store.iter_articles())
        assert len(articles) == 400 == len({a.id for a in articles})
        assert len(list(store.iter_events())) == 800


def test_a_reader_reads_while_a_writer_writes(tmp_path):
    db = f"sqlite:///{tmp_path / 'rw.db'}"
    open_store(db).close()
    process = subprocess.Popen([sys.executable, "-c", WRITER, db, "300"], stdout=subprocess.PIPE, text=True)
    counts = []
    with open_store(db) as store:
        deadline = time.time() + 60
        while process.poll() is None and time.time() < deadline:
            counts.append(len(list(store.iter_articles())))
    process.wait()
    assert process.returncode == 0
    assert counts == sorted(counts)
