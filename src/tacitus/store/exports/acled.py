"""An ACLED-style CSV: ACLED's column names and codes (time_precision, geo_precision 1-3, numeric ISO),
event types mapped from PLOVER categories and modes by `data/acled.csv`. Fatalities are left empty: Tacitus
does not count them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, TextIO

from tacitus.datafiles import Column, load_table, one_of, packaged
from tacitus.plugins import Exporter
from tacitus.records import CATEGORIES, Event
from tacitus.store.exports.flat import write_rows

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
           "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "location", "latitude",
           "longitude", "geo_precision", "source", "source_url", "notes", "fatalities", "tags"]
TIME_PRECISION = {"day": 1, "weekend": 2, "week": 2, "month": 3, "quarter": 3, "season": 3, "half": 3, "year": 3,
                  "decade": 3, "century": 3, "unknown": 3}
GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 2, "region": 3, "country": 3, "unknown": 3}


TYPES = (Column("category", one_of(*CATEGORIES)), Column("mode", required=False, default=""), Column("event_type"),
         Column("sub_event_type"))


@lru_cache(maxsize=1)
def _types() -> dict[tuple[str, str], tuple[str, str]]:
    rows = load_table(packaged("tacitus.store", "acled.csv"), TYPES)
    return {(r["category"], r["mode"]): (r["event_type"], r["sub_event_type"]) for r in rows}


def acled_type(event: Event) -> tuple[str, str]:
    table = _types()
    return table.get((event.event, event.mode or ""), table[(event.event, "")])


@lru_cache(maxsize=None)
def _country(iso3: str) -> tuple[str, str]:
    """(numeric ISO code, name) of a country, empty when unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return (str(int(country.numeric)), getattr(country, "common_name", country.name)) if country else ("", "")


def row(event: Event, stats: dict[str, Any]) -> dict[str, Any]:
    place = event.event_loc
    numeric, name = _country(place.country or "" if place else "")
    event_type, sub_type = acled_type(event)
    actors = [a.name or a.text for a in event.actor]
    others = [r.name or r.text for r in event.recipient]
    return {"event_id_cnty": event.id, "event_date": event.date or "", "year": (event.date or "")[:4],
            "time_precision": TIME_PRECISION[event.date_precision], "event_type": event_type,
            "sub_event_type": sub_type, "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]),
            "actor2": others[0] if others else "", "assoc_actor_2": "; ".join(others[1:]), "iso": numeric,
            "country": name, "admin1": (place.admin1 or "") if place else "", "location": place.name if place else "",
            "latitude": "" if place is None or place.lat is None else place.lat,
            "longitude": "" if place is None or place.lon is None else place.lon,
            "geo_precision": GEO_PRECISION[place.precision] if place else "",
            "source": stats.get("publisher") or "", "source_url": stats.get("url") or "", "notes": event.sentence,
            "fatalities": "", "tags": f"plover={event.event}/{event.mode or '-'}; status={event.status}; "
                                      f"articles={stats.get('num_articles', 1)}"}


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    return write_rows(pairs, out, COLUMNS, row)


EXPORTER = Exporter("acled", write=write, description="ACLED-style CSV")
