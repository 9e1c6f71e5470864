"""Parsing and coding with several processes over one stream codes exactly what one process codes."""

from __future__ import annotations

import dataclasses
import multiprocessing
import threading
from typing import Iterator

import pytest

from tacitus.config import Settings
from tacitus.nlp.pipeline import choose_processes
from tacitus.records import Article
from tacitus.scale.processes import code_stream
from tacitus.scale.stream import code_articles
from tests.scale.articles import ARTICLES


def test_a_short_input_stays_in_one_process_when_processes_are_automatic():
    processes, stream = choose_processes(iter(range(10)), 0, batch_size=64)
    assert processes == 1 and list(stream) == list(range(10))


def test_a_long_input_gets_a_process_per_core_and_loses_nothing(monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    processes, stream = choose_processes(iter(range(1000)), 0, batch_size=4)
    assert processes == 3 and list(stream) == list(range(1000))


def test_an_explicit_count_is_kept_whatever_the_input():
    assert choose_processes(iter([1]), 2, batch_size=64)[0] == 2
    assert choose_processes(iter(range(1000)), 1, batch_size=4)[0] == 1


def articles() -> list[Article]:
    found = [Article(id=name, raw_text=text, body=text, published=day, language="en") for name, day, text in ARTICLES]
    found.insert(2, Article(id="french", raw_text="Le président a rencontré", body="Le président a rencontré le roi.",
                            language="fr"))
    return found


def coded(settings: Settings) -> list[tuple[str, list[dict[str, object]] | None]]:
    return [(article.id, None if events is None else [dataclasses.asdict(e) for e in events])
            for article, events in code_articles(articles(), settings=settings)]


@pytest.mark.slow
def test_two_parser_processes_code_the_same_events_with_the_same_ids_as_one():
    serial = coded(Settings(nlp_processes=1, nlp_batch_size=2))
    parallel = coded(Settings(nlp_processes=2, nlp_batch_size=2))
    assert [doc for doc, _ in serial] == [a.id for a in articles()]
    assert dict(serial)["french"] is None  # not English: passed through, in its place
    assert sum(len(events or []) for _, events in serial) >= 8
    assert parallel == serial


def documents(count: int) -> list[tuple[str, str, str, None]]:
    return [(f"{name}-{i}", text, day, None) for i in range(count) for name, day, text in ARTICLES]


@pytest.mark.slow
def test_workers_read_the_input_from_the_callers_thread_only():
    readers = set()

    def read() -> Iterator[tuple[str, str, str, None]]:
        for document in documents(2):
            readers.add(threading.get_ident())
            yield document

    coded = list(code_stream(read(), Settings(nlp_processes=2)))
    assert [c.doc_id for c in coded] == [document[0] for document in documents(2)]
    assert readers == {threading.get_ident()}


@pytest.mark.slow
def test_an_error_in_a_worker_reaches_the_caller(monkeypatch):
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("the coder broke")

    monkeypatch.setattr("tacitus.scale.processes.code_parsed_many", broken)  # forked workers inherit it
    with pytest.raises(ValueError, match="the coder broke"):
        list(code_stream(documents(1), Settings(nlp_processes=2)))


@pytest.mark.slow
def test_a_caller_that_stops_early_leaves_no_worker_running():
    stream = code_stream(documents(4), Settings(nlp_processes=2))
    first = next(stream)
    stream.close()
    assert first.doc_id == documents(1)[0][0]
    assert multiprocessing.active_children() == []
