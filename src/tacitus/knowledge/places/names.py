"""How news writes a place's name: the forms a mention takes before it is looked up.

"eastern Beirut" is Beirut, "Syria's" Syria, "Anbar province" the province Anbar, "Wash." Washington state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tacitus.datafiles import load_words, packaged
from tacitus.knowledge.normalize import fold, strip_leading

# Months and words that open sentences ("March 10", "More than..."), no cue of a town of their name
NOT_CUES = load_words(packaged("tacitus.knowledge.places", "not_cues.csv"))
# The kind of place a mention names by a word in it or right after it ("Hama province", "Cook County")
# ("state" is first-level only: "Columbia State" is a college, not Columbia County)
SUBDIVISION_WORDS = {"province": "A", "governorate": "A", "state": "ADM1", "region": "A", "oblast": "A",
                     "prefecture": "A", "department": "A", "territory": "A", "emirate": "A", "canton": "A",
                     "county": "ADM2", "parish": "ADM2", "district": "ADM2", "borough": "ADM2",
                     "municipality": "ADM2"}
# What a direction word names a part of a town with ("the North Side", "the West End")
TOWN_PARTS = frozenset({"side", "end"})
SETTLEMENT_WORDS = {"city", "town", "village", "capital", "port", "suburb", "township"}
_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?|central|mid|upper|lower|greater|downtown|"
    r"outer|inner|rural|suburban|metropolitan|metro|coastal|southernmost|northernmost|eastern|western|"
    r"northern|southern|north-eastern|north-western|south-eastern|south-western)\s+")
# Common words that GeoNames also lists as places (Tanzania's "Coast" region, towns called "Centre" or "Border",
# Alaska's "College", Philadelphia's "Old City"); a mention of just that word is part of a larger name ("King's
# College") or no place at all, or the quarter of a town named apart ("the Old City" of Raqqa).
GENERIC_WORDS = frozenset({"coast", "east", "west", "north", "south", "centre", "center", "central", "border",
                           "capital", "city", "province", "region", "valley", "river", "sea", "island", "mountain",
                           "mountains", "desert", "airport", "port", "harbour", "camp", "front", "frontline", "base",
                           "state", "district", "village", "town", "union", "independence", "liberty", "victory",
                           "hope", "peace", "unity", "progress", "reform", "justice", "freedom", "mission", "embassy",
                           "county", "parish", "downtown", "midwest", "northeast", "northwest", "southeast",
                           "southwest", "eastern", "western", "northern", "southern", "home", "world", "earth",
                           "college", "university", "school", "hospital", "old city", "old town"})

# Words that make a name a natural feature's: "Red Sea", "Atlas Mountains", "Lake Chad", "Mount Kenya"
NATURE_AFTER = frozenset({"sea", "ocean", "gulf", "bay", "river", "lake", "mountains", "mountain", "range", "island",
                          "islands", "peninsula", "desert", "valley", "strait", "canal", "sound", "basin", "coast"})
NATURE_BEFORE = frozenset({"lake", "mount", "gulf", "bay", "strait", "sea", "isle", "cape", "river"})

@dataclass(frozen=True)
class Mention:
    """One way to read a mention: the key to look up, and the kind of place it says it is."""

    key: str
    kind: str | None = None  # "A" (a subdivision), "ADM1", "ADM2", "P" (a settlement), or None
    qualified: bool = False  # a direction word was dropped: "northern Syria"
    people: bool = False  # a town's people: "Londoners" (a town of the stem only)


# The endings of the words for a town's people ("Londoners", "Richmondite", "Bostonians"), longest first
TOWNSPEOPLE = ("ites", "ians", "ers", "ite", "ian", "er")
# Words US local news shortens: "Loudon Co.", "Mt. Pleasant", "Ft. Wayne" (folded, period gone); "St." opening a
# name is a saint's ("St. Paris"), closing one a street's
SHORTENED_WORDS = {"co": "county", "cnty": "county", "mt": "mount", "ft": "fort"}
SHORTENED_FIRST = {"st": "saint", "ste": "sainte"}


def readings(text: str) -> list[Mention]:
    """The keys to try for a mention, most literal first, then with its shortened words written out."""
    key = strip_leading(fold(text))
    # a name that ends in "'s" ("St. John's") before the possessive of a name ("Syria's")
    keys = [key, key[:-2]] if key.endswith("'s") else [key]
    found: list[Mention] = []
    for each in keys:
        found.extend(m for m in _readings(each) if m not in found)
        written_out = written_in_full(each)
        if written_out != each:
            found.extend(m for m in _readings(written_out) if m not in found)
        for apart in _article_apart(each):
            found.extend(m for m in _readings(apart) if m not in found)
    # a town's people, last: "Londoners", "New Yorkers", "Richmondites", "Bostonians" are of the town
    stems = [key[:-len(ending)] for ending in TOWNSPEOPLE if key.endswith(ending) and len(key) > len(ending) + 3]
    found.extend(Mention(stem, "P", people=True) for stem in stems if stem not in GENERIC_WORDS)
    return found


# What transliterations of one Arabic name differ by: its article ("Al Diwaniyah", "Diwaniyah"), a final h ("Raqqah",
# "Raqqa") and the marks of the ayn and hamza ("Qa'im", "Qaim"); such a form is the place's own name, not another
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[ -]")
_FINAL_H = re.compile(r"(?<=[aeiy])h\b")
_HYPHENED_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-")
# The shortest name left without its article that is read so ("al-Bab" is Al Bāb; "al-Ma" is nothing)
MIN_PLAIN_NAME = 3


def _article_apart(key: str) -> list[str]:
    """A folded name whose Arabic article news joins with a hyphen ("al-bab", "al-mayadin"), as GeoNames writes it
    ("al bab") and as the index holds its towns without it ("mayadin"); nothing for any other name."""
    match = _HYPHENED_ARTICLE.match(key)
    if match is None or len(key) - match.end() < MIN_PLAIN_NAME:
        return []
    return [f"{key[:match.end() - 1]} {key[match.end():]}", key[match.end():]]


def transliterated(key: str) -> str:
    """A folded name as its transliterations share it: "al-raqqah" and "raqqa" -> "raqqa"."""
    return _FINAL_H.sub("", _ARABIC_ARTICLE.sub("", key.replace("'", "").replace("’", "").replace("`", "")))


def written_in_full(key: str) -> str:
    """A folded name with its shortened words written out: "mt pleasant" -> "mount pleasant"."""
    words = key.split()
    if len(words) < 2 or not (words[0] in SHORTENED_FIRST or any(word in SHORTENED_WORDS for word in words)):
        return key
    first = SHORTENED_FIRST.get(words[0], SHORTENED_WORDS.get(words[0], words[0]))
    return " ".join([first, *(SHORTENED_WORDS.get(word, word) for word in words[1:])])


def _readings(key: str) -> list[Mention]:
    found = [Mention(key)]
    words = key.split()
    if len(words) > 1 and words[-1] in SUBDIVISION_WORDS:
        found.append(Mention(" ".join(words[:-1]), SUBDIVISION_WORDS[words[-1]]))
    elif len(words) > 1 and words[-1] in SETTLEMENT_WORDS:
        found.append(Mention(" ".join(words[:-1]), "P"))
    elif len(words) > 2 and words[0] in SUBDIVISION_WORDS and words[1] == "of":  # "the province of Idlib"
        found.append(Mention(" ".join(words[2:]), SUBDIVISION_WORDS[words[0]]))
    elif len(words) > 2 and words[0] in SETTLEMENT_WORDS and words[1] == "of":
        found.append(Mention(" ".join(words[2:]), "P"))
    stripped = _DIRECTION.sub("", key)
    if stripped != key and stripped and not town_part(key):
        found.extend(Mention(m.key, m.kind, qualified=True) for m in _readings(stripped))
    return [m for m in found if m.key and m.key not in GENERIC_WORDS]


def town_part(key: str) -> bool:
    """A folded name of a part of a town by its direction: "north side", "east end" (no Side, a Turkish town)."""
    words = key.split()
    return len(words) == 2 and words[1] in TOWN_PARTS and _DIRECTION.match(key) is not None


# The patterns are fixed and matched where the name ends (or begins) in the article: a pattern per name would be
# compiled anew for each, the main cost of a lookup
_SUBDIVISION_AFTER = "|".join(w for w, kind in SUBDIVISION_WORDS.items() if kind != "ADM2")
# "X County" and "X Parish" name another feature than a bare "X" (Columbia and Columbia County), and so do
# "X City" and "X Town" (Mexico City): only a lower-case settlement word describes the place
_KIND_AFTER = re.compile(rf"\s+((?i:{_SUBDIVISION_AFTER})|{'|'.join(sorted(SETTLEMENT_WORDS))})\b")
_APPOSED = re.compile(rf", (?:an?|the) (?:small |large |northern |southern |eastern |western |border )?"
                      rf"({'|'.join(sorted(SETTLEMENT_WORDS))}|province|governorate|region)\b")
_KIND_BEFORE = re.compile(r"\b((?i:province|governorate|state|city|town|village)) of $")
_CONTAINER = re.compile(r",\s+((?:[A-Z][\w'.-]*\.?\s?){1,3})")
# A verb of saying after the name that follows a comma: that name is who says it ("..., Moscow said")
_SPEAKER = re.compile(r"\s*(?:said|says|say|told|added|claimed|reported|announced|warned|insisted|confirmed|denied)\b")
# A list of places is no place within another: "Miami, West Palm Beach, New York, and Detroit"
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or)\s+[A-Z])")
MAX_TEXT = 50_000


def _occurrences(name: str, text: str, at: int | None = None) -> list[int]:
    """Where ``name`` starts in ``text``, in order; ``at``: the mention's own offset, when it is given and the
    name is written there (the words around that one mention decide: "Washington, D.C." and "Washington state"
    in one story)."""
    if at is not None and 0 <= at and text.startswith(name, at):
        return [at]
    found = []
    at = text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found


def kind_after(name: str, context: str | None, at: int | None = None) -> str | None:
    """The kind of place the article says a name is: "Hama province", "the city of Hama", "Rapides Parish"."""
    if not context or not name:
        return None
    text = context[:MAX_TEXT]
    starts = _occurrences(name, text, at)
    for pattern in (_KIND_AFTER, _APPOSED):  # "Hama province"; "Abe, a village in the hills"
        for start in starts:
            match = pattern.match(text, start + len(name))
            if match:
                return SUBDIVISION_WORDS.get(match.group(1).lower(), "P")
    for start in starts:
        end = start + len(name)
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        before = _KIND_BEFORE.search(text[max(0, start - 20):start])
        if before:
            return SUBDIVISION_WORDS.get(before.group(1).lower(), "P")
    return None


# A name written before a natural feature's word, or listed before its plural: "the Elk River", "between the Gauley
# and Cherry rivers" (either name; not "a Huron lake cottage": a lake of Huron)
_NATURE_WRITTEN_AFTER = re.compile(r"\s+(?:River|Creek|Lake|Valley|Mountains|Islands)\b|"
                                   r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?\s+"
                                   r"(?i:rivers|creeks|lakes|valleys|mountains|islands)\b")


def nature_written_after(name: str, context: str | None, at: int | None = None) -> bool:
    """Whether the article writes a natural feature's word after the name: it names the river, not a town."""
    if not context or not name:
        return False
    text = context[:MAX_TEXT]
    return any(_NATURE_WRITTEN_AFTER.match(text, start + len(name)) for start in _occurrences(name, text, at))


def containing_name(name: str, context: str | None, at: int | None = None, *, listed: bool = True) -> str | None:
    """The place named right after this one, as in "Hyderabad, Sindh" or "Paris, Texas": its words;
    ``listed``: or the next of a list ("Miami, West Palm Beach, New York, and Detroit")."""
    if not context or not name:
        return None
    text = context[:MAX_TEXT]
    for start in _occurrences(name, text, at):
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        match = _CONTAINER.match(text, start + len(name))
        if match and _SPEAKER.match(text, match.end(1)):
            continue  # "near Bakhmut, Kyiv said": the name after the comma says it, and holds nothing
        if match and (listed or not (_LISTED.match(text, match.end()) or text.endswith(", ", 0, start))):
            return match.group(1).strip()
    return None


# "Loyola University in Los Angeles", "the Pioneer cinema in Dewsbury", "a hospital at Windsor": the place a thing is
# written to be in, right after it or after a word or two that say what it is (not after a verb or another
# preposition: "Newark, after practicing in New Zealand", "Berlin includes stops in Hilversum"; "near" is not in)
_IN_PLACE = re.compile(r"((?:\s+[a-z][a-z-]*){0,2})\s+(?:in|at)\s+((?:the\s+)?[A-Z][\w'’-]*"
                       r"(?:\s+(?:[A-Z][\w'’-]*|of|de|la)\b)*)")
# A town's part written after the town's possessive ("Nairobi's Kibera", "New York's Harlem"): a word opening a
# sentence or a clause before it is no part of the town's name ("In Nairobi's")
_OWNER = re.compile(r"(?<![\w'’])(?:(?:In|At|The|From|And|But|On|To|Near|Outside)\s)?"
                    r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+$")
OWNER_CHARS = 40
NOT_WHAT_IT_IS = frozenset({"after", "before", "when", "while", "and", "or", "but", "to", "for", "from", "of", "with",
                            "by", "on", "was", "were", "is", "are", "be", "been", "has", "had", "have", "will",
                            "would", "said", "says", "that", "which", "who", "as", "than", "then", "also", "not",
                            "it", "he", "she", "they", "we", "its", "his", "her", "their", "our", "this", "there"})


def place_written_in(name: str, context: str | None, at: int | None = None) -> tuple[str, int, int] | None:
    """The capitalised name written as where this one is ("X in Los Angeles", "X cinema in Dewsbury", "Nairobi's
    Kibera"), where it starts in the context, and where this one does."""
    if not context or not name:
        return None
    text = context[:MAX_TEXT]
    for start in _occurrences(name, text, at):
        match = _IN_PLACE.match(text, start + len(name))
        if match is None:
            owner = _OWNER.search(text, max(0, start - OWNER_CHARS), start)
            if owner is not None:
                return owner.group(1), owner.start(1), start
            continue
        between = match.group(1).split()
        if any(word in NOT_WHAT_IT_IS or word.endswith(("ing", "ed", "ly")) for word in between) or \
                (len(between) == 2 and between[0].endswith("s")):
            continue
        where = match.group(2)
        the = 4 if where.startswith("the ") else 0
        return where[the:], match.start(2) + the, start
    return None


# A name in a list: "California or Washington", "Oregon and Washington", "Washington, Oregon and Idaho"
_LISTED_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)(?:,|,? and| or)\s$")
_LISTED_AFTER = re.compile(r"(?:,|,? and| or)\s([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")


def listed_with(name: str, context: str | None, at: int | None = None) -> list[str]:
    """The names written next to this one in a list, before and after it, where the mention is written."""
    if not context or not name:
        return []
    text = context[:MAX_TEXT]
    found = []
    for start in _occurrences(name, text, at)[:1] if at is not None else _occurrences(name, text)[:3]:
        before = _LISTED_BEFORE.search(text[max(0, start - 40):start])
        after = _LISTED_AFTER.match(text, start + len(name))
        found += [match.group(1) for match in (before, after) if match]
    return found
