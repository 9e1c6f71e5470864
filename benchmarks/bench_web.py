"""The API and the dashboard over a large store: time the first page of /api/v1/events (plain and filtered), a
deep page, the timeline, the dyads, a dyad series and the dashboard page; and weigh the dashboard's first load.

    .venv/bin/python benchmarks/bench_web.py [--events 1000000] [--db sqlite:///kept.db]

With --db, the events are loaded into that store only when it has none, and it is kept: measure it again later.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]
from _results import write_section  # noqa: E402
from bench_store import latency_ms, load_once, synthetic  # noqa: E402

from tacitus.config import Settings  # noqa: E402
from tacitus.store import EventFilter, open_store  # noqa: E402
from tacitus.store.browse import count_events  # noqa: E402

FILTERED = "country=TUR&event-type=ASSAULT&start=2020-01-01"
SERIES = "country=TUR&recipient=RUS&by=week&start=2020-01-01&end=2023-12-31"  # that of bench_analysis.py
ASSETS = ("/static/tacitus/app.css", "/static/leaflet/leaflet.css", "/static/markercluster/MarkerCluster.css",
          "/static/markercluster/MarkerCluster.Default.css", "/static/tacitus/filters.js",
          "/static/leaflet/leaflet.js", "/static/markercluster/leaflet.markercluster.js", "/static/tacitus/map.js",
          "/static/tacitus/table.js", "/static/tacitus/world.geojson", "/static/tacitus/favicon.svg")


def measure(url: str) -> tuple[list[tuple[str, float, str]], int]:
    from fastapi.testclient import TestClient

    from tacitus.web.app import create_app

    rows = []
    with TestClient(create_app(Settings(db_url=url, query_timeout=60))) as client:
        def timed(name: str, path: str) -> None:
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.text[:200])
            rows.append((name, latency_ms(lambda: client.get(path)), f"`{path}`"))

        timed("events, first page of 50", "/api/v1/events")
        timed("events, filtered, first page", f"/api/v1/events?{FILTERED}")
        link = "/api/v1/events?limit=100"
        for _ in range(50):
            link = client.get(link).json()["next"]
        timed("events, the 51st page of 100", link)
        timed("events, newest first", "/api/v1/events?sort=-date")
        timed("timeline by week, TUR", "/api/v1/timeline?interval=week&country=TUR")
        timed("timeline by week, everything", "/api/v1/timeline?interval=week")
        timed("dyads, TUR", "/api/v1/dyads?country=TUR")
        timed("weekly series TUR-RUS, 4 years", f"/api/v1/series?{SERIES}")
        timed("dashboard page, TUR", "/?country=TUR")
        timed("dashboard page, everything", "/")
        weight = len(client.get("/").content) + len(client.get("/api/v1/events?format=geojson&limit=1000").content)
        weight += sum(len(client.get(path).content) for path in ASSETS)
    return rows, weight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="the store to load (when empty) and measure, kept afterwards")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{folder}/bench.db"
        load_once(url, lambda: synthetic(args.events))
        with open_store(url) as store, store.engine.connect() as conn:
            events = count_events(conn, EventFilter())
        rows, weight = measure(url)
    lines = [f"SQLite store of {events:,} canonical events (the synthetic events of `bench_store.py`), through "
             "the ASGI app in-process (FastAPI TestClient): medians of 7 warm runs.", "",
             "| request | median | path |", "|---|---|---|"]
    lines += [f"| {name} | {ms:.1f} ms | {path} |" for name, ms, path in rows]
    lines += ["", f"Dashboard first load (HTML, CSS, scripts, country outlines, the map's GeoJSON of up to 1000 "
                  f"events): {weight / 1024:.0f} KiB."]
    for line in lines:
        print(line, file=sys.stderr)
    write_section("web", "\n".join(lines))


if __name__ == "__main__":
    main()
