"""Registry and gazetteer: load time, memory, and per-lookup time.

    .venv/bin/python benchmarks/bench_knowledge.py
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

ACTORS = ["Putin", "the Kremlin", "Russian-backed Syrian forces", "Deputy Foreign Minister Sedat Onal", "rebels",
          "the Turkish delegation", "Hifter's forces", "US troops", "the UN envoy", "Xyzzy Plonk"]
PLACES = ["Idlib", "Tripoli", "Moscow", "eastern Mediterranean", "Zhukovsky", "Syria", "Nowhereville"]


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from tacitus.config import Settings
    from tacitus.knowledge.actors import ActorRegistry
    from tacitus.knowledge.gazetteer import _cached_gazetteer
    from tacitus.knowledge.registry import build_registry_data

    started = time.perf_counter()
    ActorRegistry(build_registry_data(None, converted=False))
    curated_seconds = time.perf_counter() - started
    before = rss_mib()
    started = time.perf_counter()
    registry = ActorRegistry(build_registry_data(None))
    registry_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        _cached_gazetteer(cache, None)
        build_seconds = time.perf_counter() - started
        _cached_gazetteer.cache_clear()
        started = time.perf_counter()
        gazetteer = _cached_gazetteer(cache, None)
        load_seconds = time.perf_counter() - started
    after = rss_mib()
    rounds = 2000
    started = time.perf_counter()
    for _ in range(rounds):
        for mention in ACTORS:
            registry.resolve(mention, date="2019-12-23")
    actor_us = (time.perf_counter() - started) / (rounds * len(ACTORS)) * 1e6
    started = time.perf_counter()
    for _ in range(rounds):
        for name in PLACES:
            gazetteer.resolve(name, focus=("SYR",))
    place_us = (time.perf_counter() - started) / (rounds * len(PLACES)) * 1e6
    write_section("knowledge", f"""
| what | value |
|---|---|
| registry load (countries, organisations, people, sector words, PETRARCH2 conversion) | {registry_seconds * 1000:.0f} ms (target < 1 s) |
| of which our curated files alone | {curated_seconds * 1000:.0f} ms |
| gazetteer index build (first run, then cached on disk) | {build_seconds:.1f} s |
| gazetteer load from the cache | {load_seconds:.2f} s (target < 2 s) |
| peak RSS growth, both loaded | {after - before:.0f} MiB |
| actor lookup (noun phrase, dated) | {actor_us:.1f} µs |
| place lookup | {place_us:.1f} µs (target < 1 ms) |
""")
    print(f"gazetteer load {load_seconds:.2f}s, place lookup {place_us:.1f}us", file=sys.stderr)


if __name__ == "__main__":
    main()
