"""Choosing the feature a mention names: its candidates by name, the best of them as ``scoring`` scores them,
or no place.

A country's name is the country, and a person's name that only hamlets share no place, unless the article says
otherwise; a name the gazetteer lacks is placed at what it names inside (a country, a continent, a province),
at the district written after it, else at the place the article is about (``focus``); a township or a lake whose
best namesake lies in another state than the story's is placed at the story's town (docs/knowledge.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Collection, Sequence

from tacitus.knowledge.normalize import fold, strip_leading
from tacitus.knowledge.places.around import (city_inside, continent_inside, country_inside, district_written_in,
                                             initials_of_named, province_inside, written_in)
from tacitus.knowledge.places.context import MAX_CONTEXT_CHARS, ArticleContext, close, read_context
from tacitus.knowledge.places.features import Feature, to_place
from tacitus.knowledge.places.focus import MIN_FOCUS_POPULATION, article_focus, dateline_town, water_named
from tacitus.knowledge.places.index import MIN_CUE_POPULATION, PlaceIndex
from tacitus.knowledge.places.landmarks import INSTITUTIONS
from tacitus.knowledge.places.names import (GENERIC_WORDS, NOT_CUES, Mention, containing_name, kind_after,
                                            listed_with, nature_written_after, place_written_in, readings, town_part,
                                            written_in_full)
from tacitus.knowledge.places.scoring import Facts, Scored, local_story_elsewhere, names_nature, near, score_candidate
from tacitus.records import Place

MAX_NAME_CHARS = 200
MAX_CANDIDATES = 400
MAX_CUE_PLACES = 40
MAX_NEAR = 30
NOT_PLACE_POPULATION = 5_000
# ... and one an organisation's name or acronym ("Nato", "Hamas") to a town of up to this many people
NOT_ORGANISATION_POPULATION = 50_000
# A settlement named by a mention without its direction word ("eastern Aleppo") has at least so many people
QUALIFIED_MIN_POPULATION = 5_000
# A namesake this near the place a name is written to be in ("X in Dewsbury") is that place's own; a town of this
# many people or a capital is itself, wherever it is said to be ("Toledo in Ohio's corner"); the place a name is
# written to be in is a settlement of this many people or more, a subdivision or a country
IN_PLACE_KM = 50.0
EMBASSY_WORDS = frozenset({"embassy", "consulate", "legation"})
IN_PLACE_TOWN = 100_000
MIN_IN_PLACE_POPULATION = 5_000
# A town abroad smaller than this, in a story that names neither its country nor a namesake of it elsewhere, is
# more likely a village of the story's own country the gazetteer lacks than that town
SMALL_TOWN_ABROAD = 100_000
GREAT_CITY_ABROAD = 1_000_000
# A town of the story's countries smaller than this yields, where the coder reads a name without the article, to
# a namesake abroad of at least this many people and this many times its size (Geneva, Manchester)
SMALL_TOWN_AT_HOME = 150_000
GREAT_CITY_OVER_FOCUS = 150_000
GREAT_CITY_RATIO = 3
# or a town under a million people that holds less than this share of its country's: one of many of its size
# (Vancouver, Washington, a suburb of Portland; not Tripoli, Lebanon's second city)
MINOR_TOWN_SHARE = 0.01


@dataclass(frozen=True)
class Explained:
    place: Place | None
    reason: str
    candidates: tuple[Scored, ...] = ()


class PlaceResolver:
    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self._context = lru_cache(maxsize=64)(self._read_context)
        self._focus = lru_cache(maxsize=64)(partial(article_focus, self))

    def names_a_place(self, key: str) -> bool:
        """Whether an article's capitalised name may name a settlement or a county it is about."""
        return key in self.index.cues.names or (0 < len(self.index.names.get(key, ())) <= MAX_CUE_PLACES and
                                                key not in GENERIC_WORDS and key not in NOT_CUES and
                                                key not in self.index.not_places)

    def _read_context(self, text: str) -> ArticleContext:
        return read_context(text, self.index.cues, self._places_of)

    def _places_of(self, key: str) -> list[tuple[str | None, str | None, int, float | None, float | None, bool]]:
        """Settlements and districts of a name an article writes, for its cues; not very common names."""
        if key in GENERIC_WORDS or key in NOT_CUES or len(key) < 3 or key in self.index.not_places:
            return []  # "Michael" and "Patrick" are villages too, "March" and "More" towns
        features = self.index.named(key) or self.index.named(written_in_full(key))
        # a country's name is a cue of the country; its towns' points still place the counties the article names
        # ("Boone County" and Lebanon, its seat)
        features = [f for f in features if f.feature_code != "PCLI"] if any(f.feature_code == "PCLI"
                                                                            for f in features) else features
        if not features or len(features) > MAX_CUE_PLACES or any(f.feature_class != "P" and
                                                                 f.feature_code != "ADM2" for f in features):
            return []  # provinces are cues already; regions say little
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
        if abbreviated and not (text.endswith(".") or text.isupper()):
            abbreviated = None  # "Wash" and "Miss" are words
        if abbreviated is None and not text.endswith(".") and ("." in text or len(text) >= 5):
            # its final period cut off by the mention's end: "N.Y", "Calif" (of "D-Calif.")
            abbreviated = self.index.abbreviations.get(text.replace(" ", "") + ".")
        if abbreviated:
            feature = self.index.admin1s[abbreviated]
            return Explained(self._place(text, feature), f"{text!r} abbreviates {feature.name}",
                             (Scored(feature, 0.0, ("abbreviation",)),))
        if not context and strip_leading(fold(text)) in self.index.peoples:
            # a people's word ("Kurds", "Texans") is its region's name where an article uses it as a place; alone,
            # it is the people (a party of a story), no place
            return Explained(None, f"{text!r} names a people; without an article it is no place")
        found = self._candidates(text, in_article=bool(context))
        if not found and context:
            named = initials_of_named(self.index, text, self.context(context))
            if named is not None:
                return Explained(self._place(text, named), f"{text!r} is not in the gazetteer; it abbreviates "
                                 f"{named.name}, which the article names in full",
                                 (Scored(named, 0.0, ("the initials of a name the article writes",)),))
        where = self._written_in(text, context, at) if fallback and context and text != text.lower() else None
        if not found and fallback:
            # an embassy of a country is in another: the one it is written to be in, else the story's
            country = country_inside(self.index, text) if not _an_embassy(text) else None
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
            # (with its article only: alone, as the coder reads an event's place, "King's College London" is where
            # someone works, no event's place)
            city = city_inside(self.index, text, self.context(context)) if fallback and context and where is None \
                else None
            if city is not None:
                return Explained(self._place(text, city), f"{text!r} is not in the gazetteer; it names {city.name}, "
                                 "a great city, as a thing of that city does",
                                 (Scored(city, 0.0, ("a great city's name inside it",)),))
            if where is not None:
                return Explained(self._place(text, where), f"{text!r} is not in the gazetteer; it is written to be "
                                 f"in {where.name}", (Scored(where, 0.0, ("the place it is written to be in",)),))
            district = district_written_in(self.index, text, context, at, self.context(context).countries()) \
                if fallback and context else None
            if district is not None:
                return Explained(self._place(text, district), f"{text!r} is not in the gazetteer; it is written "
                                 f"with {district.name}", (Scored(district, 0.0, ("the district written after it",)),))
            where = self._focus(context) if fallback and context and text != text.lower() and \
                fold(text) not in self.index.not_places else None
            if where is None and fallback and context and (names_nature(fold(text)) or
                                                           nature_written_after(text, context, at)):
                where = water_named(self, context)
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
        if kind is None and any(f.feature_code == "ADM1" for f, _, _ in found) and \
                {f.country for f, _, _ in found if f.feature_code == "ADM1"} & self._listed_provinces(text, context, at):
            kind = "ADM1"  # "California or Washington": a state among states of its country
        facts = Facts.of(article, found[0][1].key, focus, kind, container,
                          tuple(f.country or "" for f, _, _ in found if f.feature_code == "PCLI"),
                          # a province's own name, or its people's ("English": England, not the kingdom)
                          any(f.feature_code == "ADM1" and (fold(f.name) == m.key or m.key in self.index.demonyms)
                              for f, m, _ in found),
                          tuple((f.country or "", f.admin1_code or "", f.population) for f, m, _ in found
                                if f.feature_class == "P" and fold(f.name) == m.key),
                          tuple((f.country or "", f.population) for f, m, short in found
                                if f.feature_code == "ADM1" and not short),
                          tuple(f.country or "" for f, m, _ in found
                                if f.feature_code == "PPLC" and fold(f.name) == m.key),
                          _county_towns(article, found),
                          tuple((f.country or "", f.admin1_code or "", f.population) for f, _, _ in found
                                if f.feature_class == "P"))
        scored = sorted((score_candidate(self.index, feature, mention, short, facts)
                         for feature, mention, short in found), key=lambda s: -s.score)
        # Nearness to the article's other places is the costliest test: for the leading candidates only
        scored = sorted([near(s, article, facts) for s in scored[:MAX_NEAR]] + scored[MAX_NEAR:],
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
            # "Rockingham, Northamptonshire", a village of the story's country too small for the gazetteer: the
            # county written after it, not a town of its name abroad
            district = district_written_in(self.index, text, context, at, self.context(context).countries()) \
                if state is None else None
            if district is not None:
                return Explained(self._place(text, district), f"{text!r} is written with {facts.container!r}, "
                                 f"and no place of its name in the gazetteer is in {district.name}: placed there",
                                 (Scored(district, 0.0, (f"written with {facts.container!r}",)), *scored))
        if where is not None and best.feature.feature_class in ("P", "S") and best.feature.feature_code != "PPLC" and \
                best.feature.population < IN_PLACE_TOWN and \
                not any(why.startswith("written with") for why in best.why) and \
                not any(_lies_in(s.feature, where) for s in scored):
            # "the Pioneer cinema in Dewsbury", "Hampton Park in Charleston": where it is written to be, when no
            # namesake lies there (a town of its name far away is another place)
            return Explained(self._place(text, where), f"{text!r} is written to be in {where.name}, and no place "
                             f"of its name lies there: placed there",
                             (Scored(where, 0.0, ("the place it is written to be in",)), *scored))
        if fallback and context and (_a_township(text) or names_nature(facts.key) or town_part(facts.key) or
                                     nature_written_after(text, context, at)) and \
                (best.feature.feature_class == "P" or best.feature.feature_code == "ADM2" or town_part(facts.key)) and \
                not any(why.startswith("written with") for why in best.why):
            # a township, a lake or a creek, or a town's part ("the North Side"), is a small place of the local
            # story's own state: a town or a county
            # named after it elsewhere, that wins by its population, is a worse guess than the town the article
            # is about, even where that town is the only namesake (a "Fish Lake" village of another state)
            where = self._focus(context)
            if where is not None and (where.country, where.admin1_code) != (best.feature.country,
                                                                             best.feature.admin1_code):
                return Explained(self._place(text, where), f"{text!r}, a township or a natural feature, has no "
                                 f"namesake in the state of the story; placed at {where.name} ({where.country}, "
                                 f"{where.feature_code}), the place the article is about",
                                 (Scored(where, 0.0, ("the place the article is about",)), *scored))
        smaller = NOT_ORGANISATION_POPULATION if facts.key in self.index.organisations else NOT_PLACE_POPULATION
        # (not a place's own name written in full with its article: "The Hague" is no Hague, a surname)
        if facts.key in self.index.not_places and best.feature.feature_class == "P" and not facts.kind and \
                not facts.container and (best.feature.population < smaller or "by another name" in best.why) and \
                not (fold(text) == fold(best.feature.name) != strip_leading(fold(text))):
            return Explained(None, f"{text!r} names a person or an organisation, and only hamlets (or other names of places) "
                                   "share it; nothing in the article makes it a place", tuple(scored))
        reason = f"{len(scored)} candidate(s); chose {best.feature.name} ({best.feature.country}, " \
                 f"{best.feature.feature_code}): {', '.join(best.why)}"
        return Explained(self._place(text, best.feature), reason, tuple(scored))

    def in_story(self, name: str, countries: Sequence[str], named: Collection[str] = ()) -> Explained:
        """A name the coder reads in a story about ``countries`` (its dateline's, those it names, its parties'),
        without the article's text: a small town abroad yields to a namesake in one of those countries, else to
        no place when the story names a country by name (``named``: "Mali", not only "Malian"). "Fighters killed
        civilians in Moura" in a story of Mali is no Portuguese town; "Russian forces captured Avdiivka" names no
        country but by its people's word, and Avdiivka stays Ukraine's; a great city or a capital abroad keeps its
        name ("talks in Geneva")."""
        explained = self.explain(name, focus=countries)
        place, home = explained.place, set(countries)
        if place is not None and place.country in home and explained.candidates:
            return self._great_city_abroad(name, explained) or explained
        if place is None or place.country is None or not home or place.country in home or not explained.candidates:
            return explained
        chosen = explained.candidates[0].feature
        # (a great city abroad met by another of its names, "Boni" for Bonn, is as unlikely as a small town)
        small = chosen.population < (GREAT_CITY_ABROAD if "by another name" in explained.candidates[0].why
                                     else SMALL_TOWN_ABROAD)
        if (chosen.lat, chosen.lon, chosen.country) != (place.lat, place.lon, place.country) or \
                chosen.feature_code == "PPLC" or not small or \
                not (chosen.feature_class == "P" or chosen.feature_code == "ADM2"):
            return explained
        at_home = [s for s in explained.candidates if s.feature.country in home]
        if at_home:
            feature = at_home[0].feature
            return Explained(self._place(name.strip(), feature), f"{name!r} is a small town abroad ({chosen.country}) "
                             f"in a story of {', '.join(sorted(home))}: its namesake there, {feature.name} "
                             f"({feature.country}, {feature.feature_code})", explained.candidates)
        if not named:
            return explained
        return Explained(None, f"{name!r} is a small town abroad ({chosen.country}) in a story of "
                               f"{', '.join(sorted(home))}, which has no place of its name in the gazetteer: no place",
                         explained.candidates)

    def _great_city_abroad(self, name: str, explained: Explained) -> Explained | None:
        """A great city abroad rather than a small town of the story's countries that only the story's focus made
        win: "talks in Geneva" in a story that names the United States (for its president, say) are not in
        Geneva, Illinois, nor is "a man arrested in Manchester" in New Hampshire; but a Tripoli in a story of
        Lebanon, a city of its own, stays Lebanon's."""
        chosen = explained.candidates[0].feature
        if chosen.feature_class != "P" or not (chosen.population < SMALL_TOWN_AT_HOME or self._minor_town(chosen)):
            return None
        great = [s.feature for s in explained.candidates[1:] if s.feature.feature_class == "P"
                 and fold(s.feature.name) == fold(chosen.name)
                 and s.feature.population >= max(GREAT_CITY_OVER_FOCUS, GREAT_CITY_RATIO * chosen.population)]
        if not great:
            return None
        feature = max(great, key=lambda f: f.population)
        return Explained(self._place(name.strip(), feature), f"{name!r}: the great city {feature.name} "
                         f"({feature.country}), not the small namesake the story's countries favour, {chosen.name} "
                         f"({chosen.country})", explained.candidates)

    def _minor_town(self, town: Feature) -> bool:
        """A town under a million people that is one of many of its size in its country ("Vancouver",
        Washington), not one of its few great cities ("Tripoli", Lebanon)."""
        country = self.index.countries.get(town.country or "")
        return country is not None and town.population < GREAT_CITY_ABROAD and \
            town.population < MINOR_TOWN_SHARE * country.population

    def _listed_provinces(self, text: str, context: str | None, at: int | None) -> set[str | None]:
        """The countries of the first-level subdivisions a name is listed with, by their own names, when it is
        listed with nothing else (no country, no great city): "Oregon or Washington"."""
        countries: set[str | None] = set()
        for other in listed_with(text, context, at):
            features = self.index.named(fold(other))
            provinces = {f.country for f in features if f.feature_code == "ADM1" and fold(f.name) == fold(other)}
            if not provinces or any(f.feature_class == "P" and f.population >= MIN_CUE_POPULATION or
                                    f.feature_code.startswith("PCL") for f in features):
                return set()
            countries |= provinces
        return countries

    def _written_in(self, text: str, context: str, at: int | None) -> Feature | None:
        """The place a name is written to be in ("X in Los Angeles"), as the article's words make it."""
        written = place_written_in(text, context, at)
        if written is None or fold(written[0]) in NOT_CUES or _a_township(written[0]):
            return None  # "in May"; "in Washington Township", which the gazetteer lacks (a town elsewhere bears it)
        where, start, own = written
        focus = self._focus(context)
        if focus is not None and fold(where) == fold(focus.name):
            return focus  # "Albert Park in Charleston" in a story of Charleston is in the story's Charleston
        # the article without this name, which is what is asked ("the Alhambra cinema in Edinburgh": the Alhambras
        # of Arizona and California say nothing of which Edinburgh)
        context = context[:own] + " " * len(text) + context[own + len(text):MAX_CONTEXT_CHARS]
        explained = self.explain(where, context=context, fallback=False, at=start)
        feature = explained.candidates[0].feature if explained.place and explained.candidates else None
        if feature is None or feature.lat is None:
            return None
        if context[start + len(where):start + len(where) + 2] in ("'s", "’s") and not self._owning_town(where, feature,
                                                                                                  context):
            return None
        if feature.feature_class == "P" and feature.population < MIN_IN_PLACE_POPULATION:
            # a hamlet named like a square or a township ("Washington Square") is no evidence; a small town of the
            # state the dateline writes is ("HELENA, Mont." and a prison "in Shelby")
            dateline = dateline_town(self, context) if feature.population >= MIN_FOCUS_POPULATION else None
            if dateline is None or (dateline.country, dateline.admin1_code) != (feature.country, feature.admin1_code):
                return None
        return feature

    def _owning_town(self, where: str, feature: Feature, context: str) -> bool:
        """Whether a possessive before a name is a town's whose part it names ("Nairobi's Kibera"): a town, of the
        country the article is most about, not a person's name ("Carter's Lanexa home")."""
        countries = self.context(context).countries()
        return feature.feature_class == "P" and fold(where) not in self.index.not_places and \
            feature.country == max(countries, key=countries.__getitem__, default=None)

    def _country_of_story(self, context: str, key: str) -> Feature | None:
        """The first-level subdivision a story names most, when it names it in full ("N.J."), else the country
        it names most, when it names it in full; by other words than the name's own (the "Irish Channel" does
        not make a New Orleans story Irish)."""
        article = self.context(context)
        countries = article.countries(without=key)
        home = max(countries, key=countries.__getitem__, default=None)
        if home is None or countries[home] < 1.0:
            return None
        states = {state: weight for state, weight in article.admin1s(without=key, once=True).items() if state[0] == home}
        state = max(states, key=states.__getitem__, default=None)
        province = self.index.admin1s.get(state) if state is not None and states[state] >= 1.0 else None
        if province is None or province.lat is None:
            return self.index.countries.get(home)
        # a province named like its country's capital ("Washington", "Tokyo") is, so named, mostly the capital
        capital = [f for f in self.index.named(fold(province.name)) if f.feature_code == "PPLC" and f.country == home]
        return capital[0] if capital else province

    def _candidates(self, text: str, *, in_article: bool = True) -> list[tuple[Feature, Mention, bool]]:
        """The features a mention may name, by its most literal reading that names any; ``in_article``: a town's
        people ("Londoners") may name the town, and a university or a bank its town (alone, without the article,
        they are parties of a story: a coder's "an expert at King's College London" is no event's place)."""
        found: dict[Feature, tuple[Feature, Mention, bool]] = {}
        for mention in readings(text):
            if mention.people and not in_article:
                continue
            for feature in self.index.named(mention.key)[:MAX_CANDIDATES]:
                if _large_enough(feature, mention) and (in_article or feature.feature_code not in INSTITUTIONS):
                    found.setdefault(feature, (feature, mention, False))
            # a county by its bare name competes with the towns of that name, at a short name's cost ("Oxford" in
            # a story of Ontario is Oxford County); a province's bare name only where nothing bears the name in
            # full ("Nitra" is the city, not its region) or its kind is written
            any_short = not found or mention.kind is not None
            for feature in self.index.short_named(mention.key)[:MAX_CANDIDATES]:
                if _large_enough(feature, mention) and (any_short or feature.feature_code == "ADM2"):
                    found.setdefault(feature, (feature, mention, True))
            if found:
                break
        return list(found.values())

    def _place(self, text: str, feature: Feature) -> Place:
        key1 = (feature.country or "", feature.admin1_code or "")
        admin1 = self.index.admin1_names.get(key1) if feature.admin1_code else None
        admin2 = self.index.admin2_names.get((*key1, feature.admin2_code)) if feature.admin2_code else None
        return to_place(text, feature, admin1=admin1, admin2=admin2)

    def countries_in(self, context: str | None, *, by_name: bool = False) -> set[str]:
        """The countries an article names by name, demonym or acronym (not through its cities); ``by_name``: not
        by a people's word ("Russian forces" says whose forces, not where the story is)."""
        return {iso3 for key, iso3, admin1, weight in self.context(context).cues
                if admin1 is None and weight >= 1 and not (by_name and key in self.index.demonyms)}


def _lies_in(feature: Feature, where: Feature) -> bool:
    """Whether a candidate is in (a province, a country) or by (a town) the place a name is written to be in."""
    if where.feature_code.startswith("PCL"):
        return feature.country == where.country
    if where.feature_code == "ADM1":
        return (feature.country, feature.admin1_code) == (where.country, where.admin1_code)
    return feature.lat is not None and feature.lon is not None and where.lat is not None and \
        where.lon is not None and close(feature.lat, feature.lon, where.lat, where.lon, IN_PLACE_KM)


def _county_towns(article: ArticleContext, found: list[tuple[Feature, Mention, bool]]) -> frozenset[int | None]:
    """Of the towns of a country's name, those in a county the article names: "Jordan" and Scott County."""
    if not any(f.feature_code == "PCLI" for f, _, _ in found):
        return frozenset()
    return frozenset(f.geonameid for f, m, _ in found
                     if f.feature_class == "P" and f.country and f.admin1_code and f.lat is not None and
                     f.lon is not None and article.in_county(f.country, f.admin1_code, f.lat, f.lon, without=m.key))


def _large_enough(feature: Feature, mention: Mention) -> bool:
    """A name read without its direction ("eastern Aleppo") names a town large enough to have parts, not a hamlet
    that bears the rest of a longer name ("West Wing" is no Wing, a village of England); a town's people
    ("Londoners") a town."""
    if mention.people:
        return feature.feature_class == "P"
    return not mention.qualified or feature.feature_class != "P" or feature.population >= QUALIFIED_MIN_POPULATION


def _an_embassy(text: str) -> bool:
    return bool(EMBASSY_WORDS.intersection(fold(text).split()))


def _a_township(text: str) -> bool:
    return fold(text).rstrip(".").split()[-1] in ("township", "twp")
