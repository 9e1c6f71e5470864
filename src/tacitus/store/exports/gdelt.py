"""The GDELT 2.0 event table: tab-separated, no header, its 61 columns in order (GDELT-Event_Codebook-V2.0).

Geo country codes are FIPS 10-4, as GDELT has them (from the country registry); actor country codes are the
CAMEO/ISO3 ones. ADM1Code is the FIPS country code and the place's GeoNames admin1 code (FIPS-based for most
countries, the postal code for US states: "USWA"); FeatureID is the GeoNames ID of the place's feature. GLOBALEVENTID is a number derived from the event id, so it is the same in every export.
Tacitus does not know an actor's own location, so the Actor1Geo/Actor2Geo fields are empty; ActionGeo is
the event's place. AvgTone is empty (no tone model).
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from typing import Any, Iterable, TextIO

from tacitus.plugins import Exporter
from tacitus.records import NON_STATE_CODES, Entity, Event, Place
from tacitus.store.exports.cells import safe_cell
from tacitus.store.merge import date_bounds

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode "
    "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code "
    "Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode "
    "EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat "
    "Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName "
    "ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID "
    "DATEADDED SOURCEURL").split()
# ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (a subdivision)
GEO_TYPE = {"country": "1", "region": "1", "admin1": "5", "admin2": "5", "city": "4", "point": "4"}


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    from tacitus.knowledge.registry import cached_registry_data

    return {iso3: c.fips for iso3, c in cached_registry_data(None).countries.items() if c.fips}


def fips(iso3: str | None) -> str:
    return _fips_codes().get(iso3 or "", "")


def global_id(event_id: str) -> str:
    digits = "".join(c for c in event_id if c in "0123456789abcdef")[-15:]
    return str(int(digits, 16)) if digits else "0"


def _actor(entity: Entity | None) -> list[str]:
    if entity is None:
        return [""] * 10
    country = entity.country or ""
    own = "" if country in NON_STATE_CODES else country
    group = country if country in NON_STATE_CODES else ""
    return [country + (entity.sector or ""), (entity.name or entity.text).upper(), own, group, "", "", "",
            entity.sector or "", "", ""]


def _geo(place: Place | None) -> list[str]:
    if place is None:
        return [""] * 8
    code = fips(place.country)
    located = place.lat is not None and place.lon is not None
    return [geo_type(place), place.name, code, code + (place.admin1_code or ""), "",
            f"{place.lat:.4f}" if located else "", f"{place.lon:.4f}" if located else "",
            str(place.geonameid or "")]


def geo_type(place: Place) -> str:
    kind = GEO_TYPE.get(place.precision, "4")
    if place.country == "USA" and kind in ("4", "5"):
        return "3" if kind == "4" else "2"
    return kind


def row(event: Event, stats: dict[str, Any]) -> list[str]:
    first, _ = date_bounds(event.date, event.date_precision)
    day = dt.date.fromisoformat(first) if first else None
    actor2 = event.recipient[0] if event.recipient else (event.actor[1] if len(event.actor) > 1 else None)
    cameo = event.cameo or ""
    added = (stats.get("created_at") or "")[:19].replace("-", "").replace(":", "").replace("T", "")
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    return ([global_id(event.id), day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
             str(day.year) if day else "", fraction]
            + _actor(event.actor[0] if event.actor else None) + _actor(actor2)
            + ["1" if (event.sentence_index or 0) <= 2 else "0", cameo, cameo[:3], cameo[:2],
               str(event.quad_class or ""), "" if event.goldstein is None else str(event.goldstein),
               str(stats.get("num_mentions", 1)), str(stats.get("num_sources", 1)),
               str(stats.get("num_articles", 1)), ""]
            + [""] * 16 + _geo(event.event_loc) + [added, stats.get("url") or ""])


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    count = 0
    for event, stats in pairs:
        writer.writerow([safe_cell(cell) for cell in row(event, stats)])
        count += 1
    return count


EXPORTER = Exporter("gdelt", write=write, description="GDELT 2.0 event table, tab-separated, 61 columns")
