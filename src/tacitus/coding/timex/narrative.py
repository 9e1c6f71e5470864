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


@dataclass
class Narrative:
    """The last day one document dated, in reading order (None until it dates one), and the date it gave
    each event it dated ("killing": the day of the killing)."""

    reference: ResolvedDate | None = None
    events: dict[str, ResolvedDate] = field(default_factory=dict)

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


def _within(inner: ResolvedDate, outer: ResolvedDate) -> bool:
    return bool(inner.start and inner.end and outer.start and outer.end) and \
        (outer.start or "") <= (inner.start or "") and (inner.end or "") <= (outer.end or "")
