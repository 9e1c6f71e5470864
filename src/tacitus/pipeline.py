"""The main job: read sources, code the English articles in one parse stream, store each article with its events.

The library prints nothing: it reports progress through ``on_progress`` (called with the number of articles
just handled), which the CLI renders as a progress bar, and returns failures in the report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from tacitus.config import Settings
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import CsvColumns, read_sources
from tacitus.records import Article, Event
from tacitus.scale.stream import code_articles
from tacitus.store import Store, open_store

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int], None]


@dataclass
class IngestReport:
    ingested: int = 0
    revisions: int = 0
    duplicates: int = 0
    failed: list[IngestFailure] = field(default_factory=list)
    events: int = 0
    # articles stored but coded only in part: over a limit (TACITUS_MAX_ARTICLE_CHARS...) or text not parsed
    limited: list[IngestFailure] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.ingested + self.revisions


def ingest_sources(sources: Sequence[str], *, settings: Settings, code: bool = True,
                   on_progress: ProgressCallback | None = None, publisher: str | None = None,
                   published: str | None = None, csv_columns: CsvColumns | None = None) -> IngestReport:
    report = IngestReport()
    with open_store(settings.db_url) as store:
        results = read_sources(sources, publisher=publisher, published=published, csv_columns=csv_columns,
                               max_bytes=settings.max_article_bytes,
                               allow_private_network=settings.allow_private_network)
        _code_and_save(_fresh(results, store, report), store, settings, code, report, on_progress)
    return report


def ingest_articles(articles: Sequence[Article], store: Store, *, settings: Settings,
                    code: bool = True) -> IngestReport:
    """Code and store articles already read (the API's uploads); a report as `ingest_sources` gives."""
    report = IngestReport()
    _code_and_save(_fresh(articles, store, report), store, settings, code, report, None)
    return report


def _fresh(results: Iterable[Article | IngestFailure], store: Store, report: IngestReport) -> Iterator[Article]:
    """The articles read, without those stored already: checked before parsing, so re-ingesting parses nothing."""
    for result in results:
        if isinstance(result, IngestFailure):
            report.failed.append(result)
            log.debug("%s", result)  # the caller prints the report's failures, once
        elif store.is_stored(result):
            report.duplicates += 1
        else:
            yield result


def _code_and_save(articles: Iterable[Article], store: Store, settings: Settings, code: bool,
                   report: IngestReport, on_progress: ProgressCallback | None) -> None:
    def limited(article: Article, reasons: list[str]) -> None:
        report.limited += [IngestFailure(article.source_path or article.id, reason) for reason in reasons]

    # one parse stream for the whole ingest: the parser's processes never wait for a batch to be stored
    for article, events in code_articles(articles, settings=settings, code=code, on_skipped=limited):
        save_counted(article, events, store, report)
        if on_progress:
            on_progress(1)


def save_counted(article: Article, events: list[Event] | None, store: Store, report: IngestReport) -> None:
    """Store one article with its events and count what it was: new, a revision, or a duplicate."""
    outcome = store.save_article(article, events=events)
    if outcome == "duplicate":
        report.duplicates += 1
        return
    report.ingested += outcome == "new"
    report.revisions += outcome == "revision"
    report.events += len(events or [])
