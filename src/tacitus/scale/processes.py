"""Parse and code a stream of documents, in this process or in worker processes that each do both.

With several processes, each worker parses *and codes* a share of the documents and sends back only their
events. When the workers only parsed (spaCy's own multiprocessing), this process had to rebuild every
parsed Doc from its bytes and then code, review and store everything alone: it became the bottleneck, and
two processes ran at about half the bare parse's speed. Here the coder's models (lexicon, registry,
gazetteer, classifier) load once in each worker, or come with it from this process when it forks after
loading them; this process reads the input, keeps the order and stores.

The events are the same, with the same ids, whatever the number of processes: each document is coded on
its own, and the classifier's embedding of a clause does not depend on the clauses beside it.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Iterable, Iterator

from tacitus.coding.extract import CodedDocument, code_parsed_many
from tacitus.config import Settings
from tacitus.nlp import NlpPipeline, ParsedDoc
from tacitus.nlp.pipeline import choose_processes

Document = tuple[str, str, "dt.date | str | None", "str | None"]  # (doc_id, text, published, dateline_place)

# Documents in one worker's task: enough for full parse and review batches, few enough that the last tasks
# of a run spread over the workers.
TASK_DOCUMENTS = 16
# Tasks waiting or running per worker: a worker never waits for this process to hand it the next one.
TASKS_AHEAD = 2


def code_stream(documents: Iterable[Document], settings: Settings) -> Iterator[CodedDocument]:
    """Each document coded, in input order, with ``settings.nlp_processes`` processes (0: the cores for a
    long input, this process for a short one)."""
    processes, stream = choose_processes(iter(documents), settings.nlp_processes, settings.nlp_batch_size)
    if processes == 1:
        yield from _code_here(stream, settings)
    else:
        yield from _code_in_workers(stream, replace(settings, nlp_processes=1), processes)


def _code_here(documents: Iterable[Document], settings: Settings, threaded: bool = True) -> Iterator[CodedDocument]:
    facts: deque[tuple[dt.date | str | None, str | None]] = deque()  # each document's date and dateline

    def texts() -> Iterator[tuple[str, str]]:
        for doc_id, text, day, dateline in documents:
            facts.append((day, dateline))
            yield doc_id, text

    def dated() -> Iterator[tuple[ParsedDoc, dt.date | str | None, str | None]]:
        for parsed in NlpPipeline(settings).parse(texts(), threaded=threaded):
            yield parsed, *facts.popleft()

    for parsed, events in code_parsed_many(dated(), settings=settings):
        yield CodedDocument(parsed.doc_id, events, len(parsed.sentences), parsed.skipped)


def _code_task(documents: list[Document], settings: Settings) -> list[CodedDocument]:
    """A worker's task: parse and code some documents (in one thread: the other workers use the other cores)."""
    return list(_code_here(documents, settings, threaded=False))


def _code_in_workers(documents: Iterator[Document], settings: Settings, processes: int) -> Iterator[CodedDocument]:
    # The input is read here, in the caller's thread, a few tasks ahead: reading may touch the store (is this
    # article new?), which belongs to this thread. Fork where the system has it: a worker starts with what
    # this process has loaded already.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pending: deque[Future[list[CodedDocument]]] = deque()
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        try:
            while True:
                task = [document for _, document in zip(range(TASK_DOCUMENTS), documents)]
                if task:
                    pending.append(pool.submit(_code_task, task, settings))
                while pending and (not task or len(pending) >= TASKS_AHEAD * processes):
                    yield from pending.popleft().result()
                if not task:
                    return
        finally:
            for future in pending:
                future.cancel()
