"""Which of a sentence's dates belong to an event, and what an event with no date of its own gets.

The nearest date mention to the trigger wins; coordinated day dates ("On Dec. 11 and Dec. 17, X and Y
had two phone conversations") give one event each; a deadline ("will withdraw by the end of the year") is
no date of the event. An event with no date of its own takes the one date of a clause that tells what was
going on ("shot dead while giving a speech on Friday"); one told through an anaphor ("the parties agreed")
happened when its antecedent did. A planned event with no date stays undated: dating it to the
publication day would put it in the past.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tacitus.coding.dates import DateMention, default_date
from tacitus.records import ResolvedDate

# Clauses of their own; an infinitive or gerund complement (xcomp, pcomp) belongs to its verb's event
CLAUSES = {"advcl", "relcl", "ccomp", "acl", "conj", "csubj"}


def event_dates(token: Token, dates: list[DateMention], *, anchor: Token, published: dt.date | None, status: str,
                antecedent: ResolvedDate | None) -> list[ResolvedDate | None]:
    """One date per event to emit; ``anchor`` is the trigger's verb (its light verb for a noun);
    ``antecedent`` is the date of the event an anaphor refers back to."""
    # "now" names no date; "by the end of the year" bounds the event rather than dating it
    dates = [d for d in dates if d.resolved.date and d.resolved.precision != "unknown" and not d.bound]
    own = [d for d in dates if _in_clause_of(d, token, anchor)]
    if own:
        days = [d for d in own if d.resolved.precision == "day"]
        if len(days) >= 2 and _coordinated(days, token.sent.text):
            return [d.resolved for d in days]
        position = token.idx - token.sent.start_char
        return [min(own, key=lambda d: abs(d.start - position)).resolved]
    during = [d for d in dates if _in_simultaneous_clause(d, token, anchor)]
    if len(during) == 1:
        return [during[0].resolved]  # "was shot dead while giving a speech in Nara on Friday"
    if antecedent is not None:
        return [antecedent]
    if status == "planned" or published is None:
        return [None]
    return [default_date(published)]


def _in_clause_of(mention: DateMention, token: Token, anchor: Token) -> bool:
    """A date belongs to the event unless it sits in another clause that does not contain the trigger:
    in "died fighting the junta since the first recruits reached the border in 2021", 2021 is the arrival's."""
    node = _first_token(mention, token)
    if node is None:
        return True
    while node.head.i != node.i:  # spaCy makes a new Token object at each access: compare positions
        if node.i in (anchor.i, token.i):
            return True  # the trigger's own phrase or complement ("refused to sign ... on Tuesday")
        if node.dep_ == "conj" and node.head.i == anchor.i and not _has_subject(node):
            return True  # "beat and detained dozens on Sunday": verbs that share a subject share its time
        if node.dep_ in CLAUSES and node.pos_ in ("VERB", "AUX"):
            return anchor in node.subtree  # the date's clause holds the trigger ("X said on Monday that ...")
        node = node.head
    return True


# Clauses that happen at the time of the verb they hang on ("while giving a speech", "who were trying to
# storm parliament"), unlike "after", "since" or "before" clauses
SIMULTANEOUS_MARKS = {"while", "as", "when"}


def _in_simultaneous_clause(mention: DateMention, token: Token, anchor: Token) -> bool:
    """A date in a clause under the trigger that tells what was going on when it happened."""
    node = _first_token(mention, token)
    if node is None:
        return False
    while node.head.i != node.i:
        if node.dep_ in CLAUSES and node.pos_ in ("VERB", "AUX"):
            if not _under(node.head, anchor):
                return False
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            return (node.dep_ in ("relcl", "acl") and not marks) or bool(marks & SIMULTANEOUS_MARKS)
        node = node.head
    return False


def _first_token(mention: DateMention, token: Token) -> Token | None:
    """The first word of a date mention in the trigger's sentence."""
    sentence = token.sent
    return next((t for t in sentence if mention.start <= t.idx - sentence.start_char < mention.end), None)


def _under(node: Token, anchor: Token) -> bool:
    return anchor.left_edge.i <= node.i <= anchor.right_edge.i


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _coordinated(days: list[DateMention], text: str) -> bool:
    return any(text[a.end:b.start].strip(" ,") in ("and", ",", "and on") for a, b in zip(days, days[1:]))
