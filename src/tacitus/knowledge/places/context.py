"""What an article says about where it is: the countries, first-level subdivisions and large cities it names.

Each named thing is a cue: (folded name, country, admin1 code or None, weight). The cues of the name being
resolved are left out when it is scored, so that "Hyderabad" in an article does not vote for itself.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.names import NATURE_AFTER, NATURE_BEFORE

MAX_CONTEXT_CHARS = 50_000
MAX_WORDS = 4
# A cue: a country or a (country, admin1) the article names, and how sure it is that the name means it
Cue = tuple[str, str, str | None, float]  # (folded name, ISO3, admin1 code, weight)


@dataclass
class Cues:
    """The names an index scans articles for (built with the index)."""

    names: dict[str, list[tuple[str, str | None, float]]] = field(default_factory=dict)
    starts: frozenset[str] = frozenset()
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)  # "Wash." -> ("USA", "WA")
    acronyms: dict[str, str] = field(default_factory=dict)  # "US" -> "USA" (as written, periods dropped)

    def add(self, key: str, country: str, admin1: str | None, weight: float) -> None:
        entries = self.names.setdefault(key, [])
        if (country, admin1, weight) not in entries:
            entries.append((country, admin1, weight))

    def seal(self) -> None:
        self.starts = frozenset(key.split(" ", 1)[0] for key in self.names)


@dataclass
class ArticleContext:
    cues: list[Cue]
    # The other places the article names, each with the points of its namesakes: (folded name, points)
    places: list[tuple[str, tuple[tuple[float, float], ...]]] = field(default_factory=list)
    # The counties (second-level subdivisions) it names: (folded name, ((ISO3, admin1, lat, lon), ...))
    counties: list[tuple[str, tuple[tuple[str, str, float, float], ...]]] = field(default_factory=list)
    # The large cities it names (cues of their states), with the points of their namesakes
    cities: list[tuple[str, tuple[tuple[float, float], ...]]] = field(default_factory=list)

    def in_county(self, country: str, admin1: str, lat: float, lon: float, *, without: str = "",
                  km: float = 40.0) -> bool:
        """Whether the article names a county of this state whose point lies within ``km`` of this one: "Franklin
        and Williamson County" is the Franklin of Williamson County, Tennessee (a county's point is the middle of
        its towns). A county whose longer name holds the town's ("Perth and Kinross" and Perth) counts: a
        district named after its town lies where the town does, which its namesakes abroad do not."""
        return any(not self._overlaps(key, without) and (c, a) == (country, admin1) and close(lat, lon, p, q, km)
                   for key, namesakes in self.counties for c, a, p, q in namesakes)

    def _overlaps(self, key: str, name: str) -> bool:
        """A cue of the name itself or of a longer name holding it, but for a county's longer name: "Perth and
        Kinross" is evidence for Perth, where "Dublin Coffman" (a school) is none for Dublin."""
        return _overlaps(key, name) and not (key != name and f" {name} " in f" {key} " and
                                             any(county == key for county, _ in self.counties))

    def near(self, lat: float, lon: float, *, without: str = "", km: float = 150.0, cities: bool = False) -> int:
        """How many of the other places the article names have a namesake within ``km`` of this point;
        ``cities``: its large cities too (a county's evidence; a town's is their state, as the cities' names
        are borne by small towns and neighbourhoods of other states)."""
        count = 0
        for key, points in (*self.places, *(self.cities if cities else ())):
            # a name of many places has one near anywhere by chance: the more namesakes, the nearer it must be
            reach = km * min(1.0, math.sqrt(NEAR_NAMESAKES / len(points))) if points else km
            if not _overlaps(key, without) and any(close(lat, lon, p, q, reach) for p, q in points):
                count += 1
        return count

    def countries(self, *, without: str = "") -> dict[str, float]:
        found: dict[str, float] = defaultdict(float)
        for key, country, _, weight in self.cues:
            if not self._overlaps(key, without):
                found[country] += weight
        return found

    def admin1s(self, *, without: str = "", least: float = 0.0, once: bool = False) -> dict[tuple[str, str], float]:
        """The weight of each first-level subdivision; ``least``: of the cues at least that sure only; ``once``:
        each name counted once, however often the article repeats it."""
        found: dict[tuple[str, str], float] = defaultdict(float)
        seen = set()
        for cue in self.cues:
            key, country, admin1, weight = cue
            if admin1 is not None and weight >= least and not self._overlaps(key, without) and \
                    not (once and cue in seen):
                found[(country, admin1)] += weight
                seen.add(cue)
        return found


def _overlaps(key: str, name: str) -> bool:
    """A cue of the name itself, or of a longer name containing it ("Dublin" in "Dublin Coffman")."""
    return bool(name) and (f" {name} " in f" {key} " or f" {key} " in f" {name} ")


_SENTENCE_END = re.compile(r"(?<=[a-z]{4}\.)\s+")
# (a particle is a whole word: "Gainesville officials" is no "Gainesville of"; a word ends before a hyphen and a
# lower-case word, "Nashville-based", "Saudi-led", unless a particle joins it to a name, "Port-au-Prince")
_WORD = r"[A-Z](?:[\w'.]|-(?=[A-Z\d]|[a-z]{1,4}-))*"
# Lower-case particles inside the names of Portuguese, Spanish and Italian places, joined to a run only before a
# capitalised word: "Rio Grande do Sul", "Santiago del Estero", "Reggio di Calabria" (an English "do" so joined,
# "Why do Americans", only lengthens a run whose names are still found word by word)
_JOINING = r"(?:do|da|dos|das|del|di|du|des)(?=\s[A-Z])"
_CAPITALISED = re.compile(rf"(?<![\w']){_WORD}(?:\s(?:{_WORD}|(?:of|de|la|el)\b|{_JOINING}))*(?<!\.)")
PLACE_WEIGHT = 0.5
CUE_EXPONENT = 1.0
# A name of n places is near a point by chance about n times as often as a name of one: beyond this many
# namesakes, the reach of "near" shrinks so that the chance stays the same (150 km for two, 33 km for forty)
NEAR_NAMESAKES = 2
# Capitalised words that may open a run before a place's name: a sentence's first word, a direction
LEADING = frozenset({"in", "the", "at", "on", "from", "to", "for", "by", "with", "and", "but", "a", "an", "near",
                     "outside", "inside", "across", "after", "before", "when", "while", "since", "as", "of",
                     "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "downtown", "greater", "upstate", "rural", "suburban"})
# Capitalised words that may follow a place's name inside a longer name of something there
KIND_AFTER = frozenset({"county", "city", "town", "village", "township", "parish", "province", "state", "region",
                        "district", "council", "police", "mayor", "sheriff", "fire", "airport", "port", "university",
                        "college", "hospital", "school", "schools", "church", "high", "public", "area", "valley",
                        "river", "lake", "bay", "island", "beach", "street", "road", "avenue", "community", "board",
                        "courthouse", "library", "center", "centre", "square", "station", "park", "times", "news",
                        "post", "herald", "daily", "chamber"})
# The words that make "X of Y" an institution's name, not a person's and the town she lives in
INSTITUTION_HEADS = frozenset({"department", "dept.", "chamber", "bureau", "university", "college", "bank", "council",
                               "board", "office", "ministry", "school", "institute", "commission", "committee",
                               "secretary", "minister", "church", "museum", "academy", "society", "association",
                               "federation", "league", "union", "court", "hall", "house", "hospital", "center",
                               "centre", "city", "town", "village", "township", "county", "state", "republic"})
# Local units named after a state or a large city, often in another state
LOCAL_UNITS = frozenset({"county", "township", "parish", "borough"})
# Streets named after a state or a great city run through towns of every state ("Washington Drive" in Texas,
# "Houston Street" in New York): no cue of where a story is
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane",
                          "parkway"})
_ABBREVIATION = re.compile(r"(?<![\w.])((?:[A-Z][a-z]{0,4}\.\s?){1,3})")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z](?:\.?[A-Z]){1,4}\.?(?!\w)")
# A sum's currency sign -> the country whose currency it is ("$" alone is the US dollar; "A$", "C$" others')
CURRENCIES = {"": "USA", "US": "USA", "A": "AUS", "AU": "AUS", "C": "CAN", "CA": "CAN", "NZ": "NZL", "S": "SGP",
              "£": "GBR"}
CURRENCY_WEIGHT = 0.2
_CURRENCY = re.compile(r"(?<![\w$£])(US|AU|A|CA|C|NZ|S)?\$\s?\d|(£)\s?\d")
# A people's word before a word of its culture names a language, a cuisine or a heritage, not a place: "a French
# class", "Greek festival", "Irish dancers", "Italian-American" in a local story of anywhere
_CULTURE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ -](?:language|class|classes|teachers?|lessons|courses?|cuisine|food|"
                      r"restaurants?|festival|dancers?|dancing|dance|music|wine|cheese|fries|toast|bread|heritage|"
                      r"descent|ancestry|immersion|club|speakers?|speaking|Orthodox|Americans?|Canadians?)\b")
# Two names joined by "and" that are one district's ("Perth and Kinross", "Brighton and Hove"): the capitalised
# runs stop at "and", so the joined name is tried apart, each side one or two words
_JOINED = re.compile(r"(?<![\w'])([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\sand\s([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)")
_POSTAL = re.compile(r"(?<=[a-z]), ([A-Z]{2})\b(?![.'-]?\w)")
# A place written with its state: "Bethel, Vt.", "Paris, Texas", "Springfield, IL" (the name's last words, the state)
_WITH_STATE = re.compile(r"((?:[A-Z][\w'.-]*\s){0,3}[A-Z][\w'-]*), ((?:[A-Z][a-z]{0,4}\.\s?){1,3}|[A-Z]{2}\b|"
                         r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


# A name's namesakes: (ISO3, admin1 code, population, lat, lon, a county)
Namesake = tuple[str | None, str | None, int, float | None, float | None, bool]
Lookup = Callable[[str], Sequence[Namesake]]


def close(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    dy = (lat2 - lat1) * 111.2
    if abs(dy) > km:
        return False
    dx = ((lon2 - lon1 + 180) % 360 - 180) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + dy * dy <= km * km


def _words(run: str) -> list[str]:
    """A capitalised run's folded words, a possessive's "'s" dropped: "Ireland's" names Ireland."""
    return [word[:-2] if word.endswith("'s") and len(word) > 2 else word for word in fold(run).split()]


def runs(text: str) -> Iterator[list[str]]:
    """The capitalised runs of a text as folded words, a run cut where a sentence ends in it: "in the town of
    Southbury. Using radar" is "Southbury", then "Using radar" (a word of four letters or more ending in a period
    ends a sentence; "St. Louis" and "U.S. Army" go on)."""
    for match in _CAPITALISED.finditer(text[:MAX_CONTEXT_CHARS]):
        run = match.group()
        start = 0
        for end in _SENTENCE_END.finditer(run):
            yield _words(run[start:end.start() + 1])
            start = end.end()
        yield _words(run[start:])


def names_in(text: str, known: Callable[[str], bool]) -> list[str]:
    """The capitalised names of an article that ``known`` knows, longest first, in order, repeats kept."""
    found: list[str] = []
    for words in runs(text):
        i = 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                key = " ".join(words[i:i + n])
                if known(key):
                    found.append(key)
                    i += n
                    break
            else:
                i += 1
    return found


def _surnames(article_runs: list[list[str]]) -> set[str]:
    """The words an article writes closing a two-word name that opens with a word no place's run opens with
    ("Connie Yates", not "In Yates" nor "Yates County"): its people's surnames."""
    return {words[1] for words in article_runs if len(words) == 2 and words[0] not in LEADING}


def _of_a_town(words: list[str], i: int) -> bool:
    """A word closing a person's name and "of": "Mark Hess of Palmyra", where a local story's people live; not an
    institution's ("the U.S. Department of Commerce", "the Lebanon Valley Chamber of Commerce")."""
    return i == len(words) - 1 and i >= 3 and words[i - 1] == "of" and "of" not in words[:i - 1] and \
        words[i - 2] not in INSTITUTION_HEADS


def _named_thing(words: list[str], i: int) -> bool:
    """A word that opens a longer capitalised name which is no place: "Marion Quinn" (a first name
    that towns bear) unless a place's kind follows ("Lebanon Police", "Galway City Council")."""
    return i + 1 < len(words) and words[i + 1] not in KIND_AFTER


def read_context(text: str | None, cues: Cues, lookup: Lookup | None = None) -> ArticleContext:
    """The cues of an article's capitalised names (a place's name is capitalised; "march" and "central" in
    running text are no places): countries, provinces and large cities, then the other places it names
    ("Huntsville", "Walker County"), each namesake voting for its country and admin1 in proportion to its
    population, so that a local story's many small places point to its state."""
    if not text:
        return ArticleContext([])
    text = text[:MAX_CONTEXT_CHARS]
    found: list[Cue] = []
    named: dict[str, tuple[tuple[float, float], ...]] = {}
    large: dict[str, tuple[tuple[float, float], ...]] = {}
    counties: dict[str, tuple[tuple[str, str, float, float], ...]] = {}
    culture = Counter(fold(match.group(1)) for match in _CULTURE.finditer(text))
    article_runs = list(runs(text))  # cut once: the surnames are read from them, then the places
    surnames = _surnames(article_runs)
    for words in article_runs:
        i = 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                key = " ".join(words[i:i + n])
                entries = cues.names.get(key) if words[i] in cues.starts else None
                if entries and culture[key] and all(admin1 is None for _, admin1, _ in entries):
                    culture[key] -= 1
                    entries = []  # a people's word before a word of its culture: "a French class"
                if entries and i + n < len(words) and words[i + n] in LOCAL_UNITS and \
                        all(admin1 is not None for _, admin1, _ in entries):
                    entries = []  # "Washington Township", "Ohio County": a unit of some state named after this one
                if entries and ((i + n < len(words) and words[i + n] in NATURE_AFTER) or
                                (i and words[i - 1] in NATURE_BEFORE)) and \
                        all(admin1 is not None for _, admin1, _ in entries):
                    # "Lake Vermont", "Mississippi River": a lake or a river named after a state, of that country
                    # but in any of its states
                    entries = [(country, None, weight) for country, _, weight in entries]
                if entries and i + n < len(words) and words[i + n] in STREET_WORDS:
                    entries = []
                if entries:
                    found.extend((key, country, admin1, weight) for country, admin1, weight in entries)
                    # a large city is a cue of its state; its namesakes also place the counties the article names
                    # ("Jefferson County" and "Louisville": the Kentucky county, whose seat it is)
                    places = lookup(key) if lookup is not None else ()
                    if places:
                        large[key] = tuple((p[3], p[4]) for p in places if p[3] is not None and p[4] is not None)
                    i += n
                    break
                # One word inside a longer capitalised name is part of a person's or an organisation's name
                # ("Toronto Transit Commission": Transit, Ohio; "Sam Houston State") unless only "In", "The" or a
                # direction comes before it; a name of two words or more ("Walker County") is a place anywhere
                places = lookup(key) if lookup is not None and (n > 1 or (all(w in LEADING for w in words[:i]) and
                                                                        not _named_thing(words, i)) or
                                                                 _of_a_town(words, i)) else ()
                if places and n == 1 and key in surnames and all(place[5] for place in places):
                    places = []  # "Yates" alone after "Connie Yates": a surname, not Yates County
                if places:
                    shares = [(place[2] + 1) ** CUE_EXPONENT for place in places]
                    total = sum(shares)
                    found.extend((key, place[0], place[1], PLACE_WEIGHT * share / total)
                                 for place, share in zip(places, shares) if place[0])
                    named[key] = tuple((p[3], p[4]) for p in places if p[3] is not None and p[4] is not None)
                    if any(p[5] for p in places):
                        counties[key] = tuple((p[0], p[1], p[3], p[4]) for p in places
                                              if p[5] and p[0] and p[1] and p[3] is not None and p[4] is not None)
                    i += n
                    break
            else:
                i += 1
    for key, places in _joined_names(text, lookup) if lookup is not None else ():
        shares = [(place[2] + 1) ** CUE_EXPONENT for place in places]
        found.extend((key, place[0], place[1], PLACE_WEIGHT * share / sum(shares))
                     for place, share in zip(places, shares) if place[0])
        named[key] = tuple((p[3], p[4]) for p in places if p[3] is not None and p[4] is not None)
        if any(p[5] for p in places):
            counties[key] = tuple((p[0], p[1], p[3], p[4]) for p in places
                                  if p[5] and p[0] and p[1] and p[3] is not None and p[4] is not None)
    for match in _ABBREVIATION.finditer(text):
        written = match.group(1).strip()
        target = cues.abbreviations.get(written) or cues.abbreviations.get(written.replace(" ", ""))
        if target:
            found.append((written, target[0], target[1], 1.0))
    for match in _ACRONYM.finditer(text):  # "U.S.", "UAE": written in capitals
        iso3 = cues.acronyms.get(match.group().replace(".", ""))
        if iso3:
            found.append((match.group(), iso3, None, 1.0))
        elif len(match.group()) >= 3 and match.group() in cues.abbreviations:
            # a province's of three letters or more ("NSW"), alone or opening a name ("NSW National Parks"); a
            # two-letter postal code is a state only after a town and a comma (below), as "IN" and "OK" are words
            found.append((match.group(), *cues.abbreviations[match.group()], 1.0))
    # the currency its sums are written in: a weak cue of the paper's country, where its local story names no
    # state or country ("Mansfield council to vote on a $765,000 package" is no English town's news)
    for iso3 in {CURRENCIES[match.group(1) or match.group(2) or ""] for match in _CURRENCY.finditer(text)}:
        found.append(("currency", iso3, None, CURRENCY_WEIGHT))
    for match in _POSTAL.finditer(text):  # "Springfield, IL"
        target = cues.abbreviations.get(match.group(1))
        if target:
            found.append((match.group(1), target[0], target[1], 1.0))
    for key, state, places in _with_states(text, cues, lookup) if lookup is not None else ():
        # a place written with its state is that state's namesake, even inside a longer name ("Spencer Lewis of
        # Bethel, Vt."): its vote and its point are that one's
        found = [cue for cue in found if cue[0] != key] + [(key, state[0], state[1], PLACE_WEIGHT)]
        named[key] = tuple((p[3], p[4]) for p in places if p[3] is not None and p[4] is not None)
    return ArticleContext(found, list(named.items()), list(counties.items()), list(large.items()))


def _with_states(text: str, cues: Cues, lookup: Lookup) -> list[tuple[str, tuple[str, str], list[Namesake]]]:
    """The places the text writes with a state ("Bethel, Vt."): (folded name, state, its namesakes there)."""
    found = []
    for match in _WITH_STATE.finditer(text):
        state_text = match.group(2).strip()
        state = cues.abbreviations.get(state_text) or cues.abbreviations.get(state_text.replace(" ", ""))
        if state is None:
            entries = [(country, admin1) for country, admin1, _ in cues.names.get(fold(state_text), [])
                       if admin1 is not None]
            state = entries[0] if len(entries) == 1 else None
        if state is None:
            continue
        words = _words(match.group(1))
        for i in range(len(words)):  # "Downtown Bethel", then "Bethel"; not "Street" of "Main Street"
            key = " ".join(words[i:])
            if key in cues.names or words[-1] in KIND_AFTER:
                break  # a country, a province or a great city is a cue already
            places = [p for p in lookup(key) if (p[0], p[1]) == state]
            if places:
                found.append((key, (state[0], state[1]), places))
                break
    return found


def _joined_names(text: str, lookup: Lookup) -> list[tuple[str, Sequence[Namesake]]]:
    """The places whose one name joins two by "and" ("Perth and Kinross"), longest first: (folded name,
    namesakes). Two places listed ("Perth and Scone") are no such name and are left to the runs."""
    found = []
    for match in _JOINED.finditer(text):
        lefts, rights = _words(match.group(1)), _words(match.group(2))
        for left in (lefts, lefts[-1:]) if len(lefts) > 1 else (lefts,):
            for right in (rights, rights[:1]) if len(rights) > 1 else (rights,):
                key = f"{' '.join(left)} and {' '.join(right)}"
                places = lookup(key)
                if places:
                    found.append((key, places))
                    break
            else:
                continue
            break
    return found
