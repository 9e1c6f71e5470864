"""What is written inside a longer name and right after a name: "Bank of Canada", "Ohio State University",
"Lakeview, Iowa", "X Raceway, Leicestershire" (the country, continent, province or district it places a name in).
"""

from __future__ import annotations

from tacitus.knowledge.normalize import fold
from tacitus.knowledge.places.context import ArticleContext, close
from tacitus.knowledge.places.features import Feature
from tacitus.knowledge.places.index import PlaceIndex
from tacitus.knowledge.places.names import containing_name

# Words of an institution that a province's name inside a longer name makes the province's: its legislature,
# government, universities ("Iowa House", "Ohio State University"); not a street's or a park's
INSTITUTION_WORDS = frozenset({"university", "college", "state", "house", "senate", "assembly", "legislature",
                               "parliament", "government", "department", "chamber", "chambers", "capitol"})


def country_inside(index: PlaceIndex, text: str) -> Feature | None:
    """The country a longer name is an institution of: "Bank of Canada", "UK Treasury" (a country's name or
    acronym among its words, and no other country's). Not its adjective: the "Irish Channel" is in New
    Orleans, a "British School" anywhere."""
    words = text.split()
    found: set[str] = set()
    named: set[int] = set()  # words of a longer place's name: "Mexico" of "New Mexico State University"
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            key = fold(part)
            entries = index.cues.names.get(key, []) if key not in index.demonyms else []
            if entries and named.intersection(range(i, i + n)):
                continue
            # a country's name, or one a province of that same country bears too ("Bank of Mexico"; not "Georgia
            # Power", a state's of another country)
            if entries and any(admin1 is None for _, admin1, _ in entries) and \
                    len({country for country, _, _ in entries}) == 1:
                found.update(country for country, _, _ in entries)
            if entries:
                named.update(range(i, i + n))
            elif n == 1 and part.replace(".", "").isupper():
                iso3 = index.cues.acronyms.get(part.replace(".", ""))
                if iso3:
                    found.add(iso3)
        if found:
            break
    return index.countries.get(found.pop()) if len(found) == 1 else None


def continent_inside(index: PlaceIndex, text: str) -> Feature | None:
    """The continent a longer name is an institution of: "European Commission", "Council of Europe", "African
    Union summit" (a continent's name or adjective among its words, one continent only). Unlike a country's
    adjective, a continent's names an institution of it, not a street or a school of some town."""
    words = text.split()
    if len(words) < 2:
        return None
    found = {feature for word in words for feature in index.named(fold(word))
             if feature.feature_code == "CONT"}
    return found.pop() if len(found) == 1 else None


# Words an acronym of a name leaves out ("T&T": Trinidad and Tobago)
INITIALS_SKIP = frozenset({"and", "of", "the"})


def initials_of_named(index: PlaceIndex, text: str, article: ArticleContext) -> Feature | None:
    """The country or the province an acronym the gazetteer lacks abbreviates, when the article writes its name
    in full: "SA" after "South Africa", "T&T" after "Trinidad and Tobago", "PNG" after "Papua New Guinea"; one
    only ("SA" in a story of South Africa and Saudi Arabia is neither)."""
    letters = text.replace(".", "").replace("&", "").replace(" ", "")
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5):
        return None
    # the names as the article writes them ("South Africans"), and the countries' own that it names in full (its
    # capitalised runs stop at "and")
    names = [(key, country, admin1) for key, country, admin1, weight in article.cues if weight >= 1.0]
    names += [(fold(index.countries[country].name), country, None) for country, weight in article.countries().items()
              if weight >= 1.0 and country in index.countries]
    found: set[tuple[str, str | None]] = set()
    for key, country, admin1 in names:
        words = [word for word in key.replace("&", " ").split() if word not in INITIALS_SKIP]
        if len(words) > 1 and "".join(word[0] for word in words) == letters.lower():
            found.add((country, admin1))
    if len(found) != 1:
        return None
    country, admin1 = found.pop()
    return index.countries.get(country) if admin1 is None else index.admin1s.get((country, admin1))


def province_inside(index: PlaceIndex, text: str) -> Feature | None:
    """The first-level subdivision a longer name is an institution of: "University of Manitoba", "Ohio State
    University", "Iowa House" (a province's name among its words, one province only, and a word of an
    institution: a "Virginia Avenue" is a street of some town)."""
    words = fold(text).split()
    if len(words) < 2 or not INSTITUTION_WORDS.intersection(words):
        return None
    found: set[tuple[str, str]] = set()
    for n in range(min(3, len(words) - 1), 0, -1):
        for i in range(len(words) - n + 1):
            entries = index.cues.names.get(" ".join(words[i:i + n]), [])
            if entries and all(admin1 is not None for _, admin1, _ in entries) and \
                    all(index.admin1s.get((country, admin1 or "")) for country, admin1, _ in entries):
                found.update((country, admin1 or "") for country, admin1, _ in entries)
        if found:
            break
    if len(found) != 1:
        return None
    feature = index.admin1s[found.pop()]
    # the province's own name, not a large city's that is a cue of it ("University of Toronto")
    return feature if feature.lat is not None and fold(feature.name) in " ".join(words) else None


# A city a longer name holds is what that name is of when it is a capital or a city of a million people, this many
# times any other place of its name ("New York Auto Show", "London Guildhall School"); a smaller town's name inside
# a longer one is as often a surname's ("Lincoln Center")
GREAT_CITY_INSIDE = 1_000_000
GREAT_CITY_LEAD = 5


def city_inside(index: PlaceIndex, text: str, article: ArticleContext) -> Feature | None:
    """The great city a longer name the gazetteer lacks is of: its longest run of words naming one; not where
    the article names other countries than the city's, and a namesake lies in one of them (a Vienna of Virginia)."""
    words = fold(text).split()
    for n in range(min(3, len(words) - 1), 0, -1):
        for i in range(len(words) - n + 1):
            towns = sorted((f for f in index.named(" ".join(words[i:i + n]))
                            if f.feature_class == "P" and fold(f.name) == " ".join(words[i:i + n])),
                           key=lambda f: -f.population)
            if towns and (towns[0].feature_code == "PPLC" or towns[0].population >= GREAT_CITY_INSIDE) and \
                    (len(towns) == 1 or towns[0].population >= GREAT_CITY_LEAD * towns[1].population):
                countries = article.countries(without=" ".join(words[i:i + n]))
                if towns[0].country not in countries and any(f.country in countries for f in towns[1:]):
                    return None
                return towns[0]
    return None


def state_abbreviated(index: PlaceIndex, container: str) -> tuple[str, str] | None:
    """The state a container's first words abbreviate: "Colo." of "Colo. A similar meeting"."""
    words = container.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        found = index.abbreviations.get(part.replace(" ", "")) or index.abbreviations.get(part)
        if found and (part.endswith(".") or part.isupper()):
            return found
    return None


# A settlement lies in the county written after it ("Rockingham, Northamptonshire") when it lies this near the
# county's point (the middle of its towns; GeoNames gives the towns no county code here)
IN_DISTRICT_KM = 50.0


def contains(index: PlaceIndex, container: str, feature: Feature) -> bool:
    """Whether a feature lies in the province, the county or the country written after its name ("Paris, Texas",
    "Rockingham, Northamptonshire")."""
    abbreviated = state_abbreviated(index, container)
    if abbreviated:
        return (feature.country, feature.admin1_code) == abbreviated
    words = container.split()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        for other in (*index.named(key), *index.short_named(key)):
            if other.feature_code == "ADM2" and feature.feature_class == "P" and \
                    (other.country, other.admin1_code) == (feature.country, feature.admin1_code) and \
                    _near(other, feature, IN_DISTRICT_KM):
                return True
            if other.feature_code == "ADM1" and (other.country, other.admin1_code) == (
                    feature.country, feature.admin1_code) and feature.feature_code != "ADM1":
                return True
            if other.feature_code == "PCLI" and other.country == feature.country and not \
                    feature.feature_code.startswith("PCL"):
                return True
    return False


def _near(one: Feature, other: Feature, km: float) -> bool:
    if one.lat is None or one.lon is None or other.lat is None or other.lon is None:
        return False
    return close(one.lat, one.lon, other.lat, other.lon, km)


def district_written_in(index: PlaceIndex, text: str, context: str | None, at: int | None,
                        countries: dict[str, float]) -> Feature | None:
    """The second-level subdivision written after a name the gazetteer lacks, of the country the article
    names most: "Ashby Speedway, Leicestershire"."""
    own = at is not None and containing_name(text, context, at) is not None
    container = containing_name(text, context, at if own else None, listed=False)
    if not container:
        return None
    home = max(countries, key=countries.__getitem__, default=None)
    words = container.split()
    for n in range(len(words), 0, -1):
        found = [f for f in (*index.named(fold(" ".join(words[:n]))),
                             *index.short_named(fold(" ".join(words[:n]))))
                 if f.feature_code == "ADM2" and f.lat is not None and f.country == home]
        if len(found) == 1:
            return found[0]
    return None


def written_in(index: PlaceIndex, text: str, context: str | None, at: int | None,
               countries: dict[str, float]) -> Feature | None:
    """The first-level subdivision or the country written after a name ("Lakeview, Iowa", "W. Va."), with a
    point: after the mention itself, else after the name elsewhere; never the next name of a list. Of two of
    one name ("Georgia"), the one of the country the article names most."""
    own = at is not None and containing_name(text, context, at) is not None
    container = containing_name(text, context, at if own else None, listed=False)
    if not container:
        return None
    abbreviated = state_abbreviated(index, container)
    if abbreviated:
        return index.admin1s.get(abbreviated)
    words = container.split()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        found = [f for f in index.named(key) if f.feature_code in ("ADM1", "PCLI") and f.lat is not None]
        if found:
            return max(found, key=lambda f: countries.get(f.country or "", 0.0))
        if any(f.feature_code == "ADM2" for f in (*index.named(key), *index.short_named(key))):
            return None  # a county ("West Sussex", "Washington County"), not a province its first word names
    return None
