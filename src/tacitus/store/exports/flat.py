"""CSV: one flat row a canonical event (also the properties of the GeoJSON features)."""

from __future__ import annotations

import csv
from typing import Any, Callable, Iterable, TextIO

from tacitus.plugins import Exporter
from tacitus.records import Event, plover_category
from tacitus.store.exports.cells import safe_cell

COLUMNS = ["id", "date", "date_precision", "event", "action", "mode", "status", "actor_countries", "actor_names",
           "recipient_countries", "recipient_names", "place", "place_country", "lat", "lon", "quad_class", "score",
           "cameo", "goldstein", "confidence", "num_mentions", "num_sources", "num_articles", "first_seen",
           "last_seen", "url", "sentence"]


def flat_row(event: Event, stats: dict[str, Any]) -> dict[str, Any]:
    place = event.event_loc
    return {**stats, **{k: v for k, v in event.to_dict().items() if k in COLUMNS},
            "event": plover_category(event.event, event.status), "action": event.event,
            "actor_countries": ";".join(a.country or "" for a in event.actor),
            "actor_names": ";".join(a.name or a.text for a in event.actor),
            "recipient_countries": ";".join(r.country or "" for r in event.recipient),
            "recipient_names": ";".join(r.name or r.text for r in event.recipient),
            "place": place.name if place else None, "place_country": place.country if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None}


def write_rows(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO, columns: list[str],
               row: Callable[[Event, dict[str, Any]], dict[str, Any]]) -> int:
    """A CSV file of one row an event (the keys of ``row`` that are no column are left out), no cell a formula."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for event, stats in pairs:
        writer.writerow({key: safe_cell(value) for key, value in row(event, stats).items()})
        count += 1
    return count


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    return write_rows(pairs, out, COLUMNS, flat_row)


EXPORTER = Exporter("csv", write=write, description="one flat row an event (CSV)")
