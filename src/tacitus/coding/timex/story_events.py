"""The events a story dates, so that a later "ten days before the killing" can count from that date.

"Dr. Lee was shot dead on March 3. ... Police say the car was seen near his home in the days before the
killing." The second sentence names no date, and the story's last day (narrative.py) may be another one;
the killing's own date is the one the story gave with it. A sentence dates an event only where the tie is
plain from the words alone, with no parse: a date before the event's noun ("the March 3 killing",
"Friday's bombing", "last month's raid"), or a verb of the event and a date in one stretch of clause
("was shot dead on March 3", "On March 3, gunmen killed", "on Sunday as she was gunned down"). A date
that sits behind a comma, a "that" or an "and" belongs to another clause, so it dates nothing here ("police
said on Monday that gunmen killed" dates the saying, not the killing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.records import ResolvedDate

# What a sentence can tie to an event: a date coarser than a season says too little of when it happened
DATED_PRECISIONS = ("day", "month", "season")
VERB_BEFORE_DATE = 10  # words from a verb of the event to its date after it ("was killed in his kitchen ... last fall")
DATE_BEFORE_VERB = 4  # words from a date to the verb after it ("On March 3, gunmen killed")
NOUN_AFTER_DATE = 2  # words between a date and the noun it dates ("the Aug. 7 embassy bombings")
# Words that open another clause: a date on the far side of one is not the event's
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "because", "after", "before", "since", "until",
                          "and", "but", "or", "said", "says", "say", "although", "though", "if", "where"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                         "can", "could", "may", "might", "should", "must", "did", "does", "do"})
# Words that cannot stand between a date and the noun it dates: "charged Thursday in the slaying"
FUNCTION_WORDS = frozenset({"in", "on", "at", "of", "for", "with", "to", "by", "from", "the", "a", "an", "his",
                            "her", "their", "its", "as", "into", "over", "about"})
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# What may stand between an event's noun and the day after it that is its own: "the summit on Friday", "the talks in
# Sochi on Friday", "the raid at Deir Hafer on Tuesday" (a place by its capitalised name, one or two words)
NOUN_TO_ITS_DAY = re.compile(r"\s+(?:(?:in|at)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+)?on\s+")


def words_of(sentence: str) -> Iterator[tuple[int, int, str]]:
    """Each word of the sentence that names an event: its start, its end and the event."""
    events = vocabulary().events
    for found in WORD.finditer(sentence):
        word = events.get(found.group().lower())
        if word is not None:
            yield found.start(), found.end(), word.event


def event_of(phrase: str) -> str | None:
    """The event a phrase names: "his death" is the killing."""
    found = list(words_of(phrase))
    return found[-1][2] if found else None


def dated_events(sentence: str, dated: list[tuple[int, int, ResolvedDate]]) -> dict[str, ResolvedDate]:
    """The events the sentence dates, each with its date: ``dated`` are the sentence's resolved expressions
    (start, end, date)."""
    usable = [(s, e, r) for s, e, r in dated if r.precision in DATED_PRECISIONS and r.start]
    events = vocabulary().events
    found: dict[str, ResolvedDate] = {}
    for match in WORD.finditer(sentence):
        word = events.get(match.group().lower())
        if word is None or word.event in found:
            continue
        # the nearest date first: "killed 12 people on Saturday" is Saturday's, whatever else the sentence dates
        nearest = sorted(usable, key=lambda d: min(abs(d[0] - match.end()), abs(match.start() - d[1])))
        for start, end, resolved in nearest:
            if _tied(sentence, (start, end), (match.start(), match.end()), verb=word.verb):
                found[word.event] = resolved
                break
    # "A sarin attack killed 80 people on Tuesday": the deed a noun is the subject of is the noun's, on its day
    for match in WORD.finditer(sentence):
        word = events.get(match.group().lower())
        if word is None or word.verb or word.event in found:
            continue
        following = WORD.match(sentence, match.end() + 1)
        done = events.get(following.group().lower()) if following and sentence[match.end()] == " " else None
        if done is not None and done.verb and done.event in found:
            found[word.event] = found[done.event]
    return found


def _tied(sentence: str, date: tuple[int, int], word: tuple[int, int], *, verb: bool) -> bool:
    """Whether the date (start, end) dates the event word (start, end) of the sentence."""
    if date[1] <= word[0]:
        between = sentence[date[1]:word[0]]
        if not verb:
            between = re.sub(r"^['\u2019]s\b", "", between.strip())
            return _plain(between, NOUN_AFTER_DATE) and not FUNCTION_WORDS & set(between.lower().split())
        if re.search(r"\b(?:said|says|told|announced|reported|confirmed)\s+(?:on\s+)?$", sentence[:date[0]], re.I):
            return False  # "police said Thursday gunmen killed two": Thursday is the day of the saying
        # "On March 3, gunmen killed": a comma may close a date that opens the sentence
        opening = not sentence[:date[0]].strip(" \"'") or re.fullmatch(r"\s*(?:on|in)\s*", sentence[:date[0]], re.I)
        return _plain(between.strip().removeprefix(",") if opening else between, DATE_BEFORE_VERB)
    if not verb:
        return names_its_day(sentence, word[1], date[0])
    # "the man whose bomb exploded was named on Monday": an auxiliary after the verb starts the date's own verb
    return verb and word[1] <= date[0] and _plain(sentence[word[1]:date[0]], VERB_BEFORE_DATE, AUXILIARIES)


def names_its_day(sentence: str, noun_end: int, date_start: int) -> bool:
    """Whether the day that starts at ``date_start`` is the day of the event noun that ends at ``noun_end``: "a day after
    the summit in Sochi on Friday" (Friday is the summit's)."""
    return NOUN_TO_ITS_DAY.fullmatch(sentence, noun_end, date_start) is not None


def _plain(text: str, most: int, also: frozenset[str] = frozenset()) -> bool:
    """A stretch of at most ``most`` words of one clause: no punctuation, no word that opens another."""
    if re.search(r"[,;:()\"\u201c\u201d\u2014_]|\s-\s", text):
        return False
    found = WORD.findall(text)
    return len(found) <= most and not any(w.lower() in CLAUSE_WORDS | also for w in found)
