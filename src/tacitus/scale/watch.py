"""Following feeds: poll RSS/Atom feeds every so often, code and store the items not seen before.

Each poll reads every feed through the same reader as ``tacitus ingest URL`` (``ingest/sources.py``, so
the same fetch rules, size limit and feed parsing apply), drops the items already stored with the same
text before anything is parsed (by id, the hash of the item's URL, and by the text itself: a changed
text at a known URL is a new revision and is coded), codes the rest in one parse stream and stores them.
A feed that cannot be fetched or read is reported in the poll's status line and the others go on; it is
tried again at the next poll, and after further failures in a row it rests for 1, 3, 7, then at most
``MAX_REST`` polls before the next try. The store is the watcher's memory, so a watcher stopped at any point and
started again resumes without storing anything twice.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from sqlalchemy import select

from tacitus.config import Settings
from tacitus.errors import InputError
from tacitus.ingest.sources import Failure, read_sources
from tacitus.records import Article
from tacitus.store import Store, open_store

log = logging.getLogger(__name__)

MAX_REST = 15
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class PollReport:
    number: int
    new: int = 0
    revisions: int = 0
    seen: int = 0  # items already stored, skipped before parsing
    events: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    resting: list[str] = field(default_factory=list)  # failing feeds not tried this time

    def status(self) -> str:
        line = (f"poll {self.number}: {self.new} new articles, {self.revisions} revisions, {self.events} events, "
                f"{self.seen} already stored, {len(self.failed)} failures, {len(self.resting)} feeds resting")
        return line + "".join(f"; {source}: {reason}" for source, reason in self.failed[:3])


@dataclass
class Backoff:
    """A feed's failures in a row, and how many polls it still rests: 0, 1, 3, 7... up to ``MAX_REST``."""

    failures: int = 0
    rest: int = 0

    def due(self) -> bool:
        if self.rest:
            self.rest -= 1
            return False
        return True

    def failed(self) -> None:
        self.failures += 1
        self.rest = min(2 ** (self.failures - 1) - 1, MAX_REST)

    def succeeded(self) -> None:
        self.failures = self.rest = 0


def parse_interval(value: str) -> float:
    """Seconds of "90", "90s", "15m", "2h", "1d"."""
    match = _INTERVAL.match(value)
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"interval {value!r} is not a duration (e.g. 90s, 15m, 2h)")
    return float(match.group(1)) * _SECONDS[match.group(2)]


def feed_urls(arguments: Sequence[str]) -> list[str]:
    """Feed URLs given on the command line or listed in files (one a line, # comments)."""
    urls: list[str] = []
    for argument in arguments:
        if argument.startswith(("http://", "https://")):
            urls.append(argument)
            continue
        try:
            lines = Path(argument).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise InputError(f"{argument}: cannot read the feed list ({error.strerror or error})") from None
        for number, line in enumerate(lines, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if not line.startswith(("http://", "https://")):
                raise InputError(f"{argument}:{number}: {line!r} is not an http(s) URL")
            urls.append(line)
    if not urls:
        raise InputError("no feeds to watch")
    return list(dict.fromkeys(urls))


class Watcher:
    """Polls ``feeds`` into the store at ``settings.db_url``; ``stop()`` ends it after the current poll."""

    def __init__(self, feeds: Sequence[str], *, settings: Settings, allow_private: bool = False) -> None:
        self.feeds = list(feeds)
        self.settings = settings
        self.allow_private = allow_private
        self.health = {url: Backoff() for url in self.feeds}
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self, *, interval: float, polls: int | None = None,
            report: Callable[[PollReport], None] = lambda _: None) -> int:
        """Poll until stopped (or ``polls`` times); returns the number of polls made."""
        made = 0
        with open_store(self.settings.db_url) as store:
            while not self._stop.is_set():
                made += 1
                report(self.poll(store, made))
                if polls is not None and made >= polls:
                    break
                self._stop.wait(interval)
        return made

    def poll(self, store: Store, number: int) -> PollReport:
        from tacitus.scale.stream import code_articles

        result = PollReport(number)
        fresh = list(self._fresh(store, self._read_feeds(result), result))
        for article, events in code_articles(fresh, settings=self.settings):
            outcome = store.save_article(article, events=events)
            if outcome == "duplicate":  # the same item in two feeds of one poll
                result.seen += 1
                continue
            result.new += outcome == "new"
            result.revisions += outcome == "revision"
            result.events += len(events or [])
        return result

    def _read_feeds(self, result: PollReport) -> Iterator[Article]:
        for url in self.feeds:
            health = self.health[url]
            if not health.due():
                result.resting.append(url)
                continue
            try:
                # the guarded fetcher refuses loopback and private addresses unless allowed explicitly
                items = list(read_sources([url], max_bytes=self.settings.max_article_bytes,
                                          allow_private_network=self.allow_private
                                          or self.settings.allow_private_network))
            except Exception as error:  # one bad feed must not stop the others
                items = [Failure(url, f"{type(error).__name__}: {error}")]
            whole_feed_failed = False
            for item in items:
                if isinstance(item, Failure):
                    result.failed.append((item.source, item.reason))
                    whole_feed_failed |= item.source == url  # not one entry of it ("URL#3")
                else:
                    yield item
            health.failed() if whole_feed_failed else health.succeeded()

    def _fresh(self, store: Store, articles: Iterator[Article], result: PollReport) -> Iterator[Article]:
        """The articles not stored yet with the same text: looked up before anything is parsed."""
        from tacitus.store.schema import articles as table

        batch = list(articles)
        stored: dict[str, str] = {}
        ids = sorted({a.id for a in batch})
        with store.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(select(table.c.id, table.c.body).where(table.c.id.in_(ids[start:start + 500])))
                stored.update((row.id, row.body) for row in rows)
        for article in batch:
            if stored.get(article.id) == article.body:
                result.seen += 1
            else:
                yield article


def install_signal_handlers(watcher: Watcher) -> None:
    """SIGINT and SIGTERM let the current poll finish, then the watcher exits."""
    def handler(signum: int, _frame: object) -> None:
        log.warning("%s: stopping after this poll", signal.Signals(signum).name)
        watcher.stop()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
