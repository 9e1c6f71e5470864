"""Row-shaped exports: GDELT 2.0 event table (TSV, 61 columns) and ACLED-style CSV."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Iterable, TextIO

from tacitus.records import Entity, Event, Place

GDELT_COLUMNS = (
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
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "source", "notes", "fatalities", "tags"]
_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4, "point": 4, "region": 5}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "region": 3, "country": 3}


@lru_cache(maxsize=1)
def _countries() -> dict:
    from tacitus.knowledge.registry import cached_registry_data

    return cached_registry_data(None).countries


@lru_cache(maxsize=1)
def _acled_types() -> dict[tuple[str, str], tuple[str, str]]:
    path = resources.files("tacitus.store").joinpath("data", "acled.csv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {(r["category"], r["mode"]): (r["event_type"], r["sub_event_type"]) for r in rows}


def acled_type(event: Event) -> tuple[str, str]:
    table = _acled_types()
    return table.get((event.event, event.mode or ""), table[(event.event, "")])


def _fips(iso3: str | None) -> str:
    country = _countries().get(iso3 or "")
    return country.fips if country else ""


def _actor_code(entity: Entity | None) -> str:
    if entity is None:
        return ""
    return (entity.country or "") + (entity.sector or "")


def _geo(place: Place | None) -> list[str]:
    if place is None or place.lat is None:
        return [""] * 8
    fips = _fips(place.country)
    return [str(_GEO_TYPE.get(place.precision, 4)), place.name, fips, fips + (place.admin1 or "") if fips else "",
            "", f"{place.lat:.4f}", f"{place.lon:.4f}", str(place.geonameid or "")]


def gdelt_row(event: Event, stats: dict, number: int, url: str | None) -> list[str]:
    day = (event.date or "").replace("-", "")
    actor1 = event.actor[0] if event.actor else None
    actor2 = event.recipient[0] if event.recipient else (event.actor[1] if len(event.actor) > 1 else None)
    cameo = event.cameo or ""
    row = [str(number), day[:8] if len(day) >= 8 else "", day[:6], day[:4],
           f"{int(day[:4]) + (int(day[4:6] or 1) - 1) / 12:.4f}" if len(day) >= 6 else ""]
    for entity in (actor1, actor2):
        row += [_actor_code(entity), (entity.name or entity.text) if entity else "", entity.country or "" if entity else "",
                "", "", "", "", entity.sector or "" if entity else "", "", ""]
    row += ["1", cameo, cameo[:3], cameo[:2], str(event.quad_class or ""), str(event.goldstein or ""),
            str(stats.get("num_mentions", 1)), str(stats.get("num_sources", 1)), str(stats.get("num_articles", 1)), ""]
    row += _geo(event.event_loc) * 3
    row += [(stats.get("last_seen") or "").replace("-", "").replace(":", "").replace("T", "")[:14], url or ""]
    return row


def write_gdelt(pairs: Iterable[tuple[Event, dict]], out: TextIO, urls: dict[str, str]) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    count = 0
    for count, (event, stats) in enumerate(pairs, start=1):
        writer.writerow(gdelt_row(event, stats, count, urls.get(event.doc_id)))
    return count


def write_acled(pairs: Iterable[tuple[Event, dict]], out: TextIO, sources: dict[str, str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    count = 0
    for event, stats in pairs:
        place = event.event_loc
        country = _countries().get((place.country if place else None) or "")
        event_type, sub_type = acled_type(event)
        names = [a.name or a.text for a in event.actor]
        others = [r.name or r.text for r in event.recipient]
        writer.writerow({
            "event_id_cnty": event.id, "event_date": event.date or "", "year": (event.date or "")[:4],
            "time_precision": _TIME_PRECISION.get(event.date_precision, 3), "event_type": event_type,
            "sub_event_type": sub_type, "actor1": names[0] if names else "", "assoc_actor_1": "; ".join(names[1:]),
            "actor2": others[0] if others else "", "assoc_actor_2": "; ".join(others[1:]),
            "iso": "" if country is None else _iso_numeric(country.iso3), "country": country.name if country else "",
            "admin1": place.admin1 or "" if place else "", "location": place.name if place else "",
            "latitude": place.lat if place and place.lat is not None else "",
            "longitude": place.lon if place and place.lon is not None else "",
            "geo_precision": _GEO_PRECISION.get(place.precision, 3) if place else "",
            "source": sources.get(event.doc_id, ""), "notes": event.sentence, "fatalities": "",
            "tags": f"tacitus:{event.event}/{event.mode or '-'}; articles={stats.get('num_articles', 1)}"})
        count += 1
    return count


def _iso_numeric(iso3: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return str(int(country.numeric)) if country else ""
