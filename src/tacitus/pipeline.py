"""The main job: read sources, code the English articles in batches, store each article with its events.

The library prints nothing: it reports progress through ``on_progress`` (called with the number of articles
just handled), which the CLI renders as a progress bar, and returns failures in the report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Sequence

from tacitus.config import Settings
from tacitus.ingest.language import is_coded_language
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import CsvColumns, read_sources
from tacitus.records import Article, Event
from tacitus.store import Store, open_store

log = logging.getLogger(__name__)

BATCH_SIZE = 32
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
        batch: list[Article] = []
        for result in read_sources(sources, publisher=publisher, published=published, csv_columns=csv_columns,
                                   max_bytes=settings.max_article_bytes,
                                   allow_private_network=settings.allow_private_network):
            if isinstance(result, IngestFailure):
                report.failed.append(result)
                log.debug("%s", result)  # the caller prints the report's failures, once
                continue
            batch.append(result)
            if len(batch) >= BATCH_SIZE:
                _save_batch(batch, store, settings, code, report)
                if on_progress:
                    on_progress(len(batch))
                batch = []
        _save_batch(batch, store, settings, code, report)
        if on_progress:
            on_progress(len(batch))
    return report


def ingest_articles(articles: Sequence[Article], store: Store, *, settings: Settings,
                    code: bool = True) -> IngestReport:
    """Code and store articles already read (the API's uploads), in batches; a report as `ingest_sources`."""
    report = IngestReport()
    for start in range(0, len(articles), BATCH_SIZE):
        _save_batch(list(articles[start:start + BATCH_SIZE]), store, settings, code, report)
    return report


def _save_batch(batch: list[Article], store: Store, settings: Settings, code: bool, report: IngestReport) -> None:
    fresh = [a for a in batch if not store.is_stored(a)]  # checked before parsing: re-ingesting parses nothing
    report.duplicates += len(batch) - len(fresh)
    batch = fresh
    events_by_id: dict[str, list[Event]] = {}
    to_code = [a for a in batch if code and is_coded_language(a.language)]
    if to_code:
        from tacitus.coding.extract import code_parsed_many
        from tacitus.nlp import NlpPipeline

        sources = {a.id: a.source_path or a.id for a in to_code}
        parsed_docs = NlpPipeline(settings).parse((a.id, a.body) for a in to_code)
        for parsed, events in code_parsed_many(zip(parsed_docs, (a.published for a in to_code)), settings=settings):
            events_by_id[parsed.doc_id] = events
            report.limited += [IngestFailure(sources[parsed.doc_id], reason) for reason in parsed.skipped]
    for article in batch:
        if not is_coded_language(article.language):
            log.info("%s: language %s; stored, not coded", article.source_path, article.language)
        coded = events_by_id.get(article.id) if code else None
        outcome = store.save_article(article, events=coded)
        if outcome == "duplicate":
            report.duplicates += 1
            continue
        report.ingested += outcome == "new"
        report.revisions += outcome == "revision"
        report.events += len(coded or [])
