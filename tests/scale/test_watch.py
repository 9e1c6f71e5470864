"""`tacitus watch` against feeds served on this machine that change between polls."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tacitus.config import Settings
from tacitus.errors import InputError
from tacitus.scale.watch import Backoff, PollReport, Watcher, feed_urls, parse_interval
from tacitus.store import open_store
from tests.scale.articles import ARTICLES

TEXTS = {name: text for name, _, text in ARTICLES}


def rss(*items: tuple[str, str]) -> bytes:
    entries = "".join(f"<item><title>{name}</title><link>http://news.example/{name}</link>"
                      f"<pubDate>Wed, 08 Jan 2020 10:00:00 GMT</pubDate>"
                      f"<description>{escape(text)}</description></item>" for name, text in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}'
            f"</channel></rss>").encode()


class Feeds:
    """What the local server serves, changed by the tests between polls."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, bytes]] = {}
        self.requests: list[str] = []


@pytest.fixture
def server():
    feeds = Feeds()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            feeds.requests.append(self.path)
            status, body = feeds.pages.get(self.path, (404, b"not here"))
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml" if status == 200 else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield feeds, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def poll(urls: list[str], db: str) -> PollReport:
    reports: list[PollReport] = []
    Watcher(urls, settings=Settings(db_url=db), allow_private=True).run(interval=0, polls=1, report=reports.append)
    return reports[0]


def stored(db: str) -> list[str]:
    with open_store(db) as store:
        return sorted(a.title or "" for a in store.iter_articles())


@pytest.mark.slow
def test_three_polls_of_changing_feeds_store_each_new_article_once(server, tmp_path):
    feeds, base = server
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    urls = [f"{base}/world.xml", f"{base}/broken.xml", f"{base}/asia.xml"]
    feeds.pages["/world.xml"] = (200, rss(("talks", TEXTS["talks"]), ("strike", TEXTS["strike"])))
    feeds.pages["/broken.xml"] = (500, b"server error")
    feeds.pages["/asia.xml"] = (200, rss(("visit", TEXTS["visit"])))

    first = poll(urls, db)
    assert (first.new, first.seen, len(first.failed)) == (3, 0, 1) and first.events >= 4
    assert "broken.xml" in first.failed[0][0]
    assert stored(db) == ["strike", "talks", "visit"]

    feeds.pages["/world.xml"] = (200, rss(("protest", TEXTS["protest"]), ("talks", TEXTS["talks"]),
                                          ("strike", TEXTS["strike"])))
    feeds.pages["/broken.xml"] = (200, rss(("aid", TEXTS["aid"]), ("visit", TEXTS["visit"])))
    second = poll(urls, db)
    assert (second.new, second.seen, second.failed) == (2, 4, []) and second.events >= 3
    assert stored(db) == ["aid", "protest", "strike", "talks", "visit"]

    feeds.pages["/asia.xml"] = (200, rss(("visit", TEXTS["visit"]), ("quiet", TEXTS["quiet"])))
    third = poll(urls, db)
    assert (third.new, third.seen, third.failed) == (1, 6, [])
    assert stored(db) == ["aid", "protest", "quiet", "strike", "talks", "visit"]
    with open_store(db) as store:
        ids = [e.id for e in store.iter_events()]
    assert len(ids) == len(set(ids)) == first.events + second.events + third.events


def test_a_feed_on_this_machine_is_refused_unless_allowed_explicitly(server, tmp_path):
    feeds, base = server
    feeds.pages["/world.xml"] = (200, rss(("talks", TEXTS["talks"])))
    reports: list[PollReport] = []
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    Watcher([f"{base}/world.xml"], settings=Settings(db_url=db)).run(interval=0, polls=1, report=reports.append)
    assert reports[0].new == 0 and "loopback" in reports[0].failed[0][1]
    assert feeds.requests == []


@pytest.mark.slow
def test_a_killed_watcher_resumes_without_duplicates(server, tmp_path):
    feeds, base = server
    feeds.pages["/world.xml"] = (200, rss(("talks", TEXTS["talks"]), ("aid", TEXTS["aid"])))
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    environment = {**os.environ, "TACITUS_CLASSIFIER": "off"}
    process = subprocess.Popen([sys.executable, "-c", "from tacitus.cli import main; main()", "watch",
                                f"{base}/world.xml", "--every", "1s", "--allow-private", "--db", db],
                               stderr=subprocess.PIPE, text=True, env=environment)
    assert process.stderr is not None
    deadline = time.monotonic() + 240
    line = ""
    while "poll 1:" not in line and time.monotonic() < deadline:
        line = process.stderr.readline()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) == 0, process.stderr.read()
    assert "2 new articles" in line
    feeds.pages["/world.xml"] = (200, rss(("talks", TEXTS["talks"]), ("aid", TEXTS["aid"]),
                                          ("quiet", TEXTS["quiet"])))
    resumed = poll([f"{base}/world.xml"], db)
    assert (resumed.new, resumed.seen) == (1, 2)
    assert stored(db) == ["aid", "quiet", "talks"]


def test_a_failing_feed_rests_longer_after_each_failure_and_is_tried_at_once_when_it_recovers():
    backoff, tried = Backoff(), []
    for poll_number in range(1, 13):
        if backoff.due():
            tried.append(poll_number)
            backoff.failed() if poll_number < 8 else backoff.succeeded()
    assert tried == [1, 2, 4, 8, 9, 10, 11, 12]


def test_a_feed_that_keeps_failing_rests_between_polls(server, tmp_path):
    feeds, base = server
    feeds.pages["/broken.xml"] = (200, b"<html>this is no feed")
    watcher = Watcher([f"{base}/broken.xml"], settings=Settings(db_url=f"sqlite:///{tmp_path / 'w.db'}"),
                      allow_private=True)
    reports: list[PollReport] = []
    watcher.run(interval=0, polls=4, report=reports.append)
    assert [(len(r.failed), len(r.resting)) for r in reports] == [(1, 0), (1, 0), (0, 1), (1, 0)]
    assert "1 feeds resting" in reports[2].status() and len(feeds.requests) == 3


def test_durations_and_feed_lists_are_read_as_people_write_them(tmp_path):
    assert [parse_interval(v) for v in ("90", "90s", "15m", "2h", "1d")] == [90, 90, 900, 7200, 86400]
    with pytest.raises(InputError, match="not a duration"):
        parse_interval("soon")
    listing = tmp_path / "feeds.txt"
    listing.write_text("# wires\nhttps://a.example/rss\n\nhttps://b.example/atom  # asia\nhttps://a.example/rss\n")
    assert feed_urls([str(listing), "https://c.example/feed"]) == [
        "https://a.example/rss", "https://b.example/atom", "https://c.example/feed"]
    listing.write_text("ftp://nope\n")
    with pytest.raises(InputError, match="feeds.txt:1"):
        feed_urls([str(listing)])
