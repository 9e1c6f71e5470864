"""A story's recollection: the sentences that go on telling a time long before the news.

"In 2013 the army closed every road into the valley. The siege lasted two winters. Soldiers besieged the villages."
The first sentence takes the story into its past (``Narrative.past``, timex/narrative.py), and a deed told closely
after it in the simple past, in the writer's own voice, is background with no day of the news (event_dates.py).
A sentence between them that codes no event but goes on in the simple past ("The siege lasted two winters") tells
that past still: it keeps the story there, so the deed after it is read as background too, as a reader reads it.

Only a sentence that names no date (a date of its own is the story's reading of time: a day of the news ends the
past, ``Narrative.tell``; a length, "lasted two winters", names none), whose main verb is a simple past in the writer's voice (not "said", not a
report, not the present or the perfect, which speak from the day of the news), and with no word of the news's own
time ("now", "today"). What it does not keep, it leaves to run out as before.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from tacitus.coding.background import told_in_the_simple_past
from tacitus.coding.dates import DateMention, detect_tense, find_dates

# Words by which a sentence speaks from the time of the news, whatever its tense ("Now the villagers feared ...")
NEWS_TIME = frozenset({"now", "today", "tonight", "currently", "recently", "latest", "still"})


def goes_on_recalling(span: Span, dates: list[DateMention], published: dt.date | None) -> bool:
    """Whether a sentence that coded no event goes on telling the past the story is in (see the module's
    docstring); ``dates`` are those found for its triggers, if it had any."""
    if published is None or not told_in_the_simple_past(span.root):
        return False
    if any(token.lower_ in NEWS_TIME for token in span):
        return False
    text = span.text
    mentions = dates or find_dates(text, published, tense=detect_tense(text))
    return not any(m.resolved.date or m.resolved.kind != "duration" for m in mentions)
