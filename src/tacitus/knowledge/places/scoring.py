"""Scoring a candidate feature for a mention: its prior and what the article says of it.

A candidate's score is its prior (the kind of feature, then its population) plus what the article tells:
the countries and first-level subdivisions it names (a "Tripoli" in a story about Lebanon), the states of
its other places and how many of them lie near the candidate, the place written right after it
("Hyderabad, Sindh"), and the kind of place it is said to be ("Hama province"). The choice between the
scored candidates, and abstaining, are ``resolver``'s (docs/knowledge.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.around import contains
from tacitus.knowledge.places.context import ArticleContext
from tacitus.knowledge.places.features import Feature
from tacitus.knowledge.places.index import GREAT_CITY_WEIGHT, PlaceIndex
from tacitus.knowledge.places.names import NATURE_AFTER, NATURE_BEFORE, Mention, transliterated, written_in_full

WATER_AND_TERRAIN = frozenset({"H", "T"})  # water and terrain; parks and regions are L, as continents are
# Scores: the prior of a kind of feature (settlements add the log of their population)
PRIOR = {"PCLI": 12.0, "CONT": 11.0, "RGN": 10.0, "ADM1": 6.0, "ADM2": 2.5}
# A river, a range, an island or a park (natural.csv), a landmark or a university (landmarks.csv) named in full is
# that feature, not a county or a hamlet named after it; a country, a state or a city of its bare name comes first
# ("Jordan", "Colorado")
NATURAL_PRIOR = 7.0
CAPITAL = 3.0
# A city of 200,000 people or more, five times any other of its name (a cue of its state, index.py), is what its
# bare name means, as a capital is, unless the story's state is a smaller namesake's
GREAT_CITY = 2.0
IN_COUNTRY = 4.0
COUNTRY_SHARE = 3.0
IN_ADMIN1 = 4.0
NEXT_TO = 6.0
SAID_KIND = 6.0
SHORT_NAME = -3.0
ALTERNATE = -0.5
FORMER_NAME = -1.0
# ... unless the town that bears it is a hamlet beside the city ("Zaporizhzhia", a village of 600, is no cost to
# the city of 700,000 that English news spells so)
FORMER_NAME_RATIO = 100
# A name that a town of this many people bears as its own is that town's before it is another place's other or
# former name ("Maryville" is no Beeville, "Manhattan" no Manhattan Beach), unless the article says otherwise
OWN_NAME_TOWN = 5_000
OWN_NAME_ELSEWHERE = -3.0
NEAR = 1.5
NEAR_CAP = 6.0
IN_COUNTY = 3.0
# A county named as one ("X County") with a town the article names within this many km of its point
COUNTY_TOWN = 25.0
COUNTY_WORDS = frozenset({"county", "parish", "borough"})
PART_OF_COUNTRY = -6.0
# The full bonus of a country needs as much as half a mention of it: a person's name that a village abroad
# shares ("Nina", a townland in Ireland) is not the article naming Ireland
COUNTRY_FULL = 0.5
# A town sharing a country's name is a candidate when its state is the article's: a whole mention of the state
# (or its places' worth) and half of all the states' weight
HOME_STATE_MIN = 1.0
HOME_STATE_SHARE = 0.5
# A province smaller than a city of its name in another country ("Manchester", a parish of Jamaica, and the
# English city) yields to the city unless the article names the province's country
SMALLER_THAN_A_CITY = -3.0
# A country's name that is also a town in the country a story is set in, when the story names nothing else of
# the named country and no other country in full ("Lebanon", Indiana): the town competes, the country's prior drops
LOCAL_HOME_MIN = 0.5
ONLY_ITS_NAME = -5.0
# A settlement thirty times smaller than a first-level subdivision of its name yields to it
PROVINCE_OVER_TOWN = 30
# A province named like its country's capital ("Washington") counts only its places that are surely in it (a
# large city, half a mention or more): a suburb's name that towns of five states share ("Lakewood") is no evidence
# against the capital
CAPITALS_PROVINCE = 0.5
SMALLER_THAN_A_PROVINCE = -3.0
# A province named after the city that holds a fifth of its people or more ("Aleppo", "Kandahar", "Geneva"):
# the bare name is the city; "Aleppo province" (the kind said) is the province. Not in the US, whose news writes
# "New York City" for the city and "New York" for the state
SEAT_SHARE = 0.2
NAMED_AFTER_ITS_CITY = -4.0
# A town a hundred times smaller than a city of a million people of its name abroad ("Rome", Georgia, and Rome) gets
# this share of the bonus of its country, unless the article names places in its state
WORLD_CITY = 1_000_000
WORLD_CITY_RATIO = 30
WORLD_CITY_SHARE = 0.5
STATE_NAMED = 0.5
TINY_NAMESAKE = 20
WEAK_STATE_SHARE = 0.5


@dataclass(frozen=True)
class Scored:
    feature: Feature
    score: float
    why: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """What the article says, computed once per mention (the name itself left out)."""

    key: str
    countries: dict[str, float]
    country_total: float
    admin1s: dict[tuple[str, str], float]
    admin1_top: float
    kind: str | None
    container: str | None
    countries_named: tuple[str, ...]  # the name is a country's: that country (rarely two)
    a_province: bool  # the name is a first-level subdivision's own
    cities: tuple[tuple[str, str, int], ...] = ()  # settlements of exactly this name: (country, admin1, population)
    # first-level subdivisions of this name, their own or an English one: (country, population)
    provinces: tuple[tuple[str, int], ...] = ()
    capitals: tuple[str, ...] = ()  # the countries whose capital bears exactly this name
    sure_admin1s: dict[tuple[str, str], float] = field(default_factory=dict)  # of cues of CAPITALS_PROVINCE or more
    # of the towns named like a country, those in a county the article names (Jordan, Minnesota, and Scott County)
    county_towns: frozenset[int | None] = frozenset()
    # settlements of this name by any of their names ("Hama" is Ḩamāh's): (country, admin1, population)
    towns: tuple[tuple[str, str, int], ...] = ()

    @classmethod
    def of(cls, article: ArticleContext, key: str, focus: Sequence[str], kind: str | None,
           container: str | None, countries_named: tuple[str, ...], a_province: bool,
           cities: tuple[tuple[str, str, int], ...] = (), provinces: tuple[tuple[str, int], ...] = (),
           capitals: tuple[str, ...] = (), county_towns: frozenset[int | None] = frozenset(),
           towns: tuple[tuple[str, str, int], ...] = ()) -> Facts:
        countries = dict(article.countries(without=key))
        for iso3 in focus:
            countries[iso3] = countries.get(iso3, 0.0) + 1.0
        admin1s = dict(article.admin1s(without=key))
        sure = dict(article.admin1s(without=key, least=CAPITALS_PROVINCE)) if capitals else {}
        return cls(key, countries, sum(countries.values()) or 1.0, admin1s, max(admin1s.values(), default=1.0),
                   kind, container, countries_named, a_province, cities, provinces, capitals, sure, county_towns,
                   towns)

    @property
    def a_country(self) -> bool:
        return bool(self.countries_named)


def score_candidate(index: PlaceIndex, feature: Feature, mention: Mention, short: bool, facts: Facts) -> Scored:
    """A candidate's prior and what the article says of it, each part with why."""
    why = []
    code = feature.feature_code
    if feature.feature_class == "P":
        score = math.log10(feature.population + 10)
        if fold(feature.name) != mention.key and written_in_full(fold(feature.name)) != written_in_full(mention.key) \
                and transliterated(fold(feature.name)) != transliterated(mention.key):
            # another language's or a former name ("St. Paul" is Saint Paul's own, shortened): "Liverpool" was a
            # Washington; a former name lower still where a town of the country bears it now ("Milford", and
            # Newark, once called so)
            score += ALTERNATE + (FORMER_NAME if any(country == feature.country and
                                                     population * FORMER_NAME_RATIO >= feature.population
                                                     for country, _, population in facts.cities) else 0.0) + \
                (OWN_NAME_ELSEWHERE if any(country == feature.country and population >= OWN_NAME_TOWN
                                           for country, _, population in facts.cities) else 0.0)
            why.append("by another name")
        if code == "PPLC":
            score += CAPITAL
            why.append("a capital")
        elif (feature.country, feature.admin1_code, GREAT_CITY_WEIGHT) in index.cues.names.get(mention.key, ()):
            score += GREAT_CITY  # "Portland" is Oregon's, "Boston" Massachusetts', unless the story says otherwise
            why.append("the great city of its name")
        greater = [country for country, population in facts.provinces
                   if population >= PROVINCE_OVER_TOWN * max(feature.population, 1)]
        if greater and facts.kind != "P" and not facts.container:
            score += SMALLER_THAN_A_PROVINCE  # "Wales" is Wales, not a village of England named so
            why.append("a village of a great province's name")
            if feature.country in greater:
                # a village named after its own country's state ("Kansas", Illinois): the state, to that country's
                # readers, whatever else of the village's own state the story names
                score += SMALLER_THAN_A_PROVINCE
                why.append("of its own country")
    else:
        prior = PRIOR.get(code, NATURAL_PRIOR if feature.feature_class in WATER_AND_TERRAIN | {"S"} else 2.0)
        score = prior + (0.4 if code == "ADM1" else 0.3) * math.log10(feature.population + 10)
        if code.startswith("PCL") and facts.a_province and fold(feature.name) != mention.key and \
                any(country == feature.country for country, _ in facts.provinces):
            # "England" is England, not the United Kingdom it is another name of; a province abroad is no part of
            # it ("Somali" officials are Somalia's, whatever Ethiopia's Somali region is called)
            score += PART_OF_COUNTRY
            why.append("the name of a part of it")
    if code == "ADM1" and any(country != feature.country and population > feature.population
                              for country, _, population in facts.cities):
        score += SMALLER_THAN_A_CITY
        why.append("a smaller province than a city of its name abroad")
    if code == "ADM1" and feature.country != "USA" and any(country == feature.country and admin1 == feature.admin1_code
                              and population >= SEAT_SHARE * feature.population
                              for country, admin1, population in facts.towns):
        score += NAMED_AFTER_ITS_CITY
        why.append("named after its great city, which the bare name means")
    why.append(f"prior {score:.1f}")
    if code.startswith("PCL") and facts.a_country and local_story_elsewhere(feature, facts):
        score += ONLY_ITS_NAME
        why.append("the article names nothing else of it, and is a local story of another country")
    if feature.lat is None:
        score -= 2.0
        why.append("no point")
    if short and mention.kind is None:
        score += SHORT_NAME
        why.append("the name without its kind")
    if feature.feature_class == "P" and facts.a_country and not facts.container and facts.kind != "P" and \
            not home_town(feature, facts) and not local_story_elsewhere(feature, facts):
        # "China" is the country, though a Maine town shares its name: the town needs its state written
        # next to it or the article calling it a town
        return Scored(feature, round(score, 2), (*why, "a country's name"))
    countries = facts.countries
    if feature.country and countries.get(feature.country):
        bonus = IN_COUNTRY * min(1.0, countries[feature.country] / COUNTRY_FULL) + \
            COUNTRY_SHARE * countries[feature.country] / facts.country_total
        if code.startswith("PCL"):
            bonus /= 2  # an article names its country often: that says little about the country feature
        weight = facts.admin1s.get((feature.country or "", feature.admin1_code or ""), 0.0)
        if feature.feature_class == "P" and weight < STATE_NAMED and world_city_elsewhere(feature, facts):
            bonus *= WORLD_CITY_SHARE
            why.append("a world city bears the name")
        score += bonus
        why.append(f"the article names {feature.country} (+{bonus:.1f})")
    weight = facts.admin1s.get((feature.country or "", feature.admin1_code or ""), 0.0)
    if code == "ADM1" and feature.country in facts.capitals:
        weight = facts.sure_admin1s.get((feature.country or "", feature.admin1_code or ""), 0.0)
    if feature.admin1_code and weight:
        bonus = IN_ADMIN1 * min(1.0, weight / facts.admin1_top + 0.25)
        if feature.feature_class == "P" and weight < facts.admin1_top and any(
                country == feature.country and population >= TINY_NAMESAKE * max(feature.population, 1)
                for country, _, population in facts.cities):
            bonus = IN_ADMIN1 * weight / facts.admin1_top * WEAK_STATE_SHARE
        score += bonus
        why.append(f"the article names places in {feature.country}.{feature.admin1_code} (+{bonus:.1f})")
    if feature.feature_class in WATER_AND_TERRAIN | {"L"} and code != "CONT" and names_nature(mention.key):
        score += SAID_KIND  # "Red Sea" is the sea, not Egypt's governorate named after it
        why.append("said to be a natural feature")
    kind = mention.kind or facts.kind
    if kind and is_kind(feature, kind):
        score += SAID_KIND
        why.append(f"said to be a {'settlement' if kind == 'P' else 'subdivision'}")
    if facts.container and contains(index, facts.container, feature):
        score += NEXT_TO
        why.append(f"written with {facts.container!r}")
    return Scored(feature, round(score, 2), tuple(why))


def world_city_elsewhere(feature: Feature, facts: Facts) -> bool:
    """A town a hundred times smaller than a capital or a city of a million people of its name in another country
    ("London", Kentucky, and London), or than a province of a million people of its name, English or its own
    ("Normandy", Missouri, and Normandie): that the article names the town's country says little, unless it names
    places in the town's state."""
    return any(country != feature.country and (population >= WORLD_CITY or country in facts.capitals) and
               population >= WORLD_CITY_RATIO * max(feature.population, 1)
               for country, _, population in facts.cities) or \
        any(country != feature.country and population >= WORLD_CITY and
            population >= WORLD_CITY_RATIO * max(feature.population, 1) for country, population in facts.provinces)


def local_story_elsewhere(feature: Feature, facts: Facts) -> bool:
    """A country's name in a story that names nothing else of that country, names the country of a town of
    that name in full and no other country in full, and names the town's state most: "Lebanon Police" in a
    story about Boone County, Indiana."""
    home = max(facts.countries, key=facts.countries.__getitem__, default=None)
    if home is None or facts.countries[home] < LOCAL_HOME_MIN or home in facts.countries_named:
        return False
    if any(facts.countries.get(iso3) for iso3 in facts.countries_named):
        return False
    if any(weight >= 1.0 for iso3, weight in facts.countries.items() if iso3 != home):
        return False
    # the town's state is the one the story names most ("Lebanon" and Boone County, Indiana)
    state = max(facts.admin1s, key=facts.admin1s.__getitem__, default=None)
    if state is None or state[0] != home:
        return False
    if feature.feature_class == "P":
        return (feature.country, feature.admin1_code) == state
    return feature.country in facts.countries_named and any((country, admin1) == state
                                                             for country, admin1, _ in facts.cities)


def home_town(feature: Feature, facts: Facts) -> bool:
    """A town sharing a country's name ("Palestine", Texas) in the state a local story is set in: most of
    what the article names lies in that state, or the article names the county it lies in ("Anderson County"),
    and nothing else in it names the country."""
    if feature.admin1_code is None or any(facts.countries.get(iso3) for iso3 in facts.countries_named):
        return False
    if feature.geonameid in facts.county_towns:
        return True
    weight = facts.admin1s.get((feature.country or "", feature.admin1_code), 0.0)
    return weight >= HOME_STATE_MIN and weight >= HOME_STATE_SHARE * sum(facts.admin1s.values())


def near(scored: Scored, article: ArticleContext, facts: Facts) -> Scored:
    """The candidate with what the article's other places near it add: a county it names, nearby places."""
    feature = scored.feature
    if feature.lat is None or feature.lon is None or feature.feature_code.startswith("PCL") or \
            feature.feature_class not in ("P", "A") or "a country's name" in scored.why:
        return scored
    why = scored.why
    score = scored.score
    if feature.feature_class == "P" and feature.country and feature.admin1_code and \
            article.in_county(feature.country, feature.admin1_code, feature.lat, feature.lon, without=facts.key):
        score += IN_COUNTY
        why = (*why, f"in a county the article names (+{IN_COUNTY:.1f})")
    if feature.feature_code == "ADM2" and facts.key.rsplit(" ", 1)[-1] in COUNTY_WORDS and \
            article.near(feature.lat, feature.lon, without=facts.key, km=COUNTY_TOWN, cities=True):
        # "Walker County" and its seat: a county whose point (the middle of its towns) lies by a town the
        # article names, big or small
        score += IN_COUNTY
        why = (*why, f"holds a town the article names (+{IN_COUNTY:.1f})")
    near = article.near(feature.lat, feature.lon, without=facts.key, cities=feature.feature_code == "ADM2")
    if near:
        bonus = min(NEAR_CAP, NEAR * math.log2(1 + near))
        score += bonus
        why = (*why, f"{near} other place(s) of the article nearby (+{bonus:.1f})")
    return Scored(feature, round(score, 2), why) if why is not scored.why else scored


def names_nature(key: str) -> bool:
    words = key.split()
    return len(words) > 1 and (words[-1] in NATURE_AFTER or words[0] in NATURE_BEFORE)


def is_kind(feature: Feature, kind: str) -> bool:
    if kind == "P":
        return feature.feature_class == "P"
    if kind in ("ADM1", "ADM2"):
        return feature.feature_code == kind
    return feature.feature_code in ("ADM1", "ADM2")
