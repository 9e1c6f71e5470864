"""The sides as the event's place tells them: unnamed groups placed in the country where it happens, a town struck
or taken standing for its state, a street protest addressed to its government, the side a sentence leaves unnamed
at home, and the state that arrests or judges where no one is named for it."""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.antecedents import PERSON_PRONOUNS
from tacitus.coding.civilian_sites import civilians_struck
from tacitus.coding.context import ArticleContext
from tacitus.coding.lexicon import Entry
from tacitus.coding.owners import BACKING_VERBS
from tacitus.coding.parties import Parties
from tacitus.coding.phrases import objects_of, phrase_text
from tacitus.coding.placing import (ARMED_SECTORS, INSURGENT_SECTORS, STATEMENTS, is_a_group_of_states,
                                    may_be_aimed_abroad, names_an_unplaced_attacker, names_the_state,
                                    sentence_countries)
from tacitus.coding.triggers import Trigger
from tacitus.coding.words import words
from tacitus.knowledge.theatres import fights_in
from tacitus.records import Entity, Place

log = logging.getLogger(__name__)
# "when" or "as": a clause told at the same moment as the deed
SIMULTANEOUS_MARKS = frozenset({"when", "as"})
# Who arrests and holds people
ARRESTING_SECTORS = frozenset({"COP", "MIL", "SPY"})

# Who acts for a state at home: what they do with no named target falls on its people, not its government
STATE_FORCES = frozenset({"GOV", "MIL", "COP", "JUD"})
# The phrases a judicial act is named in: "put under investigation", "placed on trial"
JUDICIAL_PREPS = {"under", "on"}
# Armed parties that are no state's forces: unidentified gunmen, insurgents, rebels, gangs
IRREGULAR_SECTORS = frozenset({"UAF", "REB", "INS", "CRM"})
RECLAIM_VERBS = words("reclaim_verb")
PERSON_NOUNS = words("person_noun")
# Acts done abroad with no named target fall on the country where they happen
# What names a legislature many states call so, or its seat
CONGRESS_NAMES = frozenset({"congress", "congress building"})
ABROAD_FALLS_ON_PLACE = {"RETREAT", "CONCEDE", "AID", "COERCE", "SANCTION", "MOBILIZE", "ASSAULT"}


def place_sides(*, entry: Entry, trigger: Trigger, parties: Parties, actors: list[Entity],
                 recipients: list[Entity], place: Place | None, unknown_attacker: bool,
                 context: ArticleContext) -> tuple[list[Entity], list[Entity]]:
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
        # "stormed the Congress in Brasilia", "marched to the Congress building in Lima": many states have a Congress
        actors, recipients = ([replace(e, country=place.country) if e.text.lower().removeprefix("the ")
                               in CONGRESS_NAMES and e.sector == "LEG" else e for e in side]
                              for side in (actors, recipients))
    if entry.category == "PROTEST" and not recipients and place is not None and place.precision != "region" \
            and place.country and all(a.country in (None, place.country) for a in actors):
        # a street protest with no named target is addressed to the government of where it happens
        # (written as the state, not as the town: "protested in Baghdad" is aimed at Iraq's government)
        recipients = [Entity(text=state_name(place.country, actors, context), country=place.country, sector="GOV",
                             kind="state")]
    # (a person the story already knows, "her brother was killed in Homs", is whom it struck, not the town)
    stands_for_victims = not any(known_person(t) for t in parties.tokens.recipients)
    struck_place = entry.mode == "occupy" or (entry.category == "ASSAULT" and place is not None and any(
        place.text == phrase_text(t) for t in parties.tokens.recipients))
    if struck_place and not recipients and place is not None and place.country \
            and all(a.country != place.country for a in actors) and entry.lemma not in RECLAIM_VERBS:
        # "Islamic State seized Palmyra", "Russian forces shelled Kharkiv": the town taken or struck belongs
        # to a state (a retaken town was taken from whoever held it, not from its state)
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    if entry.category in ABROAD_FALLS_ON_PLACE and not recipients and stands_for_victims \
            and place is not None and place.country \
            and (place.precision != "region" or entry.category == "ASSAULT") and actors \
            and all(a.country not in (None, place.country) for a in actors) \
            and not (entry.category == "ASSAULT" and trigger.token.lemma_.lower() in BACKING_VERBS):
        # "withdrew its troops from Lebanon", "lifted the curfew in Montenegro", "evacuated the wounded from
        # Gorazde", "Saudi jets struck a wedding in Yemen": the country left, eased, helped or struck is the other
        # side (not where warplanes support someone's offensive); homes or a market struck are its civilians
        civilians = civilians_struck(parties.tokens.recipients, place) if entry.category == "ASSAULT" else None
        recipients = [civilians or Entity(text=place.text, country=place.country, kind="state")]
    if entry.category == "CONSULT" and entry.mode == "visit" and not recipients and place is not None \
            and place.country and place.precision != "region" and actors \
            and all(a.country not in (None, place.country) for a in actors):
        # "the UN envoy arrived in Damascus": a visitor's host is the country visited
        recipients = [Entity(text=place.text, country=place.country, kind="state")]
    # (an attacker named only by the means or as "gunmen" claims nothing either)
    unclaimed = unknown_attacker or (entry.category == "ASSAULT" and all(
        a.country is None and names_an_unplaced_attacker(a) for a in actors))
    if unclaimed and not recipients and stands_for_victims and place is not None and place.country:
        # "a car bomb exploded in Mogadishu", "rockets were fired at the Green Zone in Baghdad": perpetrator
        # unknown, the attack hit the place's country (or its civilians: "a bomb hit a market in Kabul")
        recipients = [civilians_struck(parties.tokens.recipients, place)
                      or Entity(text=place.text, country=place.country, kind="state")]
    return actors, recipients


def known_person(token: Token) -> bool:
    """ "He", "her brother", "his uncle": a person the story has already introduced, by a pronoun or a possessed
    word for a person (not "a man", "two people": new victims, who a local report may leave to the place)."""
    if token.lower_ in PERSON_PRONOUNS:
        return True
    return token.lemma_.lower() in PERSON_NOUNS and any(c.dep_ == "poss" for c in token.children)


def _localize(entities: list[Entity], place: Place | None, *, armed: bool, backed: bool = True,
              irregular: bool = False) -> list[Entity]:
    """ "The government", "police", "protesters" in an event placed in a country are that country's.

    ``armed``: whether unnamed armed groups take the place's country too. Not for actors: the drone
    that struck Raqqa or the forces that shelled a town may well have come from elsewhere; but the sides
    of a clash fight where it happens. ``backed``: whether that holds for groups someone else leads or
    backs too (not for the actors of a clash: "a Saudi-led coalition is fighting ... in Yemen").
    ``irregular``: whether unnamed irregulars (gunmen, militants, gangs) take it all the same when the place is
    a town or a district, as a local report names it ("gunmen killed two in Kadisau (Katsina)"); a country or a
    region of it ("in northern Nigeria") leaves them unknown. Rebels or militias a foreign state backs do too, as
    they fight at home ("Iranian-backed militias shelled a base near Baghdad"), unless the place is the backer's.
    """
    if place is None or not place.country or place.precision == "region":
        return entities
    # (nor refugees: those in Jordan are not Jordan's)
    return [replace(e, country=place.country) if e.country is None and e.sector not in (None, "REF")
            and e.kind != "person" and not is_a_group_of_states(e)
            and (e.sector not in ARMED_SECTORS or (armed and (backed or not e.backers))
                 or (irregular and e.sector in IRREGULAR_SECTORS and place.precision != "country"
                     and (not e.backers or e.sector in INSURGENT_SECTORS and place.country not in e.backers)))
            else e for e in entities]


def sides_at_home(entry: Entry, actors: list[Entity], place: Place | None, span: Span,
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
    name = state_name(country, actors, context)
    if entry.category == "THREATEN" and threatened == "COERCE" and place is not None:
        # "the president said he would extend the curfew in the capital": a curfew or martial law threatened at
        # home falls on the country's people, whoever threatens it (its president too, who is no side of his own)
        return [Entity(text=name, country=country, kind="group", sector="CVL")]
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
    return [Entity(text=name, country=country, kind="state", sector="GOV" if addressed else None)]


def state_name(country: str, actors: list[Entity], context: ArticleContext) -> str:
    """The name a state a sentence leaves unnamed is written by: as an actor named it, else the registry's."""
    known = context.actors.registry.data.countries.get(country)  # (its name, not its code, as the text)
    return next((a.name for a in actors if a.country == country and a.kind == "state" and a.name),
                known.name if known is not None else country)


def forces_of_the_held(actors: list[Entity], recipients: list[Entity], place: Place | None, span: Span,
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


def forces_of_the_clause(token: Token, place: Place | None, context: ArticleContext) -> list[Entity]:
    """ "He was arrested when armed police raided his hotel", "detained as soldiers stormed the offices": the forces
    whose deed a "when" or "as" clause of an agentless passive tells are who held him (of where it happened, when
    no word says whose they are)."""
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(m.dep_ in ("advmod", "mark") and m.lower_ in SIMULTANEOUS_MARKS
                                             for m in clause.children):
            continue
        forces = [e for e in (context.actors.resolve(phrase_text(s)) for s in clause.children if s.dep_ == "nsubj")
                  if e is not None and e.sector in ARRESTING_SECTORS]
        if forces:
            home = place.country if place is not None else None
            return [replace(e, country=home) if e.country is None else e for e in forces]
    return []


def arresting_state(place: Place | None, context: ArticleContext) -> list[Entity]:
    """ "Over 100 activists were arrested in Kinshasa": whoever arrests in a town, when no one is named, is its
    state, as conflict datasets code it (not when the place is no nearer than a country or a region of it)."""
    if place is None or not place.country or place.precision in ("country", "region"):
        return []
    # (written as the state, not as the town: the town arrested no one)
    return [Entity(text=state_name(place.country, [], context), country=place.country, kind="state")]


def judging_state(token: Token, place: Place | None, context: ArticleContext) -> list[Entity]:
    """ "A US national was put under investigation in Italy", "two nurses were charged in Morocco": only a state's
    prosecutors and courts investigate, charge or sentence, so one that names no agent is the state of where it
    happens, a country included (unlike an arrest, which armed groups make too; not a region of a country). The
    place must be the act's own "in" phrase, not a place of what it is about ("over arms sales to Angola")."""
    if place is None or not place.country or place.precision == "region":
        return []
    holders = [token, *objects_of(token, JUDICIAL_PREPS)]  # "put under investigation in Italy"
    if not any(place.text == phrase_text(o) for holder in holders for o in objects_of(holder, {"in"})):
        return []
    return [Entity(text=state_name(place.country, [], context), country=place.country, kind="state")]
