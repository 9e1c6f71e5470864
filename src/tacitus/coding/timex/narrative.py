"""The reference time of a story: the day its narrative has reached when a sentence says "the next day".

"Rebels seized the town on March 3. The next day, the army shelled it." The second sentence names no date;
"the next day" counts from the last day the story dated before it, as TempEval systems read narrative news
(the reference time). One ``Narrative`` belongs to one document and is read in the document's order: the
CLI keeps one per ``doc_id``, the coder one per article (``ArticleContext``). A day the resolver only
assumed (a clock time with no day, read on the publication day) does not move it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tacitus.coding.timex import values
from tacitus.records import ResolvedDate


@dataclass
class Narrative:
    """The last day one document dated, in reading order; None until it dates one."""

    reference: ResolvedDate | None = None

    def follow(self, resolved: ResolvedDate | None) -> None:
        """Move the reference to a day the story has just dated; coarser spans leave it where it was."""
        if resolved is None or resolved.precision != "day" or not resolved.date:
            return
        try:
            self.reference = values.day(dt.date.fromisoformat(resolved.date[:10]))  # the day, not its clock time
        except ValueError:
            return
