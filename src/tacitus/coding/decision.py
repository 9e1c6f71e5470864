"""Deciding on a reading: whether its parties make it an event, and with which status, place and sides.

A reading is abstained on (logged at INFO, never coded with a fallback) when its parties do not fit the
lexicon entry, or when the sentence names no party at all. Violence promised or made conditional is
recoded as the THREATEN it is. The sides are then arranged the way PLOVER codes them: every side of a
reciprocal event (talks, agreements) among the actors, unnamed groups placed in the country where the
event happens, a street protest addressed to that country's government, a town struck or taken standing
for its state.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tacitus.coding.antecedents import names_a_person
from tacitus.coding.brackets import bracketed
from tacitus.coding.context import ArticleContext
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.namings import named_in_full_before, names_a_town
from tacitus.coding.owners import BACKING_VERBS
from tacitus.coding.parties import ACTOR_KINDS, Parties
from tacitus.coding.phrases import is_attempt, objects_of, phrase_text, phrase_tokens
from tacitus.coding.places import attach_place
from tacitus.coding.placing import (ARMED_SECTORS, DOMESTIC, INSURGENT_SECTORS, SPEAKING_VERBS, STATEMENTS,
                                    is_a_group_of_states, may_be_aimed_abroad, names_an_unplaced_attacker,
                                    names_the_state, place_by_sentence, sentence_countries)
from tacitus.coding.status import (event_status, is_announced, is_announced_in_progress, is_conjecture,
                                   is_counterfactual, is_forecast, modals_of)
from tacitus.coding.subjects import is_passive
from tacitus.coding.triggers import Trigger
from tacitus.coding.unclaimed import made_by_ground_means, unidentified_attackers
from tacitus.coding.words import words
from tacitus.knowledge.theatres import fights_in
from tacitus.records import Entity, Place

log = logging.getLogger(__name__)

# Only events that happen somewhere take the sentence's lone place; statements do not.
MATERIAL_OR_MEETING = {"CONSULT", "COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                       "ASSAULT"}
# Where the target of violence is a town, the town is also where it happened ("shelled Aleppo")
TARGET_IS_PLACE = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
THREAT_CATEGORIES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
# Who acts for a state at home: what they do with no named target falls on its people, not its government
STATE_FORCES = frozenset({"GOV", "MIL", "COP", "JUD"})
# The phrases a judicial act is named in: "put under investigation", "placed on trial"
JUDICIAL_PREPS = {"under", "on"}
# Armed parties that are no state's forces: unidentified gunmen, insurgents, rebels, gangs
IRREGULAR_SECTORS = frozenset({"UAF", "REB", "INS", "CRM"})
RECLAIM_VERBS = words("reclaim_verb")
# Acts done abroad with no named target fall on the country where they happen
ABROAD_FALLS_ON_PLACE = {"RETREAT", "CONCEDE", "AID", "COERCE", "SANCTION", "MOBILIZE", "ASSAULT"}
# A demand "that he must resign" is made of someone even before the pronoun is resolved
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "you", "i"})
# Subjects that name the means or an anonymous attacker, not a party: "a car bomb exploded", "gunmen killed"
ANONYMOUS_ATTACKERS = words("anonymous_attacker")
NEWS_OUTLETS = words("news_outlet")
JOINT_ADVERBS = words("joint_adverb")
OBLIGATIONS = frozenset({"must", "should", "ought"})
# "a US-brokered accord": the state that brokered a deal is no party to it
BROKERED = re.compile(r"-(brokered|mediated|sponsored)\b", re.IGNORECASE)
# Moves a party arranges before making them, so that "announced it was withdrawing" is still to come (a strike
# announced in the progressive is under way)
ARRANGED = frozenset({"RETREAT", "AID", "CONSULT", "CONCEDE"})


@dataclass
class Decision:
    """A reading the coder keeps: its (possibly recoded) entry, sides, status and place."""

    entry: Entry
    actors: list[Entity]
    recipients: list[Entity]
    status: str
    place: Place | None
    anaphoric: bool


def decide(*, trigger: Trigger, entry: Entry, parties: Parties, span: Span,
           context: ArticleContext) -> Decision | None:
    """The event a reading makes, or None (with the reason logged) when it makes none."""
    token = trigger.token
    actors, recipients = parties.actors, parties.recipients
    if not _parties_fit(entry, actors, recipients):
        return None
    recipients = [r for r in recipients if r not in parties.aimed_at]
    if token.lemma_.lower() in SPEAKING_VERBS and any(_is_news_outlet(r) for r in recipients):
        # what a party tells the press is no act towards the press: an interview is no meeting, and a demand
        # made in one is addressed to whom it names, not to the paper
        if entry.category == "CONSULT":
            log.info("abstained on %r: an interview is no meeting", token.text)
            return None
        recipients = [r for r in recipients if not _is_news_outlet(r)]
    unknown_attacker = entry.category in ("ASSAULT", "COERCE") and not actors and _attacker_unnamed(token, entry) \
        or entry.category == "AID" and not actors and _shipment_unsent(token, entry)
    # ("Fighting between the army and ISWAP in Damasak": a note's verbless opening names the sides of a clash
    # after "between", and the reciprocal reading makes them its actors)
    sides_between = "reciprocal" in entry.roles and len(parties.co_actors) > 1 and _sides_between(token)
    if trigger.governor is None and not actors and not is_passive(token) and not unknown_attacker \
            and "undergoer" not in entry.roles and not is_attempt(token) and not sides_between:
        # an active clause whose subject we cannot name: who did it is unknown, so is the event's worth
        log.info("abstained on %r: its subject is no known party in %r", token.text, span.text[:80])
        return None
    if entry.category == "MOBILIZE" and entry.pos == "NOUN" \
            and len({a.country for a in actors + parties.co_actors if a.country}) > 1:
        # exercises held by the forces of two countries together are joint ones: "French and Egyptian
        # warships launched war games", "held exercises with China" is military cooperation, not one side's
        # show of force
        entry = replace(entry, category="COOPERATE", mode="military", roles=entry.roles | {"reciprocal"})
    elif entry.category != "COOPERATE" and _done_jointly(token, actors + parties.co_actors, recipients):
        # "Peruvian and Ecuadorean police jointly seized a cocaine shipment": two states act together on no
        # third, so the event between them is their cooperation
        mode = {"ASSAULT": "military", "MOBILIZE": "military", "COERCE": "judicial"}.get(entry.category)
        entry = replace(entry, category="COOPERATE", mode=mode, roles=entry.roles | {"reciprocal"})
    actors, recipients = arrange(entry=entry, actors=actors, recipients=recipients, co_actors=parties.co_actors)
    if entry.needs("modal") and not any(r.country or r.kind in ACTOR_KINDS or r.text.lower() in PERSONAL_PRONOUNS
                                        for r in recipients):
        # "said international relations should not depend on one man's mood": an opinion asks no one
        log.info("abstained on %r: what should be done is asked of no party", token.text)
        return None
    if not actors and not recipients and _in_condition(token):
        log.info("abstained on %r: a condition with no party names no event", token.text)
        return None  # "will act if attacks continue"
    status = event_status(token, trigger.governor, span)
    if status in ("planned", "hypothetical", "intended") and is_forecast(token, trigger.governor):
        log.info("abstained on %r: what the writer or an analyst expects is no event", token.text)
        return None
    if status == "asserted" and entry.category in ARRANGED and is_announced_in_progress(token, trigger.governor):
        status = "intended"  # "announced he was bringing the troops home": the withdrawal is still to come
    threatened = entry.category  # what a threat recoded below threatens to do
    if "intent" in entry.roles and status == "asserted":
        status = "intended"  # "offered aid": the offer was made, the aid is yet to come
    if _threatened(entry, status, span, token, trigger.governor) \
            and not modals_of(token, trigger.governor) & OBLIGATIONS and not is_counterfactual(token, trigger.governor):
        # Violence or punishment promised ("vowed to retaliate"), announced ("will extend the curfew") or
        # made conditional ("will attack if ...") is a threat, which did happen: PLOVER codes it THREATEN.
        # (What a party must or should do is an opinion of it, not its threat: "if the junta is to win, the
        # north is where it must strike next"; nor is what it would have done: "if I had stayed he would
        # have killed me".)
        entry = _threat_entry(entry)
        status = "asserted"
    if entry.category == "THREATEN" and status == "intended":
        status = "asserted"  # "vowed revenge": the vow is the threat, and it was made
    if status == "hypothetical" and is_conjecture(token, trigger.governor):
        # "forces can deploy", "Rojava must be recognised", "if the Americans pull out": an opinion, a
        # forecast or a condition is no event; "could sign the deal next month, an official said" is news
        log.info("abstained on %r: what could, would or should happen is no event unless a source foresees it",
                 token.text)
        return None
    place = _place(trigger, entry, parties, span, context)
    actors, recipients = _place_sides(entry=entry, trigger=trigger, parties=parties, actors=actors,
                                      recipients=recipients, place=place, unknown_attacker=unknown_attacker)
    actors, recipients = place_by_sentence(entry, token, actors, recipients, place, span, context)
    if entry.category == "COERCE" and entry.mode == "arrest":
        actors = _forces_of_the_held(actors, recipients, place, span, context)
    if not actors and entry.category == "COERCE" and entry.mode == "arrest" and is_passive(token):
        actors = _arresting_state(place)
    if not actors and entry.category == "ASSAULT" and made_by_ground_means(token, is_passive(token)):
        actors = unidentified_attackers(place)  # "a bomb exploded in Zinjibar", "were killed in an ambush in Jos"
    if not actors and "legal" in entry.context and entry.category != "COERCE" and is_passive(token):
        actors = _judging_state(token, place)
    clash = "reciprocal" in entry.roles and len(actors) > 1  # "farmers clashed with herders": no third side
    if not recipients and (entry.category in DOMESTIC or entry.mode == "demobilize") and entry.mode != "occupy" \
            and entry.lemma not in RECLAIM_VERBS and not clash and not _judges_an_act(entry, token):
        # (a town taken or retaken at home was taken from whoever held it, not from the state)
        # (fighters who disarm at home stand down before their state; troops pulled back at home face no one named)
        recipients = _at_home(entry, actors, place, span, context, threatened)
    if not (actors or recipients or place is not None):
        log.info("abstained on %r: the sentence names no party and no place in %r", token.text, span.text[:80])
        return None
    return Decision(entry=entry, actors=actors, recipients=recipients, status=status, place=place,
                    anaphoric=parties.anaphoric)


def arrange(*, entry: Entry, actors: list[Entity], recipients: list[Entity],
            co_actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Reciprocal events (talks, calls, agreements) put every side among the actors, as PLOVER does."""
    if "reciprocal" in entry.roles:
        partners = co_actors or [r for r in recipients if r.kind in ("person", "state") and r.sector in (None, "GOV")
                                 and _names_the_party(r)]
        if partners and (co_actors or entry.category in ("CONSULT", "AGREE", "COOPERATE")):
            actors = actors + partners
            recipients = [r for r in recipients if r not in partners]
        # (a thing of a state's is the state's doing, "agreed to US mediation"; but not a deal it only brokered)
        recipients = [r for r in recipients if not BROKERED.search(r.text)]
    else:
        recipients = recipients + co_actors
    actors = _unique(actors)
    recipients = [r for r in _unique(recipients) if not any(_same(r, a) or _speaks_for(a, r) for a in actors)]
    own = {a.country for a in actors if a.country}
    if any(r.country and r.country not in own for r in recipients):
        # "France recalled its ambassador to Italy": the actor's own envoy is no recipient next to Italy
        recipients = [r for r in recipients if r.country not in own]
    return actors, recipients


def _place_sides(*, entry: Entry, trigger: Trigger, parties: Parties, actors: list[Entity],
                 recipients: list[Entity], place: Place | None,
                 unknown_attacker: bool) -> tuple[list[Entity], list[Entity]]:
    """The sides as the event's place tells them: groups placed, protests and strikes addressed."""
    # the sides of a clash fight where it happens ("clashes between rival militias in Tripoli"); but a
    # delegation touring Washington is a visitor there, not American
    # (nor is whoever acts on a country it names of that country: "Cabinet approved sending police to Haiti")
    # (nor is whoever withdraws from a place: "the president plans to withdraw troops from Syria")
    if entry.mode != "visit" and entry.category != "RETREAT" \
            and not (place is not None and place.country and "reciprocal" not in entry.roles
                     and any(names_the_state(r, place.country) for r in recipients)):
        # (who protests does so where they are: "supporters of the junta protested in Niamey")
        # (and unnamed gunmen, militants or gangs who strike or seize in a town are of where they do it, as
        # conflict reports code an unidentified armed group by the country it acts in: regular forces may
        # have come from abroad, gangs have not)
        actors = _localize(actors, place, armed="reciprocal" in entry.roles and entry.category == "ASSAULT"
                           or entry.category == "PROTEST", backed=False,
                           irregular=entry.category in ("ASSAULT", "COERCE"))
    # (but the rebels a government holds talks or signs a deal with are not of the country that hosts them:
    # "agreed to hold talks with Muslim rebels in Malaysia"; placing.py places them)
    talks = "reciprocal" in entry.roles and entry.category != "ASSAULT"
    recipients = [r if talks and r.sector in INSURGENT_SECTORS else placed
                  for r, placed in zip(recipients, _localize(recipients, place, armed=True))]
    if entry.category in ("COERCE", "ASSAULT") and place is not None and place.country \
            and place.precision not in ("country", "region") and actors \
            and all(a.country == place.country for a in actors):
        # "police detained the student leader Ana Rios in Lima": whom a country's forces hold or strike at home,
        # and no word places elsewhere, is of that country
        recipients = [replace(r, country=place.country) if r.country is None and r.kind == "person" else r
                      for r in recipients]
    if place is not None and place.country:
        # "JNIM fighters attacked a post in Djibo", "struck PKK camps in Duhok": a group that fights in several
        # countries is of the one it acts in
        actors, recipients = ([replace(e, country=place.country) if fights_in(e.entity_id, place.country) else e
                               for e in side] for side in (actors, recipients))
    if place is not None and place.country and place.precision not in ("country", "region"):
        # "stormed the Congress in Brasilia", "marched to the Congress in Lima": many states have a Congress
        actors, recipients = ([replace(e, country=place.country) if e.text.lower().removeprefix("the ") == "congress"
                               and e.sector == "LEG" else e for e in side] for side in (actors, recipients))
    if entry.category == "PROTEST" and not recipients and place is not None and place.precision != "region" \
            and place.country and all(a.country in (None, place.country) for a in actors):
        # a street protest with no named target is addressed to the government of where it happens
        recipients = [Entity(text=place.text, country=place.country, sector="GOV", kind="state")]
    struck_place = entry.mode == "occupy" or (entry.category == "ASSAULT" and place is not None and any(
        place.text == phrase_text(t) for t in parties.tokens.recipients))
    if struck_place and not recipients and place is not None and place.country \
            and all(a.country != place.country for a in actors) and entry.lemma not in RECLAIM_VERBS:
        # "Islamic State seized Palmyra", "Russian forces shelled Kharkiv": the town taken or struck belongs
        # to a state (a retaken town was taken from whoever held it, not from its state)
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    if entry.category in ABROAD_FALLS_ON_PLACE and not recipients and place is not None and place.country \
            and (place.precision != "region" or entry.category == "ASSAULT") and actors \
            and all(a.country not in (None, place.country) for a in actors) \
            and not (entry.category == "ASSAULT" and trigger.token.lemma_.lower() in BACKING_VERBS):
        # "withdrew its troops from Lebanon", "lifted the curfew in Montenegro", "evacuated the wounded from
        # Gorazde", "Saudi jets struck a wedding in Yemen": the country left, eased, helped or struck is the other
        # side (not where warplanes support someone's offensive)
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    if entry.category == "CONSULT" and entry.mode == "visit" and not recipients and place is not None \
            and place.country and place.precision != "region" and actors \
            and all(a.country not in (None, place.country) for a in actors):
        # "the UN envoy arrived in Damascus": a visitor's host is the country visited
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    # (an attacker named only by the means or as "gunmen" claims nothing either)
    unclaimed = unknown_attacker or (entry.category == "ASSAULT" and all(
        a.country is None and names_an_unplaced_attacker(a) for a in actors))
    if unclaimed and not recipients and place is not None and place.country:
        # "a car bomb exploded in Mogadishu", "rockets were fired at the Green Zone in Baghdad": perpetrator
        # unknown, the attack hit the place's country
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    return actors, recipients


def _place(trigger: Trigger, entry: Entry, parties: Parties, span: Span, context: ArticleContext) -> Place | None:
    tokens = parties.tokens
    preferred = list(tokens.by_place)
    if "obj-place" in entry.roles or entry.category in TARGET_IS_PLACE:
        preferred += [t for t in tokens.recipients if t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "NOUN"
                      or (("obj-place" in entry.roles or entry.mode == "occupy") and t.pos_ == "PROPN")
                      or entry.category in TARGET_IS_PLACE and _a_town_struck(t, parties, context)]
    if entry.category == "RETREAT":  # "troops left Gao": the town left, which the reading takes for what was moved
        preferred += [t for t in tokens.instruments if t.pos_ == "PROPN"]
    # (a subject that names no party, "a roadside bomb near Samarra", may well say where it happened)
    excluded = _token_positions((tokens.actors if parties.actors else []) + tokens.co_actors)
    if entry.category not in TARGET_IS_PLACE and "obj-place" not in entry.roles:
        excluded |= _token_positions(tokens.recipients)
    anchors = [trigger.token] + ([trigger.governor] if trigger.governor is not None else [])
    return attach_place(anchors=anchors, preferred=preferred, sentence=span, party_tokens=excluded,
                        gazetteer=context.gazetteer, focus=[*context.focus, *context.article_countries],
                        countries_named=context.actors.named,
                        sentence_fallback=entry.category in MATERIAL_OR_MEETING,
                        into_clauses=entry.category in MATERIAL_OR_MEETING)


def _a_town_struck(token: Token, parties: Parties, context: ArticleContext) -> bool:
    """ "Attacked Gajiram", "shelled Garissa", "jets struck Idlib": the small parser calls many a town an organisation
    or a person. A name that stands for no party, or only for the country it is a town of, is the town struck when
    the gazetteer knows it (``attach_place`` looks it up); not a surname the article gave in full before
    ("Campbell", after "Anna Campbell"), a date ("on 12 March") nor a people."""
    if token.pos_ != "PROPN" or named_in_full_before(token):
        return False
    if bracketed(token):
        return True  # "shelled Douma (Rif Dimashq)": conflict notes give a town struck its region in brackets
    if token.ent_type_ not in ("", "ORG", "PERSON"):
        return False
    return not any(phrase_text(token) == r.text for r in parties.recipients) \
        or names_a_town(token, context.gazetteer, context.actors)


def _token_positions(tokens: list[Token]) -> set[int]:
    return {t.i for token in tokens for t in phrase_tokens(token)}


def _at_home(entry: Entry, actors: list[Entity], place: Place | None, span: Span,
             context: ArticleContext, threatened: str | None = None) -> list[Entity]:
    """An act with no named target that stays within the actor's own country ("lifted the state of
    emergency", "police arrested 12", "students staged demonstrations") falls on that country: its
    people, or for protests and demands its government. Nothing when the sentence names another country."""
    # (Isis's home is no country: whom it imprisoned are not "IMG")
    home = {a.country for a in actors if a.country and context.actors.is_state(a.country)
            and a.sector not in ("IGO", "NGO", "IMG")}
    if len(home) != 1:
        return []
    country = next(iter(home))
    if place is not None and place.country not in (None, country):
        return []
    if not sentence_countries(span, context, place) <= {country}:
        return []
    if entry.category == "THREATEN" and threatened != "COERCE" and (place is None or place.country != country):
        # a threat is of harm to someone: with no target and no place at home ("Iran threatened to retaliate")
        # whom it threatens is unknown, not the threatener's own government (but martial law or a curfew
        # threatened falls on the country's own people)
        return []
    if may_be_aimed_abroad(entry, country, place, context):
        log.info("left the target of %r unknown: no place, and the article is about other countries too",
                 entry.lemma)
        return []
    if entry.category == "MOBILIZE" or \
            entry.category in STATEMENTS and any(a.kind == "state" and a.sector is None
                                                 or a.kind == "person" and a.sector in (None, "GOV") for a in actors):
        # "Iran rejected the proposal", "Egypt urged both sides to show restraint": a state's word with no
        # target is aimed at someone unnamed, not at its own government (but what its government or a district
        # administration refuses or threatens at home is aimed at home); troops on alert or sent out with no
        # target are aimed at no one yet
        return []
    # (a state that acts is its government: what it lifts or eases at home it eases for its people; its
    # soldiers and police who crush a protest act on the people, not on the government)
    addressed = entry.category in ("PROTEST", "REQUEST") or not any(
        a.sector in STATE_FORCES or a.kind == "state" and a.sector is None for a in actors)
    name = next((a.name for a in actors if a.country == country and a.kind == "state" and a.name), country)
    return [Entity(text=name, country=country, kind="state", sector="GOV" if addressed else None)]


def _forces_of_the_held(actors: list[Entity], recipients: list[Entity], place: Place | None, span: Span,
                        context: ArticleContext) -> list[Entity]:
    """ "Paramilitary Rangers arrested the former prime minister": forces no word places arrest at home, in the
    country of those they hold, when the sentence names no other."""
    # (someone the registry knows: "the Australian volunteer captured by Kurdish forces" says where he is from,
    # not where he was held)
    held = {r.country for r in recipients if r.country}
    if len(held) != 1 or not any(r.kind == "person" and r.entity_id for r in recipients):
        return actors
    country = next(iter(held))
    if not context.actors.is_state(country) or not sentence_countries(span, context, place) <= {country}:
        return actors
    return [replace(a, country=country) if a.country is None and a.sector in STATE_FORCES and a.kind != "person"
            and not a.backers else a for a in actors]


def _arresting_state(place: Place | None) -> list[Entity]:
    """ "Over 100 activists were arrested in Kinshasa": whoever arrests in a town, when no one is named, is its
    state, as conflict datasets code it (not when the place is no nearer than a country or a region of it)."""
    if place is None or not place.country or place.precision in ("country", "region"):
        return []
    return [Entity(text=place.text, country=place.country, kind="state")]


def _judging_state(token: Token, place: Place | None) -> list[Entity]:
    """ "A US national was put under investigation in Italy", "two nurses were charged in Morocco": only a state's
    prosecutors and courts investigate, charge or sentence, so one that names no agent is the state of where it
    happens, a country included (unlike an arrest, which armed groups make too; not a region of a country). The
    place must be the act's own "in" phrase, not a place of what it is about ("over arms sales to Angola")."""
    if place is None or not place.country or place.precision == "region":
        return []
    holders = [token, *objects_of(token, JUDICIAL_PREPS)]  # "put under investigation in Italy"
    if not any(place.text == phrase_text(o) for holder in holders for o in objects_of(holder, {"in"})):
        return []
    return [Entity(text=place.text, country=place.country, kind="state")]


def _judges_an_act(entry: Entry, token: Token) -> bool:
    """ "Britain condemned the attack", "criticised the decision": what is condemned names no party, and the
    one it is aimed at is whoever made it, not the speaker's own country. (A refusal stays at home: a district
    that "denied land allocation" refused its own people.)"""
    return entry.category == "ACCUSE" and any(c.dep_ in ("dobj", "obj") for c in token.children)


def _sides_between(token: Token) -> bool:
    """Whether the verb names its sides after "between" and has no subject ("fighting between A and B"), not a
    subject we cannot name ("we talked with elders and teachers")."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children)


def _is_news_outlet(entity: Entity) -> bool:
    return entity.sector == "MED" or entity.text.lower() in NEWS_OUTLETS


def _shipment_unsent(token: Token, entry: Entry) -> bool:
    """ "A convoy carrying food arrived in Douma": an aid reading of ours that names its subject's noun takes the
    subject for what carried the aid, which names no one who sent it."""
    carriers = entry.needs("subjnoun")
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return entry.source == "tacitus" and carriers is not None and bool(subjects) \
        and all(s.lemma_.lower() in carriers.values for s in subjects)


def _attacker_unnamed(token: Token, entry: Entry) -> bool:
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "acl" and token.head.dep_ == "ROOT":
        subjects = [token.head]  # "An explosive device detonated near ...", parsed as a noun phrase
    # "drone strikes killed ...": an attack that names no one who made it (but a strike takes no town, and
    # "the clash took place" is no capture)
    return bool(subjects) and all(s.lemma_.lower() in ANONYMOUS_ATTACKERS or s.lower_ in ANONYMOUS_ATTACKERS
                                  or (s.lemma_.lower(), "NOUN") in load_lexicon() and entry.mode != "occupy"
                                  for s in subjects)


def _localize(entities: list[Entity], place: Place | None, *, armed: bool, backed: bool = True,
              irregular: bool = False) -> list[Entity]:
    """ "The government", "police", "protesters" in an event placed in a country are that country's.

    ``armed``: whether unnamed armed groups take the place's country too. Not for actors: the drone
    that struck Raqqa or the forces that shelled a town may well have come from elsewhere; but the sides
    of a clash fight where it happens. ``backed``: whether that holds for groups someone else leads or
    backs too (not for the actors of a clash: "a Saudi-led coalition is fighting ... in Yemen").
    ``irregular``: whether unnamed irregulars no one backs (gunmen, militants, gangs) take it all the same when
    the place is a town or a district, as a local report names it ("gunmen killed two in Kadisau (Katsina)");
    a country or a region of it ("in northern Nigeria") leaves them unknown.
    """
    if place is None or not place.country or place.precision == "region":
        return entities
    # (nor refugees: those in Jordan are not Jordan's)
    return [replace(e, country=place.country) if e.country is None and e.sector not in (None, "REF")
            and e.kind != "person" and not is_a_group_of_states(e)
            and (e.sector not in ARMED_SECTORS or (armed and (backed or not e.backers))
                 or (irregular and e.sector in IRREGULAR_SECTORS and not e.backers and place.precision != "country"))
            else e for e in entities]


def _threat_entry(entry: Entry) -> Entry:
    mode = "sanction" if entry.category == "SANCTION" else "force" if entry.category in THREAT_CATEGORIES else None
    return replace(entry, category="THREATEN", mode=mode)


def _threatened(entry: Entry, status: str, span: Span, token: Token, governor: Token | None) -> bool:
    """Harm announced or made conditional; and a withdrawal or a boycott held over someone: "will withdraw
    its troops unless ...", "said they would boycott all contact with Washington" are threats (PLOVER's
    coders code them so), where a withdrawal announced with no condition is a plan."""
    if entry.category in THREAT_CATEGORIES:
        return _announced_harm(entry, status, span, token, governor)
    if status not in ("planned", "hypothetical", "intended") or _in_condition(token):
        return False
    if entry.lemma == "boycott":
        return status == "intended" or is_announced(token, governor)
    return entry.category == "RETREAT" and _conditional(span)


def _announced_harm(entry: Entry, status: str, span: Span, token: Token, governor: Token | None) -> bool:
    if _in_condition(token):
        return False  # "no objection if France were to seize Dover": the harm is the condition, not the threat
    if status == "intended" or (status == "planned" and entry.category != "MOBILIZE"
                                and is_announced(token, governor)):
        # (a planned deployment or exercise is no threat by itself, nor is what others expect a party to do)
        return True
    return status in ("hypothetical", "planned") and _conditional(span)


def _conditional(span: Span) -> bool:
    return any(t.lower_ in ("if", "unless") for t in span)


def _in_condition(token: Token) -> bool:
    node = token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _done_jointly(token: Token, actors: list[Entity], recipients: list[Entity]) -> bool:
    """Whether the parties of two states at least do the act together ("jointly") to no third state."""
    countries = {a.country for a in actors if a.country}
    return len(countries) > 1 and any(child.dep_ == "advmod" and child.lower_ in JOINT_ADVERBS
                                      for child in token.children) \
        and not any(r.country and r.country not in countries for r in recipients)


def _parties_fit(entry: Entry, actors: list[Entity], recipients: list[Entity]) -> bool:
    subj, notsubj = entry.needs("subj"), entry.needs("notsubj")
    if subj and not _any_of(actors, subj.values) or notsubj and _any_of(actors, notsubj.values):
        return False
    if entry.needs("obj-actor") and not any(r.kind in ACTOR_KINDS or r.sector in ("GOV", "IGO") for r in recipients):
        return False
    return True


def _any_of(actors: list[Entity], sectors: frozenset[str]) -> bool:
    """Whether an actor is of one of the sectors a lexicon condition names ("STATE": a state named as such)."""
    return any(a.sector in sectors or (a.kind == "state" and a.sector is None and "STATE" in sectors) for a in actors)


def _names_the_party(entity: Entity) -> bool:
    """Whether a phrase names a person or a state, not a thing a state's adjective is on: "agreed to curb Iranian
    oil imports" is no agreement with Iran's government."""
    words = entity.text.split()
    return entity.kind == "person" or entity.sector == "GOV" or not words or words[-1][:1].isupper()


def _same(a: Entity, b: Entity) -> bool:
    if a.entity_id is not None and b.entity_id is not None:
        # but a country's people and its government are two sides ("Syrian Kurds demand autonomy from the
        # Syrian government")
        return a.entity_id == b.entity_id and not (a.entity_id.startswith("country:") and a.sector and b.sector
                                                   and a.sector != b.sector)
    return a.text == b.text and a.country == b.country


def _speaks_for(actor: Entity, state: Entity) -> bool:
    """ "The Dutch king apologised for the Netherlands' role": a leader and the state he heads are one party."""
    return names_a_person(actor) and actor.sector == "GOV" and state.kind == "state" and state.sector is None \
        and actor.country is not None and actor.country == state.country


def _unique(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if not any(_same(entity, k) for k in kept):
            kept.append(entity)
    return kept
