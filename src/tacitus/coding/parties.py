"""Finding an event's parties: the noun phrases its trigger governs, resolved to entities.

The parse gives the tokens (``roles``); the registry, the sentence's pronouns and the article's memory
turn them into entities (``anaphora``). What is sent or deployed ("sent troops") is no party, unless it
names one the parser took for an object.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tacitus.coding.aims import deal_partners, foretold_sufferers, opposed_in_phrases, war_partners
from tacitus.coding.anaphora import Memory, resolve_parties
from tacitus.coding.lexicon import Entry
from tacitus.coding.located import PLACE_NOUNS, place_noun_country
from tacitus.coding.namings import SIGNED_OR_HELD, names_a_town
from tacitus.coding.owners import BACKING_VERBS
from tacitus.coding.partners import (action_targets, asked_of, bond_partners, meeting_attendees, meeting_partners,
                                     requested_partners)
from tacitus.coding.phrases import conjuncts, objects_of, participial_adjunct, phrase_text
from tacitus.coding.placing import INSURGENT_SECTORS
from tacitus.coding.roles import GRANTS, PartyTokens, is_means, noun_parties, purpose_targets, verb_parties
from tacitus.coding.subjects import is_passive
from tacitus.coding.triggers import Trigger
from tacitus.coding.announced_truces import TELLERS, truce_announcers
from tacitus.coding.when_clauses import clause_attackers, told_by_its_means
from tacitus.coding.words import words
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Entity

ACTOR_KINDS = ("person", "state", "organisation")
# What is laid on a place or a people: its "of" or "on" phrase names them ("a blockade of Gaza")
CLOSURES = frozenset({"blockade", "siege", "curfew", "embargo", "closure", "cordon", "quarantine"})
# Who an attack "of" is made by, not made on: "an offensive of government troops"
FORCES = frozenset({"force", "troop", "army", "soldier", "fighter", "militia", "rebel", "jet", "militant", "police"})


@dataclass
class Parties:
    """The parties of one reading of a trigger, before the coder decides on them."""

    tokens: PartyTokens
    actors: list[Entity]
    recipients: list[Entity]
    co_actors: list[Entity]
    anaphoric: bool  # an actor came from an earlier sentence ("the parties", "he")
    aimed_at: list[Entity] = field(default_factory=list)  # whom a supported act targets: no recipient of the support


CRITICISMS = words("criticism_noun")
OCCASIONS = words("occasion_noun")
GROUNDS = words("grounds_noun")
EXPEL_VERBS = words("expel_verb")
ATTEMPTS = words("attempt_noun") | {"effort", "push", "drive"}
LEADING_VERBS = frozenset({"lead", "head", "command"})
# Where forces are massed facing another state: "near the Syrian border", "along its frontier with India"
FRONT_PREPS = {"near", "on", "along", "to", "toward", "towards", "at", "off"}
FRONTIERS = frozenset({"border", "frontier", "boundary", "coast", "coastline", "shore", "waters"})
# Nouns of support whose for- or to-phrase names whom it is given
PLEDGES = frozenset({"support", "backing", "commitment", "solidarity"})
# Verbs of holding people, whose agent or country a demand for their release is made of
HOLDING_VERBS = frozenset({"hold", "detain", "imprison", "jail", "kidnap", "abduct", "capture", "seize", "keep"})
# Verbs whose object is told what the speaker will do to it: "warned Kyiv that it would cut off the gas"
WARNING_VERBS = frozenset({"warn", "caution"})
# A state's missions abroad: closing one is aimed at its host, a protest outside one at the state it serves
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
SITE_PREPS = {"outside", "at", "near", "before", "opposite", "to", "toward", "towards", "in"}
# What is asked for where a state is torn: asked of that state
CALMS = frozenset({"calm", "ceasefire", "cease-fire", "truce", "restraint", "peace", "end", "halt", "dialogue",
                   "reconciliation", "stability", "order", "cessation"})
# What forces are alerted after or amid: who did it faces them
PROVOKING = {"after", "following", "amid", "as"}
TENSIONS = frozenset({"tension", "row", "dispute", "standoff", "stand-off", "crisis"})
# What is fired at a target, never a party: "rockets were fired at the base"
# Acts aimed at someone, whose target an "against" phrase names wherever the parser hangs it
# The toll an attack's participle tells: "..., killing 40 worshippers and wounding dozens"
TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
AIMED = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
PROJECTILES = frozenset({"rocket", "missile", "shell", "mortar", "grenade", "bomb", "round", "bullet", "projectile",
                         "munition", "shot"})


def find_parties(*, trigger: Trigger, entry: Entry, actors: ArticleActors, memory: Memory,
                 places: Gazetteer | None = None) -> Parties:
    token = trigger.token
    if trigger.governor is None:
        tokens = verb_parties(token, instrument="instrument" in entry.roles, topic="topic" in entry.roles,
                              clause="clause" in entry.roles, undergoer="undergoer" in entry.roles,
                              device="device" in entry.roles, things=_things(entry, token, actors))
    else:
        # (what talks are held over is their topic; so for any reciprocal noun: "an agreement on the border")
        tokens = noun_parties(token, trigger.governor, topic="topic" in entry.roles or "reciprocal" in entry.roles)
    # "met on the sidelines of a summit in Brussels": the edge or eve of an occasion says when or where, not with whom;
    # "arrested him on suspicion of terrorist offences": the grounds say why
    tokens.actors, tokens.recipients, tokens.co_actors = (
        [t for t in side if not _an_occasion(t) and not _grounds(t)]
        for side in (tokens.actors, tokens.recipients, tokens.co_actors))
    if token.dep_ == "acl" and token.lemma_.lower() in BACKING_VERBS and entry.category != "SUPPORT":
        # "forces, supported by Russian warplanes, pressed an offensive": air support strikes with the forces,
        # not at them
        tokens.recipients = [t for t in tokens.recipients if t.i != token.head.i]
    if entry.category in ("ASSAULT", "MOBILIZE"):
        # "carried out two killings for Isis", "fought for the regime": whom violence serves is not its target
        # (but restrictions "for new EU members" are on them, and what a relative clause says is to be struck
        # may be what someone is "ready for": "ready for the drones, which the army vowed to shoot down")
        tokens.recipients = [t for t in tokens.recipients if not (t.dep_ == "pobj" and t.head.lower_ == "for"
                                                                  and t.head.head.pos_ != "ADJ")]
    if entry.category == "ASSAULT":
        # "overran a rebel base on the Thai border": a frontier says where the fighting was, not whom it was
        # against (the neighbour it names is a side only when named as one)
        tokens.recipients = [t for t in tokens.recipients
                             if not (t.dep_ == "pobj" and t.lemma_.lower() in FRONTIERS
                                     and t.head.lower_ in FRONT_PREPS)]
    if entry.category == "CONSULT" and trigger.governor is None:
        tokens.co_actors.extend(meeting_partners(token))
    if entry.category == "CONSULT":
        tokens.recipients = [t for t in tokens.recipients if not _where_held(t, entry, trigger, places, actors)]
    if entry.category == "CONSULT" and trigger.governor is not None and trigger.governor.i == token.i \
            and not tokens.actors:
        tokens.actors = meeting_attendees(token)
    # "over the objections of the UN", "despite criticism from Kenya": a critic is no side of what it criticises
    # (but one whose criticism is rejected is: "dismissed Danish criticism of its fishing quotas")
    tokens.recipients = [t for t in tokens.recipients if t.lemma_.lower() not in CRITICISMS
                         or t.dep_ == "dobj" and t.head.i == token.i and trigger.governor is None]
    tokens.co_actors = [t for t in tokens.co_actors if t.lemma_.lower() not in CRITICISMS]
    found_actors, anaphoric = resolve_parties(tokens.actors, actors, memory, places=places)
    found_actors = _with_backers(found_actors, tokens.actors, actors, memory, places)
    if entry.mode == "ceasefire" and not (found_actors or tokens.recipients or tokens.co_actors):
        # "the defence minister said a truce would start at midnight": the truce of the side whose official says so
        announcers = truce_announcers(token)
        found_actors = [e for e in resolve_parties(announcers, actors, memory, places=places)[0]
                        if e.sector not in TELLERS]
        tokens.actors += announcers if found_actors else []
    if entry.category == "ASSAULT" and trigger.governor is None and not found_actors \
            and (is_passive(token) or told_by_its_means(token)):
        # "five soldiers were killed when militants ambushed their convoy": the attacker of the moment told
        # ("the blast killed eight after militants detonated a car bomb": the attack it followed from)
        attackers = clause_attackers(token)
        found_actors = resolve_parties(attackers, actors, memory, places=places)[0]
        tokens.actors += attackers if found_actors else []
    recipients, _ = resolve_parties(tokens.recipients, actors, memory, places=places)
    recipients = _with_backers(recipients, tokens.recipients, actors, memory, places)
    # what is sent or deployed is no party, but a misparsed recipient is: keep objects that are actors
    instruments, _ = resolve_parties([t for t in tokens.instruments if t.lemma_.lower() not in GRANTS], actors, memory,
                                     places=places)
    recipients += [e for e in instruments if e.kind in ACTOR_KINDS or e.sector == "GOV"]
    co_actors, _ = resolve_parties(tokens.co_actors, actors, memory, places=places)
    for thing in dict.fromkeys(thing for thing, _ in tokens.owners if thing.lemma_.lower() in PLACE_NOUNS):
        # "besieged the Kurdish city of Afrin": the place is the party, of its own country, not the people it is
        # named after
        recipients += [Entity(text=phrase_text(thing), country=country, kind="state")
                       for country in place_noun_country(thing, actors, places)]
    for thing, owner in tokens.owners:
        if names_a_town(owner, places, actors, seats=thing.lemma_.lower() in SIGNED_OR_HELD) \
                or thing.lemma_.lower() in PLACE_NOUNS:
            continue  # "signed the Astana agreement": a town says where it was made, not whose it is
        if not resolve_parties([thing], actors, memory, places=places)[0]:  # the object is no party: its owner is
            recipients += resolve_parties([owner], actors, memory, places=places)[0]
    if entry.mode == "demobilize" and trigger.governor is None and not found_actors and is_passive(token):
        # "the guerrillas have been demobilized", "2,000 rebels were disarmed": fighters who stand down, told with
        # no one who disarmed them, stood down themselves and are not its target (but forces "allowed into" a town
        # were let in by someone)
        moved = [t for t in tokens.recipients if t.dep_ == "nsubjpass"]
        found_actors = resolve_parties(moved, actors, memory, places=places)[0]
        if found_actors:
            tokens.actors, tokens.recipients = moved, [t for t in tokens.recipients if t not in moved]
            recipients = [r for r in recipients if r not in found_actors]
    if entry.category == "RETREAT" and not recipients:
        # "withdrew from Syria", "pulled its troops out of Georgia", "the US withdrawal from Syria": whom a retreat
        # leaves (a town left says where)
        left = objects_of(token, {"from"}) + [o for out in token.children if out.lower_ == "out"
                                              for o in objects_of(out, {"of"})]
        if trigger.governor is not None:  # "the withdrawal of Libyan troops from Chad": the parser hangs it on them
            left += [o for moved in objects_of(token, {"of"}) for o in objects_of(moved, {"from"})]
        recipients = resolve_parties(left, actors, memory, places=places)[0]
        tokens.recipients += left if recipients else []
    if entry.mode == "occupy" and trigger.governor is None:
        # "retook Palmyra from Islamic State", "seized control of the town from the rebels": whom ground was taken from
        # is the side it was taken from; the town says where (kept among the tokens, for the place)
        taken = [c for c in token.children if c.dep_ == "dobj"]
        held_by = [o for holder in [token, *taken, *(t for c in taken for t in objects_of(c, {"of"}))]
                   for o in objects_of(holder, {"from"})]
        recipients = resolve_parties(held_by, actors, memory, places=places)[0] or recipients
    if entry.category in ("ASSAULT", "COERCE", "CONCEDE", "SANCTION") and trigger.governor is not None \
            and not recipients:
        # "launched the invasion of Iran", "the siege of Ghouta by government forces": what an attack is of is
        # its target (a town's state, when nothing else is: see placed_sides.py), not whose forces made it; so are
        # those released or expelled ("ordered the release of two Thai fishermen", "the expulsion of Cuban diplomats")
        struck = [o for o in objects_of(token, {"of"}) if o.lemma_.lower() not in FORCES]
        recipients = resolve_parties(struck, actors, memory, places=places)[0]
        tokens.recipients += struck
    if entry.category in ("CONCEDE", "SANCTION") and not recipients:
        # "imposed a ban on arms sales to Burma", "announced the lifting of sanctions on India": whom what is banned
        # or lifted concerns
        nouns = [token] + ([c for c in token.children if c.dep_ == "dobj"] if trigger.governor is None else [])
        struck = [o for noun in nouns for thing in objects_of(noun, {"of", "on"})
                  for o in objects_of(thing, {"to", "from", "on", "against", "of"})]
        recipients = resolve_parties(struck, actors, memory, places=places)[0]
        tokens.recipients += struck if recipients else []
    if entry.category in ("COERCE", "SANCTION") and not recipients and trigger.governor is None:
        # "imposed a blockade of Gaza", "tightened the siege on the town": whom the blockade, siege or curfew the
        # verb acts on is laid on
        laid = [o for noun in token.children if noun.dep_ == "dobj" and noun.lemma_.lower() in CLOSURES
                for o in objects_of(noun, {"of", "on", "against"})]
        recipients = resolve_parties(laid, actors, memory, places=places)[0]
        tokens.recipients += laid if recipients else []
    if entry.category == "ASSAULT" and not recipients and trigger.governor is None:
        # "stormed a church in Owo, killing 40 worshippers": whom an attack on a building or a vehicle killed or
        # wounded are its target (and of each verb the toll follows: "ambushed a bus and set it on fire, killing")
        harmed = [o for verb in (token, *token.conjuncts) for c in verb.children
                  if participial_adjunct(c) and c.lemma_.lower() in TOLL_VERBS
                  for v in (c, *c.conjuncts) for o in v.children if o.dep_ == "dobj"]
        recipients = resolve_parties(harmed, actors, memory, places=places)[0]
        tokens.recipients += harmed if recipients else []
    if entry.category in ("ASSAULT", "COERCE") and not recipients:
        # "launched an offensive to drive the rebels out of the town", "in an effort to oust the militia": whom
        # an assault is meant to drive out is its target
        expelled = _expelled(token, trigger.governor)
        recipients = resolve_parties(expelled, actors, memory, places=places)[0]
        tokens.recipients += expelled if recipients else []
    if entry.category in AIMED and not recipients:
        # "began a campaign in the district of Qandil against the PKK": the parser hangs the target on a noun
        # of another phrase (and a town named there is where, not whom: see placed_sides.place_sides)
        opposed = opposed_in_phrases(token, trigger.governor)
        recipients = resolve_parties(opposed, actors, memory, places=places)[0]
        tokens.recipients += opposed if recipients else []
    if "reciprocal" not in entry.roles and trigger.governor is None and not recipients:
        # "condemned the migration pact it concluded with the EU": whoever the deal was made with
        dealt_with = deal_partners(token)
        recipients = resolve_parties(dealt_with, actors, memory, places=places)[0]
        tokens.recipients += dealt_with if recipients else []
    if entry.category == "REQUEST" and trigger.governor is None and not recipients:
        recipients = resolve_parties(asked_of(token), actors, memory, places=places)[0] \
            or resolve_parties(action_targets(token, {"for"}), actors, memory, places=places)[0] \
            or resolve_parties(requested_partners(token), actors, memory, places=places)[0]
    if entry.category == "REQUEST" and not recipients:
        # "appealed for calm in Lebanon", "called for a ceasefire in Congo": a calm asked for where a state is
        # torn is asked of that state
        asked = [o for o in objects_of(token, {"for"}) + [c for c in token.children if c.dep_ == "dobj"]
                 if o.lemma_.lower() in CALMS]
        if asked:
            recipients = resolve_parties([p for holder in [token, *asked] for p in objects_of(holder, {"in"})],
                                         actors, memory, places=places)[0]
    if entry.category == "PROTEST" and not any(r.country and r.country not in
                                                {a.country for a in found_actors} for r in recipients):
        # "demonstrated outside the Turkish embassy": the protest is aimed at the state whose mission it is
        sites = objects_of(token, SITE_PREPS)
        sites += [o for front in sites if front.lower_ == "front" for o in objects_of(front, {"of"})]  # "in front of"
        embassies = [o for o in sites if o.lemma_.lower() in MISSIONS]
        owners = [c for o in embassies for c in o.children if c.dep_ in ("amod", "compound", "poss")
                  and c.ent_type_ in ("NORP", "GPE")]
        recipients = resolve_parties(owners, actors, memory, places=places)[0] or recipients
    if entry.category == "THREATEN" and trigger.governor is None and not recipients:
        recipients = _threatened(token, actors, memory, places)
    own = {e.country for e in found_actors}
    missions = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in MISSIONS] \
        if entry.category == "SANCTION" and trigger.governor is None else []
    if missions:
        # "closed its embassy in Tehran": the state that hosts the mission is the target, not the mission
        hosts = resolve_parties([o for m in missions for o in objects_of(m, {"in", "to"})], actors, memory,
                                places=places)[0]
        recipients = [r for r in recipients if r.country not in own] + [h for h in hosts if h.country not in own]
    if (entry.category in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT") or entry.lemma == "boycott") \
            and trigger.governor is None and not recipients and found_actors:
        # "said it would retaliate if Israel attacked": harm a party makes conditional (a threat, see threats.py) is
        # held over whoever the condition names (not harm no one is named to do: "would be targeted if ..."); so are
        # a boycott and a withdrawal ("would boycott the talks if the rebels insisted")
        # (its own opposition or rebels may be whom it is held over, not its own state or forces)
        recipients = [e for e in resolve_parties(_conditioned(token), actors, memory, places=places)[0]
                      if e.country not in own or e.sector in ("OPP", "REB")]
    if entry.category == "MOBILIZE" and not any(r.country and r.country not in own for r in recipients):
        # ("raised its alert level after the North's attack": not its own alert level)
        faced = _faced(token) or (_provoked_by(token) if found_actors else [])
        recipients = [e for e in resolve_parties(faced, actors, memory, places=places)[0]
                      if e.country not in own] or recipients
        tokens.recipients += faced if recipients else []
    if entry.category in ("AGREE", "SANCTION", "REJECT") and trigger.governor is None \
            and not any(r.country and r.country not in own for r in recipients):
        # ("promised to give UN inspectors access": whom the act agreed to is given to)
        given = [d for x in token.children if x.dep_ == "xcomp" for d in x.children if d.dep_ in ("dative", "iobj")]
        # (a government's own rebels or opposition are a side of what it agrees with them: "agreed to hold
        # talks with Moro rebels")
        partners = [e for e in resolve_parties(bond_partners(token) + given, actors, memory, places=places)[0]
                    if (e.country or e.sector in ("IGO", "UNO")) and e.country not in own
                    or e.sector in INSURGENT_SECTORS]
        recipients = [r for r in recipients if r.country and r.country not in own] + partners if partners \
            else recipients
    if entry.category == "REQUEST" and not any(r.country and r.country not in own for r in recipients):
        # "demanded the release of two Canadians held in China": whoever holds them is asked
        keepers = resolve_parties(_holders(tokens.recipients), actors, memory, places=places)[0]
        if any(h.country and h.country not in own for h in keepers):
            recipients = [h for h in keepers if h.country and h.country not in own]
    if not any(r.country for r in recipients) and trigger.governor is None and token.dep_ == "ccomp" \
            and token.head.lemma_.lower() in WARNING_VERBS:
        # "warned Kyiv that it would cut off the gas": whom the warning is given is whom the act is held over
        # (rather than "the army" its condition names: "warned Israel it would strike if the army raided Gaza")
        warned = [t for c in token.head.children if c.dep_ == "dobj" for t in conjuncts(c)]
        told = [e for e in resolve_parties(warned, actors, memory, places=places)[0] if e.country not in own]
        recipients = told or recipients
        tokens.recipients += warned if told else []
    if trigger.governor is not None and not found_actors:  # "the Turkish offensive": Turkey's
        found_actors = [e for e in (actors.resolve(c.text) for c in token.children
                                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                                    and not names_a_town(c, places, actors))  # "the Raqqa offensive": where
                        if e and e.country]
    if trigger.governor is not None and not found_actors and entry.category in ("RETREAT", "MOBILIZE"):
        # "the withdrawal of Cuban troops from Angola began", "the deployment of Nigerian peacekeepers": whose
        # forces are moved made the move
        found_actors = resolve_parties(objects_of(token, {"of"}), actors, memory, places=places)[0]
    # "backed military action against the junta": support goes to whoever acts, not to whom the act is aimed at
    # (kept among the recipients until the entry's conditions are checked: "backed" wants a party as object)
    # (but "reaffirmed its support for Georgia's sovereignty", "its commitment to Taiwan's defence": support for
    # a party's cause is for the party)
    pledged = any(c.dep_ == "dobj" and c.lemma_.lower() in PLEDGES for c in token.children)
    aimed_at = resolve_parties(action_targets(token), actors, memory, places=places)[0] \
        if entry.category == "SUPPORT" and trigger.governor is None and not pledged else []
    return Parties(tokens=tokens, actors=found_actors, recipients=recipients, co_actors=co_actors,
                   anaphoric=anaphoric, aimed_at=aimed_at)


def _an_occasion(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in OCCASIONS


def _grounds(token: Token) -> bool:
    """A phrase that gives what a deed was done on ("on charges of spying", "on the orders of the governor"); as a
    verb's object the same noun may be the deed's own ("dropped the charges")."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.lemma_.lower() in GROUNDS


def _holders(tokens: list[Token]) -> list[Token]:
    """Who holds the people a demand is about: "the release of hostages held by the rebels", "of two Canadians
    detained in China"."""
    people = [p for t in tokens for p in [t, *objects_of(t, {"of"})]]
    held = [acl for p in people for acl in p.children if acl.dep_ == "acl" and acl.lemma_.lower() in HOLDING_VERBS]
    return [o for acl in held for o in objects_of(acl, {"in"})
            + [p for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]]


def _conditioned(verb: Token) -> list[Token]:
    """The subjects of the verb's own if- or unless-clauses: "would strike back if Israel attacked"."""
    return [t for c in verb.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s)]


def _faced(token: Token) -> list[Token]:
    """Whom forces massed at a border face: "on its border with Iraq", "near the Syrian border", "near Syria's
    border", "off the Vietnamese coast" (a phrase on the verb or on what is deployed)."""
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
    holders += [c for h in list(holders) for c in h.children if c.lower_ in ("close", "next")]  # "close to"
    fronts = [o for h in holders for o in objects_of(h, FRONT_PREPS) if o.lemma_.lower() in FRONTIERS]
    # "staged exercises in the strait facing Taiwan" (the parser may make "facing" a modifier of Taiwan)
    clause = token if token.pos_ == "VERB" else token.head
    facing = [o for t in clause.subtree if t.lemma_.lower() == "face" and t.tag_ == "VBG" and t.i > token.i
              for o in ([t.head] if t.dep_ == "amod" else [c for c in t.children if c.dep_ == "dobj"])]
    return [o for f in fronts for o in objects_of(f, {"with"})] \
        or [c for f in fronts for c in f.children if c.dep_ in ("amod", "compound", "poss")
            and c.ent_type_ in ("NORP", "GPE")] \
        or facing


def _provoked_by(token: Token) -> list[Token]:
    """Who did what forces are put on alert after: "after Libyan jets violated its airspace", "following Chinese
    drills near the island", "after the North's artillery attack", "as tensions with Iran rose"."""
    clauses = [c for c in token.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in PROVOKING for m in c.children)]
    agents = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() not in TENSIONS]
    acts = objects_of(token, PROVOKING) + [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    acts += [o for f in token.children if f.lower_ == "following" and f.dep_ == "prep"  # tagged a verb
             for o in f.children if o.dep_ in ("dobj", "pobj")]
    agents += [c for a in acts if a.lemma_.lower() not in TENSIONS for c in a.children
               if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    return agents + [o for a in acts if a.lemma_.lower() in TENSIONS for o in objects_of(a, {"with"})]


def _expelled(token: Token, governor: Token | None) -> list[Token]:
    """The objects of the infinitives that say what an assault is for: "an offensive to oust the rebels",
    "launched a campaign in an effort to drive out militias" (not what it relied on others to do)."""
    anchors = [token] + ([governor] if governor is not None else [])
    anchors += [c for a in list(anchors) for c in a.children if c.dep_ == "dobj"]  # "launched an offensive to ..."
    anchors += [p for a in list(anchors) for prep in a.children if prep.dep_ == "prep"
                for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in ATTEMPTS]  # "in an effort to"
    aims = [c for a in anchors for c in a.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
            and c.lemma_.lower() in EXPEL_VERBS and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)]
    return [o for aim in aims for c in aim.children if c.dep_ == "dobj" for o in conjuncts(c)]


def _things(entry: Entry, verb: Token, actors: ArticleActors) -> frozenset[str]:
    """What the reading names as its object and the verb's object or passive subject is, when that is no
    party: the sanctions lifted, not the militants captured; and what is fired at a target ("rockets were
    fired at")."""
    named = entry.needs("obj")
    aimed = entry.needs("prt")
    values = (named.values if named is not None and entry.needs("obj-actor") is None else frozenset()) \
        | (PROJECTILES if aimed is not None and aimed.values & {"at", "on", "into", "upon"} else frozenset())
    # (a sentence's first word may be parsed as a name, its lemma the word itself: "Rockets were fired")
    # (an object no word of which names a party may still be of one: "backed Turkey's offensive")
    candidates = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                  and {c.lemma_.lower(), c.lower_, c.lower_.removesuffix("s")} & values]
    harm = entry.category in ("ASSAULT", "COERCE")
    # "respond with force": the phrase the reading names says how, not with whom
    phrases = entry.needs("pp")
    means = frozenset(value.split(":", 1)[1] for value in phrases.values if ":" in value) if phrases else frozenset()
    return means | frozenset(c.lemma_.lower() for c, party in ((c, actors.resolve(c.lemma_.lower())) for c in candidates)
                     if party is None and c.dep_ == "nsubjpass" or party is not None and _no_party(c, values, party, harm))


def _no_party(thing: Token, values: frozenset[str], word: Entity, harm: bool) -> bool:
    """A word of the reading that names a party elsewhere but not here: "the state of emergency" (its
    of-phrase is named by the reading too), "recalled its ambassador" (the actor's own official, moved or
    withdrawn: whom that concerns is named apart, "from Peru"; but the leaders of a group someone struck,
    "its leaders were killed", are its own)."""
    if any(p.lemma_.lower() in values for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of"
           for p in prep.children if p.dep_ == "pobj"):
        return True
    return not harm and thing.dep_ == "dobj" and word.sector in ("GOV", "MIL") and word.country is None \
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in thing.children)


def _with_backers(entities: list[Entity], tokens: list[Token], actors: ArticleActors, memory: Memory,
                  places: Gazetteer | None) -> list[Entity]:
    """Groups named with a participle of backing ("the rebels, backed by Turkey,") keep the backer's country
    as a backer; states, people and organisations stay as they are."""
    def agents_of(verbs: frozenset[str]) -> list[Token]:
        return [pobj for token in tokens for acl in token.children
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in verbs
                for agent in acl.children if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj"]
    leaders = [e.country for e in resolve_parties(agents_of(LEADING_VERBS), actors, memory, places=places)[0]
               if e.country and e.kind == "state"]
    if len(set(leaders)) == 1:
        # "a coalition of African states led by Nigeria" is Nigeria's, as a "Nigerian-led coalition" is
        entities = [replace(e, country=leaders[0]) if e.kind == "group" and e.country is None else e for e in entities]
    agents = agents_of(BACKING_VERBS)
    if not agents:
        return entities
    backers = [e.country for e in resolve_parties(agents, actors, memory, places=places)[0] if e.country]
    return [replace(e, backers=list(dict.fromkeys(e.backers + [c for c in backers if c != e.country])))
            if e.kind == "group" and backers else e for e in entities]


def _threatened(verb: Token, actors: ArticleActors, memory: Memory, places: Gazetteer | None) -> list[Entity]:
    """Whom a threat names no object for is threatened by its act or its condition: "threatened to cut off
    electricity to Nakhichevan", "to break relations with Russia", "to ban voting if Hamas ran"; or the other
    side of the talks it would leave: "threatened to pull out of talks with Fatah"."""
    for act in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
        inner = verb_parties(act, instrument=False, topic=False)
        # "threatened to use force if ...", "to send troops against ...": what is used or sent is the means (and whom
        # it is sent to strike the target: "to send troops to attack the Kurds")
        found = resolve_parties([t for t in inner.recipients if not is_means(t)] + inner.co_actors
                                + purpose_targets(act), actors, memory, places=places)[0]
        for thing, owner in inner.owners:
            if not resolve_parties([thing], actors, memory, places=places)[0]:
                found += resolve_parties([owner], actors, memory, places=places)[0]
        if found:
            return found
    conditions = [t for t in verb.subtree if t.dep_ == "advcl"
                  and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)]
    subjects = [c for clause in conditions for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # else "threatened that Damascus would pay a heavy price", "warned of a war with Iran" (the speaker's own "it
    # would strike" names the actor, dropped with it when the sides are arranged)
    return resolve_parties(subjects, actors, memory, places=places)[0] \
        or resolve_parties(foretold_sufferers(verb) + war_partners(verb), actors, memory, places=places)[0] \
        or resolve_parties(bond_partners(verb), actors, memory, places=places)[0]


def _where_held(token: Token, entry: Entry, trigger: Trigger, places: Gazetteer | None, actors: ArticleActors) -> bool:
    """Where a meeting is held is no side of it: "met with Trump at the White House", "held talks at the Kremlin",
    "negotiators return to Geneva for talks" (the town the governing verb goes to)."""
    if token.dep_ != "pobj":
        return False
    return "reciprocal" in entry.roles and token.head.lower_ == "at" \
        or trigger.governor is not None and token.head.head.i == trigger.governor.i and names_a_town(token, places, actors)
