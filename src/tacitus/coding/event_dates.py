"""Which of a sentence's dates belong to an event, and what an event with no date of its own gets.

The nearest date mention to the trigger wins; coordinated day dates ("On Dec. 11 and Dec. 17, X and Y
had two phone conversations") give one event each; a deadline ("will withdraw by the end of the year") is
no date of the event. An event with no date of its own takes the one date of a clause that tells what was
going on ("shot dead while giving a speech on Friday"); one told through an anaphor ("the parties agreed")
happened when its antecedent did. A planned event with no date stays undated: dating it to the
publication day would put it in the past. One a review of the year tells under a month heading, in the past tense,
is of that month. An event whose own clause gives a time that cannot be placed ("was
killed a week later", "that day") is not of the publication day either: it stays undated, as does one told in
the past perfect in the writer's own voice ("Moscow had refused"), which is background to the story, and one in
the simple past right after a sentence set long before publication ("In 1980 Saddam invaded Iran. His troops
attacked the Kurds."), or beside a clause of its own sentence set then ("The city fell in 2015; the militants
razed its churches."), which goes on telling that time, or in a relative clause that describes a party of a sentence
told in the present ("her brother, whom the militants abducted, is still missing"). Nor is one an adverb puts before the day of the news
("recently visited", "has previously vetoed", "in recent years bombed", "has repeatedly threatened", "has since been
charged"), or sets in a war long over or the first
stage of a war ("during the cold war", "early in the civil war"), or one told as lasting months or years
("had been detained for six months", "kidnapped over the past five years"; not a term imposed, "jailed for eight
years", nor what still goes on, "have been shelling it for months"), nor one told inside a clause under a perfect
whose "since" is long before ("since the attack in April 2017 monitors have recorded raids in which jets struck"). A
day inside a "since" phrase starts a stretch and is no day of an event outside it ("since the bombing on 10 May,
police have detained dozens"); a month or a year after "after" bounds the event and dates
it not ("was accused of using gas after 1979"). A deed in a clause counted from the main clause's day is that many
days off it (counted_clauses.py); verbs that share a subject share its when-clause's time; the reported deed's own
date wins over the report's day; a "while" clause in another tense is a contrast, not the time of the event.
"""

from __future__ import annotations

import datetime as dt
import logging

from spacy.tokens import Span, Token

from tacitus.coding.background import (REPORTING, TERM_VERBS, finite_verb, told_before_the_day, told_before_the_story,
                                      told_in_the_simple_past)
from tacitus.coding.counted_clauses import counted_back
from tacitus.coding.dates import DateMention, default_date
from tacitus.coding.timex.narrative import PAST_DAYS, latest_end
from tacitus.records import ResolvedDate

log = logging.getLogger(__name__)

# Clauses of their own; an infinitive or gerund complement (xcomp, pcomp) belongs to its verb's event
CLAUSES = {"advcl", "relcl", "ccomp", "acl", "conj", "csubj"}
# Clauses that describe a thing ("a deal struck in 2016"), whose date sets no time for the rest of the sentence
DESCRIBING = {"acl", "relcl"}
# Verbs whose length is a term they impose ("was jailed for eight years" on the day of the sentence), not how
# long the deed went on (a detention's: "had been detained for six months")
TERMS = TERM_VERBS - {"detain"}


def event_dates(token: Token, dates: list[DateMention], *, anchor: Token, published: dt.date | None, status: str,
                antecedent: ResolvedDate | None, in_the_past: bool = False,
                section: ResolvedDate | None = None, told_before: ResolvedDate | None = None) -> list[ResolvedDate | None]:
    """One date per event to emit; ``anchor`` is the trigger's verb (its light verb for a noun);
    ``antecedent`` is the date of the event an anaphor refers back to; ``in_the_past`` says that the sentence
    follows one that told of a time long before publication; ``section`` is the month a review of the year
    tells the sentence under (timex/headings.py); ``told_before`` the one day of the events of the sentence right
    before, if it had one."""
    mentions = dates
    unplaced = [d for d in dates if not d.placed and _on_the_verb(d, token, anchor)
                and not (d.resolved.kind == "duration" and (_going_on(anchor) or anchor.lemma_ in TERMS))]
    # "was accused of using gas after 1979": some time in the years after, which no date here names
    unplaced += [d for d in dates if d.bound == "after" and _in_clause_of(d, token, anchor)
                 and not _inside_the_bound(d, token)]
    # "now" names no date; "by the end of the year" bounds the event rather than dating it
    dates = [d for d in dates if d.placed and d.resolved.date and d.resolved.precision != "unknown"
             and not (d.bound and not _inside_the_bound(d, token))]
    if status in ("asserted", "reported") and published is not None:
        # what is told as done is not of a day to come that another verb names: "a draft, due to be discussed on
        # Monday, calls for ..." (a day on its own verb, "the congress, meeting on Monday", is its own)
        dates = [d for d in dates if _starts(d) <= published or _on_the_verb(d, token, anchor)]
    if (counted := counted_back(token, anchor, dates, told_before=told_before)) is not None:
        # "closed the crossings on Thursday, a day after gunmen attacked a post": on Wednesday
        return [counted if counted.date else None]
    own = [d for d in dates if _in_clause_of(d, token, anchor) and not _of_another_conjunct(d, token, anchor)
           and not _in_a_described_thing(d, token, anchor) and not _in_a_since_phrase(d, token)]
    if told_before_the_day(anchor):  # ("retook it in March, but the militants recently attacked": not in March)
        own = [d for d in own if (first := _first_token(d, token)) is not None and _under(first, anchor)]
    # a date of the deed's own clause is its time, not the day of the clause that reports it, however near: "a paper
    # said on Thursday that the bomb-maker was killed by an air strike outside Sidon in March"
    inner = [d for d in own if (first := _first_token(d, token)) is not None and first in anchor.subtree]
    if inner and _reported(anchor):
        own = inner
    if own:
        days = [d for d in own if d.resolved.precision == "day"]
        if len(days) >= 2 and _coordinated(days, token.sent.text):
            return [d.resolved for d in days]
        position = token.idx - token.sent.start_char
        return [min(own, key=lambda d: abs(d.start - position)).resolved]
    if unplaced:
        log.info("no date for %r: its time %r is no day the story gives", token.text, unplaced[0].text)
        return [None]
    if told_before_the_day(anchor):
        log.info("no date for %r: it is told as done before the day of the news", token.text)
        return [None]
    # (a clause about what comes next, "the mission which is due to start tomorrow", is not what was going on
    # when a past event happened)
    during = [d for d in dates if _in_simultaneous_clause(d, token, anchor, planned=status == "planned")]
    if len(during) == 1 and (status == "planned" or published is None or _starts(during[0]) <= published):
        return [during[0].resolved]  # "was shot dead while giving a speech in Nara on Friday"
    if antecedent is not None and not (section is not None and antecedent.precision == "unknown") \
            and not (published is not None and _long_before_the_news(antecedent, published)
                     and not _past(finite_verb(anchor))):
        # (one the publication day stood in for yields to the section's month; a time long gone is no time of what
        # is told in the present, the perfect or the future: "Ankara sent soldiers in 2016. It has also armed rebels")
        return [antecedent]
    if status == "planned" or published is None:
        return [None]
    if told_before_the_story(anchor):
        log.info("no date for %r: the past perfect tells of a time before the story's", token.text)
        return [None]
    if _one_of_a_stretch_since_long_ago(anchor, mentions, published):
        log.info("no date for %r: it is told as one of what has happened since long before", token.text)
        return [None]
    if (in_the_past or _beside_a_clause_set_long_ago(dates, token, published) or _describes_under_the_present(anchor)) \
            and told_in_the_simple_past(anchor):
        log.info("no date for %r: it goes on telling the past its sentence or the one before named", token.text)
        return [None]
    if section is not None and (_past(anchor) or told_in_the_past(anchor.sent)):
        return [section]  # "April Refugees poured into the camp": the month its heading names
    return [default_date(published)]


def _beside_a_clause_set_long_ago(dates: list[DateMention], token: Token, published: dt.date) -> bool:
    """Whether another clause of the sentence, told in the writer's own voice, is set long before publication:
    "The city fell to the militants in 2015; they razed its churches" (not "a deal struck in 2016", "after they
    arrived in 2014" or "he says he was there in 2015", which date a thing, a step before the event or a claim)."""
    for mention in dates:
        if not _long_before(mention, published):
            continue
        verb = _verb_of(mention, token)
        if verb is not None and verb.dep_ not in DESCRIBING and verb.tag_ == "VBD" \
                and not any(c.dep_ in ("mark", "aux") or c.tag_ == "WRB" for c in verb.children) \
                and not (verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING):
            return True
    return False


def _one_of_a_stretch_since_long_ago(anchor: Token, mentions: list[DateMention], published: dt.date) -> bool:
    """Whether the event is told under a perfect whose "since" sets its start long before publication: "since the
    sarin attack in April 2017 monitors have recorded raids in which helicopters dropped chlorine": one of a stretch
    of deeds, not the news of the day ("since the attack on Monday, police have arrested twelve men" is of the
    stretch of the news; and what the perfect itself, or a verb that shares it, tells goes on to the day of the news:
    "troops have shelled the camps since March")."""
    below, node = anchor, anchor
    while node.head.i != node.i:
        below, node = node, node.head
        if below.dep_ != "conj" and node.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children) \
                and not told_before_the_story(node):
            since = [c for c in node.children if c.lower_ == "since" and c.dep_ == "prep"
                     or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]
            if any(_long_before(m, published) and (first := _first_token(m, anchor)) is not None
                   and any(first in phrase.subtree and anchor not in phrase.subtree for phrase in since)
                   for m in mentions if m.placed):
                return True
    return False


def _describes_under_the_present(verb: Token) -> bool:
    """Whether the verb is of a relative clause that describes a party of a sentence told in the present: "her
    brother, whom the militants abducted, is still missing", "the villagers the army expelled now live in tents" (a
    simple past told of someone the present is about is their past, not the news)."""
    if verb.dep_ != "relcl":
        return False
    root = verb.sent.root
    progressive = root.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in root.children)
    return progressive or root.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _going_on(verb: Token) -> bool:
    """Whether the verb tells what is still going on ("have been shelling the enclave for months", "holds them
    for years"), which a length does not take off the publication day."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive or verb.tag_ in ("VBZ", "VBP")


def _long_before(mention: DateMention, published: dt.date) -> bool:
    """Whether the date's span ended long before publication: the story's past, not its news."""
    end = mention.resolved.end
    return end is not None and dt.date.fromisoformat(end) < published - dt.timedelta(days=PAST_DAYS)


def _long_before_the_news(resolved: ResolvedDate, published: dt.date) -> bool:
    end = latest_end(resolved.date, resolved.precision)
    return end is not None and end < published - dt.timedelta(days=PAST_DAYS)


def _verb_of(mention: DateMention, token: Token) -> Token | None:
    """The verb a date hangs on through its preposition alone ("fell in 2015"), None when it dates a noun ("the
    2016 coup", "a 2015 airstrike")."""
    node = _first_token(mention, token)
    start = token.sent.start_char
    while node is not None and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if not (mention.start <= node.idx - start < mention.end or node.dep_ == "prep"):
            return None
        node = node.head
    return node if node is not None and node.pos_ in ("VERB", "AUX") else None


def _in_clause_of(mention: DateMention, token: Token, anchor: Token) -> bool:
    """A date belongs to the event unless it sits in another clause that does not contain the trigger:
    in "died fighting the junta since the first recruits reached the border in 2021", 2021 is the arrival's."""
    node = _first_token(mention, token)
    if node is None:
        return True
    below = node
    while node.head.i != node.i:  # spaCy makes a new Token object at each access: compare positions
        if node.i in (anchor.i, token.i):
            return True  # the trigger's own phrase or complement ("refused to sign ... on Tuesday")
        if node.dep_ == "conj" and node.head.i == anchor.i and not _has_subject(node):
            return True  # "beat and detained dozens on Sunday": verbs that share a subject share its time
        if _told_of_the_deed(node, token, anchor):
            return True
        if node.dep_ in CLAUSES and node.pos_ in ("VERB", "AUX") \
                and not (_purpose(node) and _only_the_date(below, mention, token)):
            return anchor in node.subtree  # the date's clause holds the trigger ("X said on Monday that ...")
        below, node = node, node.head
    return True


def _told_of_the_deed(clause: Token, token: Token, anchor: Token) -> bool:
    """A participle with no subject of its own that tells how the trigger's deed was done shares its time: "an
    offensive led by rebels on Saturday", "launched the offensive, backed by jets, on Saturday"."""
    if clause.dep_ == "acl":
        return clause.head.i == token.i and not _has_subject(clause)
    return clause.dep_ == "advcl" and clause.head.i == anchor.i and clause.tag_ == "VBN" \
        and not _has_subject(clause) and not any(c.dep_ == "mark" for c in clause.children)


def _in_a_since_phrase(mention: DateMention, token: Token) -> bool:
    """Whether the date is of what a "since" phrase or clause starts a stretch from, and the event outside it: "since
    the bombing on 10 May, police have detained dozens" were detained since then, not on 10 May."""
    node = _first_token(mention, token)
    while node is not None and node.head.i != node.i:
        if node.lower_ == "since" and node.dep_ == "prep" \
                or node.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return token not in node.subtree
        node = node.head
    return False


def _inside_the_bound(mention: DateMention, token: Token) -> bool:
    """Whether the event is told inside the phrase that sets the bound: "since 2015, when a truce broke down" is
    a limit of what follows, but the day the truce broke down."""
    node = _first_token(mention, token)
    while node is not None and node.head.i != node.i and not (node.dep_ == "prep" and node.lower_ == mention.bound):
        node = node.head
    return node is not None and node.lower_ == mention.bound and token in node.subtree


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose, which the parser may hang as a clause of its own: "sent the air force to prop
    up the regime in September 2015" was sent then."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and not _has_subject(verb) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _only_the_date(phrase: Token, mention: DateMention, token: Token) -> bool:
    """Whether the phrase is the date and its preposition alone ("in September 2015"), not a noun the date
    belongs to ("in response to the use of gas at the weekend")."""
    start = token.sent.start_char
    return all(mention.start <= t.idx - start < mention.end or (t.i == phrase.i and t.dep_ == "prep")
               for t in phrase.subtree)


def _on_the_verb(mention: DateMention, token: Token, anchor: Token) -> bool:
    """Whether the expression hangs on the trigger's own verb ("was killed a week later"), not on a clause
    around it ("speaking hours after the summit at which he pleaded")."""
    node = _first_token(mention, token)
    if node is None:
        return False
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.i in (anchor.i, token.i)


def _reported(verb: Token) -> bool:
    """Whether the verb's clause is what a verb of saying reports ("said on Thursday that he was killed")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING


def _starts(mention: DateMention) -> dt.date:
    return dt.date.fromisoformat(mention.resolved.start or "0001-01-01")


# Clauses that happen at the time of the verb they hang on ("while giving a speech", "who were trying to
# storm parliament"), unlike "after", "since" or "before" clauses
SIMULTANEOUS_MARKS = {"while", "as", "when"}


def _in_simultaneous_clause(mention: DateMention, token: Token, anchor: Token, *, planned: bool) -> bool:
    """A date in a clause under the trigger that tells what was going on when it happened."""
    node = _first_token(mention, token)
    if node is None:
        return False
    # (verbs that share a subject share the clause: "when Washington cut off aid in 1980, he fled and met ...")
    verb = anchor
    while verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and not _has_subject(verb):
        verb = verb.head
    while node.head.i != node.i:
        if node.dep_ in CLAUSES and node.pos_ in ("VERB", "AUX"):
            if not _under(node.head, verb):
                return False
            # (the parser takes "when" for an adverb of the clause as often as for its mark)
            marks = {c.lower_ for c in node.children if c.dep_ == "mark" or c.dep_ == "advmod" and c.i < node.i}
            # ("the agreement signed last year", "the deal Greece signed in May" tell of the thing, not of a time;
            # "seized in an offensive launched in 2016" of the time it happened in)
            # a plan's clause of the place it goes to ("will travel to Istanbul, where they will open the pipeline on
            # Wednesday") is of its time too; a past event's is not ("retook Douma, where the attack took place")
            if marks == {"while"} and _has_subject(node) and _tense(node) != _tense(finite_verb(anchor)):
                return False  # a contrast: "have been raiding offices, while the army shelled villages in March"
            return (node.dep_ in ("relcl", "acl") and not marks and (_progressive(node) or _within(node.head)
                                                                    or planned and _of_time_or_place(node))) \
                or bool(marks & SIMULTANEOUS_MARKS)
        node = node.head
    return False


def _tense(verb: Token) -> str:
    """ "perfect" (has, have, had), "past" (a past tense form of the verb or its auxiliary) or "present"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxiliaries):
        return "perfect"
    return "past" if any(t.tag_ == "VBD" for t in [verb, *auxiliaries]) else "present"


def _progressive(verb: Token) -> bool:
    """ "who were trying to storm parliament", "protesters marching on the palace": what was going on."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in verb.children)


def _in_a_described_thing(mention: DateMention, token: Token, anchor: Token) -> bool:
    """Whether the event is told in a relative clause that the date is outside of: "Ankara, which has previously
    demanded Assad step down, blamed him for last Saturday's attack" (the demand is not of that Saturday)."""
    first = _first_token(mention, token)
    node = anchor
    while first is not None and node.head.i != node.i and first not in node.subtree:
        if node.dep_ == "relcl":
            # (but "last April's raid, when 40 people were killed", "the call on Friday where he agreed": a clause
            # of that time or place; "Saturday's attack, which killed 50": the dated thing's own deed)
            thing = node.head.head.head if node.head.dep_ == "pobj" else node.head  # ("the raid in Lamu, which")
            return not _of_time_or_place(node) and first not in thing.subtree
        node = node.head
    return False


def _of_time_or_place(clause: Token) -> bool:
    return any(c.lower_ in ("when", "where") for c in clause.children)


def _within(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")


def _of_another_conjunct(mention: DateMention, token: Token, anchor: Token) -> bool:
    """Whether the date is of the first of two clauses with subjects of their own and the event of the second,
    told in another tense: "Turkey invaded Afrin in January, and Russia has condemned the operation" (a date
    before the first verb, "On Monday, troops entered and rebels fled", stands over both, and a simple past
    goes on in the same time: "returned in 2015 and police arrested him")."""
    first = _first_token(mention, token)
    if first is None:
        return False
    node = anchor
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and _has_subject(node) and first not in node.subtree:
            simple_past = node.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
            return node.head.i < first.i < node.i and not simple_past
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


def frames_the_sentence(mention: DateMention, span: Span) -> bool:
    """Whether a date sets the time of the whole sentence, told in the past: it hangs on the main clause ("In
    2017, 65,000 refugees were resettled", "the town was the target of an attack in April") or on a when-clause
    of the past that sets its time ("When the war began in 2011, he led the marches"), not on a clause of
    its own ("the war, which began in 2011, goes on") nor as a start that runs on ("since 2011", "after 1979"); an end does ("tried
    to build one before 1939" tells of a time before 1939, "before Friday" of the days before Friday)."""
    if not mention.placed or mention.bound in ("since", "after") or not mention.resolved.date:
        return False
    node = next((t for t in span if mention.start <= t.idx - span.start_char < mention.end), None)
    if node is None:
        return False
    while node.head.i != node.i:
        if node.dep_ in CLAUSES and not _when_in_the_past(node):
            return False
        node = node.head
    return told_in_the_past(span)


def _when_in_the_past(clause: Token) -> bool:
    """ "When the uprising began in 2011, he led the marches": a when-clause in the past sets the time of its
    sentence as a phrase on the main verb would."""
    return clause.dep_ == "advcl" and _past(clause) and \
        any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def told_in_the_past(span: Span) -> bool:
    """Whether the sentence's main verb is a past tense ("were resettled", "was the target")."""
    return _past(span.root)
