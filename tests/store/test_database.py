import sqlite3
import subprocess
import sys
import time

import pytest

from tacitus.errors import InputError, StoreError
from tacitus.store import open_store
from tests.store.factories import article, report


def test_an_article_and_its_events_round_trip(store_url):
    with open_store(store_url) as store:
        assert store.save_article(article("a"), events=[report(1, article_id="a")]) == "new"
        (stored,) = store.iter_articles()
        assert stored == article("a")
        (event,) = store.iter_events()
        assert event == report(1, article_id="a")


def test_saving_the_same_article_twice_leaves_one_article_and_the_same_events(store_url):
    with open_store(store_url) as store:
        store.save_article(article("a"), events=[report(1, article_id="a"), report(2, article_id="a", date="2020-03-01")])
        before = list(store.iter_canonical())
        assert store.save_article(article("a"), events=[report(1, article_id="a")]) == "duplicate"
        assert len(list(store.iter_articles())) == 1 and len(list(store.iter_events())) == 2
        assert list(store.iter_canonical()) == before


def test_a_changed_body_at_the_same_url_is_a_revision_that_keeps_both(store_url):
    with open_store(store_url) as store:
        store.save_article(article("a", url="https://x.test/a"), events=[report(1, article_id="a")])
        changed = article("a", url="https://x.test/a", body="Corrected text.")
        assert store.save_article(changed, events=[report(1, article_id="a", category="AGREE")]) == "revision"
        assert [a.body for a in store.iter_articles()] == ["Corrected text."]
        both = list(store.iter_articles(include_revisions=True))
        assert sorted(a.id for a in both) == ["a", "a~r1"]
        assert [e.event for e in store.iter_events()] == ["AGREE"]  # the old text's events are withdrawn
        assert [e.event for e, _ in store.iter_canonical()] == ["AGREE"]


def test_recoding_an_article_replaces_its_events(store_url):
    with open_store(store_url) as store:
        store.save_article(article("a"), events=[report(1, article_id="a")])
        store.save_events("a", [report(2, article_id="a", category="AGREE")])
        assert [e.event for e in store.iter_events()] == ["AGREE"]
        assert [(e.event, s["num_mentions"]) for e, s in store.iter_canonical()] == [("AGREE", 1)]
        with pytest.raises(InputError, match="no article 'zzz'"):
            store.save_events("zzz", [])


def test_articles_are_listed_by_publisher_date_and_language(store_url):
    with open_store(store_url) as store:
        store.save_article(article("a", publisher="Reuters", published="2020-03-01T10:00:00Z"))
        store.save_article(article("b", publisher="AP", published="2020-03-09"))
        assert [a.id for a in store.iter_articles(publisher="AP")] == ["b"]
        assert [a.id for a in store.iter_articles(end="2020-03-01")] == ["a"]
        assert [a.id for a in store.iter_articles(start="2020-03-02", language="en")] == ["b"]


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match=f"not a Tacitus database.*{path.name}"):
        open_store(str(path))
    assert path.read_text().startswith("these are my notes")


def test_an_unreachable_server_is_one_clear_error_without_the_password():
    with pytest.raises(StoreError, match="cannot reach the database") as caught:
        open_store("postgresql+psycopg://user:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_second_sqlite_writer_waits_then_fails_clearly_and_nothing_is_corrupted(tmp_path):
    path = tmp_path / "locked.db"
    with open_store(str(path)) as store:
        store.save_article(article("a"), events=[report(1, article_id="a")])
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        with open_store(str(path), busy_timeout=0.5) as store:
            assert len(list(store.iter_articles())) == 1  # readers are not blocked (WAL)
            started = time.monotonic()
            with pytest.raises(StoreError, match=f"database is locked by another writer: {path}"):
                store.save_article(article("b"), events=[report(1, article_id="b")])
            assert time.monotonic() - started >= 0.4  # it waited for the other writer first
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(str(path)) as store:
        assert store.save_article(article("b"), events=[report(1, article_id="b")]) == "new"
        assert [a.id for a in store.iter_articles()] == ["a", "b"]
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


WRITER = """
import sys
from tacitus.store import open_store
from tests.store.factories import article, report
with open_store(sys.argv[1]) as store:
    for n in range(int(sys.argv[2])):
        key = f"k{n:04d}"
        day = f"2020-03-{n % 28 + 1:02d}"
        store.save_article(article(key, published=day), events=[
            report(1, article_id=key, date=day), report(2, article_id=key, category="ASSAULT", recipients=("SYR",))])
        print(n, flush=True)
"""


def _writer(url: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, url, str(count)], stdout=subprocess.PIPE, text=True)


def test_a_writer_killed_mid_batch_leaves_whole_articles_and_a_rerun_completes(store_url):
    open_store(store_url).close()
    process = _writer(store_url, 200)
    for _ in range(15):  # 15 commits, then SIGKILL in the middle of whatever comes next
        process.stdout.readline()
    process.kill()
    process.wait()
    with open_store(store_url) as store:
        partial = {a.id for a in store.iter_articles()}
        assert len(partial) >= 15
        by_article = {}
        for event in store.iter_events():
            by_article.setdefault(event.doc_id, []).append(event)
        assert set(by_article) == partial and all(len(found) == 2 for found in by_article.values())
    assert subprocess.run([sys.executable, "-c", WRITER, store_url, "200"], capture_output=True).returncode == 0
    with open_store(store_url) as store:
        articles = [a.id for a in store.iter_articles()]
        assert len(articles) == 200 == len(set(articles))
        assert len(list(store.iter_events())) == 400
        assert sum(stats["num_mentions"] for _, stats in store.iter_canonical()) == 400
        before = list(store.iter_canonical())
    assert subprocess.run([sys.executable, "-c", WRITER, store_url, "200"], capture_output=True).returncode == 0
    with open_store(store_url) as store:  # re-saving the same articles changes nothing
        assert list(store.iter_canonical()) == before


def test_a_reader_reads_while_another_process_writes(store_url):
    open_store(store_url).close()
    process = _writer(store_url, 150)
    counts = []
    with open_store(store_url) as store:
        deadline = time.time() + 120
        while process.poll() is None and time.time() < deadline:
            counts.append((len(list(store.iter_articles())), sum(1 for _ in store.iter_canonical())))
    assert process.wait() == 0
    assert len(counts) > 1 and counts == sorted(counts)
    with open_store(store_url) as store:
        assert len(list(store.iter_articles())) == 150


def test_a_bulk_load_merges_exactly_as_saving_one_article_at_a_time(store_url, tmp_path):
    def batch():
        for n in range(30):
            key = f"b{n:02d}"
            yield article(key, publisher=f"outlet{n % 4}", published=f"2020-03-{n % 9 + 1:02d}"), [
                report(1, article_id=key, date=f"2020-03-{n % 9 + 1:02d}", precision=("day", "unknown")[n % 2]),
                report(2, article_id=key, category="ASSAULT", recipients=("SYR",), date=None)]

    def snapshot(store):
        return sorted((e.id, e.date, s["num_articles"], s["num_sources"]) for e, s in store.iter_canonical())

    with open_store(store_url) as store:
        assert store.bulk_load_events(batch(), batch_size=7) == 60
        loaded = snapshot(store)
    with open_store(str(tmp_path / "one-by-one.db")) as store:
        for item, found in batch():
            store.save_article(item, events=found)
        assert snapshot(store) == loaded
    assert 1 < len(loaded) < 60
