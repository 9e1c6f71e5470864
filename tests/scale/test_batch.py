"""`tacitus batch` on a real Dask LocalCluster codes what a serial run codes; `tacitus load` stores it once."""

from __future__ import annotations

import json

import pytest

from tacitus.config import Settings
from tacitus.ingest.sources import read_sources
from tacitus.records import Article
from tacitus.scale.batch import input_files, run_batch, split
from tacitus.scale.load import load_batch
from tacitus.scale.parquet import partitions, read_partition
from tacitus.scale.stream import code_articles
from tacitus.store import open_store
from tests.scale.articles import ARTICLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    for number in range(3):
        with (folder / f"news-{number}.jsonl").open("w", encoding="utf-8") as handle:
            for name, day, text in ARTICLES[number * 2:number * 2 + 2]:
                handle.write(json.dumps({"id": name, "text": text, "published": day}) + "\n")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    return folder


@pytest.fixture(scope="module")
def batch(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "coded"
    # threads, not processes: the workers share the models this test process has loaded (a second start-up
    # of spaCy and torch per worker would triple the time); the scheduler and its workers are the real thing
    report = run_batch([str(inputs)], out, settings=Settings(), workers=2, files_per_task=1, processes=False)
    return out, report


def _article(article: Article) -> dict[str, object]:
    data = article.to_dict()
    del data["fetched_at"]  # the clock at reading time
    return data


def test_the_batch_codes_the_same_articles_and_events_as_one_serial_process(inputs, batch):
    out, report = batch
    serial = list(code_articles((a for a in read_sources(input_files([str(inputs)])) if isinstance(a, Article)),
                                settings=Settings(nlp_processes=1)))
    parallel = [pair for name in partitions(out) for pair in read_partition(out, name)]
    assert report.workers == 2 and report.partitions == 4 and len(partitions(out)) == 4
    assert [_article(a) for a, _ in parallel] == [_article(a) for a, _ in serial]
    assert [[e.to_dict() for e in events] for _, events in parallel] == \
        [[e.to_dict() for e in events or []] for _, events in serial]
    assert report.events == sum(len(events) for _, events in parallel) >= 8


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_coded(batch):
    _, report = batch
    assert [source.rsplit("/", 1)[-1] for source, _ in report.failed] == ["broken.txt"]
    assert report.articles == 6


def test_mentions_name_every_party_of_every_event(batch):
    import pyarrow.dataset as ds

    out, _ = batch
    events = ds.dataset(out / "events").to_table().to_pylist()
    mentions = ds.dataset(out / "mentions").to_table().to_pylist()
    assert len(mentions) == sum(len(e["actor"]) + len(e["recipient"]) for e in events)
    assert {m["event_id"] for m in mentions} <= {e["id"] for e in events}


def test_loading_twice_stores_each_article_and_event_once(batch, tmp_path):
    out, report = batch
    db = f"sqlite:///{tmp_path / 'events.db'}"
    first = load_batch(out, db)
    again = load_batch(out, db)
    assert (first.ingested, first.events) == (6, report.events)
    assert (again.ingested, again.duplicates, again.events) == (0, 6, 0)
    with open_store(db) as store:
        assert len(list(store.iter_articles())) == 6
        assert sorted(e.id for e in store.iter_events()) == sorted(
            e.id for name in partitions(out) for _, events in read_partition(out, name) for e in events)


def test_a_batch_refuses_a_folder_that_already_holds_one(batch, inputs):
    from tacitus.errors import InputError

    out, _ = batch
    with pytest.raises(InputError, match="not empty"):
        run_batch([str(inputs)], out, settings=Settings())


def test_files_are_split_into_about_four_tasks_a_worker():
    assert [len(chunk) for chunk in split([str(i) for i in range(20)], slots=2)] == [3, 3, 3, 3, 3, 3, 2]
    assert split(["a", "b", "c"], slots=2, per_task=2) == [["a", "b"], ["c"]]


def test_the_commands_refuse_stdin_and_an_empty_folder_in_one_line(runner, tmp_path):
    from tacitus.cli import cli

    result = runner.invoke(cli, ["batch", "-", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "not stdin" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 2 and "no batch here" in result.output


MAPPED_BLOCKS = """
import ctypes, sys
from tacitus.scale.batch import _allocate_as_usual

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "undo":
    _allocate_as_usual()
blocks = [bytearray(2**20) for _ in range(8)]
print(libc.mallinfo2().hblks)
"""


def _mapped_blocks(tmp_path, *args: str) -> int:
    import os
    import subprocess
    import sys

    environment = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}  # as Dask's nanny starts a worker
    done = subprocess.run([sys.executable, "-c", MAPPED_BLOCKS, *args], capture_output=True, text=True,
                          env=environment, cwd=tmp_path)
    if done.returncode:
        pytest.skip(f"no glibc mallinfo2 here: {done.stderr.strip().splitlines()[-1:]}")
    return int(done.stdout)


def test_a_worker_started_by_dask_allocates_arrays_from_its_heap_again(tmp_path):
    # Dask's setting maps every block over 128 KiB on its own (mapped afresh, faulted in page by page each time)
    assert _mapped_blocks(tmp_path, "keep") >= 8
    assert _mapped_blocks(tmp_path, "undo") < 8
