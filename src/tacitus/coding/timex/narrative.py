"""The reference time of a story: the day its narrative has reached when a sentence says "the next day",
and the dates it gave its events, which "ten days before the killing" counts from.

"Rebels seized the town on March 3. The next day, the army shelled it." The second sentence names no date;
"the next day" counts from the last day the story dated before it, as TempEval systems read narrative news
(the reference time). "Dr. Lee was shot dead on March 3. ... On March 5, police arrested a man. ... His car
was seen near the clinic ten days before the killing": the killing's date is not the story's last day, but
the one the story gave the killing (story_events.py). One ``Narrative`` belongs to one document and is read
in the document's order: the CLI keeps one per ``doc_id``, the coder one per article (``ArticleContext``).
A day the resolver only assumed (a clock time with no day, read on the publication day) does not move it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tacitus.coding.timex import values
from tacitus.coding.timex.story_events import dated_events
from tacitus.records import ResolvedDate


# A date that ended this many days before publication is the past, not the news; a story's past reaches this many
# sentences past the one that named it
PAST_DAYS = 60
PAST_REACH = 2


@dataclass
class Narrative:
    """The last day one document dated, in reading order (None until it dates one), and the date it gave
    each event it dated ("killing": the day of the killing)."""

    reference: ResolvedDate | None = None
    events: dict[str, ResolvedDate] = field(default_factory=dict)
    # The past the story is telling ("In 1979 Saddam seized power. Baghdad's troops attacked the Peshmerga."):
    # the sentence that last dated its events long before publication, and that date; None while it tells news
    past: tuple[int, tuple[str, str]] | None = None

    def tell(self, index: int, dates: list[tuple[str | None, str]], published: dt.date | None) -> None:
        """The dates (day and precision) sentence ``index`` gave its events: one long before publication takes
        the story into the past, one of the days around it back to the news; events it left undated
        (background) leave it in the past."""
        known = [(day, precision) for day, precision in dates if day is not None and precision != "unknown"]
        if known and published is not None:
            ends = latest_end(*known[-1])
            self.past = (index, known[-1]) if ends is not None and ends < published - dt.timedelta(days=PAST_DAYS) \
                else None
        elif dates and all(day is None for day, _ in dates) and self.past is not None:
            self.past = (index, self.past[1])
        elif dates:
            self.past = None

    def go_on(self, index: int) -> None:
        """Sentence ``index``, which dated nothing, goes on telling the past the story is in: keep it there."""
        if self.past is not None and self.in_the_past(index):
            self.past = (index, self.past[1])

    def in_the_past(self, index: int) -> bool:
        """Whether sentence ``index`` follows closely on one that told of a time long before publication."""
        return self.past is not None and 0 < index - self.past[0] <= PAST_REACH

    def follow(self, resolved: ResolvedDate | None) -> None:
        """Move the reference to a day the story has just dated; coarser spans leave it where it was."""
        if resolved is None or resolved.precision != "day" or not resolved.date:
            return
        try:
            self.reference = values.day(dt.date.fromisoformat(resolved.date[:10]))  # the day, not its clock time
        except ValueError:
            return

    def learn(self, sentence: str, dated: list[tuple[int, int, ResolvedDate]]) -> None:
        """Keep the dates the sentence gives its events (``dated``: its expressions' offsets and dates). The
        first date of an event stays, unless a later one says when within it ("the October killing", then
        "killed on Oct. 23"): a story dates its own event first, and a later date of the same kind of event
        is mostly background ("the deadliest since a bombing in October 2017 killed 500 people")."""
        for event, resolved in dated_events(sentence, dated).items():
            known = self.events.get(event)
            if known is not None and (known == resolved or not _within(resolved, known)):
                continue
            self.events[event] = values.day(dt.date.fromisoformat(resolved.start or "")) \
                if resolved.precision == "day" else resolved  # the day, not its clock time


def latest_end(day: str | None, precision: str) -> dt.date | None:
    """The last day a span of that precision starting on ``day`` can reach (a season or a week: three months)."""
    if day is None:
        return None
    try:
        first = dt.date.fromisoformat((day + "-01-01")[:10] if len(day) < 10 else day[:10])
    except ValueError:
        return None
    years = {"year": 1, "decade": 10, "century": 100}.get(precision)
    if years is not None:
        return dt.date(first.year + years - 1, 12, 31)
    return first + dt.timedelta(days={"day": 0, "week": 6, "weekend": 2, "month": 30}.get(precision, 92))


def _within(inner: ResolvedDate, outer: ResolvedDate) -> bool:
    return bool(inner.start and inner.end and outer.start and outer.end) and \
        (outer.start or "") <= (inner.start or "") and (inner.end or "") <= (outer.end or "")
