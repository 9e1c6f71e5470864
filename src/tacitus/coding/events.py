"""Coding an article: each trigger of each sentence, through parties -> decision -> record.

The order of decisions is the one of docs/coder.md: trigger (triggers.py) -> parties (parties.py: roles
from the parse, resolved by anaphora.py) -> decision (decision.py: abstentions, status, threat recoding
in threats.py, place, the sides the place tells in placed_sides.py, how they are arranged in arrangement.py)
-> record (record.py: mode, confidence, dates, scores). A trigger whose parties do not fit any of its lexicon
readings, or that names no party at all, is abstained on (logged at INFO), never coded with a fallback.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from tacitus.coding.antecedents import named_person
from tacitus.coding.captors import captors, custody
from tacitus.coding.context import ArticleContext
from tacitus.coding.counterparts import exchanges_of, other_side
from tacitus.coding.dates import DateMention, detect_tense, find_dates
from tacitus.coding.decision import decide
from tacitus.coding.event_dates import frames_the_sentence, told_in_the_past
from tacitus.coding.gatherings import learn_gatherings
from tacitus.coding.judged_deeds import judged_doers
from tacitus.coding.parties import find_parties
from tacitus.coding.phrases import is_pronoun, phrase_text
from tacitus.coding.recalled import recalled_attackers, recalls_an_attack
from tacitus.coding.recollection import goes_on_recalling
from tacitus.coding.record import record_events
from tacitus.coding.retold import dated_by_retelling
from tacitus.coding.retold_places import placed_by_retelling
from tacitus.coding.scene import carried_place
from tacitus.coding.subjects import is_passive
from tacitus.coding.timex.headings import month_sections, section_at
from tacitus.coding.triggers import find_triggers
from tacitus.coding.unclaimed import is_generic_attacker
from tacitus.errors import TacitusError
from tacitus.nlp import ParsedDoc, ParsedSentence
from tacitus.records import Entity, Event, Place, ResolvedDate

log = logging.getLogger(__name__)

__all__ = ["ArticleContext", "code_document", "code_sentence"]

# How many sentences back "the strikes" may recall the attack last told
RECALL_SENTENCES = 2


def code_document(parsed: ParsedDoc, context: ArticleContext) -> list[Event]:
    events: list[Event] = []
    if context.published is not None:
        context.sections = month_sections(parsed.text, context.published)
    section = None
    for sentence in parsed.sentences:
        if context.sections and section != (section := section_at(context.sections, sentence.start_char)):
            context.narrative.past = None  # a month heading sets the time anew: the past told before it ends there
        try:
            events.extend(code_sentence(sentence, context))
        except TacitusError:
            raise  # a broken lexicon or registry is the user's to fix, not a sentence to skip
        except Exception:  # one odd parse must not lose the article: log it and go on
            log.exception("could not code sentence %d of %s", sentence.index, context.doc_id)
    return events


def code_sentence(sentence: ParsedSentence, context: ArticleContext) -> list[Event]:
    span = sentence.span
    # walked for triggers, subjects and objects, and its text read for dates: a span makes each of its tokens anew
    # every time it is walked, and joins its text from them every time it is asked for it
    tokens, text = list(span), span.text
    triggers = find_triggers(span, tokens)
    dates = (find_dates(text, context.published, tense=detect_tense(text), story=context.narrative)
             if triggers and context.published else [])
    events: list[Event] = []
    trigger_tokens: dict[int, Token] = {}
    mentioned: list[Entity] = []
    sides: list[list[Entity]] = []
    covered: set[int] = set()  # objects of coded verbs: "signed an agreement" is one event, not two
    taking = custody(context.told_just_before(sentence.index))  # (whoever took a captive in the sentence before)
    for trigger in triggers:
        if trigger.token.i in covered:
            continue
        readings: set[str] = set()
        for entry in trigger.entries:
            if entry.category in readings:
                continue
            parties = find_parties(trigger=trigger, entry=entry, actors=context.actors, memory=context.memory,
                                   places=context.gazetteer)
            parties.actors, parties.recipients = captors(trigger.token, entry, parties.actors, parties.recipients,
                                                         taking)
            decision = decide(trigger=trigger, entry=entry, parties=parties, span=sentence.span, context=context)
            if decision is None:
                continue
            mentioned.extend(parties.actors + parties.recipients + parties.co_actors)
            sides += [decision.actors, decision.recipients]
            coded = record_events(decision=decision, trigger=trigger, sentence=sentence, dates=dates,
                                  context=context)
            # two readings may end in one category ("will use" a weapon of either list: a threat): one event
            coded = [event for event in coded if event.event not in readings]
            for event in coded:
                event.needs_confirmation = trigger.tentative or trigger.unconfirmed
            if coded:
                events.extend(coded)
                trigger_tokens.update((id(event), trigger.token) for event in coded)
                covered.update(c.i for c in trigger.token.children if c.dep_ == "dobj")
                readings.update({entry.category} | {event.event for event in coded})
                if not trigger.tentative:
                    break
                # a half-supported trigger ("seized" + an object outside every list) offers each of its
                # readings to the classifier, which confirms at most one: its top label
    events = _one_for_coordinated_verbs(events, trigger_tokens)
    events = _recalled_targets(events, trigger_tokens, sentence.index, context)
    events = judged_doers(events, trigger_tokens, sentence.index, context)
    for event in events:
        # (the sentence's own earlier events count: "accused Paris of double standards and issued an ultimatum";
        # a side found so sets up none in turn)
        answered = other_side(event, sentence.index, context.exchanges)
        event.recipient = event.recipient or answered
        context.exchanges.extend([] if answered else exchanges_of([event], sentence.index))
    events = _toll_folded(events, sentence.index, bool(dates), context)
    events = recalled_attackers(events, trigger_tokens, sentence.index, context)
    for event in events:
        event.event_loc = event.event_loc or carried_place(event, span, sentence.index, context)
    dated_by_retelling(events, sentence.index, context, span=span, triggers=triggers, dates=dates)
    learn_gatherings(events, context.narrative)
    placed_by_retelling(span, sentence.index, context)
    if events:
        context.last_told = (sentence.index, events)
    # ("Tom Harwick, from Leeds, said": remembered with the country of his home town, for the "he" that follows)
    subjects = [named_person(t, context.actors, context.gazetteer) or context.actors.resolve(phrase_text(t))
                for t in tokens if (t.dep_ == "nsubj" or _stray_subject(t)) and not is_pronoun(t)]
    # "X has phoned Y, a source said. They discussed ...": with no event to name them, the people the sentence
    # names as objects are still whom a "they" that follows may mean (but not a "he": its subject is)
    objects = [] if events else [p for p in (named_person(t, context.actors, context.gazetteer) for t in tokens
                                             if t.dep_ in ("dobj", "pobj") and t.ent_type_ == "PERSON") if p]
    # (the date the sentence gave an event, for the anaphor that follows: "They agreed to ...")
    told = [e for e in events if e.date_precision != "unknown"] or events
    last = ResolvedDate(told[-1].date, told[-1].date_precision) if told else None
    named = [e for e in subjects if e]
    context.memory.remember(named + mentioned, last, subjects=named, objects=objects,
                            sides=sides if events else [named + objects])
    for event in events:  # only a day of the story's own: an undated event's default date is "unknown"
        context.narrative.follow(ResolvedDate(event.date, event.date_precision))
    # a sentence that codes nothing may still set the story's time: "In 2017, 65,000 refugees were resettled."
    told_dates: list[tuple[str | None, str]] = [(e.date, e.date_precision) for e in events] \
        or _framing_dates(span, text, dates, context)
    context.narrative.tell(sentence.index, told_dates, context.published)
    # ("The siege lasted two winters.": still the past told before; not in a review of the year, whose month
    # headings, not the sentences before, give the time of what it tells)
    if not told_dates and not context.sections and goes_on_recalling(span, dates, context.published):
        context.narrative.go_on(sentence.index)
    planned = [e for e in events if e.status == "planned" and e.date is not None]
    context.memory.last_planned = ResolvedDate(planned[-1].date, planned[-1].date_precision) if planned else None
    context.focus[:] = list(dict.fromkeys(e.country for e in context.memory.entities if e.country))
    return events


def _stray_subject(token: Token) -> bool:
    """ "After years of meddling, Tom Harwick, the opposition leader, has ...": a name with its title in
    apposition before a main verb the parser left with no subject is that verb's subject."""
    if token.ent_type_ != "PERSON" or not any(c.dep_ == "appos" for c in token.children):
        return False  # (tested first: finding a token's sentence scans the doc, and it is asked of every word)
    root = token.sent.root
    return token.i < root.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _toll_folded(events: list[Event], index: int, dated: bool, context: ArticleContext) -> list[Event]:
    """ "Gunmen attacked a village in Zamfara. Seven people were killed.": a toll told right after an attack, with
    no attacker, day or place of its own, is that attack's, not a second one; its victims, when placed in a country,
    become the attack's targets if the attack named none."""
    attack = context.last_attack
    # (a toll placed where the attack was is still its toll: "... were wounded in the blast in Manbij")
    # (nor an attacker of its own: the generic side of an unclaimed attack is none)
    tolls = [e for e in events if e.event == "ASSAULT" and all(is_generic_attacker(a) for a in e.actor) and not dated
             and (e.event_loc is None or attack is not None and _same_place(e.event_loc, attack[1].event_loc))]
    if tolls and attack is not None and attack[0] == index - 1 and len(tolls) == len(events):
        # (victims of no known country add nothing: a clash names its sides as its actors)
        victims = [entity for toll in tolls for entity in toll.recipient if entity.country]
        if not attack[1].recipient and victims:
            attack[1].recipient = victims
        log.info("sentence %d of %s: the toll of the attack before it, not an attack of its own", index,
                 context.doc_id)
        return []
    attacks = [e for e in events if e.event == "ASSAULT"]
    if attacks:
        context.last_attack = (index, attacks[-1])
    return events


def _same_place(place: Place, other: Place | None) -> bool:
    """The same town (a country or a region holds many attacks: "died in another raid in Yemen")."""
    return other is not None and place.precision in ("city", "point") \
        and (place.name, place.country) == (other.name, other.country)


def _recalled_targets(events: list[Event], tokens: dict[int, Token], index: int,
                      context: ArticleContext) -> list[Event]:
    """ "Airstrikes on a village killed 13 civilians. A monitor said the strikes were carried out by Russian jets.":
    an attack the sentence recalls as "the strikes", naming no target of its own, is the attack just told; whom it
    struck is whom that one struck (not whoever the new sentence's place or attacker would suggest), on its day."""
    attack = context.last_attack
    if attack is None or index - attack[0] > RECALL_SENTENCES or not attack[1].recipient:
        return events
    for event in events:
        token = tokens[id(event)]
        if event.event == "ASSAULT" and is_passive(token) and any(recalls_an_attack(s) for s in token.children
                                                                  if s.dep_ == "nsubjpass"):
            event.recipient = list(attack[1].recipient)
            if event.date_precision == "unknown":  # (and its day, when the new sentence gives none)
                event.date, event.date_precision = attack[1].date, attack[1].date_precision
    return events


def _one_for_coordinated_verbs(events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """ "bought and shipped the tents", "beat and detained protesters": verbs
    joined by "and" with the same category and parties tell one event."""
    kept: list[Event] = []
    for event in events:
        token = tokens[id(event)]
        if not any(k.event == event.event and k.actor == event.actor and k.recipient == event.recipient
                   and k.status == event.status and tokens[id(k)] in token.conjuncts for k in kept):
            kept.append(event)
    return kept


def _framing_dates(span: Span, text: str, dates: list[DateMention],
                   context: ArticleContext) -> list[tuple[str | None, str]]:
    """The dates that set the time of a sentence with no event (found here when it had no trigger to look for
    them, and only when its main verb is a past tense; without the story, whose reference days are its events').
    ``text`` is the span's."""
    if not told_in_the_past(span):
        return []
    if not dates and context.published:
        dates = find_dates(text, context.published, tense=detect_tense(text))
    return [(m.resolved.date, m.resolved.precision) for m in dates if frames_the_sentence(m, span)]
