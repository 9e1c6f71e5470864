"""Assembly: each trigger of a sentence becomes Events with parties, status, date, place and confidence.

The order of decisions is the one of docs/coder.md: trigger (triggers.py) -> roles (roles.py, then
anaphora.py to resolve them) -> status (status.py) -> date (event_dates.py) -> place (places.py) ->
mode and confidence -> scores. A trigger whose parties do not fit any of its lexicon readings, or
that names no party at all, is abstained on (logged at INFO), never coded with a fallback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from tacitus.coding.anaphora import Memory, resolve_parties
from tacitus.coding.dates import DateMention, detect_tense, find_dates
from tacitus.coding.event_dates import event_dates
from tacitus.coding.lexicon import Entry
from tacitus.coding.modes import mode_from_words
from tacitus.coding.phrases import is_pronoun, phrase_text, phrase_tokens
from tacitus.coding.places import attach_place
from tacitus.coding.roles import PartyTokens, is_passive, noun_parties, verb_parties
from tacitus.coding.scores import derive_scores
from tacitus.coding.status import event_status
from tacitus.coding.triggers import Trigger, find_triggers
from tacitus.errors import TacitusError
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.nlp import ParsedDoc, ParsedSentence
from tacitus.records import Entity, Event, Place, ResolvedDate

log = logging.getLogger(__name__)

# Only events that happen somewhere take the sentence's lone place; statements do not.
MATERIAL_OR_MEETING = {"CONSULT", "COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                       "ASSAULT"}
# Where the target of violence is a town, the town is also where it happened ("shelled Aleppo")
TARGET_IS_PLACE = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
THREAT_CATEGORIES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
ACTOR_KINDS = ("person", "state", "organisation")
RECLAIM_VERBS = {"retake", "recapture"}
ARMED_SECTORS = {"MIL", "REB", "UAF", "INS", "SPY"}


@dataclass
class ArticleContext:
    doc_id: str
    published: dt.date | None
    actors: ArticleActors
    gazetteer: Gazetteer
    memory: Memory = field(default_factory=Memory)
    focus: list[str] = field(default_factory=list)  # countries of the entities met so far, latest first
    article_countries: list[str] = field(default_factory=list)  # every country the article names


def code_document(parsed: ParsedDoc, context: ArticleContext) -> list[Event]:
    events: list[Event] = []
    for sentence in parsed.sentences:
        try:
            events.extend(code_sentence(sentence, context))
        except TacitusError:
            raise  # a broken lexicon or registry is the user's to fix, not a sentence to skip
        except Exception:  # one odd parse must not lose the article: log it and go on
            log.exception("could not code sentence %d of %s", sentence.index, context.doc_id)
    return events


def code_sentence(sentence: ParsedSentence, context: ArticleContext) -> list[Event]:
    span = sentence.span
    triggers = find_triggers(span)
    dates = (find_dates(span.text, context.published, tense=detect_tense(span.text))
             if triggers and context.published else [])
    events: list[Event] = []
    mentioned: list[Entity] = []
    covered: set[int] = set()  # objects of coded verbs: "signed an agreement" is one event, not two
    for trigger in triggers:
        if trigger.token.i in covered:
            continue
        readings: set[str] = set()
        for entry in trigger.entries:
            if entry.category in readings:
                continue
            coded = _code_trigger(trigger, entry, sentence, dates, context, mentioned)
            for event in coded:
                event.needs_confirmation = trigger.tentative
            if coded:
                events.extend(coded)
                covered.update(c.i for c in trigger.token.children if c.dep_ == "dobj")
                readings.add(entry.category)
                if not trigger.tentative:
                    break
                # a half-supported trigger ("seized" + an object outside every list) offers each of its
                # readings to the classifier, which confirms at most one: its top label
    subjects = [context.actors.resolve(phrase_text(t)) for t in span if t.dep_ == "nsubj" and not is_pronoun(t)]
    last = ResolvedDate(events[-1].date, events[-1].date_precision) if events else None
    context.memory.remember([e for e in subjects if e] + mentioned, last)
    planned = [e for e in events if e.status == "planned" and e.date is not None]
    context.memory.last_planned = ResolvedDate(planned[-1].date, planned[-1].date_precision) if planned else None
    context.focus[:] = list(dict.fromkeys(e.country for e in context.memory.entities if e.country))
    return events


def _code_trigger(trigger: Trigger, entry: Entry, sentence: ParsedSentence, dates: list[DateMention],
                  context: ArticleContext, mentioned: list[Entity]) -> list[Event]:
    token = trigger.token
    if trigger.governor is None:
        tokens = verb_parties(token, instrument="instrument" in entry.roles, topic="topic" in entry.roles,
                              clause="clause" in entry.roles)
    else:
        tokens = noun_parties(token, trigger.governor)
    actors, anaphoric = resolve_parties(tokens.actors, context.actors, context.memory)
    recipients, _ = resolve_parties(tokens.recipients, context.actors, context.memory)
    # what is sent or deployed is no party, but a misparsed recipient is: keep objects that are actors
    instruments, _ = resolve_parties(tokens.instruments, context.actors, context.memory)
    recipients += [e for e in instruments if e.kind in ACTOR_KINDS or e.sector == "GOV"]
    co_actors, _ = resolve_parties(tokens.co_actors, context.actors, context.memory)
    if trigger.governor is not None and not actors:  # "the Turkish offensive": Turkey's
        actors = [e for e in (context.actors.resolve(c.text) for c in token.children
                              if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                  if e and e.country]
    if not _parties_fit(entry, actors, recipients):
        return []
    unknown_attacker = entry.category == "ASSAULT" and not actors and _attacker_unnamed(token)
    if trigger.governor is None and not actors and not is_passive(token) and not unknown_attacker:
        # an active clause whose subject we cannot name: who did it is unknown, so is the event's worth
        log.info("abstained on %r: its subject is no known party in %r", token.text, sentence.text[:80])
        return []
    mentioned.extend(actors + recipients + co_actors)
    actors, recipients = _arrange(entry, actors, recipients, co_actors)
    if not any(e.country or e.sector for e in actors + recipients) and not unknown_attacker:
        log.info("abstained on %r: no party identified in %r", token.text, sentence.text[:80])
        return []
    status = event_status(token, trigger.governor, sentence.span)
    if "intent" in entry.roles and status == "asserted":
        status = "intended"  # "offered aid": the offer was made, the aid is yet to come
    if entry.category in THREAT_CATEGORIES and status in ("intended", "hypothetical") \
            and _conditional_or_vowed(status, sentence.span):
        # Violence or punishment promised ("vowed to retaliate") or made conditional ("will attack if ...")
        # is a threat, which did happen: PLOVER codes it THREATEN.
        entry = _threat_entry(entry)
        status = "asserted"
    if entry.category == "THREATEN" and status == "intended":
        status = "asserted"  # "vowed revenge": the vow is the threat, and it was made
    place = _place(trigger, entry, tokens, sentence.span, context)
    # the sides of a clash fight where it happens ("clashes between rival militias in Tripoli")
    actors = _localize(actors, place, armed="reciprocal" in entry.roles and entry.category == "ASSAULT",
                       backed=False)
    recipients = _localize(recipients, place, armed=True)
    if entry.category == "PROTEST" and not recipients and place is not None and place.precision != "region" \
            and place.country and all(a.country in (None, place.country) for a in actors):
        # a street protest with no named target is addressed to the government of where it happens
        recipients = [Entity(text=place.text, country=place.country, sector="GOV", kind="state")]
    struck_place = entry.mode == "occupy" or (entry.category == "ASSAULT" and place is not None and any(
        place.text == phrase_text(t) for t in tokens.recipients))
    if struck_place and not recipients and place is not None and place.country \
            and all(a.country != place.country for a in actors) and entry.lemma not in RECLAIM_VERBS:
        # "Islamic State seized Palmyra", "Russian forces shelled Kharkiv": the town taken or struck belongs
        # to a state (a retaken town was taken from whoever held it, not from its state)
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    if unknown_attacker and not recipients and place is not None and place.country:
        # "a car bomb exploded in Mogadishu": perpetrator unknown, the attack hit the place's country
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    if not _identified(actors, recipients, place):
        log.info("abstained on %r: no party placed in a country in %r", token.text, sentence.text[:80])
        return []
    mode = entry.mode or mode_from_words(entry.category, token, trigger.anchor, sentence.span)
    confidence = _confidence(entry, actors, recipients, status, anaphoric)
    days = event_dates(token, dates, anchor=trigger.anchor, published=context.published, status=status,
                       antecedent=context.memory.last_date if anaphoric else
                       context.memory.last_planned if status == "planned" else None)
    return [_event(context, sentence, token, entry, mode, pair_actors, pair_recipients, status, day, place,
                   confidence)
            for day in days for pair_actors, pair_recipients in _respectively(actors, recipients, sentence.span)]


def _arrange(entry: Entry, actors: list[Entity], recipients: list[Entity],
             co_actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Reciprocal events (talks, calls, agreements) put every side among the actors, as PLOVER does."""
    if "reciprocal" in entry.roles:
        partners = co_actors or [r for r in recipients if r.kind in ("person", "state") and r.sector in (None, "GOV")]
        if partners and (co_actors or entry.category in ("CONSULT", "AGREE", "COOPERATE")):
            actors = actors + partners
            recipients = [r for r in recipients if r not in partners]
    else:
        recipients = recipients + co_actors
    actors = _unique(actors)
    recipients = [r for r in _unique(recipients) if not any(_same(r, a) or _speaks_for(a, r) for a in actors)]
    own = {a.country for a in actors if a.country}
    if any(r.country and r.country not in own for r in recipients):
        # "France recalled its ambassador to Italy": the actor's own envoy is no recipient next to Italy
        recipients = [r for r in recipients if r.country not in own]
    return actors, recipients


def _place(trigger: Trigger, entry: Entry, tokens: PartyTokens, span: Span, context: ArticleContext) -> Place | None:
    preferred = list(tokens.by_place)
    if "obj-place" in entry.roles or entry.category in TARGET_IS_PLACE:
        preferred += [t for t in tokens.recipients if t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "NOUN"
                      or (("obj-place" in entry.roles or entry.mode == "occupy") and t.pos_ == "PROPN")]
    excluded = _token_positions(tokens.actors + tokens.co_actors)
    if entry.category not in TARGET_IS_PLACE and "obj-place" not in entry.roles:
        excluded |= _token_positions(tokens.recipients)
    anchors = [trigger.token] + ([trigger.governor] if trigger.governor is not None else [])
    return attach_place(anchors=anchors, preferred=preferred, sentence=span, party_tokens=excluded,
                        gazetteer=context.gazetteer, focus=[*context.focus, *context.article_countries],
                        sentence_fallback=entry.category in MATERIAL_OR_MEETING,
                        into_clauses=entry.category in MATERIAL_OR_MEETING)


def _token_positions(tokens: list[Token]) -> set[int]:
    return {t.i for token in tokens for t in phrase_tokens(token)}


def _identified(actors: list[Entity], recipients: list[Entity], place: Place | None) -> bool:
    """Enough is known to tell an analyst something: a country among the parties, or both sides named
    ("rebels attacked government forces") or one side and where it happened."""
    if any(e.country for e in actors + recipients):
        return True
    return bool(actors) and (bool(recipients) or len(actors) > 1 or place is not None)


# Subjects that name the means or an anonymous attacker, not a party: "a car bomb exploded", "gunmen killed"
ANONYMOUS_ATTACKERS = {"bomb", "bomber", "gunman", "gunmen", "attacker", "assailant", "explosion", "blast",
                       "rocket", "missile", "shell", "mortar", "grenade", "device", "sniper", "drone", "kidnapper"}


def _attacker_unnamed(token: Token) -> bool:
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in ANONYMOUS_ATTACKERS or s.lower_ in ANONYMOUS_ATTACKERS
                                  for s in subjects)


def _localize(entities: list[Entity], place: Place | None, *, armed: bool, backed: bool = True) -> list[Entity]:
    """ "The government", "police", "protesters" in an event placed in a country are that country's.

    ``armed``: whether unnamed armed groups take the place's country too. Not for actors: the drone
    that struck Raqqa or the forces that shelled a town may well have come from elsewhere; but the sides
    of a clash fight where it happens. ``backed``: whether that holds for groups someone else leads or
    backs too (not for the actors of a clash: "a Saudi-led coalition is fighting ... in Yemen").
    """
    if place is None or not place.country or place.precision == "region":
        return entities
    return [replace(e, country=place.country) if e.country is None and e.sector is not None and e.kind != "person"
            and (e.sector not in ARMED_SECTORS or (armed and (backed or not e.backers))) else e for e in entities]


def _threat_entry(entry: Entry) -> Entry:
    return replace(entry, category="THREATEN", mode="sanction" if entry.category == "SANCTION" else "force")


def _conditional_or_vowed(status: str, span: Span) -> bool:
    return status == "intended" or bool({t.lower_ for t in span} & {"if", "unless"})


def _parties_fit(entry: Entry, actors: list[Entity], recipients: list[Entity]) -> bool:
    subj = entry.needs("subj")
    if subj and not any(a.sector in subj.values for a in actors):
        return False
    if entry.needs("obj-actor") and not any(r.kind in ACTOR_KINDS or r.sector in ("GOV", "IGO") for r in recipients):
        return False
    return True


def _same(a: Entity, b: Entity) -> bool:
    if a.entity_id is not None and b.entity_id is not None:
        return a.entity_id == b.entity_id
    return a.text == b.text and a.country == b.country


def _speaks_for(actor: Entity, state: Entity) -> bool:
    """ "The Dutch king apologised for the Netherlands' role": a leader and the state he heads are one party."""
    return actor.kind == "person" and actor.sector == "GOV" and state.kind == "state" and state.sector is None \
        and actor.country is not None and actor.country == state.country


def _unique(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if not any(_same(entity, k) for k in kept):
            kept.append(entity)
    return kept


def _confidence(entry: Entry, actors: list[Entity], recipients: list[Entity], status: str, anaphoric: bool) -> float:
    """The lexicon's trust in the reading, discounted for parties the parse did not name or place in a country."""
    parties = 1.0 if any(a.country for a in actors) and (recipients or len(actors) > 1) else \
        0.85 if any(e.country for e in actors + recipients) else 0.65
    hedged = 0.9 if status in ("hypothetical", "reported") else 1.0
    return round(min(1.0, entry.weight * parties * hedged * (0.95 if anaphoric else 1.0)), 3)


def _respectively(actors: list[Entity], recipients: list[Entity], span: Span) -> list[tuple[list[Entity], list[Entity]]]:
    """ "Turkey and Russia support, respectively, A and B": Turkey -> A, Russia -> B."""
    if "respectively" in span.text.lower() and len(actors) >= 2 and len(actors) == len(recipients):
        return [([a], [r]) for a, r in zip(actors, recipients)]
    return [(actors, recipients)]


def _event(context: ArticleContext, sentence: ParsedSentence, token: Token, entry: Entry, mode: str | None,
           actors: list[Entity], recipients: list[Entity], status: str, date: ResolvedDate | None,
           place: Place | None, confidence: float) -> Event:
    scores = derive_scores(entry.category, mode)
    key = f"{context.doc_id}|{sentence.index}|{token.idx}|{entry.category}|{date.date if date else ''}|" \
          f"{','.join(a.country or '' for a in actors)}"
    return Event(
        id="e-" + hashlib.sha256(key.encode()).hexdigest()[:16], doc_id=context.doc_id, event=entry.category,
        actor=actors, recipient=recipients, date=date.date if date else None,
        date_precision=date.precision if date else "unknown", status=status,  # type: ignore[arg-type]
        sentence=sentence.text.strip(), confidence=confidence, mode=mode, context=list(entry.context),
        event_loc=place, sentence_index=sentence.index, trigger=token.text, trigger_token=token.i,
        start_char=sentence.start_char, end_char=sentence.end_char, quad_class=scores.quad_class,
        score=scores.score, cameo=scores.cameo, goldstein=scores.goldstein)
