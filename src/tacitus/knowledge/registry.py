"""The actor registry: countries, organisations, groups, sector words and dated office holders.

Loaded once from the data files in ``knowledge/data`` (plus the user's ``TACITUS_ACTORS`` file) into
plain dictionaries keyed by folded text, so that resolving a mention is a handful of lookups.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from tacitus.errors import ConfigError
from tacitus.knowledge.normalize import fold, is_acronym

log = logging.getLogger(__name__)

OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
           "deputy_foreign_minister", "interior_minister", "commander", "group_leader", "official")
SECTORS = ("GOV", "MIL", "REB", "COP", "OPP", "CVL", "REF", "MED", "BUS", "JUD", "LEG", "EDU", "HLH", "LAB",
           "REL", "IGO", "NGO", "UNO",
           # CAMEO's other sectors, which the PETRARCH dictionaries use: agriculture, criminals, unidentified
           # armed forces, intelligence, elites (former officials, notables), parties, environment, human
           # rights, development
           "AGR", "CRM", "UAF", "SPY", "ELI", "PTY", "ENV", "HRI", "DEV")
PEOPLE_COLUMNS = ("person_id", "name", "aliases", "qid", "country", "office", "sector", "start", "end",
                  "organisation")
NON_STATE_CODES = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    gw: str
    cow: str
    fips: str
    capital: str
    lat: float | None
    lon: float | None
    names: tuple[str, ...] = ()  # other names of the country ("Ivory Coast"), not demonyms


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    code: str
    sector: str
    kind: str  # organisation | group


@dataclass(frozen=True)
class Term:
    country: str
    office: str
    sector: str
    start: dt.date
    end: dt.date | None
    organisation: str | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Person:
    id: str
    name: str
    qid: str | None
    terms: list[Term] = field(default_factory=list)

    @property
    def family_name_first(self) -> bool:
        return any(term.country in FAMILY_NAME_FIRST for term in self.terms)

    def term_on(self, day: dt.date | None) -> Term | None:
        """The office held on ``day`` (the most senior if several), else the nearest one in time."""
        if not self.terms:
            return None
        if day is None:
            return max(self.terms, key=lambda t: t.start)
        current = [t for t in self.terms if t.covers(day)]
        if current:
            return min(current, key=lambda t: OFFICES.index(t.office))
        return min(self.terms, key=lambda t: min(abs((t.start - day).days),
                                                 abs(((t.end or dt.date.today()) - day).days)))

    def active_on(self, day: dt.date | None) -> bool:
        return day is None or any(t.covers(day) for t in self.terms)


@dataclass
class RegistryData:
    countries: dict[str, Country] = field(default_factory=dict)  # iso3 -> Country
    country_names: dict[str, str] = field(default_factory=dict)  # folded name/demonym -> iso3
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital or metonym -> iso3
    metonym_sectors: dict[str, str] = field(default_factory=dict)  # folded metonym -> sector
    organisations: dict[str, Organisation] = field(default_factory=dict)
    organisation_aliases: dict[str, str] = field(default_factory=dict)  # folded alias -> org id
    acronyms: dict[str, str] = field(default_factory=dict)  # exact-case acronym -> org id or iso3
    sector_words: dict[str, str] = field(default_factory=dict)  # folded word -> sector
    people: dict[str, Person] = field(default_factory=dict)
    person_names: dict[str, str] = field(default_factory=dict)  # folded full name -> person id
    surnames: dict[str, set[str]] = field(default_factory=dict)  # folded surname -> person ids
    titles: dict[str, str] = field(default_factory=dict)  # folded title -> office (or "leader")
    office_holders: dict[tuple[str, str], list[tuple[str, Term]]] = field(default_factory=dict)


def data_rows(handle: TextIO, source: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a data file whose leading ``#`` lines are its header comment; yields (line number, row)."""
    lines = list(handle)
    skip = 0
    while skip < len(lines) and lines[skip].startswith("#"):
        skip += 1
    reader = csv.DictReader(lines[skip:])
    for offset, row in enumerate(reader, start=skip + 2):
        if None in row or any(v is None for v in row.values()):
            raise ConfigError(f"{source}:{offset}: wrong number of columns")
        yield offset, {k: (v or "").strip() for k, v in row.items()}


def parse_date(value: str, *, end: bool = False) -> dt.date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a coarse end date means the end of that month or year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    raise ValueError(value)


def people_files() -> list:
    """The packaged office-holder files, one per part of the world (``data/people/*.csv``)."""
    folder = resources.files("tacitus.knowledge").joinpath("data", "people")
    return sorted((p for p in folder.iterdir() if p.name.endswith(".csv")), key=lambda p: p.name)


def _open_packaged(name: str) -> TextIO:
    return resources.files("tacitus.knowledge").joinpath("data", name).open(encoding="utf-8")


def load_countries(data: RegistryData) -> None:
    with _open_packaged("countries.csv") as handle:
        for _, row in data_rows(handle, "countries.csv"):
            country = Country(iso3=row["iso3"], iso2=row["iso2"], name=row["name"], gw=row["gw"],
                              cow=row["cow"], fips=row["fips"], capital=row["capital"],
                              lat=float(row["lat"]) if row["lat"] else None,
                              lon=float(row["lon"]) if row["lon"] else None,
                              names=tuple(name for name in row["names"].split("|") if name))
            data.countries[country.iso3] = country
            for name in [row["name"], *row["names"].split("|")]:
                if name:
                    data.country_names.setdefault(fold(name), country.iso3)
            if country.capital:
                data.capitals.setdefault(fold(country.capital), country.iso3)
    with _open_packaged("demonyms.csv") as handle:
        for _, row in data_rows(handle, "demonyms.csv"):
            for term in row["terms"].split("|"):
                if is_acronym(term):
                    data.acronyms[term.replace(".", "")] = "country:" + row["iso3"]
                else:
                    data.country_names[fold(term)] = row["iso3"]
    with _open_packaged("metonyms.csv") as handle:
        for _, row in data_rows(handle, "metonyms.csv"):
            key = fold(row["text"])
            data.capitals[key] = row["iso3"]
            data.metonym_sectors[key] = row["sector"] or "GOV"


def load_organisations(data: RegistryData, handle: TextIO, source: str, *, converted: bool = False) -> None:
    """``converted``: rows of the PETRARCH conversion, which add only names nobody else has and may lack a
    code (a group CAMEO places in a region, not a country)."""
    for line, row in data_rows(handle, source):
        if not row["id"] or not (row["code"] or converted):
            raise ConfigError(f"{source}:{line}: an organisation needs an id and a code")
        org = Organisation(id=row["id"], name=row["name"], code=row["code"], sector=row["sector"],
                           kind=row["kind"] or "organisation")
        data.organisations[org.id] = org
        for alias in [row["name"], *row["aliases"].split("|")]:
            if not alias:
                continue
            if is_acronym(alias):
                key, table, value = alias.replace(".", ""), data.acronyms, "org:" + org.id
            else:
                key, table, value = fold(alias), data.organisation_aliases, org.id
            if converted:
                table.setdefault(key, value)
            else:
                table[key] = value


def load_sector_words(data: RegistryData) -> None:
    with _open_packaged("sectors.csv") as handle:
        for _, row in data_rows(handle, "sectors.csv"):
            data.sector_words[fold(row["word"])] = row["sector"]


def load_converted(data: RegistryData) -> None:
    """The PETRARCH2 dictionaries as ``build_petrarch`` converted them; loaded after our own files, they
    add only what those do not say."""
    # Tens of thousands of small objects, none of them cyclic garbage: the collector would only walk
    # them again and again while they are made (a fifth of the load time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        _load_converted(data)
    finally:
        if collecting:
            gc.enable()


def _load_converted(data: RegistryData) -> None:
    with _open_packaged("petrarch/names.csv") as handle:
        for _, row in data_rows(handle, "petrarch/names.csv"):
            key = fold(row["name"])
            if key in data.country_names or key in data.capitals or key in data.organisation_aliases:
                continue
            if row["sector"]:
                data.capitals[key] = row["iso3"]
                data.metonym_sectors[key] = row["sector"]
            else:
                data.country_names[key] = row["iso3"]
    with _open_packaged("petrarch/sectors.csv") as handle:
        for _, row in data_rows(handle, "petrarch/sectors.csv"):
            data.sector_words.setdefault(fold(row["word"]), row["sector"])
    with _open_packaged("petrarch/organisations.csv") as handle:
        load_organisations(data, handle, "petrarch/organisations.csv", converted=True)
    with _open_packaged("petrarch/people.csv") as handle:
        load_converted_people(data, handle, "petrarch/people.csv")


def load_people(data: RegistryData, handle: TextIO, source: str) -> None:
    for line, row in data_rows(handle, source):
        try:
            start = parse_date(row["start"])
            end = parse_date(row["end"], end=True) if row["end"] else None
        except ValueError:
            raise ConfigError(f"{source}:{line}: dates must be YYYY-MM-DD, YYYY-MM or YYYY") from None
        if not row["person_id"] or not row["name"] or not row["country"]:
            raise ConfigError(f"{source}:{line}: person_id, name and country are required")
        person = data.people.setdefault(row["person_id"], Person(row["person_id"], row["name"],
                                                                 row.get("qid") or None))
        term = Term(country=row["country"], office=row["office"], sector=row["sector"] or "GOV",
                    start=start, end=end, organisation=row.get("organisation") or None)
        person.terms.append(term)
        data.office_holders.setdefault((term.country, term.office), []).append((person.id, term))
        own = set(surnames_of(fold(row["name"]), row["country"]))
        for name in [row["name"], *row["aliases"].split("|")]:
            if not name:
                continue
            folded = fold(name)
            data.person_names[folded] = person.id
            for surname in surnames_of(folded, row["country"]):
                if surname not in own and surname in GIVEN_NAMES:
                    continue  # "Hisham Sharaf Abdullah": a father's name in a long form is no surname
                data.surnames.setdefault(surname, set()).add(person.id)
                if surname.startswith(("al-", "el-")):
                    data.surnames.setdefault(surname[3:], set()).add(person.id)


def load_converted_people(data: RegistryData, handle: TextIO, source: str) -> None:
    """People of the PETRARCH conversion: an empty start means "since always", a name adds only when
    nobody else has it, and no surname is derived (one-word aliases are the surnames). The largest file
    the registry reads, so read with the plain csv reader, its aliases already folded by the build."""
    converted_ids: set[str] = set()
    lines = list(handle)
    skip = 0
    while skip < len(lines) and lines[skip].startswith("#"):
        skip += 1
    reader = csv.reader(lines[skip:])
    if next(reader, None) != list(PEOPLE_COLUMNS):
        raise ConfigError(f"{source}:{skip + 1}: the header must be {','.join(PEOPLE_COLUMNS)}")
    for line, row in enumerate(reader, start=skip + 2):
        if len(row) != len(PEOPLE_COLUMNS):
            raise ConfigError(f"{source}:{line}: wrong number of columns")
        person_id, name, aliases, _, country, office, sector, start, end, _ = row
        try:
            term = Term(country=country, office=office, sector=sector or "GOV",
                        start=dt.date.fromisoformat(start) if start else dt.date.min,
                        end=dt.date.fromisoformat(end) if end else None, organisation=None)
        except ValueError:
            raise ConfigError(f"{source}:{line}: dates must be YYYY-MM-DD") from None
        person = data.people.get(person_id)
        if person is None:
            person = data.people[person_id] = Person(person_id, name, None)
            converted_ids.add(person_id)
            for key in aliases.split("|"):
                if " " in key:
                    data.person_names.setdefault(key, person_id)
                elif key and not (data.surnames.get(key, set()) - converted_ids):
                    # a one-word alias is a surname, unless it is a curated person's, which stays theirs
                    data.surnames.setdefault(key, set()).add(person_id)
        person.terms.append(term)
        data.office_holders.setdefault((country, office), []).append((person_id, term))


# English news writes these names family name first: "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim".
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "MNG", "HKG", "MAC"})


# Ethiopian and Eritrean names are a given name and a father's: news calls Abiy Ahmed "Abiy".
GIVEN_NAME_FIRST = frozenset({"ETH", "ERI"})
HONORIFICS = frozenset({"king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "sir", "lord"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
PATRONYMIC = frozenset({"bin", "ibn", "bint"})
# Given names that long forms of Arabic, Somali and South Asian names end with, as a father's or
# grandfather's name, and the English first name some Taiwanese leaders put first ("William Lai
# Ching-te"): in an alias they are no surname of their own.
GIVEN_NAMES = frozenset({
    "ali", "mohamed", "mohammed", "muhammad", "mohammad", "mohamud", "ahmed", "ahmad", "abdullah", "abdallah",
    "ibrahim", "hassan", "hussein", "husayn", "osman", "omar", "umar", "youssef", "yusuf", "ismail", "mahmoud",
    "musa", "moussa", "jama", "saleh", "salih", "issa", "khalifa", "zayed", "rashid", "jassim", "abdulaziz",
    "khan", "mansur", "mansour", "nasser", "salam", "aziz", "eldin", "al-din", "saud", "al-saud", "al-thani",
    "al-nahyan", "nahyan", "thani", "maktoum", "al-maktoum", "william"})


def surnames_of(folded_name: str, country: str) -> list[str]:
    """The words a news story uses alone for this person, after the first mention."""
    words = folded_name.split()
    if "of" in words:  # "King Abdullah of Saudi Arabia"
        words = words[:words.index("of")]
    while len(words) > 1 and words[-1] in SUFFIXES:  # "Abdullah II", "Teodoro Locsin Jr."
        words = words[:-1]
    while len(words) > 1 and words[0] in HONORIFICS:  # "King Salman" is "Salman"
        words = words[1:]
    if len(words) < 2:
        return words  # a mononym ("Suharto") is used alone from the first mention
    if PATRONYMIC & set(words):
        return []  # "Mohammed bin Salman" is "Prince Mohammed", never "Salman" (his father's name)
    if country in FAMILY_NAME_FIRST:
        return [words[0]]
    if country in GIVEN_NAME_FIRST:
        return [words[0]]
    return [words[-1]]


def load_titles(data: RegistryData) -> None:
    with _open_packaged("titles.csv") as handle:
        for _, row in data_rows(handle, "titles.csv"):
            data.titles[fold(row["title"])] = row["office"]


def build_registry_data(actors_file: str | None, *, converted: bool = True) -> RegistryData:
    """``converted``: add the PETRARCH conversion (``build_petrarch`` itself reads the curated data alone)."""
    data = RegistryData()
    load_countries(data)
    load_sector_words(data)
    with _open_packaged("organisations.csv") as handle:
        load_organisations(data, handle, "organisations.csv")
    load_titles(data)
    for path in people_files():
        with path.open(encoding="utf-8") as handle:
            load_people(data, handle, f"people/{path.name}")
    if actors_file:
        load_user_file(data, Path(actors_file))
    if converted:
        load_converted(data)
    return data


def load_user_file(data: RegistryData, path: Path) -> None:
    """A user's registry file: people rows (with person_id) or organisation rows (with id, code)."""
    try:
        with path.open(encoding="utf-8") as handle:
            header = next((line for line in handle if not line.startswith("#")), "")
            handle.seek(0)
            if header.startswith("person_id"):
                load_people(data, handle, str(path))
            elif header.startswith("id,"):
                load_organisations(data, handle, str(path))
            else:
                raise ConfigError(f"{path}: the header must start with 'person_id,' (people) or 'id,' "
                                  "(organisations); see docs/knowledge.md")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the actor file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None


@lru_cache(maxsize=4)
def cached_registry_data(actors_file: str | None) -> RegistryData:
    return build_registry_data(actors_file)


def all_names(data: RegistryData) -> Iterable[str]:
    """Every folded name the registry knows (for tests and `actors list`)."""
    yield from data.country_names
    yield from data.capitals
    yield from data.organisation_aliases
    yield from data.person_names
