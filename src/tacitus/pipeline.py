"""The main job: read sources, code the English articles in batches, store each article with its events."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Sequence

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from tacitus.cli.common import stderr_console
from tacitus.config import Settings
from tacitus.ingest.sources import CsvColumns, Failure, read_sources
from tacitus.records import Article, Event
from tacitus.store import Store, open_store

log = logging.getLogger(__name__)

BATCH_SIZE = 32


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
        batch: list[Article] = []
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=stderr_console,
                      disable=not progress, transient=True) as bar:
            task = bar.add_task("ingesting", total=None)
            for result in read_sources(sources, publisher=publisher, published=published, csv_columns=csv_columns,
                                       max_bytes=settings.max_article_bytes):
                if isinstance(result, Failure):
                    report.failed.append((result.source, result.reason))
                    log.error("%s: %s", result.source, result.reason)
                    continue
                batch.append(result)
                if len(batch) >= BATCH_SIZE:
                    _save_batch(batch, store, settings, code, report)
                    bar.update(task, advance=len(batch))
                    batch = []
            _save_batch(batch, store, settings, code, report)
            bar.update(task, advance=len(batch))
    return report


def ingest_articles(articles: Sequence[Article], store: Store, *, settings: Settings,
                    code: bool = True) -> IngestReport:
    """Code and store articles already read (the API's uploads), in batches; a report as `ingest_sources`."""
    report = IngestReport()
    for start in range(0, len(articles), BATCH_SIZE):
        _save_batch(list(articles[start:start + BATCH_SIZE]), store, settings, code, report)
    return report


def _save_batch(batch: list[Article], store: Store, settings: Settings, code: bool, report: IngestReport) -> None:
    events_by_id: dict[str, list[Event]] = {}
    to_code = [a for a in batch if code and a.language in (None, "en")]
    if to_code:
        from tacitus.coding.extract import code_parsed_many
        from tacitus.nlp import NlpPipeline

        parsed_docs = NlpPipeline(settings).parse((a.id, a.body) for a in to_code)
        for parsed, events in code_parsed_many(zip(parsed_docs, (a.published for a in to_code)), settings=settings):
            events_by_id[parsed.doc_id] = events
    for article in batch:
        if article.language not in (None, "en"):
            log.info("%s: language %s; stored, not coded", article.source_path, article.language)
        coded = events_by_id.get(article.id) if code else None
        outcome = store.save_article(article, events=coded)
        if outcome == "duplicate":
            report.duplicates += 1
            continue
        report.ingested += outcome == "new"
        report.revisions += outcome == "revision"
        report.events += len(coded or [])
