"""Choosing the feature a mention names: candidates by name, scored by what the article says.

A candidate's score is its prior (the kind of feature, then its population) plus what the article tells:
the countries and first-level subdivisions it names (a "Tripoli" in a story about Lebanon), the states of
its other places and how many of them lie near the candidate, the place written right after it
("Hyderabad, Sindh"), and the kind of place it is said to be ("Hama province"). A country's name is the
country, and a person's name that only hamlets share no place, unless the article says otherwise
(docs/knowledge.md).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.around import (contains, continent_inside, country_inside, district_written_in,
                                             province_inside, written_in)
from tacitus.knowledge.places.context import ArticleContext, names_in, read_context
from tacitus.knowledge.places.features import Feature, to_place
from tacitus.knowledge.places.index import PlaceIndex
from tacitus.knowledge.places.names import (GENERIC_WORDS, Mention, containing_name, kind_after, readings,
                                            written_in_full)
from tacitus.records import Place

WATER_AND_TERRAIN = frozenset({"H", "T"})  # water and terrain; parks and regions are L, as continents are
# Words that make a name a natural feature's: "Red Sea", "Atlas Mountains", "Lake Chad", "Mount Kenya"
NATURE_AFTER = frozenset({"sea", "ocean", "gulf", "bay", "river", "lake", "mountains", "mountain", "range", "island",
                          "islands", "peninsula", "desert", "valley", "strait", "canal", "sound", "basin", "coast"})
NATURE_BEFORE = frozenset({"lake", "mount", "gulf", "bay", "strait", "sea", "isle", "cape", "river"})
MAX_NAME_CHARS = 200
MAX_CANDIDATES = 400
# Scores: the prior of a kind of feature (settlements add the log of their population)
PRIOR = {"PCLI": 12.0, "CONT": 11.0, "RGN": 10.0, "ADM1": 6.0, "ADM2": 2.5}
# A river, a range, an island or a park (natural.csv) named in full is that feature, not a county or a hamlet
# named after it; a country, a state or a city of its bare name comes first ("Jordan", "Colorado")
NATURAL_PRIOR = 7.0
CAPITAL = 3.0
IN_COUNTRY = 4.0
COUNTRY_SHARE = 3.0
IN_ADMIN1 = 4.0
NEXT_TO = 6.0
SAID_KIND = 6.0
SHORT_NAME = -3.0
MAX_CUE_PLACES = 40
ALTERNATE = -0.5
FORMER_NAME = -1.0
NEAR = 1.5
NEAR_CAP = 6.0
IN_COUNTY = 3.0
# A county named as one ("X County") with a town the article names within this many km of its point
COUNTY_TOWN = 25.0
COUNTY_WORDS = frozenset({"county", "parish", "borough"})
MAX_NEAR = 30
NOT_PLACE_POPULATION = 5_000
PART_OF_COUNTRY = -6.0
# A name the gazetteer lacks (a street, a church, a neighbourhood) is placed at the settlement the article
# is about, when it names one often enough and in the state most of its places are in
MIN_FOCUS_POPULATION = 1_000
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


@dataclass(frozen=True)
class Scored:
    feature: Feature
    score: float
    why: tuple[str, ...]


@dataclass(frozen=True)
class _Facts:
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
    province_population: int = 0  # the largest first-level subdivision of exactly this name
    capitals: tuple[str, ...] = ()  # the countries whose capital bears exactly this name
    sure_admin1s: dict[tuple[str, str], float] = field(default_factory=dict)  # of cues of CAPITALS_PROVINCE or more

    @classmethod
    def of(cls, article: ArticleContext, key: str, focus: Sequence[str], kind: str | None,
           container: str | None, countries_named: tuple[str, ...], a_province: bool,
           cities: tuple[tuple[str, str, int], ...] = (), province_population: int = 0,
           capitals: tuple[str, ...] = ()) -> _Facts:
        countries = dict(article.countries(without=key))
        for iso3 in focus:
            countries[iso3] = countries.get(iso3, 0.0) + 1.0
        admin1s = dict(article.admin1s(without=key))
        sure = dict(article.admin1s(without=key, least=CAPITALS_PROVINCE)) if capitals else {}
        return cls(key, countries, sum(countries.values()) or 1.0, admin1s, max(admin1s.values(), default=1.0),
                   kind, container, countries_named, a_province, cities, province_population, capitals, sure)

    @property
    def a_country(self) -> bool:
        return bool(self.countries_named)


@dataclass(frozen=True)
class Explained:
    place: Place | None
    reason: str
    candidates: tuple[Scored, ...] = ()


class PlaceResolver:
    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self._context = lru_cache(maxsize=64)(self._read_context)
        self._focus = lru_cache(maxsize=64)(self._article_focus)

    def _article_focus(self, text: str) -> Feature | None:
        """The place an article is about: of the settlements (else counties, else provinces) it names in its main
        country and main first-level subdivision, the one it names most often, the first of equals. Hamlets
        are left out: a capitalised common word ("Street", "Church") is one somewhere."""
        article = self.context(text)
        countries = article.countries()
        if not countries:
            return None
        home = max(countries, key=countries.__getitem__)
        # each name counted once (a surname repeated in a story is no evidence of its hamlet's state), then all
        # its mentions between equals
        repeated = article.admin1s()
        admin1s = {key: (weight, repeated[key]) for key, weight in article.admin1s(once=True).items() if key[0] == home}
        state = max(admin1s, key=admin1s.__getitem__) if admin1s else None
        counts = Counter(names_in(text, self._names_a_place))
        found: list[Feature] = []
        for key, _ in counts.most_common():  # the most named first, equals in the order of first mention
            explained = self.explain(key, context=text, fallback=False)
            feature = explained.candidates[0].feature if explained.place and explained.candidates else None
            if feature is not None and feature.country == home and feature.population >= MIN_FOCUS_POPULATION and \
                    (state is None or (feature.country, feature.admin1_code) == state) and \
                    (feature.feature_class == "P" or feature.feature_code in ("ADM1", "ADM2")):
                if feature.feature_class == "P":
                    return feature
                found.append(feature)
        # A settlement it names at all, however often it names its province, is nearer what it is about; else the
        # county, else the province
        return min(found, key=lambda f: f.feature_code != "ADM2", default=None)

    def _names_a_place(self, key: str) -> bool:
        return key in self.index.cues.names or (0 < len(self.index.names.get(key, ())) <= MAX_CUE_PLACES and
                                                key not in GENERIC_WORDS and key not in self.index.not_places)

    def _read_context(self, text: str) -> ArticleContext:
        return read_context(text, self.index.cues, self._places_of)

    def _places_of(self, key: str) -> list[tuple[str | None, str | None, int, float | None, float | None, bool]]:
        """Settlements and districts of a name an article writes, for its cues; not very common names."""
        if key in GENERIC_WORDS or len(key) < 3 or key in self.index.not_places:
            return []  # "Michael" and "Patrick" are villages too
        features = self.index.named(key) or self.index.named(written_in_full(key))
        if not features or len(features) > MAX_CUE_PLACES or any(f.feature_class != "P" and
                                                                 f.feature_code != "ADM2" for f in features):
            return []  # countries and provinces are cues already; regions say little
        return [(f.country, f.admin1_code, f.population, f.lat, f.lon, f.feature_code == "ADM2") for f in features]

    def context(self, text: str | None) -> ArticleContext:
        return self._context(text) if text else ArticleContext([])

    def explain(self, name: str, *, context: str | None = None, focus: Sequence[str] = (),
                fallback: bool = True, at: int | None = None) -> Explained:
        """The feature a name names, with the candidates and why; ``fallback``: a name the gazetteer lacks,
        written as a name, is placed at the place the ``context`` article is about (off while finding that place);
        ``at``: where the mention starts in ``context``, when known (its own neighbours then say what it is)."""
        text = (name or "").strip()
        if not text:
            return Explained(None, "empty name")
        if len(text) > MAX_NAME_CHARS:
            return Explained(None, f"a name of {len(text)} characters is not a place name")
        abbreviated = self.index.abbreviations.get(text.replace(" ", "")) or self.index.abbreviations.get(text)
        if abbreviated and (text.endswith(".") or text.isupper()):
            feature = self.index.admin1s[abbreviated]
            return Explained(self._place(text, feature), f"{text!r} abbreviates {feature.name}",
                             (Scored(feature, 0.0, ("abbreviation",)),))
        found = self._candidates(text)
        if not found and fallback:
            country = country_inside(self.index, text)
            if country is not None:
                return Explained(self._place(text, country), f"{text!r} is not in the gazetteer; it names "
                                 f"{country.name}, as an institution of that country does",
                                 (Scored(country, 0.0, ("a country's name inside it",)),))
            continent = continent_inside(self.index, text)
            if continent is not None:
                return Explained(self._place(text, continent), f"{text!r} is not in the gazetteer; it names "
                                 f"{continent.name}, as an institution of that continent does",
                                 (Scored(continent, 0.0, ("a continent's name inside it",)),))
        if not found:
            # a province's institution is placed at the province, not at the town the article is about
            province = province_inside(self.index, text) if fallback else None
            if province is not None:
                return Explained(self._place(text, province), f"{text!r} is not in the gazetteer; it names "
                                 f"{province.name}, as an institution of that province does",
                                 (Scored(province, 0.0, ("a province's name inside it",)),))
            district = district_written_in(self.index, text, context, at, self.context(context).countries()) \
                if fallback and context else None
            if district is not None:
                return Explained(self._place(text, district), f"{text!r} is not in the gazetteer; it is written "
                                 f"with {district.name}", (Scored(district, 0.0, ("the district written after it",)),))
            where = self._focus(context) if fallback and context and text != text.lower() and \
                fold(text) not in self.index.not_places else None
            if where is None and fallback and context and text != text.lower():
                where = self._country_of_story(context, fold(text))
            if where is not None:
                return Explained(self._place(text, where), f"{text!r} is not in the gazetteer; placed at {where.name} "
                                 f"({where.country}, {where.feature_code}), the place the article is about",
                                 (Scored(where, 0.0, ("the place the article is about",)),))
            return Explained(None, f"{text!r} is not in the gazetteer")
        article = self.context(context)
        # the kind written with this mention ("Houston County" elsewhere says nothing of a bare "Houston"); the
        # place written after it, else after the name elsewhere ("Parkland, Fla." once, then "Parkland")
        kind, container = kind_after(text, context, at), containing_name(text, context, at)
        if at is not None and kind is None and container is None:
            container = containing_name(text, context)
        facts = _Facts.of(article, found[0][1].key, focus, kind, container,
                          tuple(f.country or "" for f, _, _ in found if f.feature_code == "PCLI"),
                          # a province's own name, or its people's ("English": England, not the kingdom)
                          any(f.feature_code == "ADM1" and (fold(f.name) == m.key or m.key in self.index.demonyms)
                              for f, m, _ in found),
                          tuple((f.country or "", f.admin1_code or "", f.population) for f, m, _ in found
                                if f.feature_class == "P" and fold(f.name) == m.key),
                          max((f.population for f, m, _ in found if f.feature_code == "ADM1" and fold(f.name) == m.key),
                              default=0),
                          tuple(f.country or "" for f, m, _ in found
                                if f.feature_code == "PPLC" and fold(f.name) == m.key))
        scored = sorted((self._score(feature, mention, short, facts) for feature, mention, short in found),
                        key=lambda s: -s.score)
        # Nearness to the article's other places is the costliest test: for the leading candidates only
        scored = sorted([self._near(s, article, facts) for s in scored[:MAX_NEAR]] + scored[MAX_NEAR:],
                        key=lambda s: -s.score)
        best = scored[0]
        if facts.container and not facts.a_country and not facts.a_province and \
                best.feature.feature_code not in ("ADM1", "PCLI") and \
                not any(why.startswith("written with") for s in scored for why in s.why):
            # "Lakeview, Iowa", and no Lakeview of Iowa in the gazetteer (a village too small for it): the state
            # the article writes it in is nearer than a namesake elsewhere
            state = written_in(self.index, text, context, at, self.context(context).countries())
            if state is not None and any(s.feature.country == state.country for s in scored):
                return Explained(self._place(text, state), f"{text!r} is written with {facts.container!r}, "
                                 f"and no place of its name in the gazetteer is in {state.name}: placed there",
                                 (Scored(state, 0.0, (f"written with {facts.container!r}",)), *scored))
        if fallback and context and (_a_township(text) or (_names_nature(facts.key) and len(scored) > 1)) and \
                (best.feature.feature_class == "P" or best.feature.feature_code == "ADM2") and \
                not any(why.startswith("written with") for why in best.why):
            # a township, a lake or a creek is a small place of the local story's own state: a town or a county
            # named after it elsewhere, that wins by its population, is a worse guess than the town the article
            # is about (a name only one town bears, "Isle of Palms", is that town)
            where = self._focus(context)
            if where is not None and (where.country, where.admin1_code) != (best.feature.country,
                                                                             best.feature.admin1_code):
                return Explained(self._place(text, where), f"{text!r}, a township or a natural feature, has no "
                                 f"namesake in the state of the story; placed at {where.name} ({where.country}, "
                                 f"{where.feature_code}), the place the article is about",
                                 (Scored(where, 0.0, ("the place the article is about",)), *scored))
        if facts.key in self.index.not_places and best.feature.feature_class == "P" and not facts.kind and \
                not facts.container and (best.feature.population < NOT_PLACE_POPULATION or
                                         "by another name" in best.why):
            return Explained(None, f"{text!r} names a person or an organisation, and only hamlets (or other names of places) "
                                   "share it; nothing in the article makes it a place", tuple(scored))
        reason = f"{len(scored)} candidate(s); chose {best.feature.name} ({best.feature.country}, " \
                 f"{best.feature.feature_code}): {', '.join(best.why)}"
        return Explained(self._place(text, best.feature), reason, tuple(scored))

    def _country_of_story(self, context: str, key: str) -> Feature | None:
        """The country a story names most, when it names it in full, by other words than the name's own (the
        "Irish Channel" does not make a New Orleans story Irish)."""
        countries = self.context(context).countries(without=key)
        home = max(countries, key=countries.__getitem__, default=None)
        return self.index.countries.get(home) if home is not None and countries[home] >= 1.0 else None

    def _candidates(self, text: str) -> list[tuple[Feature, Mention, bool]]:
        found: dict[Feature, tuple[Feature, Mention, bool]] = {}
        for mention in readings(text):
            for feature in self.index.named(mention.key)[:MAX_CANDIDATES]:
                found.setdefault(feature, (feature, mention, False))
            if not found or mention.kind is not None:  # "Atlantic" is the ocean, not Atlantic County
                for feature in self.index.short_named(mention.key)[:MAX_CANDIDATES]:
                    found.setdefault(feature, (feature, mention, True))
            if found:
                break
        return list(found.values())

    def _score(self, feature: Feature, mention: Mention, short: bool, facts: _Facts) -> Scored:
        why = []
        code = feature.feature_code
        if feature.feature_class == "P":
            score = math.log10(feature.population + 10)
            if fold(feature.name) != mention.key:
                # another language's or a former name: "Liverpool" was a Washington; a former name lower still
                # where a town of the country bears it now ("Milford", and Newark, once called so)
                score += ALTERNATE + (FORMER_NAME if any(country == feature.country for country, _, _ in facts.cities)
                                      else 0.0)
                why.append("by another name")
            if code == "PPLC":
                score += CAPITAL
                why.append("a capital")
            if facts.province_population >= PROVINCE_OVER_TOWN * max(feature.population, 1) and facts.kind != "P" \
                    and not facts.container:
                score += SMALLER_THAN_A_PROVINCE  # "Wales" is Wales, not a village of England named so
                why.append("a village of a great province's name")
        else:
            prior = PRIOR.get(code, NATURAL_PRIOR if feature.feature_class in WATER_AND_TERRAIN else 2.0)
            score = prior + (0.4 if code == "ADM1" else 0.3) * math.log10(feature.population + 10)
            if code.startswith("PCL") and facts.a_province and fold(feature.name) != mention.key:
                score += PART_OF_COUNTRY  # "England" is England, not the United Kingdom it is another name of
                why.append("the name of a part of it")
        if code == "ADM1" and any(country != feature.country and population > feature.population
                                  for country, _, population in facts.cities):
            score += SMALLER_THAN_A_CITY
            why.append("a smaller province than a city of its name abroad")
        why.append(f"prior {score:.1f}")
        if code.startswith("PCL") and facts.a_country and self._local_story_elsewhere(feature, facts):
            score += ONLY_ITS_NAME
            why.append("the article names nothing else of it, and is a local story of another country")
        if feature.lat is None:
            score -= 2.0
            why.append("no point")
        if short and mention.kind is None:
            score += SHORT_NAME
            why.append("the name without its kind")
        if feature.feature_class == "P" and facts.a_country and not facts.container and facts.kind != "P" and \
                not self._home_town(feature, facts) and not self._local_story_elsewhere(feature, facts):
            # "China" is the country, though a Maine town shares its name: the town needs its state written
            # next to it or the article calling it a town
            return Scored(feature, round(score, 2), (*why, "a country's name"))
        countries = facts.countries
        if feature.country and countries.get(feature.country):
            bonus = IN_COUNTRY * min(1.0, countries[feature.country] / COUNTRY_FULL) + \
                COUNTRY_SHARE * countries[feature.country] / facts.country_total
            if code.startswith("PCL"):
                bonus /= 2  # an article names its country often: that says little about the country feature
            score += bonus
            why.append(f"the article names {feature.country} (+{bonus:.1f})")
        weight = facts.admin1s.get((feature.country or "", feature.admin1_code or ""), 0.0)
        if code == "ADM1" and feature.country in facts.capitals:
            weight = facts.sure_admin1s.get((feature.country or "", feature.admin1_code or ""), 0.0)
        if feature.admin1_code and weight:
            bonus = IN_ADMIN1 * min(1.0, weight / facts.admin1_top + 0.25)
            score += bonus
            why.append(f"the article names places in {feature.country}.{feature.admin1_code} (+{bonus:.1f})")
        if feature.feature_class in WATER_AND_TERRAIN | {"L"} and code != "CONT" and _names_nature(mention.key):
            score += SAID_KIND  # "Red Sea" is the sea, not Egypt's governorate named after it
            why.append("said to be a natural feature")
        kind = mention.kind or facts.kind
        if kind and _is_kind(feature, kind):
            score += SAID_KIND
            why.append(f"said to be a {'settlement' if kind == 'P' else 'subdivision'}")
        if facts.container and contains(self.index, facts.container, feature):
            score += NEXT_TO
            why.append(f"written with {facts.container!r}")
        return Scored(feature, round(score, 2), tuple(why))

    @staticmethod
    def _local_story_elsewhere(feature: Feature, facts: _Facts) -> bool:
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

    @staticmethod
    def _home_town(feature: Feature, facts: _Facts) -> bool:
        """A town sharing a country's name ("Palestine", Texas) in the state a local story is set in: most of
        what the article names lies in that state, and nothing else in it names the country."""
        if feature.admin1_code is None or any(facts.countries.get(iso3) for iso3 in facts.countries_named):
            return False
        weight = facts.admin1s.get((feature.country or "", feature.admin1_code), 0.0)
        return weight >= HOME_STATE_MIN and weight >= HOME_STATE_SHARE * sum(facts.admin1s.values())

    @staticmethod
    def _near(scored: Scored, article: ArticleContext, facts: _Facts) -> Scored:
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

    def _place(self, text: str, feature: Feature) -> Place:
        key1 = (feature.country or "", feature.admin1_code or "")
        admin1 = self.index.admin1_names.get(key1) if feature.admin1_code else None
        admin2 = self.index.admin2_names.get((*key1, feature.admin2_code)) if feature.admin2_code else None
        return to_place(text, feature, admin1=admin1, admin2=admin2)

    def countries_in(self, context: str | None) -> set[str]:
        """The countries an article names by name, demonym or acronym (not through its cities)."""
        return {iso3 for _, iso3, admin1, weight in self.context(context).cues if admin1 is None and weight >= 1}


def _a_township(text: str) -> bool:
    return fold(text).rstrip(".").split()[-1] in ("township", "twp")


def _names_nature(key: str) -> bool:
    words = key.split()
    return len(words) > 1 and (words[-1] in NATURE_AFTER or words[0] in NATURE_BEFORE)


def _is_kind(feature: Feature, kind: str) -> bool:
    if kind == "P":
        return feature.feature_class == "P"
    if kind == "ADM2":
        return feature.feature_code == "ADM2"
    return feature.feature_code in ("ADM1", "ADM2")


