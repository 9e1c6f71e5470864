"""`tacitus load`: merge a batch's Parquet into a store, idempotently.

Each article is saved with its events as ``tacitus ingest`` saves it: an article already stored with the
same text is a duplicate and changes nothing, a changed text at the same URL is a revision, and the
store merges the new mentions into its canonical events. Loading a folder twice stores it once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from tacitus.errors import InputError
from tacitus.pipeline import IngestReport, save_counted
from tacitus.scale.parquet import partitions, read_partition
from tacitus.store import open_store


def load_batch(folder: Path, db_url: str, *, progress: Callable[[int, int], None] | None = None) -> IngestReport:
    names = partitions(folder)
    if not names:
        raise InputError(f"{folder}: no batch here (no articles/part-*.parquet)")
    report = IngestReport()
    with open_store(db_url) as store:
        for done, name in enumerate(names, start=1):
            for article, events in read_partition(folder, name):
                save_counted(article, events, store, report)
            if progress:
                progress(done, len(names))
    return report
