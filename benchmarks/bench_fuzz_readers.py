"""Fuzzing every reader (issue 17): 10,000 mutated inputs a reader (text, HTML, JSON lines, CSV, RSS, WARC,
WARC.gz) from the seeds in tests/ingest/fuzz.py. Counts crashes (an exception out of ``read_sources``),
results that are neither an Article nor a failure, inputs that gave nothing, and the slowest input. Target: 0.

    .venv/bin/python benchmarks/bench_fuzz_readers.py [--inputs 10000]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402


def main() -> None:
    from tacitus.ingest.records import IngestFailure
    from tacitus.ingest.sources import read_sources
    from tacitus.records import Article
    from tests.ingest.fuzz import mutate, seeds

    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10_000)
    inputs = parser.parse_args().inputs
    logging.disable(logging.WARNING)  # the readers' warnings about broken input are expected here
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, seed in sorted(seeds().items()):
            rng = random.Random(f"bench-{name}")
            path = Path(folder) / name
            crashes, odd, silent, slowest, start = 0, 0, 0, 0.0, time.perf_counter()
            for number in range(inputs):
                path.write_bytes(mutate(seed, rng))
                began = time.perf_counter()
                try:
                    results = list(read_sources([str(path)]))
                except Exception as error:
                    crashes += 1
                    print(f"{name} #{number}: {type(error).__name__}: {error}", file=sys.stderr)
                    continue
                slowest = max(slowest, time.perf_counter() - began)
                silent += not results
                odd += any(not isinstance(r, (Article, IngestFailure)) for r in results)
            rows.append((name, inputs, crashes, odd, silent, slowest, time.perf_counter() - start))
            print(rows[-1], file=sys.stderr)
    table = "\n".join(f"| {n} | {i:,} | {c} | {o} | {s} | {w:.2f} | {t:.0f} |" for n, i, c, o, s, w, t in rows)
    write_section("fuzz-readers", f"""
Mutated inputs (cut, flipped, spliced, padded with hostile bytes) read by `read_sources`, one file at a time.
A crash is an exception out of the reader; "odd" a result that is neither an Article nor an IngestFailure;
"silent" an input that gave nothing at all. Target: 0, 0, 0.

| reader (seed) | inputs | crashes | odd | silent | slowest input s | total s |
|---|---|---|---|---|---|---|
{table}
""")


if __name__ == "__main__":
    main()
