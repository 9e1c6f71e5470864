"""The analysis at scale: on a store of synthetic events (those of bench_store.py, with article bodies to
search), time a dyad series, a brief, a week in review and a search, on SQLite and on a throwaway PostgreSQL.

    .venv/bin/python benchmarks/bench_analysis.py [--events 1000000] [--backend sqlite|postgresql|both]
    .venv/bin/python benchmarks/bench_analysis.py --db URL [--label NAME]   # load URL once (when empty), keep it

Targets (issue 14), on the 1M-event store: series < 200 ms, brief < 2 s, review < 5 s, search < 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402
from bench_store import EVENTS_PER_ARTICLE, load_once, synthetic, timings_ms  # noqa: E402

from tacitus.analysis.brief import brief  # noqa: E402
from tacitus.analysis.review import review  # noqa: E402
from tacitus.analysis.search import search  # noqa: E402
from tacitus.analysis.series import event_series  # noqa: E402
from tacitus.records import Article, Event  # noqa: E402
from tacitus.store import EventFilter, open_store  # noqa: E402

WORDS = ("ceasefire talks offensive pipeline sanctions refugees border summit envoy troops drone patrol "
         "protest election embargo").split()


def with_bodies(count: int) -> Iterator[tuple[Article, list[Event]]]:
    """bench_store's articles, each with a body of its event sentences and a few topic words to search."""
    rng = random.Random(11)
    for article, events in synthetic(count):
        words = " ".join(rng.choices(WORDS, k=6))
        article.body = article.raw_text = " ".join(e.sentence for e in events) + f" The report mentions {words}."
        yield article, events


def measure(url: str, count: int) -> dict[str, float | None]:
    loaded, load_seconds = load_once(url, lambda: with_bodies(count))
    with open_store(url) as store:
        if store.engine.dialect.name == "postgresql":  # what autovacuum does after a load or a migration
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        dyad = EventFilter.parse(country="TUR", start="2020-01-01", end="2023-12-31")
        window = EventFilter.parse(country="TUR", start="2020-03-02", end="2020-03-08")
        searched = EventFilter.parse(country="TUR", start="2020-01-01")
        result: dict[str, float | None] = {"events": loaded, "load_seconds": load_seconds,
                                           "load_average": os.getloadavg()[0]}
        for name, function, runs in (
                ("series", lambda: event_series(store, dyad, by="week", recipient="RUS"), 7),
                ("brief", lambda: brief(store, window, recipient="RUS"), 3),
                ("review", lambda: review(store, "2020-W10"), 3),
                ("search", lambda: search(store, "ceasefire talks", searched, limit=20), 7)):
            result[f"{name}_ms"], result[f"{name}_cpu_ms"] = timings_ms(function, runs)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--db", help="measure this store instead (loaded only when empty, kept afterwards)")
    parser.add_argument("--label", default="SQLite", help="the backend's name in the table, with --db")
    args = parser.parse_args()
    results: dict[str, dict[str, float | None]] = {}
    if args.db:
        results[args.label] = measure(args.db, args.events)
        print(args.label, results[args.label], file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("sqlite", "both") and not args.db:
            results["SQLite"] = measure(f"sqlite:///{folder}/bench.db", args.events)
            print("SQLite", results["SQLite"], file=sys.stderr)
    if args.backend in ("postgresql", "both") and not args.db:
        from tests.pg import running_postgres

        with running_postgres() as url:
            results["PostgreSQL"] = measure(url, args.events)
            print("PostgreSQL", results["PostgreSQL"], file=sys.stderr)
    lines = [f"{args.events:,} synthetic events (those of `bench_store.py`, {EVENTS_PER_ARTICLE} an article, "
             "with article bodies of their sentences and six topic words).", "",
             "| backend | load | weekly dyad series TUR-RUS, 4 years | brief TUR-RUS, one week | week in review "
             "| search, 2 words + filters | load average |", "|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        load = f"{r['load_seconds']:.0f} s" if r["load_seconds"] is not None else "(kept store)"
        cells = " | ".join(f"{r[f'{n}_ms']:.0f} ms (CPU {r[f'{n}_cpu_ms']:.0f})"
                           for n in ("series", "brief", "review", "search"))
        lines.append(f"| {name} | {load} | {cells} | {r['load_average']:.1f} |")
    lines += ["", "Targets on 1M events: series < 200 ms, brief < 2 s, review < 5 s, search < 300 ms. Medians of 7 "
              "warm runs (3 for the brief and the review): wall time, and in brackets this process's CPU time "
              "(without a PostgreSQL server's own work). The load average (1 minute, 2 cores) is the machine's "
              "when the timings began. PostgreSQL runs with fsync=off (the test server)."]
    write_section("analysis", "\n".join(lines))


if __name__ == "__main__":
    main()
