"""Recording a decided reading as Events: mode, confidence, date(s), the respective pairs, derived scores.

One reading can make several events: one per date of coordinated dates ("On Dec. 11 and Dec. 17, they
spoke") and one per pair of "respectively". Each keeps its evidence: the sentence, its offsets in the
article body and the trigger token.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Span, Token

from tacitus.coding.context import ArticleContext
from tacitus.coding.dates import DateMention
from tacitus.coding.decision import Decision
from tacitus.coding.event_dates import event_dates
from tacitus.coding.gatherings import gathering_day
from tacitus.coding.lexicon import Entry
from tacitus.coding.modes import mode_from_words
from tacitus.coding.scores import derive_scores
from tacitus.coding.timex.headings import section_at
from tacitus.coding.triggers import Trigger
from tacitus.coding.unclaimed import is_generic_attacker
from tacitus.nlp import ParsedSentence
from tacitus.records import Entity, Event, ResolvedDate


def record_events(*, decision: Decision, trigger: Trigger, sentence: ParsedSentence, dates: list[DateMention],
                  context: ArticleContext) -> list[Event]:
    entry, token = decision.entry, trigger.token
    mode = entry.mode or mode_from_words(entry.category, token, trigger.anchor, sentence.span)
    confidence = confidence_of(entry, decision.actors, decision.recipients, decision.status, decision.anaphoric)
    memory = context.memory
    days = event_dates(token, dates, anchor=trigger.anchor, published=context.published, status=decision.status,
                       antecedent=memory.last_date if decision.anaphoric else
                       (memory.last_planned or gathering_day(trigger.anchor, context.narrative, context.published))
                       if decision.status == "planned" else None,
                       in_the_past=context.narrative.in_the_past(sentence.index),
                       section=section_at(context.sections, sentence.start_char),
                       told_before=_day_told_before(context, sentence.index))
    return [_event(context=context, sentence=sentence, token=token, entry=entry, mode=mode, actors=pair_actors,
                   recipients=pair_recipients, status=decision.status, date=day, decision=decision,
                   confidence=confidence)
            for day in days
            for pair_actors, pair_recipients in _respectively(decision.actors, decision.recipients, sentence.span)]


def _day_told_before(context: ArticleContext, index: int) -> ResolvedDate | None:
    """The one day the events of the sentence right before had, if they had one."""
    days = {(e.date, e.date_precision) for e in context.told_just_before(index)}
    if len(days) != 1:
        return None
    day, precision = days.pop()
    return ResolvedDate(day, precision) if day is not None and precision == "day" else None


def confidence_of(entry: Entry, actors: list[Entity], recipients: list[Entity], status: str,
                  anaphoric: bool) -> float:
    """The lexicon's trust in the reading, discounted for parties the parse did not name or place in a country."""
    # (the generic side of an unclaimed attack is no party the text named: it earns no trust)
    named = [a for a in actors if not is_generic_attacker(a)]
    parties = 1.0 if any(a.country for a in named) and (recipients or len(named) > 1) else \
        0.85 if any(e.country for e in named + recipients) else 0.65
    hedged = 0.9 if status in ("hypothetical", "reported") else 1.0
    return round(min(1.0, entry.weight * parties * hedged * (0.95 if anaphoric else 1.0)), 3)


def _respectively(actors: list[Entity], recipients: list[Entity], span: Span) -> list[tuple[list[Entity], list[Entity]]]:
    """ "Turkey and Russia support, respectively, A and B": Turkey -> A, Russia -> B."""
    if "respectively" in span.text.lower() and len(actors) >= 2 and len(actors) == len(recipients):
        return [([a], [r]) for a, r in zip(actors, recipients)]
    return [(actors, recipients)]


def _event(*, context: ArticleContext, sentence: ParsedSentence, token: Token, entry: Entry, mode: str | None,
           actors: list[Entity], recipients: list[Entity], status: str, date: ResolvedDate | None,
           decision: Decision, confidence: float) -> Event:
    scores = derive_scores(entry.category, mode)
    # the trigger's place in the body, not the sentence's number: the same event keeps its id when the
    # prefilter leaves earlier sentences unparsed
    key = f"{context.doc_id}|{sentence.offset + token.idx}|{entry.category}|{date.date if date else ''}|" \
          f"{','.join(a.country or '' for a in actors)}"
    # (a party taken from where the event happened has the gazetteer's modern country: the day's is wanted)
    actors, recipients = ([context.actors.as_of_the_day(e) for e in side] for side in (actors, recipients))
    return Event(
        id="e-" + hashlib.sha256(key.encode()).hexdigest()[:16], doc_id=context.doc_id, event=entry.category,
        actor=actors, recipient=recipients, date=date.date if date else None,
        date_precision=date.precision if date else "unknown", status=status,  # type: ignore[arg-type]
        sentence=sentence.text.strip(), confidence=confidence, mode=mode, context=list(entry.context),
        event_loc=decision.place, sentence_index=sentence.index, trigger=token.text, trigger_token=token.i,
        start_char=sentence.start_char, end_char=sentence.end_char, quad_class=scores.quad_class,
        score=scores.score, cameo=scores.cameo, goldstein=scores.goldstein)
