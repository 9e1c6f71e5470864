"""Throughput at and past the parse ceiling, and scale-out: bare spaCy beside Tacitus on the same Guardian
texts in one run, the prefilter, Dask with 1 and 2 workers, and a cold start.

    .venv/bin/python benchmarks/bench_throughput.py [--articles 100] [--rounds 2] [--skip-dask]

Each configuration runs ``--rounds`` times, the configurations alternating within a round (each round
starting one later), and the median is reported (wall-clock, and CPU seconds of this process and its
children: on a shared machine the CPU time is the steadier). End-to-end ingest is parse + code + store into
a new SQLite file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-syria-2017-2019.csv"
# the command as the `tacitus` script runs it, from this interpreter's path (PYTHONPATH=src measures a checkout)
TACITUS = [sys.executable, "-c", "import sys\nfrom tacitus.cli import main\nmain(sys.argv[1:])"]
SHORT = ("Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians, officials said. "
         "Ukraine's foreign minister condemned the attack.\n")


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, used = time.perf_counter(), cpu()
    result = run()
    return time.perf_counter() - wall, cpu() - used, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    options = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent", file=sys.stderr)
        return
    import spacy

    from tacitus.config import Settings
    from tacitus.ingest.sources import read_sources
    from tacitus.pipeline import ingest_sources
    from tacitus.records import Article

    work = Path(tempfile.mkdtemp(prefix="tacitus-bench-"))
    articles = [a for a in read_sources([str(CORPUS)]) if isinstance(a, Article)][:options.articles]
    subset = work / "subset.jsonl"
    with subset.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "text": a.body, "title": a.title, "published": a.published,
                                     "url": a.url, "publisher": a.publisher}) + "\n")
    texts = [a.body for a in articles]
    tokens = 0
    bare = spacy.load(Settings().spacy_model)

    def bare_parse(processes: int) -> Callable[[], int]:
        return lambda: sum(len(doc) for doc in bare.pipe(texts, batch_size=64, n_process=processes))

    def ingest(processes: int, prefilter: str) -> Callable[[], tuple[int, int]]:
        def run() -> tuple[int, int]:
            db = work / f"ingest-{time.monotonic_ns()}.db"
            settings = Settings(db_url=f"sqlite:///{db}", nlp_processes=processes, prefilter=prefilter,
                                cache_dir=str(work / "cache"))
            report = ingest_sources([str(subset)], settings=settings)
            return report.stored, report.events
        return run

    configs: dict[str, Callable[[], Any]] = {
        "bare spaCy, 1 process": bare_parse(1), "ingest, 1 process": ingest(1, "off"),
        "bare spaCy, 2 processes": bare_parse(2), "ingest, 2 processes": ingest(2, "off"),
        "ingest, 2 processes, prefilter": ingest(2, "on"), "ingest, 1 process, prefilter": ingest(1, "on")}
    # warm: the models, the gazetteer cache and the prefilter's trigger index, once, outside the timings (the
    # workers of a 2-process run fork from this process and find them loaded)
    for prefilter in ("off", "on"):
        ingest(1, prefilter)()
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
    outcomes: dict[str, Any] = {}
    loads = []
    for round_number in range(options.rounds):
        # each round starts one configuration later, so that no figure always carries what one fixed predecessor
        # left behind (the 1-process prefilter run always came right after the 2-process ones)
        shift = round_number % len(configs)
        for name, run in [*configs.items()][shift:] + [*configs.items()][:shift]:
            loads.append(os.getloadavg()[0])
            wall, used, outcome = timed(run)
            times[name].append((wall, used))
            outcomes[name] = outcome
            print(f"round {round_number + 1}: {name}: {wall:.1f} s wall, {used:.1f} s CPU, {outcome}", file=sys.stderr)
    tokens = outcomes["bare spaCy, 1 process"]
    median = {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
              for name, runs in times.items()}

    dask_rows = "" if options.skip_dask else dask_scaling(articles, work)
    cold = cold_start(work)

    def ratio(ceiling: str, ours: str) -> str:
        return f"{median[ceiling][0] / median[ours][0]:.2f}×"

    best = min(("ingest, 1 process", "ingest, 2 processes"), key=lambda n: median[n][0])
    per_day = len(articles) / median[best][0] * 86400
    rows = "\n".join(f"| {name} | {w:.1f} | {c:.1f} | {len(articles) / w:.2f} | "
                     f"{'' if name.startswith('bare') else outcomes[name][1]} |" for name, (w, c) in median.items())
    write_section("throughput", f"""
Guardian corpus, the first {len(articles)} articles ({tokens:,} tokens); median of {options.rounds} alternating
rounds; load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores as the runs started (above the
number of cores, other work took turns on them: the wall times are then noisy, the CPU seconds steadier). CPU
is user + system of this process and its children. Ingest with 1 process parses in a thread beside the coder's
(docs/scale.md), so its wall time can fall below its CPU time.

| configuration | wall s | CPU s | articles/s | events |
|---|---|---|---|---|
{rows}

- end-to-end ingest (parse + code + store) vs bare parse, same processes: 1 process
  {ratio("bare spaCy, 1 process", "ingest, 1 process")}, 2 processes
  {ratio("bare spaCy, 2 processes", "ingest, 2 processes")} (target ≥ 0.9×)
- with the prefilter, vs bare parse: 1 process {ratio("bare spaCy, 1 process", "ingest, 1 process, prefilter")},
  2 processes {ratio("bare spaCy, 2 processes", "ingest, 2 processes, prefilter")} (target ≥ 1.5×); events
  {outcomes["ingest, 2 processes, prefilter"][1]} with it, {outcomes["ingest, 2 processes"][1]} without
- 2 processes vs 1, end-to-end: speed-up {median["ingest, 1 process"][0] / median["ingest, 2 processes"][0]:.2f}×
- articles per day on this machine ({best}): {per_day:,.0f}
{dask_rows}
{cold}
""")


def _warm(settings: Any) -> None:
    """Load the models in a worker, with the batch's settings (the gazetteer is kept per cache folder): the
    scaling is measured on warm workers."""
    from tacitus.coding.extract import extract

    extract("Russia attacked Ukraine on Monday.", published="2022-03-01", settings=settings)


def dask_scaling(articles: list[Any], work: Path) -> str:
    import logging

    from distributed import Client, LocalCluster

    from tacitus.config import Settings
    from tacitus.scale.batch import run_batch

    inputs = work / "dask-inputs"
    inputs.mkdir()
    for start in range(0, len(articles), 5):
        with (inputs / f"part-{start:05d}.jsonl").open("w", encoding="utf-8") as handle:
            for a in articles[start:start + 5]:
                handle.write(json.dumps({"id": a.id, "text": a.body, "published": a.published}) + "\n")
    settings = Settings(cache_dir=str(work / "cache"))
    cold: dict[int, float] = {}
    warm: dict[int, float] = {}
    events: dict[int, int] = {}
    for workers in (1, 2):
        # as a user runs it: the LocalCluster started, each worker loading its models, then the batch
        report = run_batch([str(inputs)], work / f"dask-cold-{workers}", settings=settings, workers=workers)
        cold[workers] = report.seconds
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            client.run(_warm, settings)
            report = run_batch([str(inputs)], work / f"dask-warm-{workers}", settings=settings,
                               scheduler=cluster.scheduler_address)
        warm[workers], events[workers] = report.seconds, report.events
        print(f"dask {workers} workers: {cold[workers]:.1f} s cold, {warm[workers]:.1f} s warm, {report.events} events",
              file=sys.stderr)
    return (f"- `tacitus batch` on a LocalCluster (worker processes, 1 thread each), {len(articles)} articles in "
            f"files of 5: warm workers (models loaded) 1 worker {warm[1]:.1f} s, 2 workers {warm[2]:.1f} s, "
            f"scaling efficiency {warm[1] / (2 * warm[2]):.2f} (target ≥ 0.8); with the cluster's start and each "
            f"worker's model loading 1 worker {cold[1]:.1f} s, 2 workers {cold[2]:.1f} s "
            f"(efficiency {cold[1] / (2 * cold[2]):.2f}); events {events[1]} and {events[2]}")


def cold_start(work: Path, runs: int = 3) -> str:
    article = work / "short.txt"
    article.write_text(SHORT, encoding="utf-8")
    environment = {**os.environ, "TACITUS_CACHE_DIR": str(work / "cache")}
    measured: dict[str, list[tuple[float, float]]] = {"--version": [], "extract": []}
    extract_args = ["extract", str(article), "--published", "2019-12-24"]
    # the caches (lexicon, registry, place index) built once, as on any machine after its first run
    subprocess.run([*TACITUS, *extract_args], stdout=subprocess.DEVNULL, env=environment, check=False)
    for _ in range(runs):  # alternating
        for name, args in (("--version", ["--version"]), ("extract", extract_args)):
            wall, used, done = timed(lambda: subprocess.run([*TACITUS, *args], stdout=subprocess.DEVNULL,
                                                            env=environment))
            if done.returncode:
                return f"- cold start: `tacitus {' '.join(args)}` failed (exit {done.returncode})"
            measured[name].append((wall, used))
    (version, _), (extract, extract_cpu) = ((statistics.median(w for w, _ in measured[n]),
                                             statistics.median(c for _, c in measured[n])) for n in ("--version", "extract"))
    return (f"- cold start (a new process, gazetteer cache warm), median of {runs}: `tacitus --version` "
            f"{version:.2f} s, `tacitus extract` of one short article {extract:.2f} s wall, {extract_cpu:.2f} s CPU "
            f"(target < 5 s)")


if __name__ == "__main__":
    main()
