"""Every reader on mutated inputs: results are articles or failures, never an exception, never a hang (the
timeout: speed itself is measured in benchmarks/bench_fuzz_readers.py)."""

import random

import pytest

from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import read_sources
from tacitus.records import Article
from tests.ingest.fuzz import mutate, seeds

INPUTS_PER_READER = 150


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", sorted(seeds()))
def test_a_reader_survives_mutated_input(tmp_path, name):
    seed = seeds()[name]
    rng = random.Random(name)
    path = tmp_path / name
    for number in range(INPUTS_PER_READER):
        data = mutate(seed, rng)
        path.write_bytes(data)
        try:
            results = list(read_sources([str(path)]))
        except Exception as error:  # the property: no exception escapes a reader
            pytest.fail(f"{name} input {number} ({data[:80]!r}...): {type(error).__name__}: {error}")
        assert results and all(isinstance(r, (Article, IngestFailure)) for r in results), (name, number)
        assert all(r.body.strip() for r in results if isinstance(r, Article))
