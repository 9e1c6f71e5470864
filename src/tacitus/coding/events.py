"""Coding one article: triggers found in each sentence become Events with parties, status, date and place."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tacitus.coding.dates import DateMention, default_date, detect_tense, find_dates
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.phrases import is_pronoun, phrase_text, split_coordinated_modifiers
from tacitus.coding.places import attach_place
from tacitus.coding.roles import PartyTokens, noun_parties, verb_parties
from tacitus.coding.scores import derive_scores
from tacitus.coding.status import event_status
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.nlp import ParsedDoc, ParsedSentence
from tacitus.records import Entity, Event, ResolvedDate

log = logging.getLogger(__name__)

LIGHT_VERBS = {"hold", "have", "conduct", "launch", "carry", "begin", "start", "resume", "continue", "stage",
               "impose", "express", "offer", "extend", "voice", "sign", "reach", "announce", "declare", "make",
               "pay", "give", "issue", "step", "intensify", "increase", "boost", "provide", "mount", "wage",
               "attend", "seek", "open", "join", "deliver", "deepen", "expand", "agree", "broker", "order",
               "send", "mediate", "host", "renew", "escalate", "unleash", "conduct", "perform", "approve",
               "adopt", "unveil", "test", "fire"}
HAPPENING_VERBS = {"take", "begin", "start", "resume", "continue", "open", "end", "erupt", "break", "intensify"}
# Only events that happen somewhere take the sentence's lone place; statements do not.
MATERIAL_OR_MEETING = {"CONSULT", "COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                       "ASSAULT"}
MEMORY_SENTENCES = 2
MEMORY_ENTITIES = 8
SPEAKER_PRONOUNS = {"we", "i", "you", "us", "me", "our", "my", "your"}
# Verbs whose complement did not (yet) happen: "rather than travel", "instead of attacking"
IRREALIS_MARKERS = {"rather", "instead", "without"}
# Events inside what someone imagines, fears or wants have not happened
COGNITION = {"imagine", "fear", "hope", "want", "wish", "dream", "worry", "envisage", "suggest", "consider"}
THREAT_CATEGORIES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
ANAPHORS = {"the parties", "both", "both sides", "the two leaders", "the two sides", "the sides", "the two",
            "the leaders", "the two countries", "both countries", "both leaders", "the two presidents",
            "the two men", "the allies"}


@dataclass
class Trigger:
    token: Token
    governor: Token | None  # the light verb of a noun trigger
    entries: tuple[Entry, ...]  # the lexicon readings whose word conditions hold, most specific first


@dataclass
class Memory:
    """What earlier sentences said, for "he", "the parties" and "the delegation"."""

    groups: list[list[Entity]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    last_date: ResolvedDate | None = None
    sentences_since: int = 0  # sentences since anything was remembered: old antecedents go stale

    def remember(self, entities: list[Entity], date: ResolvedDate | None = None) -> None:
        real = [e for e in entities if e.country]
        self.sentences_since = 0 if real else self.sentences_since + 1
        if self.sentences_since > MEMORY_SENTENCES:
            self.groups.clear()
            self.entities.clear()
        if len(real) >= 2:
            self.groups.append(real)
        self.entities.extend(real)
        del self.entities[:-MEMORY_ENTITIES]
        if date is not None and date.precision != "unknown":
            self.last_date = date


@dataclass
class ArticleContext:
    doc_id: str
    text: str
    published: dt.date | None
    actors: ArticleActors
    gazetteer: Gazetteer
    memory: Memory = field(default_factory=Memory)
    focus: list[str] = field(default_factory=list)


def code_document(parsed: ParsedDoc, context: ArticleContext) -> list[Event]:
    events: list[Event] = []
    for sentence in parsed.sentences:
        try:
            events.extend(code_sentence(sentence, context))
        except Exception:  # one odd parse must not lose the article: log it and go on
            log.exception("could not code sentence %d of %s", sentence.index, context.doc_id)
    return events


def find_triggers(span: Span) -> list[Trigger]:
    lexicon = load_lexicon()
    triggers: list[Trigger] = []
    for token in span:
        if token.pos_ != "VERB":
            continue
        entries = _matching(lexicon.get((token.lemma_.lower(), "VERB"), ()), token, token)
        if entries:
            triggers.append(Trigger(token, None, entries))
    for token in span:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        governor = _noun_governor(token)
        if governor is None:
            continue
        entries = lexicon.get((token.lemma_.lower(), "NOUN"), ()) or lexicon.get((token.lower_, "NOUN"), ())
        matching = _matching(entries, token, governor)
        if matching:
            triggers.append(Trigger(token, governor, matching))
    return _drop_subordinate([t for t in triggers if _is_eventive(t)])


def _noun_governor(noun: Token) -> Token | None:
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in LIGHT_VERBS:
        return head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in HAPPENING_VERBS:
        return head
    if noun.dep_ == "ROOT":
        return noun
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        return head.head  # "went on strike"
    if noun.dep_ == "pobj" and head.lower_ == "in" and noun.lemma_.lower() == "protest" and head.head.pos_ == "VERB":
        return head.head  # "blocked highways in protest": the blocking is the protest
    if noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        return _noun_governor(head)
    return None


def _matching(entries: tuple[Entry, ...], token: Token, governor: Token) -> tuple[Entry, ...]:
    return tuple(e for e in entries if all(_holds(c.kind, c.values, token, governor) for c in e.conditions))


def _holds(kind: str, values: frozenset[str], token: Token, governor: Token) -> bool:
    if kind == "prt":
        return any(c.dep_ in ("prt", "prep", "dative", "advmod") and c.lower_ in values for c in token.children)
    if kind == "obj":
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.conjuncts]
        return any(o.lemma_.lower() in values or o.lower_ in values for o in objects)
    if kind == "mod":
        return any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in values for c in token.children)
    if kind == "gov":
        return governor is not token and governor.lemma_.lower() in values
    if kind == "complement":
        return any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    if kind == "intransitive":
        return not any(c.dep_ in ("dobj", "ccomp") for c in token.children)
    return True  # subj and obj-actor are checked once the parties are resolved


def _is_eventive(trigger: Trigger) -> bool:
    """Gerunds after prepositions ("from fighting Isis") and infinitives modifying nouns ("a free hand to
    attack") talk about an action; they do not report one."""
    token = trigger.governor if trigger.governor is not None and trigger.governor is not trigger.token \
        else trigger.token
    if token.dep_ == "pcomp" or (token.dep_ == "pobj" and token.tag_ == "VBG"):
        return False
    if token.dep_ == "acl" and token.tag_ == "VB":
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "dobj") or node.head is node:
            break
        node = node.head
        if node.lemma_.lower() in COGNITION:
            return False
    return not any(t.lower_ in IRREALIS_MARKERS for t in token.lefts)


def _drop_subordinate(triggers: list[Trigger]) -> list[Trigger]:
    """A trigger inside another's complement ("agreed to fight", "accused X of attacking") is its content."""
    positions = {t.token.i for t in triggers} | {t.governor.i for t in triggers if t.governor is not None}
    kept = []
    for trigger in triggers:
        node = trigger.governor or trigger.token
        subordinate = False
        while node.dep_ in ("xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "ccomp") and node.head is not node:
            node = node.head
            if node.i in positions and node.i != trigger.token.i:
                subordinate = True
                break
        if not subordinate:
            kept.append(trigger)
    return kept


def code_sentence(sentence: ParsedSentence, context: ArticleContext) -> list[Event]:
    span = sentence.span
    tense = detect_tense(span.text)
    dates = find_dates(span.text, context.published, tense=tense) if context.published else []
    events: list[Event] = []
    mentioned: list[Entity] = []
    covered: set[int] = set()  # objects of coded verbs: "signed an agreement" is one event, not two
    for trigger in find_triggers(span):
        if trigger.token.i in covered:
            continue
        for entry in trigger.entries:
            coded = _code_trigger(trigger, entry, sentence, dates, context, mentioned)
            if coded:
                events.extend(coded)
                covered.update(c.i for c in trigger.token.children if c.dep_ == "dobj")
                break
    subject_entities = [context.actors.resolve(phrase_text(t)) for t in span if t.dep_ == "nsubj"
                        and not is_pronoun(t)]
    context.memory.remember([e for e in subject_entities if e] + mentioned,
                            events[-1] and _date_of(events[-1]) if events else None)
    return events


def _date_of(event: Event) -> ResolvedDate:
    return ResolvedDate(event.date, event.date_precision)


def _code_trigger(trigger: Trigger, entry: Entry, sentence: ParsedSentence, dates: list[DateMention],
                  context: ArticleContext, mentioned: list[Entity]) -> list[Event]:
    token = trigger.token
    if trigger.governor is None:
        tokens = verb_parties(token, instrument="instrument" in entry.roles, topic="topic" in entry.roles)
    else:
        tokens = noun_parties(token, trigger.governor)
    anaphoric = False
    actors, from_memory = _resolve_all(tokens.actors, context)
    anaphoric |= from_memory
    recipients, _ = _resolve_all(tokens.recipients, context)
    # what is sent or deployed is no party, but a misparsed recipient is: keep objects that are actors
    instruments, _ = _resolve_all(tokens.instruments, context)
    recipients += [e for e in instruments if e.kind in ("person", "state", "organisation") or e.sector == "GOV"]
    co_actors, _ = _resolve_all(tokens.co_actors, context)
    if trigger.governor is not None and not actors:
        actors = [e for e in (context.actors.resolve(c.text) for c in token.children
                              if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                  if e and e.country]
    place_tokens = []
    if "obj-place" in entry.roles:
        place_tokens = [t for t in tokens.recipients if t.ent_type_ in ("GPE", "LOC", "FAC")]
        place_tokens += [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                         for c2 in [c] for t in c2.children if t.dep_ == "pobj" for c in [t]]
    if not _parties_fit(entry, actors, recipients):
        return []
    mentioned.extend(actors + recipients + co_actors)
    if "reciprocal" in entry.roles:
        partners = co_actors or [r for r in recipients if r.kind in ("person", "state") and r.sector in (None, "GOV")]
        if partners and (co_actors or entry.category in ("CONSULT", "AGREE", "COOPERATE")):
            actors = _unique(actors + partners)
            recipients = [r for r in recipients if r not in partners]
    else:
        recipients = _unique(recipients + co_actors)
    actors = _unique(actors)
    recipients = [r for r in _unique(recipients) if not any(_same(r, a) for a in actors)]
    if not any(e.country or e.sector for e in actors + recipients):
        log.info("abstained on %r: no party identified in %r", token.text, sentence.text[:80])
        return []
    status = event_status(token, trigger.governor, sentence.span)
    if entry.category in THREAT_CATEGORIES and status in ("intended", "hypothetical") and _conditional_or_vowed(status, sentence.span):
        # Violence or punishment promised ("vowed to retaliate") or made conditional ("will attack if ...")
        # is a threat, which did happen: PLOVER codes it THREATEN.
        entry = threat_entry(entry)
        status = "asserted"
    party_texts = {e.text for e in actors + recipients}
    place = attach_place(anchors=[token] + ([trigger.governor] if trigger.governor is not None else []),
                         preferred=place_tokens + tokens.by_place, sentence=sentence.span,
                         party_texts=party_texts, gazetteer=context.gazetteer, context=context.text,
                         focus=context.focus, sentence_fallback=entry.category in MATERIAL_OR_MEETING)
    if place is not None and place.country and place.precision != "region":
        # "the government", "police", "protesters" in a located event are that country's
        for entity in actors + recipients:
            if entity.country is None and entity.sector is not None and entity.kind != "person":
                entity.country = place.country
    mode = entry.mode or _mode_from_words(entry.category, sentence.span)
    confidence = _confidence(entry, actors, recipients, status)
    event_dates = _dates_for(token, dates, context, status, anaphoric)
    pairs = _respectively(actors, recipients, sentence.span)
    events = []
    for date in event_dates:
        for pair_actors, pair_recipients in pairs:
            events.append(_event(context, sentence, token, entry, mode, pair_actors, pair_recipients, status,
                                 date, place, confidence))
    return events


def threat_entry(entry: Entry) -> Entry:
    from dataclasses import replace

    return replace(entry, category="THREATEN", mode="sanction" if entry.category == "SANCTION" else "force")


def _conditional_or_vowed(status: str, span: Span) -> bool:
    words = {t.lower_ for t in span}
    return status == "intended" or bool(words & {"if", "unless"})


def _resolve_all(tokens: list[Token], context: ArticleContext) -> tuple[list[Entity], bool]:
    entities: list[Entity] = []
    from_memory = False
    for token in tokens:
        text = phrase_text(token)
        lowered = text.lower()
        if lowered in ANAPHORS or token.lower_ in ("they", "both"):
            group = context.memory.groups[-1] if context.memory.groups else []
            entities.extend(Entity(**{**e.to_dict(), "text": text}) for e in group)
            from_memory = bool(group)
            continue
        if token.lower_ in SPEAKER_PRONOUNS:
            continue  # "we", "I", "you" speak from a quote: whom they mean is not in the parse
        reporter = _reporter_of(token)
        if reporter is not None:
            entity = context.actors.resolve(phrase_text(reporter))
            if entity is not None:  # "The SDF said it had captured ...": it is the SDF
                entities.append(Entity(**{**entity.to_dict(), "text": text}))
                continue
        if is_pronoun(token):
            found = _last_of_kind(context, person=token.lower_ in ("he", "she", "him", "her"))
            if found is not None:
                entities.append(Entity(**{**found.to_dict(), "text": text}))
                from_memory = True
            continue
        split = split_coordinated_modifiers(token)
        for piece in split or [text]:
            entity = context.actors.resolve(piece)
            if entity is None:
                continue
            if entity.country is None and entity.sector and lowered.startswith("the "):
                earlier = next((e for e in reversed(context.memory.entities) if e.sector == entity.sector), None)
                if earlier is not None:
                    entity = Entity(**{**earlier.to_dict(), "text": text})
            entities.append(entity)
    return entities, from_memory


def _reporter_of(pronoun: Token) -> Token | None:
    """The subject of the verb that reports the pronoun's clause, when the pronoun is that clause's subject."""
    if pronoun.lower_ not in ("he", "she", "it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and not is_pronoun(c)]
    return subjects[0] if subjects else None


def _last_of_kind(context: ArticleContext, *, person: bool) -> Entity | None:
    for entity in reversed(context.memory.entities):
        if (entity.kind == "person") == person:
            return entity
    return None


def _parties_fit(entry: Entry, actors: list[Entity], recipients: list[Entity]) -> bool:
    subj = entry.needs("subj")
    if subj and not any(a.sector in subj.values for a in actors):
        return False
    if entry.needs("obj-actor") and not any(r.kind in ("person", "state", "organisation")
                                             or r.sector in ("GOV", "IGO") for r in recipients):
        return False
    return True


def _same(a: Entity, b: Entity) -> bool:
    if a.entity_id is not None and b.entity_id is not None:
        return a.entity_id == b.entity_id
    return a.text == b.text and a.country == b.country


def _unique(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if not any(_same(entity, k) for k in kept):
            kept.append(entity)
    return kept


_MODE_CUES = [("drone", "drone"), ("airstrike", "aerial"), ("warplane", "aerial"), ("jet", "aerial"),
              ("air", "aerial"), ("artillery", "heavy-weapons"), ("shell", "heavy-weapons"),
              ("rocket", "heavy-weapons"), ("missile", "heavy-weapons"), ("mortar", "heavy-weapons"),
              ("suicide", "suicide"), ("bomb", "explosives"), ("explosive", "explosives"), ("ied", "explosives"),
              ("gunman", "firearms"), ("gunfire", "firearms"), ("sniper", "firearms")]
_PHONE_CUES = {"phone", "telephone", "call"}


def _mode_from_words(category: str, span: Span) -> str | None:
    lemmas = {t.lemma_.lower() for t in span}
    if category == "ASSAULT":
        return next((mode for cue, mode in _MODE_CUES if cue in lemmas), None)
    if category == "CONSULT" and lemmas & _PHONE_CUES:
        return "phone"
    return None


def _confidence(entry: Entry, actors: list[Entity], recipients: list[Entity], status: str) -> float:
    parties = 1.0 if any(a.country for a in actors) and (recipients or len(actors) > 1) else \
        0.85 if any(e.country for e in actors + recipients) else 0.65
    return round(min(1.0, entry.weight * parties * (0.9 if status == "hypothetical" else 1.0)), 3)


def _dates_for(token: Token, dates: list[DateMention], context: ArticleContext, status: str,
               anaphoric: bool) -> list[ResolvedDate | None]:
    if dates:
        days = [d for d in dates if d.resolved.precision == "day"]
        if len(days) >= 2 and _coordinated(days, token.sent.text):
            return [d.resolved for d in days]
        position = token.idx - token.sent.start_char
        return [min(dates, key=lambda d: abs(d.start - position)).resolved]
    if anaphoric and context.memory.last_date is not None:
        return [context.memory.last_date]
    if status == "planned" or context.published is None:
        return [None]  # a future event with no date stays undated rather than dated today
    return [default_date(context.published)]


def _coordinated(days: list[DateMention], text: str) -> bool:
    return any(text[a.end:b.start].strip(" ,") in ("and", ",", "and on") for a, b in zip(days, days[1:]))


def _respectively(actors: list[Entity], recipients: list[Entity], span: Span) -> list[tuple[list[Entity], list[Entity]]]:
    if "respectively" in span.text.lower() and len(actors) >= 2 and len(actors) == len(recipients):
        return [([a], [r]) for a, r in zip(actors, recipients)]
    return [(actors, recipients)]


def _event(context: ArticleContext, sentence: ParsedSentence, token: Token, entry: Entry, mode: str | None,
           actors: list[Entity], recipients: list[Entity], status: str, date: ResolvedDate | None,
           place: object, confidence: float) -> Event:
    scores = derive_scores(entry.category, mode)
    key = f"{context.doc_id}|{sentence.index}|{token.idx}|{entry.category}|{date.date if date else ''}|" \
          f"{','.join(a.country or '' for a in actors)}"
    return Event(
        id="e-" + hashlib.sha256(key.encode()).hexdigest()[:16], doc_id=context.doc_id, event=entry.category,
        actor=actors, recipient=recipients, date=date.date if date else None,
        date_precision=date.precision if date else "unknown", status=status,  # type: ignore[arg-type]
        sentence=sentence.text.strip(), confidence=confidence, mode=mode, context=list(entry.context),
        event_loc=place, sentence_index=sentence.index, trigger=token.text,  # type: ignore[arg-type]
        start_char=sentence.start_char, end_char=sentence.end_char, quad_class=scores.quad_class,
        score=scores.score, cameo=scores.cameo, goldstein=scores.goldstein)
