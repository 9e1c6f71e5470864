"""`tacitus batch`: code article files on a Dask cluster into partitioned Parquet.

The inputs are cut into partitions of whole files; each partition is one Dask task that reads its files,
codes them in one parse stream and returns its three tables (``scale/parquet.py``), which this process
writes to ``DIR`` as they arrive. A worker keeps the spaCy model, the lexicon, the registry, the gazetteer
and the classifier in its process once loaded (the same per-process caches as any Tacitus process), so each
worker pays start-up once however many tasks it runs. The tasks read the files by path: on a cluster of
several machines every worker must see the inputs at the same path (a shared or copied folder), and must
have Tacitus installed; the Parquet is written where this command runs.

Results are the same as a serial run's: the same articles, and events with the same ids and fields.
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

from tacitus.config import Settings
from tacitus.errors import InputError
from tacitus.scale.parquet import TABLES, partition_tables, write_partition

log = logging.getLogger(__name__)

TASKS_PER_WORKER = 4  # small enough partitions that a slow one does not leave the other workers idle
# glibc's mallopt() parameters, and the largest threshold for mapping a block on its own that glibc's own rule
# would reach (32 MiB on 64-bit systems), with its trim threshold twice that
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD = 32 * 2**20


@dataclass
class PartitionResult:
    index: int
    tables: dict[str, Any]
    failed: list[tuple[str, str]]
    articles: int
    events: int


@dataclass
class BatchReport:
    partitions: int = 0
    articles: int = 0
    events: int = 0
    workers: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)


def input_files(inputs: Sequence[str]) -> list[str]:
    """The files of the inputs, folders walked in name order (hidden files left out), as ``ingest`` reads them."""
    files: list[str] = []
    for source in inputs:
        if source == "-":
            raise InputError("batch reads files its workers can open, not stdin ('-')")
        path = Path(source)
        if path.is_dir():
            files += [str(p) for p in sorted(path.rglob("*"))
                      if p.is_file() and not any(part.startswith(".") for part in p.parts)]
        else:
            files.append(source)  # a missing file is reported by the task that reads it, as ingest does
    return files


def split(files: list[str], slots: int, per_task: int | None = None) -> list[list[str]]:
    per_task = per_task or max(1, math.ceil(len(files) / (max(slots, 1) * TASKS_PER_WORKER)))
    return [files[i:i + per_task] for i in range(0, len(files), per_task)]


def code_partition(index: int, sources: list[str], settings: Settings) -> PartitionResult:
    """One task: read, code and tabulate some files (runs on a worker)."""
    from tacitus.ingest.sources import Failure, read_sources
    from tacitus.records import Article
    from tacitus.scale.stream import code_articles

    _allocate_as_usual()
    failed: list[tuple[str, str]] = []
    articles: list[Article] = []
    for result in read_sources(sources, max_bytes=settings.max_article_bytes):
        if isinstance(result, Failure):
            failed.append((result.source, result.reason))
        else:
            articles.append(result)
    coded = list(code_articles(articles, settings=settings))
    return PartitionResult(index, partition_tables(coded), failed, len(coded),
                           sum(len(events or []) for _, events in coded))


@lru_cache(maxsize=1)
def _allocate_as_usual() -> None:
    """Undo in a worker what Dask's nanny set for it: MALLOC_TRIM_THRESHOLD_=65536, so that freed memory goes back
    to the system at once. Setting a trim threshold also fixes glibc's threshold for mapping a block on its own at
    128 KiB, where it would otherwise rise to the size of the blocks in use: every array of the parse and the
    classifier larger than that was then mapped afresh and faulted in page by page, and one worker took 1.4 times
    the CPU of one process. Nothing to undo elsewhere (not set, or not glibc)."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(M_TRIM_THRESHOLD, 2 * MMAP_THRESHOLD)
    except (OSError, AttributeError):
        return


def run_batch(inputs: Sequence[str], out: Path, *, settings: Settings, scheduler: str | None = None,
              workers: int | None = None, files_per_task: int | None = None, processes: bool = True,
              progress: Callable[[int, int], None] | None = None) -> BatchReport:
    """Code ``inputs`` on the cluster at ``scheduler``, else on a LocalCluster of ``workers`` single-threaded
    workers: processes, or (``processes=False``) threads of this process sharing its loaded models."""
    files = input_files(inputs)
    if not files:
        raise InputError("no input files")
    for name in TABLES:
        if (out / name).exists() and any((out / name).iterdir()):
            raise InputError(f"{out / name} is not empty: write the batch to a new folder")
    from distributed import Client, LocalCluster, as_completed

    started = time.perf_counter()
    # the cluster's workers are the parallelism: one parser process inside each
    task_settings = replace(settings, nlp_processes=1)
    report = BatchReport()
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {error}") from None
    try:
        with client:
            report.workers = len(client.nthreads())
            chunks = split(files, sum(client.nthreads().values()), files_per_task)
            futures = {client.submit(code_partition, i, chunk, task_settings, pure=False): i
                       for i, chunk in enumerate(chunks)}
            for done, future in enumerate(as_completed(futures), start=1):
                index = futures[future]
                try:
                    result: PartitionResult = future.result()
                except Exception as error:  # one bad partition must not spoil the batch
                    reason = f"partition {index} failed ({type(error).__name__}: {error})"
                    report.failed += [(source, reason) for source in chunks[index]]
                    log.error("%s", reason)
                else:
                    write_partition(out, index, result.tables)
                    report.partitions += 1
                    report.articles += result.articles
                    report.events += result.events
                    report.failed += result.failed
                if progress:
                    progress(done, len(chunks))
    finally:
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - started
    return report
