"""The place an article is about (its focus), where a name the gazetteer lacks, a township or a lake of a local
story is placed (docs/knowledge.md).

In this order: the town of its dateline ("HELENA, Mont. (AP) -"); the town it names most by another country's
great city's name, when it makes it its own town ("Dublin", each time the Ohio city); of the settlements (else
counties, else provinces) it names in its main country and main first-level subdivision, the one it names most
often; the state whose settlements it names most as its own words resolve them; a county only one bears, named
opening a longer name ("Muskingum Valley Regional High School"). An article that names no country is about the
subdivision it names with its kind ("County Kerry").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tacitus.knowledge.places.context import MAX_CONTEXT_CHARS, names_in, runs
from tacitus.knowledge.places.features import Feature
from tacitus.knowledge.places.names import GENERIC_WORDS, NOT_CUES

if TYPE_CHECKING:
    from tacitus.knowledge.places.resolver import PlaceResolver

# The focus is a settlement of this many people or more (hamlets are left out: a capitalised common word,
# "Street", "Church", is one somewhere)
MIN_FOCUS_POPULATION = 1_000
# A dateline ("SPRINGFIELD, Ill. (AP) —", "ST. PARIS —") near an article's start names where it was written
_DATELINE = re.compile(r"(?:^|[.!?]\s+)([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?))?\s*"
                       r"(?:\([A-Za-z ]+\)\s*)?(?:—|–|--|-\s)")
DATELINE_CHARS = 400
# A name of another country's great city the article writes this often, each time its own town, is that town's
MISREAD_MENTIONS = 3
# When its country's cues point elsewhere, the state whose settlements it names at least this often
FOCUS_MENTIONS = 2
# Waters small enough that a stream the article names with them lies within reach of their point
COMPACT_WATERS = frozenset({"LK", "RSV", "BAY"})
# The words that make a name a subdivision's ("Kerry County", "County Kerry", "Anbar province")
SUBDIVISION_WORDS = frozenset({"county", "province", "governorate", "parish", "district", "oblast", "prefecture",
                               "region"})


def article_focus(resolver: PlaceResolver, text: str) -> Feature | None:
    """The place an article is about, or None (module docstring)."""
    dateline = dateline_town(resolver, text)
    if dateline is not None:
        return dateline
    article = resolver.context(text)
    countries = article.countries()
    counts = Counter(names_in(text, resolver.names_a_place))
    if not countries:
        return subdivision_with_its_kind(resolver, text, counts)
    home = max(countries, key=countries.__getitem__)
    misread_town = town_named_like_a_city_abroad(resolver, text, counts)
    if misread_town is not None:
        return misread_town
    # each name counted once (a surname repeated in a story is no evidence of its hamlet's state), then all its
    # mentions between equals
    repeated = article.admin1s()
    admin1s = {key: (weight, repeated[key]) for key, weight in article.admin1s(once=True).items() if key[0] == home}
    state = max(admin1s, key=admin1s.__getitem__) if admin1s else None
    # the names that made the country the main one: if they resolve elsewhere ("Lebanon", each the Pennsylvania
    # town), so does the story
    misread = {key for key, country, _, _ in article.cues if country == home}
    found: list[Feature] = []
    local: list[tuple[Feature, int]] = []
    abroad: list[tuple[Feature, int]] = []
    elsewhere = set()  # the names that made the country the main one, resolved in another
    for key, mentions in counts.most_common():  # the most named first, equals in the order of first mention
        explained = resolver.explain(key, context=text, fallback=False)
        feature = explained.candidates[0].feature if explained.place and explained.candidates else None
        if feature is None or feature.population < MIN_FOCUS_POPULATION or \
                not (feature.feature_class == "P" or feature.feature_code in ("ADM1", "ADM2")):
            continue
        if key in misread and feature.country != home:
            elsewhere.add(key)
        if feature.country == home and (state is None or (feature.country, feature.admin1_code) == state):
            if feature.feature_class == "P":
                return feature
            found.append(feature)
        elif feature.feature_code != "ADM1" and not written_lower(key, text):
            if feature.country == home or key in misread:
                local.append((feature, mentions))
            abroad.append((feature, mentions))
    if not found and misread and elsewhere == misread:
        # every name that made the country the main one is a town of another ("Victoria", the Canadian city,
        # whatever Australia's state of that name cues): the story is where the towns it names are
        local = abroad
    # A settlement it names at all, however often it names its province, is nearer what it is about; else the
    # county, else the province
    chosen = min(found, key=lambda f: f.feature_code != "ADM2", default=None)
    # else where most of the towns it names lie, as their own words resolve them, whatever country the namesakes'
    # votes made the main one (London, St. Thomas and Woodstock of Ontario, though Woodstocks of nine states vote)
    return chosen or most_named_state(local) or only_county(resolver, text) or \
        most_named_state([(feature, 1) for feature, _ in abroad])  # each name once: a common word repeated is none


def subdivision_with_its_kind(resolver: PlaceResolver, text: str, counts: Counter[str]) -> Feature | None:
    """The subdivision an article names most with its kind's word ("County Kerry", "Kirkuk province"),
    where nothing it names says which country it is in: a county too small to be a cue of its country is still
    what a local story of it is about."""
    for key, _ in counts.most_common():
        words = key.split()
        if len(words) < 2 or not SUBDIVISION_WORDS.intersection((words[0], words[-1])):
            continue
        explained = resolver.explain(key, context=text, fallback=False)
        feature = explained.candidates[0].feature if explained.place and explained.candidates else None
        if feature is not None and feature.feature_code in ("ADM1", "ADM2") and feature.lat is not None:
            return feature
    return None


def water_named(resolver: PlaceResolver, text: str) -> Feature | None:
    """The first lake, reservoir or bay an article names that the gazetteer knows: where a creek or a river arm it
    names with it, too small for the gazetteer, lies ("the Seneca River arm of Lake Hartwell")."""
    for key in names_in(text, resolver.names_a_place):
        if len(key.split()) < 2:
            continue  # a bare word ("Erie") is a town as often
        waters = [f for f in resolver.index.named(key) if f.feature_code in COMPACT_WATERS and f.lat is not None]
        if len(waters) == 1:
            return waters[0]
    return None


def dateline_town(resolver: PlaceResolver, text: str) -> Feature | None:
    """The town of an article's dateline, in the state the dateline writes ("HELENA, Mont."), else as the article
    makes it: a settlement of 1,000 people or more."""
    dateline = _DATELINE.search(text[:DATELINE_CHARS])
    if dateline is None:
        return None
    explained = resolver.explain(dateline.group(1).strip().title(), context=text, fallback=False)
    state = resolver.index.abbreviations.get((dateline.group(2) or "").replace(" ", ""))
    towns = [s.feature for s in explained.candidates if s.feature.feature_class == "P" and
             s.feature.population >= MIN_FOCUS_POPULATION]
    if state is not None:
        towns = [f for f in towns if (f.country, f.admin1_code) == state]
    return towns[0] if towns and explained.place is not None else None


def town_named_like_a_city_abroad(resolver: PlaceResolver, text: str, counts: Counter[str]) -> Feature | None:
    """The town the article names most, three times or more, by the name of another country's great city, when
    the article makes it its own town: "Dublin" five times, each the Ohio city, whatever the Irish cue of the name
    adds to Ireland."""
    key, mentions = counts.most_common(1)[0] if counts else ("", 0)
    cued = {country for country, _, _ in resolver.index.cues.names.get(key, ())}
    if mentions < MISREAD_MENTIONS or not cued or written_lower(key, text) or key.title() not in text:
        return None  # a common word, or an acronym in capitals ("NICE")
    explained = resolver.explain(key, context=text, fallback=False)
    feature = explained.candidates[0].feature if explained.place and explained.candidates else None
    if feature is None or feature.feature_class != "P" or feature.country in cued or \
            feature.population < MIN_FOCUS_POPULATION:
        return None
    return feature


def most_named_state(places: list[tuple[Feature, int]]) -> Feature | None:
    """The settlement (else the county) of the first-level subdivision whose settlements and counties, as the
    article's own words resolve them, it names most often (twice at least, and more than any other's): where the
    story is, when its country cues point elsewhere or to a state it names no settlement of (Huntsville and Walker
    County of Texas, and the great Huntsville's Alabama)."""
    votes: Counter[tuple[str | None, str | None]] = Counter()
    for feature, mentions in places:
        votes[(feature.country, feature.admin1_code)] += mentions
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < FOCUS_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    inside = [feature for feature, _ in places if (feature.country, feature.admin1_code) == ranked[0][0]]
    return min(inside, key=lambda f: f.feature_class != "P")


def only_county(resolver: PlaceResolver, text: str) -> Feature | None:
    """The county an article names by its bare name opening a longer name, when one county only bears that name
    and nothing else does ("Hunterdon Central Regional High School": Hunterdon County, New Jersey), the first of
    them; not a word closing a name ("Memorial Day")."""
    for words in runs(text):
        key = words[0]
        if len(words) < 2:
            continue  # alone, a common word as likely ("Garden" of "the Zoo and Garden")
        counties = resolver.index.short_named(key)
        if len(counties) == 1 and counties[0].feature_code == "ADM2" and counties[0].lat is not None and \
                key not in GENERIC_WORDS and key not in NOT_CUES and \
                all(f == counties[0] for f in resolver.index.named(key)) and not written_lower(key, text):
            return counties[0]
    return None


def written_lower(key: str, text: str) -> bool:
    """Whether the article also writes a name's words in lower case: a common word there ("of", "street",
    "garden"), capitalised only where a sentence or a longer name opens with it."""
    return re.search(rf"(?<![\w'-]){re.escape(key)}(?![\w'-])", text[:MAX_CONTEXT_CHARS]) is not None
