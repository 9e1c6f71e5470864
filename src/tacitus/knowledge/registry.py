"""The actor registry: countries, organisations, groups, sector words and dated office holders.

Loaded once from the data files in ``knowledge/data`` (plus the user's ``TACITUS_ACTORS`` file) into
plain dictionaries keyed by folded text, so that resolving a mention is a handful of lookups.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from tacitus.datafiles import Column, Row, listed, load_table, number, one_of, packaged, read_table
from tacitus.diskcache import cache_file, cached, collector_paused
from tacitus.errors import ConfigError
from tacitus.knowledge.normalize import fold, is_acronym
from tacitus.knowledge.vocabulary import name_words
from tacitus.records import NON_STATE_CODES

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
        return any(term.country in name_words().family_name_first for term in self.terms)

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
    # folded word for the people of a province -> the province's country ("Chechen" -> RUS); not a name of the
    # country itself ("Chechen" names no Russia in an article), only of whom a phrase says the people are
    province_peoples: dict[str, str] = field(default_factory=dict)
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
    # folded title of one country's politics -> (iso3, sector or "")
    national_titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    office_holders: dict[tuple[str, str], list[tuple[str, Term]]] = field(default_factory=dict)
    renamed: dict[str, dt.date] = field(default_factory=dict)  # folded former place name -> the day it was given up
    divided: list[tuple[str, str, dt.date]] = field(default_factory=list)  # (north, south, since) of a split country
    seceded: dict[str, tuple[str, dt.date]] = field(default_factory=dict)  # iso3 -> (state it left, independence day)

    def country_on(self, iso3: str, day: dt.date | None) -> str:
        """The state a country's name stood for on ``day``: the one it was part of before it seceded."""
        parent, since = self.seceded.get(iso3, (iso3, dt.date.min))
        return parent if day is not None and day < since else iso3


def data_rows(handle: IO[str], source: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a data file with the columns its header names, as text; yields (line number, row).
    (The registry's own files are read with declared columns, below.)"""
    for row in read_table(handle.read().splitlines(), None, source=source):
        yield row.line, dict(row)


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


def _term_date(value: str) -> str:
    try:
        parse_date(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return value


def _qid(value: str) -> str:
    if not (value.startswith("Q") and value[1:].isdigit()):
        raise ValueError(f"{value!r} is not a Wikidata id (Q123)")
    return value


# The columns of each registry file (docs/knowledge.md); a user's TACITUS_ACTORS file uses those of PEOPLE or
# ORGANISATIONS and is checked the same way.
COUNTRIES = (Column("iso3"), Column("iso2"), Column("gw", required=False, default=""),
             Column("cow", required=False, default=""), Column("fips", required=False, default=""), Column("name"),
             Column("names", listed, required=False, default=()), Column("capital", required=False, default=""),
             Column("lat", number, required=False), Column("lon", number, required=False))
DEMONYMS = (Column("iso3"), Column("terms", listed))
METONYMS = (Column("text"), Column("iso3"), Column("sector", one_of(*SECTORS), required=False, default="GOV"))
ORGANISATIONS = (Column("id"), Column("name"), Column("aliases", listed, required=False, default=()),
                 Column("code", required=False, default=""), Column("sector", one_of(*SECTORS)),
                 Column("kind", one_of("organisation", "group"), required=False, default="organisation"))
SECTOR_WORDS = (Column("word"), Column("sector", one_of(*SECTORS)))
NATIONAL_TITLES = (Column("text"), Column("iso3"), Column("sector", one_of("", *SECTORS), required=False, default=""))
TITLES = (Column("title"), Column("office", one_of(*OFFICES, "leader")))
RENAMED = (Column("name"), Column("iso3"), Column("renamed", _term_date), Column("now"))
DIVIDED = (Column("north"), Column("south"), Column("since", _term_date))
SECEDED = (Column("state"), Column("parent"), Column("since", _term_date))
# The peoples of provinces, kept with the place index ("Chechens" are Chechnya's as places, Russia's as parties)
PROVINCE_PEOPLES = (Column("country"), Column("admin1"), Column("terms", listed))
PROVINCE_PEOPLES_PATH = Path("places", "data", "admin1_demonyms.csv")
PROVINCE_PEOPLES_FILE = Path(__file__).parent / PROVINCE_PEOPLES_PATH
# The PETRARCH conversion (build_petrarch.py): a group CAMEO places only in a region has no code
CONVERTED_ORGANISATIONS = ORGANISATIONS
CONVERTED_NAMES = (Column("name"), Column("iso3"), Column("sector", one_of(*SECTORS), required=False, default=""))
PEOPLE = (Column("person_id"), Column("name"), Column("aliases", listed, required=False, default=()),
          Column("qid", _qid, required=False, optional=True), Column("country"),
          Column("office", one_of(*OFFICES)), Column("sector", one_of(*SECTORS), required=False, default="GOV"),
          Column("start", _term_date), Column("end", _term_date, required=False),
          Column("organisation", required=False, optional=True))


def people_files() -> list[Path]:
    """The packaged office-holder files, one per part of the world (``data/people/*.csv``)."""
    return sorted(packaged("tacitus.knowledge", "people").glob("*.csv"), key=lambda p: p.name)


def _packaged(name: str, columns: Sequence[Column]) -> tuple[Row, ...]:
    return load_table(packaged("tacitus.knowledge", name), columns)


def load_countries(data: RegistryData) -> None:
    for row in _packaged("countries.csv", COUNTRIES):
        country = Country(iso3=row["iso3"], iso2=row["iso2"], name=row["name"], gw=row["gw"], cow=row["cow"],
                          fips=row["fips"], capital=row["capital"], lat=row["lat"], lon=row["lon"],
                          names=row["names"])
        data.countries[country.iso3] = country
        for name in (row["name"], *row["names"]):
            data.country_names.setdefault(fold(name), country.iso3)
        if country.capital:
            data.capitals.setdefault(fold(country.capital), country.iso3)
    for row in _packaged("demonyms.csv", DEMONYMS):
        for term in row["terms"]:
            if is_acronym(term):
                data.acronyms[term.replace(".", "")] = "country:" + row["iso3"]
            else:
                data.country_names[fold(term)] = row["iso3"]
    for row in load_table(PROVINCE_PEOPLES_FILE, PROVINCE_PEOPLES):
        for term in row["terms"]:
            data.province_peoples[fold(term)] = row["country"]
    for row in _packaged("metonyms.csv", METONYMS):
        key = fold(row["text"])
        data.capitals[key] = row["iso3"]
        data.metonym_sectors[key] = row["sector"]
    for row in _packaged("national_titles.csv", NATIONAL_TITLES):
        data.national_titles[fold(row["text"])] = (row["iso3"], row["sector"])
    for row in _packaged("renamed_places.csv", RENAMED):
        if row["iso3"] not in data.countries:
            raise row.error(f"iso3 {row['iso3']!r} is not a country of countries.csv")
        data.renamed[fold(row["name"])] = parse_date(row["renamed"])
    for row in _packaged("divided_countries.csv", DIVIDED):
        for column in ("north", "south"):
            if row[column] not in data.countries:
                raise row.error(f"{column} {row[column]!r} is not a country of countries.csv")
        data.divided.append((row["north"], row["south"], parse_date(row["since"])))
    for row in _packaged("seceded_states.csv", SECEDED):
        for column in ("state", "parent"):
            if row[column] not in data.countries:
                raise row.error(f"{column} {row[column]!r} is not a country of countries.csv")
        data.seceded[row["state"]] = (row["parent"], parse_date(row["since"]))


def _party_code(data: RegistryData, row: Row, column: str) -> str:
    code: str = row[column]
    if code not in data.countries and code not in NON_STATE_CODES:
        raise row.error(f"{column} {code!r} is not an ISO3 country code or one of {', '.join(NON_STATE_CODES)}")
    return code


def load_organisations(data: RegistryData, rows: Iterable[Row], *, converted: bool = False) -> None:
    """``converted``: rows of the PETRARCH conversion, which add only names nobody else has. A row may lack a
    code: a group CAMEO places in a region, not a country, or a news organisation."""
    for row in rows:
        code = row["code"] if not row["code"] else _party_code(data, row, "code")
        org = Organisation(id=row["id"], name=row["name"], code=code, sector=row["sector"], kind=row["kind"])
        data.organisations[org.id] = org
        for alias in (row["name"], *row["aliases"]):
            if is_acronym(alias):
                key, table, value = alias.replace(".", ""), data.acronyms, "org:" + org.id
            else:
                key, table, value = fold(alias), data.organisation_aliases, org.id
            if converted:
                table.setdefault(key, value)
            else:
                table[key] = value
            for variant in _spellings(key):
                table.setdefault(variant, value)
            if not converted and _said_as_a_word(alias):
                data.organisation_aliases.setdefault(fold(alias.capitalize()), org.id)


# An acronym of this many letters or more that has a vowel is said as a word, and British papers write it with one
# capital ("Nato", "Opec", "Asean"); shorter ones are spelt out ("the UN", "the EU") and stay in capitals
_WORD_ACRONYM_LETTERS = 4


def _said_as_a_word(alias: str) -> bool:
    letters = alias.replace(".", "")
    return (is_acronym(alias) and len(letters) >= _WORD_ACRONYM_LETTERS and letters.isalpha()
            and any(vowel in letters for vowel in "AEIOU") and fold(letters) not in name_words().given_names)


# British and American spellings of the words of organisations' names: the wire writes "Organisation of
# American States" and "Co-operation" as often as the bodies' own spelling
_SPELLING_PAIRS = (("organisation", "organization"), ("co-operation", "cooperation"), ("defence", "defense"))


def _spellings(key: str) -> list[str]:
    variants = []
    for one, other in _SPELLING_PAIRS:
        for a, b in ((one, other), (other, one)):
            if a in key:
                variants.append(key.replace(a, b))
    return variants


def load_sector_words(data: RegistryData) -> None:
    for row in _packaged("sectors.csv", SECTOR_WORDS):
        data.sector_words[fold(row["word"])] = row["sector"]


def load_people(data: RegistryData, rows: Iterable[Row]) -> None:
    given_names = name_words().given_names
    for row in rows:
        start = parse_date(row["start"])
        end = parse_date(row["end"], end=True) if row["end"] else None
        if end is not None and end < start:
            raise row.error(f"the term ends ({row['end']}) before it starts ({row['start']})")
        country = _party_code(data, row, "country")
        person = data.people.setdefault(row["person_id"], Person(row["person_id"], row["name"], row["qid"]))
        term = Term(country=country, office=row["office"], sector=row["sector"], start=start, end=end,
                    organisation=row["organisation"])
        person.terms.append(term)
        data.office_holders.setdefault((term.country, term.office), []).append((person.id, term))
        forms = [fold(name) for name in (row["name"], *row["aliases"])]
        own = set(_surnames(forms[0], country, forms))
        for folded in forms:
            data.person_names[folded] = person.id
            for surname in _surnames(folded, country, forms):
                if surname not in own and surname in given_names:
                    continue  # "Hisham Sharaf Abdullah": a father's name in a long form is no surname
                data.surnames.setdefault(surname, set()).add(person.id)
                if surname.startswith(("al-", "el-")):
                    data.surnames.setdefault(surname[3:], set()).add(person.id)


def load_converted(data: RegistryData) -> None:
    """The PETRARCH2 dictionaries as ``build_petrarch`` converted them; loaded after our own files, they
    add only what those do not say."""
    # Tens of thousands of small objects, none of them cyclic garbage: the collector would only walk
    # them again and again while they are made (a fifth of the load time).
    with collector_paused():
        _load_converted(data)


def _load_converted(data: RegistryData) -> None:
    for row in _packaged("petrarch/names.csv", CONVERTED_NAMES):
        key = fold(row["name"])
        if key in data.country_names or key in data.capitals or key in data.organisation_aliases:
            continue
        if row["sector"]:
            data.capitals[key] = row["iso3"]
            data.metonym_sectors[key] = row["sector"]
        else:
            data.country_names[key] = row["iso3"]
    for row in _packaged("petrarch/sectors.csv", SECTOR_WORDS):
        data.sector_words.setdefault(fold(row["word"]), row["sector"])
    load_organisations(data, _packaged("petrarch/organisations.csv", CONVERTED_ORGANISATIONS), converted=True)
    load_converted_people(data, packaged("tacitus.knowledge", "petrarch/people.csv"))


def load_converted_people(data: RegistryData, path: Path) -> None:
    """People of the PETRARCH conversion: an empty start means "since always", a name adds only when
    nobody else has it, and no surname is derived (one-word aliases are the surnames). The largest file
    the registry reads, so read with the plain csv reader, its aliases already folded by the build."""
    source = f"petrarch/{path.name}"
    converted_ids: set[str] = set()
    with path.open(encoding="utf-8") as handle:
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
                    # a curated organisation's name stays the organisation's (CAMEO lists "Abu Sayyaf" as a man)
                    if data.organisation_aliases.get(key, "pet-").startswith("pet-"):
                        data.person_names.setdefault(key, person_id)
                elif key and not (data.surnames.get(key, set()) - converted_ids):
                    # a one-word alias is a surname, unless it is a curated person's, which stays theirs
                    data.surnames.setdefault(key, set()).add(person_id)
        person.terms.append(term)
        data.office_holders.setdefault((country, office), []).append((person_id, term))


def _surnames(folded_name: str, country: str, forms: list[str]) -> list[str]:
    """``surnames_of``, but a name of a country that puts the family name first written the western way is
    read that way when another form of it starts with its last word ("Joseph Wu", also "Wu Jaushieh", is
    "Wu": a Joseph of another country is not him)."""
    words = folded_name.split()
    if len(words) > 1 and country in name_words().family_name_first \
            and any(other.startswith(words[-1] + " ") for other in forms if other != folded_name):
        return [words[-1]]
    return surnames_of(folded_name, country)


def surnames_of(folded_name: str, country: str) -> list[str]:
    """The words a news story uses alone for this person, after the first mention (the name words and name
    orders: ``knowledge/data/name_words.tsv`` and ``name_order.csv``)."""
    words = folded_name.split()
    vocabulary = name_words()
    if "of" in words:  # "King Abdullah of Saudi Arabia"
        words = words[:words.index("of")]
    while len(words) > 1 and words[-1] in vocabulary.suffixes:  # "Abdullah II", "Teodoro Locsin Jr."
        words = words[:-1]
    while len(words) > 1 and words[0] in vocabulary.honorifics:  # "King Salman" is "Salman"
        words = words[1:]
    if len(words) < 2:
        return words  # a mononym ("Suharto") is used alone from the first mention
    if vocabulary.patronymics & set(words):
        return []  # "Mohammed bin Salman" is "Prince Mohammed", never "Salman" (his father's name)
    if country in vocabulary.family_name_first or country in vocabulary.given_name_first:
        return [words[0]]  # "Xi Jinping" is "Xi"; Abiy Ahmed is "Abiy"
    return [words[-1]]


def load_titles(data: RegistryData) -> None:
    for row in _packaged("titles.csv", TITLES):
        data.titles[fold(row["title"])] = row["office"]


def build_registry_data(actors_file: str | None, *, converted: bool = True) -> RegistryData:
    """``converted``: add the PETRARCH conversion (``build_petrarch`` itself reads the curated data alone)."""
    data = RegistryData()
    load_countries(data)
    load_sector_words(data)
    load_organisations(data, _packaged("organisations.csv", ORGANISATIONS))
    load_titles(data)
    for path in people_files():
        load_people(data, load_table(path, PEOPLE))
    if actors_file:
        load_user_file(data, Path(actors_file))
    if converted:
        load_converted(data)
    return data


def load_user_file(data: RegistryData, path: Path) -> None:
    """A user's registry file: people rows (with person_id) or organisation rows (with id, code), validated
    as the packaged ones are: a bad row is one error naming the file and line."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            header = next((line for line in handle if line.strip() and not line.startswith("#")), "")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the actor file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    if header.startswith("person_id"):
        load_people(data, load_table(path, PEOPLE))
    elif header.startswith("id,"):
        load_organisations(data, load_table(path, ORGANISATIONS))
    else:
        raise ConfigError(f"{path}: the header must start with 'person_id,' (people) or 'id,' "
                          "(organisations); see docs/knowledge.md")


@lru_cache(maxsize=4)
def cached_registry_data(actors_file: str | None) -> RegistryData:
    """The registry, once per process; from the disk cache when its data files have not changed (building it
    anew costs most of a second of every cold start)."""
    from tacitus.config import load_settings

    path = cache_file(load_settings().cache_dir, "registry", registry_sources(actors_file))
    return cached(path, lambda: build_registry_data(actors_file))


def registry_sources(actors_file: str | None) -> list[Path]:
    """The files the registry is built from: its cache, and the place index built with it, change with them."""
    here = Path(__file__).parent
    sources = sorted(p for p in (here / "data").rglob("*") if p.is_file())
    sources += [here / "registry.py", here / "vocabulary.py", here / "normalize.py", here / PROVINCE_PEOPLES_PATH]
    return sources + ([Path(actors_file)] if actors_file else [])


def all_names(data: RegistryData) -> Iterable[str]:
    """Every folded name the registry knows (for tests and `actors list`)."""
    yield from data.country_names
    yield from data.capitals
    yield from data.organisation_aliases
    yield from data.person_names
