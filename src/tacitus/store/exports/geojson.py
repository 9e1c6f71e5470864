"""GeoJSON: a FeatureCollection of the canonical events that have a located place (a Point each), streamed."""

from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from tacitus.plugins import Exporter
from tacitus.records import Event
from tacitus.store.exports.flat import COLUMNS, flat_row


def feature(event: Event, stats: dict[str, Any]) -> dict[str, Any] | None:
    place = event.event_loc
    if place is None or place.lat is None or place.lon is None:
        return None
    row = flat_row(event, stats)
    properties = {k: row.get(k) for k in COLUMNS if k not in ("lat", "lon")}
    # the GeoNames feature the point is of: its ID, kind and subdivision
    properties.update(place_geonameid=place.geonameid, place_feature_code=place.feature_code,
                      place_precision=place.precision, place_admin1=place.admin1, place_admin1_code=place.admin1_code)
    return {"type": "Feature", "id": event.id, "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": properties}


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event, stats in pairs:
        found = feature(event, stats)
        if found is not None:
            out.write(("," if count else "") + "\n" + json.dumps(found, ensure_ascii=False, default=str))
            count += 1
    out.write("\n]}\n")
    return count


EXPORTER = Exporter("geojson", write=write, description="events with a place, as a GeoJSON FeatureCollection")
