"""The day of a deed told in a clause counted from the main clause's day: "Israel closed the crossings on Thursday,
a day after gunmen attacked a border post" puts the attack on Wednesday; "rebels shelled the city on Monday, two
days before the talks opened" puts the opening on Wednesday. Wire copy ties a deed to the day's news so; the main
clause's day is not the counted deed's. A main clause that points back at the deed the sentence before dated ("US
warships fired missiles on Tuesday. The strikes came two days after troops seized the town") counts from that day.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tacitus.coding.dates import DateMention
from tacitus.coding.phrases import points_back
from tacitus.coding.timex.vocabulary import vocabulary
from tacitus.records import ResolvedDate

# The length words a counted clause may give, in days ("hours after" is the same day)
DAYS_OF_UNIT = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "minute": 0, "minutes": 0}
# The marks that count a clause from the one it hangs on, with the direction of the count
SIDES = {"after": -1, "before": 1}
# The slots of a deed noun whose verb's clause is the counted one
NOUN_SLOTS = ("dobj", "nsubj", "nsubjpass")
# The verbs that say when a deed the sentence before told came about ("the strikes came two days after ...")
WHEN_VERBS = frozenset({"come", "follow", "happen", "occur"})
POINTING_PRONOUNS = frozenset({"it", "this"})
# A count that gives no number of days: the deed is not of the main clause's day, nor of a day the text names
UNKNOWN = ResolvedDate(None, "unknown")


def counted_back(token: Token, anchor: Token, dates: list[DateMention], *,
                 told_before: ResolvedDate | None = None) -> ResolvedDate | None:
    """The day of an event whose clause is counted from the day of the clause it hangs on (an undated one when
    the count is vague: "several days after"), None when its clause is not so counted or the clause it hangs on
    gives no day. ``told_before`` is the one day of the events of the sentence right before, if it had one."""
    # (a deed noun counts with its verb: "two days before the rebels opened talks")
    clause = anchor.head if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ in NOUN_SLOTS else anchor
    if clause.dep_ != "advcl":
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in SIDES]
    # ("a day" hangs on the clause, its mark or the verb before: "it came a day after police arrested them")
    lengths = [c for m in [clause, *marks, clause.head] for c in m.children
               if c.dep_ == "npadvmod" and c.lower_ in DAYS_OF_UNIT and marks and c.right_edge.i + 1 == marks[0].i]
    if not marks or not lengths:
        return None
    start = token.sent.start_char
    days = [d for d in dates if d.placed and d.resolved.precision == "day" and d.resolved.date and not d.bound
            and (first := _first_word(d, token)) is not None and first not in clause.subtree
            and _hangs_on(first, clause.head, start, d)]
    if not days and not dates and told_before is not None and told_before.precision == "day" \
            and _points_back_at_a_deed(clause.head):
        days = [DateMention("", 0, 0, told_before)]
    if len(days) != 1:
        return None
    count = _count(lengths[0])
    if count is None:
        return UNKNOWN
    shift = SIDES[marks[0].lower_] * count * DAYS_OF_UNIT[lengths[0].lower_]
    return ResolvedDate((dt.date.fromisoformat(days[0].resolved.date or "") + dt.timedelta(days=shift)).isoformat(),
                        "day")


def _count(length: Token) -> int | None:
    """ "a day" 1, "two days" 2, "hours" 1 (its unit counts none); None for "several days", "a few weeks"."""
    numbers = [c for c in length.children if c.dep_ == "nummod"]
    if not numbers:
        unsure = any(c.lower_ in ("few", "several", "many", "some") for c in length.children)
        return None if unsure else 1
    word = numbers[0].lower_
    return int(word) if word.isdigit() else vocabulary().numbers.get(word)


def _points_back_at_a_deed(verb: Token) -> bool:
    """ "The strikes came", "the raid followed", "it came": a verb of when it happened whose subject points back."""
    return verb.lemma_.lower() in WHEN_VERBS and any(
        c.dep_ == "nsubj" and (c.pos_ == "NOUN" and points_back(c) or c.lower_ in POINTING_PRONOUNS)
        for c in verb.children)


def _first_word(mention: DateMention, token: Token) -> Token | None:
    sentence = token.sent
    return next((t for t in sentence if mention.start <= t.idx - sentence.start_char < mention.end), None)


def _hangs_on(node: Token, verb: Token, start: int, mention: DateMention) -> bool:
    """Whether the date hangs on the verb through its preposition alone ("closed the crossings on Thursday")."""
    while node.head.i != node.i and node.i != verb.i:
        if not (mention.start <= node.idx - start < mention.end or node.dep_ == "prep"):
            return False
        node = node.head
    return node.i == verb.i
