"""The event store at scale: bulk-load synthetic events, then time a monthly dyad series and a filtered listing,
on SQLite and on a throwaway PostgreSQL server.

    .venv/bin/python benchmarks/bench_store.py [--events 1000000] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402

from tacitus.records import CATEGORIES, Article, Entity, Event, Place  # noqa: E402
from tacitus.store import EventFilter, open_store  # noqa: E402

EVENTS_PER_ARTICLE = 5
# A few dyads dominate the news, as they do in GDELT: Zipf-like weights over 40 countries.
COUNTRIES = ("TUR RUS SYR USA IRN ISR IRQ UKR CHN FRA DEU GBR EGY SAU LBY QAT JOR LBN YEM AFG PAK IND GRC CYP "
             "AZE ARM GEO KAZ BLR POL ITA ESP NLD BEL JPN KOR PRK VEN BRA MEX").split()
WEIGHTS = [1 / (rank + 1) for rank in range(len(COUNTRIES))]
START = dt.date(2015, 1, 1)
DAYS = 3650
PLACES = [Place(text=n, name=n, country=c, lat=la, lon=lo, precision="city") for n, c, la, lo in
          (("Istanbul", "TUR", 41.0, 28.9), ("Moscow", "RUS", 55.7, 37.6), ("Idlib", "SYR", 35.9, 36.6), ("Kyiv", "UKR", 50.4, 30.5))]


def synthetic(count: int, seed: int = 7) -> Iterator[tuple[Article, list[Event]]]:
    rng = random.Random(seed)
    for number in range(count // EVENTS_PER_ARTICLE):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        key = f"a{number:07d}"
        article = Article(id=key, raw_text="x", body="x", publisher=f"outlet{rng.randrange(50)}", title=key,
                          published=day.isoformat(), published_precision="day", language="en")
        events = []
        for index in range(EVENTS_PER_ARTICLE):
            actor, recipient = rng.choices(COUNTRIES, WEIGHTS, k=2)
            quad = rng.randint(1, 4)
            when = day - dt.timedelta(days=rng.randrange(3))
            precise = rng.random() < 0.7
            events.append(Event(
                id=f"{key}-{index}", doc_id=key, event=rng.choice(CATEGORIES),
                actor=[Entity(text=actor, country=actor, kind="state")],
                recipient=[Entity(text=recipient, country=recipient, kind="state")] if recipient != actor else [],
                date=when.isoformat() if precise else day.isoformat(), date_precision="day" if precise else "unknown",
                status="asserted", sentence=f"Synthetic sentence {index} about {actor} and {recipient}.",
                confidence=round(rng.uniform(0.3, 1.0), 2), mode=None, context=[],
                event_loc=rng.choice(PLACES) if rng.random() < 0.3 else None, sentence_index=index,
                quad_class=quad, score=(5.0, 3.0, -3.0, -7.0)[quad - 1], cameo="040", goldstein=1.0))
        yield article, events


def load_once(url: str, items: Callable[[], Iterator[tuple[Article, list[Event]]]]) -> tuple[int, float | None]:
    """Bulk-load ``items()`` into the store at ``url`` unless it already holds events (a kept store measured
    again); returns the events stored and the load's seconds (None when nothing was loaded)."""
    from tacitus.store.browse import count_events

    with open_store(url) as store, store.engine.connect() as conn:
        stored = count_events(conn, EventFilter())
    if stored:
        return stored, None
    with open_store(url) as store:
        started = time.perf_counter()
        loaded = store.bulk_load_events(items())
        seconds = time.perf_counter() - started
    print(f"loaded {loaded} events in {seconds:.0f} s", file=sys.stderr)
    return loaded, seconds


def _save(store: object, extra: Iterator[tuple[Article, list[Event]]]) -> None:
    article, events = next(extra)
    store.save_article(article, events=events)  # type: ignore[attr-defined]


def latency_ms(function: Callable[[], object], runs: int = 7) -> float:
    return timings_ms(function, runs)[0]


def timings_ms(function: Callable[[], object], runs: int = 7) -> tuple[float, float]:
    """Medians of the wall time and of this process's CPU time (on a machine shared with other jobs the CPU
    time is the steadier figure; it leaves out a database server's own work)."""
    function()  # warm the caches once; then the median of the runs
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure(url: str, count: int) -> dict[str, float]:
    with open_store(url) as store:
        started = time.perf_counter()
        loaded = store.bulk_load_events(synthetic(count))
        seconds = time.perf_counter() - started
        extra = _extra_articles()
        listing = EventFilter.parse(country="TUR", event_type="ASSAULT", start="2020-01-01")
        result = {
            "events": loaded, "seconds": seconds, "rate": loaded / seconds,
            "dyad_ms": latency_ms(lambda: store.dyad_series("TUR", "RUS", interval="month")),
            "dyad_points": len(store.dyad_series("TUR", "RUS", interval="month")),
            "listing_ms": latency_ms(lambda: list(store.iter_canonical(listing, limit=100))),
            "listing_rows": len(list(store.iter_canonical(listing, limit=100))),
            "save_ms": latency_ms(lambda: _save(store, extra), runs=5),
        }
        return result


def _extra_articles() -> Iterator[tuple[Article, list[Event]]]:
    """New articles for the save_article timing, with ids of their own."""
    for number, (article, events) in enumerate(synthetic(10_000, seed=99)):
        article.id = f"extra{number}"
        for event in events:
            event.id, event.doc_id = f"extra-{event.id}", article.id
        yield article, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("sqlite", "both"):
            results["SQLite"] = measure(f"sqlite:///{folder}/bench.db", args.events)
            print("SQLite", results["SQLite"], file=sys.stderr)
    if args.backend in ("postgresql", "both"):
        from tests.pg import running_postgres

        with running_postgres() as url:
            results["PostgreSQL 15"] = measure(url, args.events)
            print("PostgreSQL", results["PostgreSQL 15"], file=sys.stderr)
    lines = [f"{args.events:,} synthetic events ({EVENTS_PER_ARTICLE} an article, 40 countries with Zipf-like "
             f"weights, 10 years), loaded with `Store.bulk_load_events` (executemany, merged at the end).", "",
             "| backend | load (events/s) | load total | monthly dyad series TUR-RUS | filtered listing, first 100 "
             "| save_article (5 events) after the load |", "|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['rate']:,.0f} | {r['seconds']:.0f} s | {r['dyad_ms']:.1f} ms "
                     f"({r['dyad_points']} points) | {r['listing_ms']:.1f} ms ({r['listing_rows']} rows) "
                     f"| {r['save_ms']:.1f} ms |")
    lines += ["", "Listing filter: `--country TUR --event-type ASSAULT --start 2020-01-01`, ordered by date. "
              "Latencies are medians of 7 warm runs (5 for save_article). PostgreSQL runs with fsync=off "
              "(the test server), so its load rate is an upper bound."]
    write_section("store", "\n".join(lines))


if __name__ == "__main__":
    main()
