"""The day of a gathering the story has announced, for what a later sentence plans to do at it.

"A new round of peace talks opens in Geneva on Tuesday. ... The government delegation will attend the talks, the
envoy said." The plan names no day; the talks it will attend are the ones the story dated. Only a gathering named
with a word of pointing back ("the talks", "this summit"), only a day the story gave a gathering it coded as an
event, and only one not before the day of the news: a plan is for what is still to come ("the talks in Astana ended
on Tuesday. Iran will host the next round" is another gathering, and its day is past).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tacitus.coding.phrases import POINTING_BACK
from tacitus.coding.timex.narrative import Narrative
from tacitus.coding.timex.story_events import event_of
from tacitus.records import Event, ResolvedDate

GATHERING = "meeting"  # the story's event word kind of talks, summits and meetings (data/dates.json)
# How a plan names the gathering it is about: "attend the talks", "speak at the summit", "travel to the meeting"
GATHERING_RELATIONS = ("dobj", "pobj")
# What makes it another gathering than the one told ("the next round of talks", "a second summit")
ANOTHER = frozenset({"next", "another", "second", "further", "new", "other", "last", "previous"})


def learn_gatherings(events: list[Event], story: Narrative) -> None:
    """Keep the day of a gathering the sentence coded as an event ("talks open in Geneva on Tuesday")."""
    for event in events:
        if event.event == "CONSULT" and event.date_precision == "day" and event.date \
                and event.trigger and event_of(event.trigger) == GATHERING:
            story.events[GATHERING] = ResolvedDate(event.date[:10], "day")


def gathering_day(verb: Token, story: Narrative, published: dt.date | None) -> ResolvedDate | None:
    """The day of the gathering a planned deed is told to take place at, when the story dated it."""
    known = story.events.get(GATHERING)
    if known is None or known.date is None or known.precision != "day" or published is None \
            or dt.date.fromisoformat(known.date) < published:
        return None
    places = [c for c in verb.children if c.dep_ in GATHERING_RELATIONS]
    places += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return known if any(_names_the_gathering(noun) for noun in places) else None


def _names_the_gathering(noun: Token) -> bool:
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
    return event_of(noun.text) == GATHERING and bool(words & POINTING_BACK) and not words & ANOTHER \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
