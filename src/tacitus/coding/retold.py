"""Days a retelling gives: "Turkish jets struck Kurdish positions in northern Iraq, the army said. The jets hit the
positions on Sunday night, destroying ammunition depots." The lede tells the deed with no day; the next sentence
tells it again, with its day. The lede's event happened that day, not on the day of the news.

Only the sentence right after, only a deed of the same category told with a day of its own that is not after the
day of the news. The retelling is an event coded there with a side in common (a country among its actors or among
its recipients, or the same kind of actor named again with no country: "the rebels"); or, coded or not, a deed
told of whom or what the sentence before named, pointed back at: "A soldier was killed in Syria, the ministry said.
He died on Thursday night near the border." ("he" names no party of its own to compare), "Jets bombed a depot near
Damascus. The raid happened late on Thursday." A deed done to someone new ("They attacked a second convoy on
Tuesday") is another deed, and the day a stretch began ("the offensive began on Monday") no day of a deed in it.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.dates import DateMention, detect_tense, find_dates
from tacitus.coding.event_dates import event_dates
from tacitus.coding.phrases import is_pronoun, points_back
from tacitus.coding.timex.story_events import event_of
from tacitus.coding.triggers import Trigger
from tacitus.records import Entity, Event, ResolvedDate

TOLD = ("asserted", "reported")
# The category of a deed the story's event words name ("he died", "the raid"): those that are always one
DEED_CATEGORIES = {"killing": "ASSAULT", "bombing": "ASSAULT", "attack": "ASSAULT", "arrest": "COERCE"}
# Verbs that tell when a stretch began, not the day of a deed done in it ("The offensive began on Monday" after
# "Twelve civilians have been killed in the offensive")
STARTING = frozenset({"begin", "start", "open", "launch", "resume", "continue", "escalate", "intensify"})
# Words that make a deed's object another one than the one told ("a second convoy", "another post")
ANOTHER = frozenset({"a", "an", "another", "other", "second", "third", "new", "further", "more"})


def dated_by_retelling(events: list[Event], index: int, context: ArticleContext, *, span: Span,
                       triggers: list[Trigger], dates: list[DateMention]) -> None:
    """Give the undated events of the sentence before the day this sentence's retelling of them gives."""
    if context.published is None:
        return
    published = context.published.isoformat()
    undated = [e for e in context.told_just_before(index) if e.date_precision == "unknown" and e.status in TOLD]
    if not undated:
        return
    retold: list[tuple[str, ResolvedDate]] | None = None  # the category and day of each deed told back
    for earlier in undated:
        retelling = next((e for e in events if e.event == earlier.event and e.date_precision == "day"
                          and e.date is not None and e.date <= published and e.status in TOLD
                          and _a_side_in_common(e, earlier)), None)
        if retelling is not None:
            earlier.date, earlier.date_precision = retelling.date, retelling.date_precision
            continue
        if retold is None:
            # (a sentence with no trigger had its dates left unread)
            retold = _deeds_told_back(span, triggers, dates or find_dates(span.text, context.published,
                                                                          tense=detect_tense(span.text)),
                                      context.published)
        day = next((d for category, d in retold if category == earlier.event and (d.date or "") <= published), None)
        if day is not None:
            earlier.date, earlier.date_precision = day.date, day.precision


def _deeds_told_back(span: Span, triggers: list[Trigger], dates: list[DateMention],
                     published: dt.date) -> list[tuple[str, ResolvedDate]]:
    """The deeds the sentence tells of parties or a deed already told, each with its category and day."""
    deeds: list[tuple[Token, Token, set[str]]] = [(t.token, t.anchor, {e.category for e in t.entries})
                                                  for t in triggers]
    for token in span:
        category = DEED_CATEGORIES.get(event_of(token.text) or "")
        if category is not None:
            anchor = token.head if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") \
                else token
            deeds.append((token, anchor, {category}))
    found: list[tuple[str, ResolvedDate]] = []
    for token, anchor, categories in deeds:
        if not _pointed_back(token, anchor):
            continue
        day = event_dates(token, dates, anchor=anchor, published=published, status="asserted",
                          antecedent=None)[0]
        if day is not None and day.date is not None and day.precision == "day":
            found += [(category, day) for category in categories]
    return found


def _pointed_back(token: Token, anchor: Token) -> bool:
    """Whether the deed is told of what was told before: a verb whose subject points back ("he", "the men", "the
    plane") and whose object is no new one, or a noun that does ("the strike took place", "this attack")."""
    if anchor.lemma_ in STARTING:
        return False
    if token.pos_ == "NOUN":
        # (the deed told as what happened, "the raid happened on Thursday"; not one a new party is said to have done
        # in which the deed told before took place: "Turkey launched the assault on Saturday")
        return token.i != anchor.i and token.dep_ in ("nsubj", "nsubjpass") and points_back(token)
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    return len(subjects) == 1 and _points_back(subjects[0]) \
        and not any(c.lower_ in ANOTHER for o in objects for c in o.children if c.dep_ in ("det", "amod"))


def _points_back(subject: Token) -> bool:
    """ "he", "they", "the men", "the 33-year-old" (not a name: "the Kurdish militia", "Rebels")."""
    if is_pronoun(subject):
        return subject.lower_ not in ("who", "which", "that", "what")
    # (its own words, not a clause that describes it: "the envoy, who had travelled with UN staff")
    own = [subject] + [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")]
    return points_back(subject) and not any(t.pos_ == "PROPN" or t.ent_type_ not in ("", "DATE", "CARDINAL") for t in own)


def _a_side_in_common(event: Event, other: Event) -> bool:
    """A country both name on one side, or the same kind of actor named again with no country ("the rebels")."""
    def countries(side: list[Entity]) -> set[str]:
        return {p.country for p in side if p.country}
    unplaced = {a.sector for a in event.actor if a.country is None and a.sector}
    return bool(countries(event.actor) & countries(other.actor)) \
        or bool(countries(event.recipient) & countries(other.recipient)) \
        or bool(unplaced & {a.sector for a in other.actor})
