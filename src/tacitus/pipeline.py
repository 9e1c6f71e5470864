"""The main job: read sources, code the English articles in one parse stream, store each article with its events."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from tacitus.cli.common import stderr_console
from tacitus.config import Settings
from tacitus.ingest.sources import CsvColumns, Failure, read_sources
from tacitus.records import Article, Event
from tacitus.scale.stream import code_articles
from tacitus.store import Store, open_store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    ingested: int = 0
    revisions: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0

    @property
    def stored(self) -> int:
        return self.ingested + self.revisions


def ingest_sources(sources: Sequence[str], *, settings: Settings, code: bool = True, progress: bool = True,
                   publisher: str | None = None, published: str | None = None,
                   csv_columns: CsvColumns | None = None) -> IngestReport:
    report = IngestReport()
    with open_store(settings.db_url) as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=stderr_console,
                      disable=not progress, transient=True) as bar:
            task = bar.add_task("ingesting", total=None)
            articles = _articles(read_sources(sources, publisher=publisher, published=published,
                                              csv_columns=csv_columns, max_bytes=settings.max_article_bytes), report)
            # one parse stream for the whole ingest: the parser's processes never wait for a batch to be stored
            for article, events in code_articles(articles, settings=settings, code=code):
                _save(article, events, store, report)
                bar.update(task, advance=1)
    return report


def ingest_articles(articles: Sequence[Article], store: Store, *, settings: Settings,
                    code: bool = True) -> IngestReport:
    """Code and store articles already read (the API's uploads); a report as `ingest_sources` gives."""
    report = IngestReport()
    for article, events in code_articles(iter(articles), settings=settings, code=code):
        _save(article, events, store, report)
    return report


def _articles(results: Iterable[Article | Failure], report: IngestReport) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Failure):
            report.failed.append((result.source, result.reason))
            log.error("%s: %s", result.source, result.reason)
        else:
            yield result


def _save(article: Article, events: list[Event] | None, store: Store, report: IngestReport) -> None:
    outcome = store.save_article(article, events=events)
    if outcome == "duplicate":
        report.duplicates += 1
        return
    report.ingested += outcome == "new"
    report.revisions += outcome == "revision"
    report.events += len(events or [])
