"""Resolving temporal expressions against the publication date: the entry point of the coder and the CLI.

"on Sunday" in a story of Monday that reports is the Sunday before; "will meet Sunday" the next one;
"Friday" in a Friday story is that Friday; "Jan. 8" takes the year that puts it on the side of publication
its clause points to; "last week" keeps week precision, "the third quarter" quarter precision. "every
Monday" and "for three weeks" name no date (TimeML's sets and durations): ``resolve_date`` gives their
values, ``find_dates`` leaves them out. The work is done in ``tacitus.coding.timex``; nothing is guessed: an
expression it cannot place resolves to None, with the reason logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from tacitus.coding.timex.grammar import Match, scan
from tacitus.coding.timex.narrative import Narrative
from tacitus.coding.timex.story_events import names_its_day
from tacitus.coding.timex.resolve import Resolution
from tacitus.coding.timex.tense import Lean, Tense, detect_tense, waited_for
from tacitus.records import ResolvedDate

__all__ = ["DateMention", "Narrative", "Tense", "default_date", "detect_tense", "find_dates", "resolve_date"]

log = logging.getLogger(__name__)

LEAN_OF_TENSE: dict[str | None, Lean] = {"past": "back", "future": "ahead"}
# Words that make a date a bound of the event rather than its time: "will withdraw by the end of the year",
# "have fought there since September 2014"
BOUNDS = ("by", "before", "until", "till", "since")
# "after" makes a bound of a month or longer: "was accused of using gas in Afghanistan after 1979" tells of the years
# that followed, not of 1979 ("after Friday's raid" and "after midnight" stay the day they name)
AFTER_BOUND_PRECISIONS = frozenset({"month", "quarter", "season", "half", "year", "decade", "century"})
# Expressions that count from another day ("a week later", "that day", "the next morning", "ten days before the
# killing"): unresolved, they still say that the event is not of the publication day (a clock time is)
COUNTED_KINDS = frozenset({"ago", "anchored", "event_rel", "event_day"})
UNPLACED = ResolvedDate(None, "unknown")
# Expressions that count from the day of an event a noun names ("a day after the summit", "the eve of the vote")
COUNTED_FROM_A_NOUN = frozenset({"event_rel", "event_day"})
# Lengths in these TimeML units (months, years, decades, centuries) are long enough that an event told as
# lasting one ("was held for six months", "kidnapped over the past four years") did not happen on the
# publication day; hours, days and weeks may end on it ("blocked the road for three hours")
LONG_UNITS = ("M", "Y")


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    resolved: ResolvedDate
    bound: str | None = None  # "by", "before", "until", "till", "since" or "after" when the date is a limit
    placed: bool = True  # False for a time the text gives that counts from a day nobody named ("a week later")


def default_date(published: dt.date) -> ResolvedDate:
    """An event with no temporal expression: the publication date, honestly of unknown precision."""
    return ResolvedDate(published.isoformat(), "unknown")


def find_dates(sentence: str, published: dt.date, *, tense: str | None = None,
               story: Narrative | None = None) -> list[DateMention]:
    """Every temporal expression of the sentence that names a date, resolved, in order of appearance; a
    recurrence ("every Friday") or a length of time ("for three weeks") names none and is left out. One that
    counts from a day neither the sentence nor the story gives ("a week later") is kept unplaced, and so is a
    length of months or more ("for six months"), which no event of the publication day lasts.

    Each expression's direction comes from its own clause; ``tense`` (the sentence's) is the fallback
    where the clause has no verb to go by. ``story`` is the article read so far: the day it has reached
    (the date of its last dated event), which "the next day" counts from when the sentence names no date,
    and the dates it gave its events ("ten days before the killing"); it learns the events this sentence
    dates.
    """
    matches = scan(sentence)
    resolved = Resolution(matches, sentence, published, LEAN_OF_TENSE.get(tense, "unknown"),
                          reference=story.reference if story else None,
                          events=story.events if story else None).run()
    # "every Friday" and "for three weeks" are read only so that no date is taken from their words
    # (the day of the noun a counted expression counts from is not a day of the sentence's events: "a day after the
    # summit in Sochi on Friday, jets bombed" bombed on Saturday)
    counted = [m.end for m, r in zip(matches, resolved) if r is not None and m.kind in COUNTED_FROM_A_NOUN]
    mentions = [DateMention(m.text, m.start, m.end, r, _bound(sentence, m.start, r))
                for m, r in zip(matches, resolved) if r is not None and r.kind == "date" and not _adjective(sentence, m)
                and not any(names_its_day(sentence, end, m.start) for end in counted)]
    if story is not None:
        story.learn(sentence, [(m.start, m.end, m.resolved) for m in mentions])
    unplaced = [DateMention(m.text, m.start, m.end, UNPLACED, _bound(sentence, m.start), placed=False)
                for m, r in zip(matches, resolved) if r is None and m.kind in COUNTED_KINDS]
    # (a long length keeps its value, so that the event's own tense can say whether it is still going on)
    unplaced += [DateMention(m.text, m.start, m.end, r, placed=False)
                 for m, r in zip(matches, resolved) if r is not None and _long_length(r)]
    return sorted(mentions + unplaced, key=lambda m: m.start)


def _long_length(resolved: ResolvedDate) -> bool:
    """ "for six months" P6M, "over the past four years" P4Y, "for years" PXY (not "for 90 minutes", PT90M)."""
    value = resolved.value or ""
    return resolved.kind == "duration" and not value.startswith("PT") and value.endswith(LONG_UNITS)


def _adjective(sentence: str, match: Match) -> bool:
    """ "21st-century Islamophobia", "a 19th-century church": an age that describes a thing, not a date."""
    return match.text.lower().endswith("-century") and bool(re.match(r"\s+[A-Za-z]", sentence[match.end:]))


def _bound(sentence: str, start: int, resolved: ResolvedDate | None = None) -> str | None:
    words = re.findall(r"[A-Za-z]+", sentence[max(0, start - 12):start])
    if words and words[-1].lower() == "after" and resolved is not None and resolved.precision in AFTER_BOUND_PRECISIONS:
        return "after"
    # "until his next court date on 9 April" bounds the event as "until 9 April" would
    return words[-1].lower() if words and words[-1].lower() in BOUNDS else waited_for(sentence[:start])


def resolve_date(expression: str, published: dt.date, *, context: str | None = None, tense: str | None = None,
                 start: int | None = None, story: Narrative | None = None) -> ResolvedDate | None:
    """One expression ("on Sunday", "Jan. 8", "last week", "1996") as a span, or None; a recurrence ("every
    Monday", "daily") or a length of time ("for three weeks") as its TimeML value, of kind "set" or "duration".

    ``context`` is the sentence it stands in (its tense and its other dates decide), ``start`` its offset
    there when known; without them the expression is read on its own. ``story`` is the document the
    expression belongs to, read in order: "the next day" with no date in its sentence counts from the
    story's reference day, and a day this expression names becomes the new one.
    """
    text = expression.strip()
    if not text:
        return None
    span = _locate(text, context, start) if context else None
    if context is None or span is None:
        context, span = text, (0, len(text))
    resolved, assumed = _resolve_in(context, span, published, tense, story)
    if story is not None and not assumed:
        story.follow(resolved)
    return resolved


def _locate(text: str, context: str, start: int | None) -> tuple[int, int] | None:
    if start is not None and context[start:start + len(text)] == text:
        return start, start + len(text)
    found = context.find(text)
    if found < 0:
        found = context.lower().find(text.lower())
    return (found, found + len(text)) if found >= 0 else None


def _resolve_in(sentence: str, span: tuple[int, int], published: dt.date, tense: str | None,
                story: Narrative | None) -> tuple[ResolvedDate | None, bool]:
    """The resolved expression that covers most of ``span``, and whether it only assumed the publication day;
    the story learns the events the sentence dates."""
    matches = scan(sentence, loose=span)
    resolution = Resolution(matches, sentence, published, LEAN_OF_TENSE.get(tense, "unknown"),
                            clock_on_publication=True, reference=story.reference if story else None,
                            events=story.events if story else None)
    results = resolution.run()
    if story is not None:
        story.learn(sentence, [(m.start, m.end, r) for i, (m, r) in enumerate(zip(matches, results))
                               if r is not None and r.kind == "date" and i not in resolution.assumed])
    best: tuple[int, int] | None = None
    covered: list[int] = []
    for i, (match, result) in enumerate(zip(matches, results)):
        overlap = min(match.end, span[1]) - max(match.start, span[0])
        if result is not None and overlap > 0:
            covered.append(i)
            if best is None or overlap > best[0]:
                best = (overlap, i)
    if best is None:
        log.info("no date in %r", sentence[span[0]:span[1]])
        return None, False
    chosen = results[best[1]]
    # "6 a.m. ten days before the vote": the time on the day the rest of the expression names
    timed = [i for i in covered if matches[i].kind == "clock" and chosen is not None and chosen.precision == "day"
             and (clocked := results[i]) is not None and clocked.date == chosen.date]
    index = timed[0] if timed else best[1]
    return results[index], index in resolution.assumed
