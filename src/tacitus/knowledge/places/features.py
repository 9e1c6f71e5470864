"""A place as GeoNames knows it: the feature a name resolves to, and what a record keeps of it."""

from __future__ import annotations

from typing import NamedTuple

from tacitus.records import Place, PlacePrecision


class Feature(NamedTuple):
    """One GeoNames feature (a tuple: the cached index holds ~270k and loads them fast).

    ``feature_class``/``feature_code`` are GeoNames': A PCLI (a country), A ADM1/ADM2 (subdivisions),
    P PPL/PPLC (settlements, PPLC a capital), L CONT/RGN/PRK (continents, regions, parks), H and T (water and
    terrain: rivers, seas, ranges, islands), S (landmarks, universities, airports: ``places/data/landmarks.csv``,
    at their town's point). A region or a natural feature of our own (``data/regions.csv``,
    ``places/data/natural.csv``) has no GeoNames ID.
    """

    geonameid: int | None
    name: str
    feature_class: str
    feature_code: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1_code: str | None  # GeoNames admin1 code ("05" for Sindh, "WA" for Washington)
    admin2_code: str | None
    lat: float | None
    lon: float | None
    population: int


def precision_of(feature: Feature) -> PlacePrecision:
    code = feature.feature_code
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1":
        return "admin1"
    if code == "ADM2":
        return "admin2"
    if feature.feature_class == "P":
        return "city"
    if feature.feature_class in ("L", "H", "T"):  # an area or a line: a region of a map, not a point
        return "region"
    if feature.feature_class == "S":  # a landmark of landmarks.csv is at its town's point
        return "city"
    return "point"


def to_place(text: str, feature: Feature, *, admin1: str | None, admin2: str | None) -> Place:
    """The record of a resolved mention: the text as written and the feature it names."""
    return Place(text=text, name=feature.name, country=feature.country, admin1=admin1,
                 geonameid=feature.geonameid, lat=feature.lat, lon=feature.lon, precision=precision_of(feature),
                 feature_class=feature.feature_class, feature_code=feature.feature_code, admin2=admin2,
                 admin1_code=feature.admin1_code, admin2_code=feature.admin2_code)
