"""Exports of the merged events, streamed to a temporary file renamed at the end (never half-written).

plover: the event contract (event.schema.json), future cooperation coded AGREE as the PLOVER manual asks;
csv: one flat row an event; geojson: a FeatureCollection of the events that have a place; gdelt: the
GDELT 2.0 event table; acled: ACLED-style CSV; parquet; ftm: FollowTheMoney entities; gexf: the actor
network. Samples of each are in docs/exports.md.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable, TextIO

from tacitus.errors import InputError
from tacitus.records import Event

FORMATS = ("plover", "csv", "geojson", "gdelt", "acled", "parquet", "ftm", "gexf")
FILE_ONLY = ("parquet", "gexf")
FUTURE = ("planned", "intended")
CSV_COLUMNS = ["id", "doc_id", "date", "date_precision", "event", "mode", "status", "actor_countries",
               "actor_names", "recipient_countries", "recipient_names", "place", "place_country", "lat", "lon",
               "quad_class", "score", "cameo", "goldstein", "confidence", "sentence"]


def plover_record(event: Event) -> dict:
    record = event.to_dict()
    if event.status in FUTURE and event.event in ("CONSULT", "COOPERATE", "AID"):
        record["event"] = "AGREE"  # the manual codes promised or scheduled cooperation as an agreement
        record["mode"] = None
    return record


def _csv_row(event: Event) -> dict:
    place = event.event_loc
    return {**event.to_dict(), "actor_countries": ";".join(a.country or "" for a in event.actor),
            "actor_names": ";".join(a.name or a.text for a in event.actor),
            "recipient_countries": ";".join(r.country or "" for r in event.recipient),
            "recipient_names": ";".join(r.name or r.text for r in event.recipient),
            "place": place.name if place else None, "place_country": place.country if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None}


def write_events(pairs: Iterable[tuple[Event, dict]], fmt: str, out: TextIO, *,
                 articles: dict[str, dict] | None = None) -> int:
    """Text formats to an open stream; ``articles`` (id -> url, publisher) feeds the source columns."""
    from tacitus.store.exports.binary import write_ftm
    from tacitus.store.exports.tables import write_acled, write_gdelt

    articles = articles or {}
    if fmt == "gdelt":
        return write_gdelt(pairs, out, {k: v.get("url") or "" for k, v in articles.items()})
    if fmt == "acled":
        return write_acled(pairs, out, {k: v.get("publisher") or "" for k, v in articles.items()})
    if fmt == "ftm":
        return write_ftm(pairs, out)
    events = (event for event, _ in pairs)
    count = 0
    if fmt == "plover":
        for event in events:
            out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for event in events:
            writer.writerow(_csv_row(event))
            count += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [')
        for event in events:
            place = event.event_loc
            if place is None or place.lat is None:
                continue
            feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                       "properties": {k: v for k, v in _csv_row(event).items() if k in CSV_COLUMNS}}
            out.write(("," if count else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
    else:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return count


def export_events(pairs: Iterable[tuple[Event, dict]], fmt: str, destination: str, *,
                  articles: dict[str, dict] | None = None) -> int:
    """Write to ``destination`` ("-" for stdout) through a temporary file in the same folder."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if destination == "-":
        if fmt in FILE_ONLY:
            raise InputError(f"--format {fmt} writes a file: give -o FILE")
        return write_events(pairs, fmt, sys.stdout, articles=articles)
    target = Path(destination)
    if target.is_dir():
        raise InputError(f"{destination}: is a directory; give a file name")
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".",
                                             prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise InputError(f"{destination}: cannot write there ({error.strerror})") from None
    try:
        if fmt in FILE_ONLY:
            from tacitus.store.exports.binary import write_gexf, write_parquet

            os.close(handle)
            count = (write_parquet if fmt == "parquet" else write_gexf)(pairs, temporary)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                count = write_events(pairs, fmt, out, articles=articles)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return count
