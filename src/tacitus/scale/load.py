"""`tacitus load`: merge a batch's Parquet into a store, idempotently.

Each article is saved with its events as ``tacitus ingest`` saves it: an article already stored with the
same text is a duplicate and changes nothing, a changed text at the same URL is a revision, and the
store merges the new mentions into its canonical events. Loading a folder twice stores it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tacitus.errors import InputError
from tacitus.scale.parquet import partitions, read_partition
from tacitus.store import open_store


@dataclass
class LoadReport:
    new: int = 0
    revisions: int = 0
    duplicates: int = 0
    events: int = 0


def load_batch(folder: Path, db_url: str, *, progress: Callable[[int, int], None] | None = None) -> LoadReport:
    names = partitions(folder)
    if not names:
        raise InputError(f"{folder}: no batch here (no articles/part-*.parquet)")
    report = LoadReport()
    with open_store(db_url) as store:
        for done, name in enumerate(names, start=1):
            for article, events in read_partition(folder, name):
                outcome = store.save_article(article, events=events)
                if outcome == "duplicate":
                    report.duplicates += 1
                    continue
                report.new += outcome == "new"
                report.revisions += outcome == "revision"
                report.events += len(events)
            if progress:
                progress(done, len(names))
    return report
