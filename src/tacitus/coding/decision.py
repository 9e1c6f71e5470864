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
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tacitus.coding.arrangement import arrange
from tacitus.coding.brackets import bracketed
from tacitus.coding.civilian_sites import civilians_struck
from tacitus.coding.context import ArticleContext
from tacitus.coding.insurgents import rebels_of_the_war
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.namings import named_in_full_before, names_a_town
from tacitus.coding.onlookers import onlookers_place
from tacitus.coding.parties import ACTOR_KINDS, Parties
from tacitus.coding.phrases import is_attempt, phrase_text, phrase_tokens
from tacitus.coding.placed_sides import (RECLAIM_VERBS, arresting_state, forces_of_the_clause, forces_of_the_held,
                                         judging_state, place_sides, sides_at_home)
from tacitus.coding.event_place import attach_place
from tacitus.coding.places import PLACE_ENTS
from tacitus.coding.town_named import SITES
from tacitus.coding.placing import DOMESTIC, SPEAKING_VERBS, place_by_sentence
from tacitus.coding.status import (event_status, is_announced_in_progress, is_conjecture, is_counterfactual, is_forecast,
                                   modals_of)
from tacitus.coding.subjects import is_passive
from tacitus.coding.threats import as_threat, in_condition, makes_a_threat
from tacitus.coding.triggers import Trigger
from tacitus.coding.venues import named_venues, venue_taken_up
from tacitus.coding.unclaimed import made_by_ground_means, unidentified_attackers
from tacitus.coding.words import words
from tacitus.records import Entity, Place

log = logging.getLogger(__name__)
# Only events that happen somewhere take the sentence's lone place; statements do not.
MATERIAL_OR_MEETING = {"CONSULT", "COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                       "ASSAULT"}
# Where the target of violence is a town, the town is also where it happened ("shelled Aleppo")
TARGET_IS_PLACE = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
# A demand "that he must resign" is made of someone even before the pronoun is resolved
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "you", "i"})
# Subjects that name the means or an anonymous attacker, not a party: "a car bomb exploded", "gunmen killed"
ANONYMOUS_ATTACKERS = words("anonymous_attacker")
NEWS_OUTLETS = words("news_outlet")
JOINT_ADVERBS = words("joint_adverb")
OBLIGATIONS = frozenset({"must", "should", "ought"})
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
        log.info("abstained on %r: its reading needs parties of another kind in %r", token.text, span.text[:80])
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
    if not actors and not recipients and in_condition(token):
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
    if makes_a_threat(entry, status, span, token, trigger.governor) \
            and not modals_of(token, trigger.governor) & OBLIGATIONS and not is_counterfactual(token, trigger.governor):
        # Violence or punishment promised ("vowed to retaliate"), announced ("will extend the curfew") or
        # made conditional ("will attack if ...") is a threat, which did happen: PLOVER codes it THREATEN.
        # (What a party must or should do is an opinion of it, not its threat: "if the junta is to win, the
        # north is where it must strike next"; nor is what it would have done: "if I had stayed he would
        # have killed me".)
        entry = as_threat(entry)
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
    # (guests invited to a place are not of it: "invited two Kurdish commanders to Paris")
    placing = None if _invited_to(trigger, entry) else place
    actors, recipients = place_sides(entry=entry, trigger=trigger, parties=parties, actors=actors,
                                      recipients=recipients, place=placing, unknown_attacker=unknown_attacker,
                                      context=context)
    actors, recipients = place_by_sentence(entry, token, actors, recipients, placing, span, context)
    actors, recipients = rebels_of_the_war(actors, recipients, span, context)
    if entry.category == "COERCE" and entry.mode == "arrest":
        actors = forces_of_the_held(actors, recipients, place, span, context)
    if not actors and entry.category == "COERCE" and entry.mode == "arrest" and is_passive(token):
        actors = forces_of_the_clause(token, place, context) or arresting_state(place, context)
    if not actors and entry.category == "ASSAULT" and made_by_ground_means(token, is_passive(token)):
        actors = unidentified_attackers(place)  # "a bomb exploded in Zinjibar", "were killed in an ambush in Jos"
    if not actors and "legal" in entry.context and entry.category != "COERCE" and is_passive(token):
        actors = judging_state(token, place, context)
    clash = "reciprocal" in entry.roles and len(actors) > 1  # "farmers clashed with herders": no third side
    if not recipients and entry.category == "ASSAULT" and place is not None:
        # "government helicopters dropped barrel bombs on homes in Douma": the town's civilians, at home too
        recipients = [e for e in [civilians_struck(parties.tokens.recipients, place)] if e is not None]
    if not recipients and (entry.category in DOMESTIC or entry.mode == "demobilize") and entry.mode != "occupy" \
            and entry.lemma not in RECLAIM_VERBS and not clash and not _judges_an_act(entry, token):
        # (a town taken or retaken at home was taken from whoever held it, not from the state)
        # (fighters who disarm at home stand down before their state; troops pulled back at home face no one named)
        recipients = sides_at_home(entry, actors, place, span, context, threatened)
    if not (actors or recipients or place is not None):
        log.info("abstained on %r: the sentence names no party and no place in %r", token.text, span.text[:80])
        return None
    return Decision(entry=entry, actors=actors, recipients=recipients, status=status, place=place,
                    anaphoric=parties.anaphoric)


def _place(trigger: Trigger, entry: Entry, parties: Parties, span: Span, context: ArticleContext) -> Place | None:
    tokens = parties.tokens
    focus = [*context.focus, *context.article_countries]
    preferred = named_venues(trigger.token, tokens.by_place, context.gazetteer, focus, context.actors.named)
    if "obj-place" in entry.roles or entry.category in TARGET_IS_PLACE:
        # (a site named by its town is struck there, whatever the parser tagged it: "stormed Kabul University")
        preferred += [t for t in tokens.recipients if t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "NOUN"
                      or t.lemma_.lower() in SITES
                      or (("obj-place" in entry.roles or entry.mode == "occupy") and t.pos_ == "PROPN")
                      or entry.category in TARGET_IS_PLACE
                      and _a_town_struck(t, parties, context, capitals=entry.category == "ASSAULT")]
    # ("invited the Kurdish leaders to Paris"): where the guests are asked to come is where the meeting is asked for,
    # though the reading takes the capital for its government
    preferred += _invited_to(trigger, entry)
    if entry.category == "RETREAT":  # "troops left Gao": the town left, which the reading takes for what was moved
        preferred += [t for t in tokens.instruments if t.pos_ == "PROPN"]
    # (a subject that names no party, "a roadside bomb near Samarra", may well say where it happened)
    excluded = _token_positions((tokens.actors if parties.actors else []) + tokens.co_actors)
    if entry.category not in TARGET_IS_PLACE and "obj-place" not in entry.roles:
        excluded |= _token_positions(tokens.recipients)
    anchors = [trigger.token] + ([trigger.governor] if trigger.governor is not None else [])
    place = attach_place(anchors=anchors, preferred=preferred, sentence=span, party_tokens=excluded,
                         gazetteer=context.gazetteer, focus=focus, countries_named=context.actors.named,
                         sentence_fallback=entry.category in MATERIAL_OR_MEETING,
                         into_clauses=entry.category in MATERIAL_OR_MEETING)
    if place is None and entry.category in MATERIAL_OR_MEETING:
        # ("Deraa has seen a month of killings as gunmen ...", "Douma residents said helicopters bombed ...")
        place = onlookers_place(anchors, excluded, context.gazetteer, focus, context.actors.named)
    # ("Nato leaders meet in Brussels on Thursday. At the summit, Trump will demand ...")
    return place or venue_taken_up(anchors, excluded, context.gazetteer, focus, context.actors.named)


def _invited_to(trigger: Trigger, entry: Entry) -> list[Token]:
    """The place an invitation asks its guests to come to: "invited the prince to Washington"."""
    if entry.category != "REQUEST" or entry.mode != "meet":
        return []
    return [o for prep in trigger.token.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTS]


def _a_town_struck(token: Token, parties: Parties, context: ArticleContext, *, capitals: bool) -> bool:
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
    # (``capitals``: a capital struck is its government's too, "missiles struck Kyiv", and still the town where they
    # fell; but troops that left a town for the capital did not leave the capital)
    return not any(phrase_text(token) == r.text for r in parties.recipients) \
        or names_a_town(token, context.gazetteer, context.actors, seats=capitals)


def _token_positions(tokens: list[Token]) -> set[int]:
    return {t.i for token in tokens for t in phrase_tokens(token)}


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
    # "ordered US forces to leave the base" asks another state; its own forces told to leave are no demand
    countries = {a.country for a in actors}
    if entry.needs("obj-foreign") and not any(r.country and r.country not in countries for r in recipients):
        return False
    return True


def _any_of(actors: list[Entity], sectors: frozenset[str]) -> bool:
    """Whether an actor is of one of the sectors a lexicon condition names ("STATE": a state named as such)."""
    return any(a.sector in sectors or (a.kind == "state" and a.sector is None and "STATE" in sectors) for a in actors)
