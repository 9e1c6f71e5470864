"""Who acted and on whom: the parties of a trigger from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tacitus.coding.fleeing import described_people
from tacitus.coding.holdings import HOLDINGS, holders_and_issuers
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.partners import OBJECT_PREPS, RECEIVING_VERBS, given_by
from tacitus.coding.passive_agents import named_as_agent, passive_agents
from tacitus.coding.phrases import (conjuncts, for_infinitives, is_pronoun, participial_adjunct, participle_subjects,
                                   prep_objects)
from tacitus.coding.subjects import is_passive, relative_antecedent, subjects_of
from tacitus.coding.words import words

RECIPIENT_PREPS = {"to", "against", "on", "for", "toward", "towards", "at", "into", "upon", "over"}
CO_ACTOR_PREPS = {"with", "between", "among", "alongside"}
# Verbs that put a measure on a party: "sanctions imposed on Iraq", "the curbs it placed on exports from Gaza"
IMPOSING_VERBS = frozenset({"impose", "place", "slap", "put", "level", "apply", "enforce"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
EVENT_WORDS = words("event_word")
PLACE_NOUNS = words("place_noun")
# What talks are "over" or "on" is their topic, not a side: "talks over Syria", "negotiated on the border"
TOPIC_PREPS = {"on", "over", "about"}
# Verbs of giving whose "with" phrase names what is given, their object who gets it ("supplied the rebels with arms")
SUPPLYING_VERBS = frozenset({"supply", "provide", "equip", "arm", "furnish", "resupply", "present"})
# What is asked for: the "for" phrase of these names its content ("a request for the handover of X")
PLEAS = frozenset({"request", "call", "demand", "appeal", "plea", "bid", "proposal", "offer", "application",
                   "petition"})
# Verbs of permission: whom they let do something is whom the act is aimed at
ALLOWING = frozenset({"let", "allow", "permit"})
# Verbs whose "to" phrase names who hears a grievance and whose "about"/"over" phrase names its cause
COMPLAINT_VERBS = frozenset({"complain", "protest"})
# verbs whose object is what a party uses or moves, not whom it acts on: "use force", "send troops"
MEANS_VERBS = frozenset({"use", "employ", "send", "deploy", "resort"})
# Nouns of a promise: "reneged on its commitment to the unions": whom it was made to is whom going back on it
# concerns (the small parser hangs the "to" phrase on the noun, where it hangs it on the verb after "promise")
PROMISES = frozenset({"pledge", "promise", "commitment", "undertaking", "vow", "assurance", "obligation"})
# Verbs of keeping someone from harm: whom forces are sent to protect is no target ("send troops to protect the
# Turkmen")
PROTECTING = frozenset({"protect", "shield", "defend", "guard", "help", "support", "rescue", "evacuate", "aid",
                        "assist", "reinforce", "secure", "save", "back"})
# What a state grants a person ("offered Castillo asylum"): the small parser reads the person as the grant's
# compound, where a double object is meant
GRANTS = frozenset({"asylum", "refuge", "sanctuary", "citizenship", "visa", "passport", "amnesty", "pardon",
                    "clemency", "protection"})
# Goods changing hands ("approved the sale of missiles to Ankara"): whom they go to is the party, not the sale
TRADES = words("trade_noun")


@dataclass
class PartyTokens:
    """The tokens that name the parties; ``co_actors`` come from "with"/"between" phrases."""

    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    co_actors: list[Token] = field(default_factory=list)
    by_place: list[Token] = field(default_factory=list)  # objects that are places ("visited Moscow")
    instruments: list[Token] = field(default_factory=list)  # objects of "send", "deploy": parties only if actors
    owners: list[tuple[Token, Token]] = field(default_factory=list)  # (object, whose it is): "calls by Belarus"


def is_means(token: Token) -> bool:
    """Whether a word is what its verb uses or moves, no party acted on: "(threatened to) use force", "send troops"."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in MEANS_VERBS


def purpose_targets(verb: Token) -> list[Token]:
    """Whom what a verb of means sends or uses is to act on: "send troops to attack the Kurds", "deploy warships to
    blockade Ukraine's ports" (the objects of its infinitive of purpose, on the verb or on what is sent)."""
    if verb.lemma_.lower() not in MEANS_VERBS:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    aims = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and c.lemma_.lower() not in PROTECTING]
    # (a town to be taken is where, not whom: "to send forces to retake the town")
    return [t for aim in aims for c in aim.children if c.dep_ == "dobj" for t in conjuncts(c)
            if t.lemma_.lower() not in PLACE_NOUNS]


def verb_parties(verb: Token, *, instrument: bool, topic: bool, clause: bool = False,
                 undergoer: bool = False, device: bool = False, things: frozenset[str] = frozenset()) -> PartyTokens:
    """``instrument``: the object is what is sent or used; ``topic``: the object is what is discussed;
    ``clause``: the subject of a that-clause is the recipient ("demanded that Belarus release ...");
    ``undergoer``: the subject suffered it ("two soldiers died in clashes with the rebels");
    ``device``: without an object the subject is the weapon ("a car bomb exploded", "it exploded"), no party;
    ``things``: the objects the reading names, which are no party ("lifted sanctions")."""
    if device and not any(c.dep_ == "dobj" for c in verb.children):
        # (but whoever laid the device is named by its participle: "a mine planted by militants exploded")
        return PartyTokens(actors=[t for t in subjects_of(verb) if named_as_agent(t)])
    if undergoer:
        # whoever the clash, the raid or the hands were of acted: "died at the hands of militiamen"
        events = [pobj for _, pobj in prep_objects(verb, {"in", "at", "under"})]
        # ("came under shelling from Serb artillery": the parser may take the gerund for a clause)
        events += [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "under"
                   for c in prep.children if c.dep_ == "pcomp"]
        acting = [o for pobj in events for _, o in prep_objects(pobj, {"with", "of", "by", "from"})]
        acting += [c for pobj in events for c in pobj.children  # "in a Russian air strike"
                   if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
        return PartyTokens(actors=[t for a in acting for t in conjuncts(a)],
                           recipients=[t for s in subjects_of(verb) for t in conjuncts(s)])
    if is_passive(verb):
        # "41 people were killed (by X)": the subject suffered it; only a "by" phrase names who acted
        agents = passive_agents(verb)
        patients = [relative_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
        acting = [t for a in agents for t in conjuncts(a)]
        holders, issuers = holders_and_issuers(verb)
        if holders or issuers:
            # "the preacher's citizenship was revoked": whose it was lost it; "stripped of his Danish passport": by Denmark
            return PartyTokens(actors=acting or issuers, recipients=holders + [t for p in patients if p.lemma_.lower()
                                                                               not in HOLDINGS for t in conjuncts(p)])
        if instrument and not acting:
            return PartyTokens(actors=[t for p in patients for t in conjuncts(p)],  # "troops were deployed"
                               recipients=[o for _, o in prep_objects(verb, OBJECT_PREPS)])
        used = [p for p in patients if p.lemma_.lower() in things]
        if used:
            # "US sanctions were lifted on Turkish firms": what was lifted is no party; whose it was lifted it
            owners = [c for p in used for c in p.children if c.dep_ in ("amod", "compound", "poss")
                      and c.ent_type_ in ("NORP", "GPE", "ORG")]
            targets = [o for holder in [verb, *used] for _, o in prep_objects(holder, OBJECT_PREPS | {"at", "upon"})]
            return PartyTokens(actors=acting or owners,
                               recipients=targets + [t for p in patients if p not in used for t in conjuncts(p)])
        return PartyTokens(actors=acting, recipients=[t for p in patients for t in conjuncts(p)])
    parties = PartyTokens(actors=subjects_of(verb))
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subjects and verb.dep_ != "xcomp":
        parties.recipients = [t for s in passive_subjects for t in conjuncts(s)]
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in conjuncts(relative_antecedent(c, verb))]
    if not objects:  # "dispersed protesters marching in Lima"
        objects = [t for s in participle_subjects(verb) for t in conjuncts(s)]
    if not objects and not any(c.dep_ in ("prep", "dative", "ccomp", "xcomp") for c in verb.children):
        # "beat and detained dozens of protesters": coordinated verbs share the object
        shared = next((c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB"
                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                       for c in v.children if c.dep_ == "dobj"), None)
        objects = conjuncts(shared) if shared is not None else []
    # "visit Turkey Jan. 8": the small parser folds the object into the date as a compound
    objects += [c for d in verb.children if d.ent_type_ == "DATE" for c in d.children
                if c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")]
    if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.lemma_.lower() not in EVENT_WORDS and (verb.head.lemma_.lower(), "NOUN") not in load_lexicon():
        # "Ethiopian troops, criticised by Kenya,": the troops were criticised (not "the battle, backed by ...")
        objects = [verb.head]
    # "supplied the rebels with missiles", "provided Kyiv with air defences": the object receives, what the "with"
    # phrase names is given, no partner
    supplied = instrument and verb.lemma_.lower() in SUPPLYING_VERBS and bool(prep_objects(verb, {"with"}))
    if not instrument and not topic:
        # "lifted the state of emergency", "recalled its ambassador": what the reading names is no party, but
        # whom it concerns is ("recalled its ambassador from Peru")
        for obj in (o for o in objects if o.lemma_.lower() not in things):
            traded = _trade_parties(obj, verb) if obj.lemma_.lower() in TRADES else None
            parties.recipients.extend([obj] if traded is None else traded)
        parties.recipients.extend(party for o in objects if o.lemma_.lower() in things
                                  for _, party in prep_objects(o, {"from"}))
        # "revoked the preacher's citizenship": whose it was is whom it was taken from
        parties.recipients.extend(c for o in objects if o.lemma_.lower() in HOLDINGS for c in o.children
                                  if c.dep_ == "poss")
        # "opened fire on fleeing women", "shot and wounded fleeing families": the people a participle describes
        parties.recipients.extend(t for v in (verb, *verb.conjuncts) for p in described_people(v, RECIPIENT_PREPS)
                                  for t in conjuncts(p))
    elif instrument:
        # ("gave Indonesia aid", "offered Morales asylum": the indirect object receives what is given)
        (parties.recipients if supplied else parties.instruments).extend(o for o in objects if o.dep_ != "dative")
        parties.recipients.extend(o for o in objects if o.dep_ == "dative")
        parties.recipients.extend(c for o in objects if o.lemma_.lower() in GRANTS for c in o.children
                                  if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP")
    for prep, obj in prep_objects(verb, (RECIPIENT_PREPS - TOPIC_PREPS if topic else RECIPIENT_PREPS) | CO_ACTOR_PREPS):
        if obj.ent_type_ in ("DATE", "TIME"):
            continue  # "refused on Monday to let inspectors in": a day is no party, and would hide the complement's
        if prep == "over" and objects:
            continue  # "condemned Russia over the poisoning": the party is the object, the phrase its grievance
        if prep == "at" and objects and not instrument and obj.ent_type_ in PLACE_ENTITIES:
            # "received the delegation at the Elysee", "arrested him at Heathrow": beside a party as its object, a
            # place the verb's "at" names is where (but "threw stones at police": whom it was aimed at)
            continue
        if prep == "with" and supplied and objects:
            continue
        if obj.lemma_.lower() not in things:
            (parties.co_actors if prep in CO_ACTOR_PREPS else parties.recipients).append(obj)
        if obj.lemma_.lower() in PROMISES:
            parties.recipients.extend(t for _, p in prep_objects(obj, {"to"}) for t in conjuncts(p))
    if verb.lemma_.lower() in COMPLAINT_VERBS:
        # "complained to the UN over Israeli air raids": the UN hears the complaint, whoever made the raids is
        # its target
        grievances = [o for _, o in prep_objects(verb, {"about", "over"})]
        accused = [c for g in grievances for c in g.children if c.dep_ in ("amod", "compound", "poss")
                   and c.ent_type_ in ("NORP", "GPE", "ORG")] + [p for g in grievances for _, p in prep_objects(g, {"by"})]
        if accused:
            parties.recipients = accused
    for obj in objects:
        # "lifted sanctions on Sudan", "signed a deal with Iran": the object's phrase names the party (and a topic's
        # "with" the partner, where the parser hangs it on the topic: "discussed developments in Syria with Erdoğan")
        for prep, party in prep_objects(obj, {"with"} if topic else OBJECT_PREPS | CO_ACTOR_PREPS):
            if prep == "for" and obj.lemma_.lower() in PLEAS:
                continue  # "turned down Peru's request for the handover of a fugitive": what was asked, no party
            (parties.co_actors if prep in CO_ACTOR_PREPS else parties.recipients).append(party)
        # "lifted the sanctions it imposed on India", "eased restrictions placed on Gaza": whom the measure was
        # put on, in the object's own participle or relative clause
        parties.recipients.extend(t for c in obj.children if c.dep_ in ("acl", "relcl")
                                  and c.lemma_.lower() in IMPOSING_VERBS
                                  for _, party in prep_objects(c, {"on", "against"}) for t in conjuncts(party))
        if not topic and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() not in HOLDINGS:
            # "rejected calls by Belarus's rulers", "a fresh offer from Afghanistan", "a Senegalese peace plan":
            # whose call, offer or plan it was is the party acted upon (if the object is no party itself)
            parties.owners.extend((obj, o) for _, o in prep_objects(obj, {"by", "from"}))
            parties.owners.extend((obj, c) for c in obj.children if c.dep_ in ("amod", "compound")
                                  and c.ent_type_ in ("NORP", "GPE"))
            # "a peace plan proposed by the African Union"
            parties.owners.extend((obj, o) for c in obj.children if c.dep_ == "acl" for a in c.children
                                  if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for o in conjuncts(p))
    # "called for Ankara to withdraw": whom the infinitive is of is asked
    parties.recipients.extend(t for c in for_infinitives(verb) for s in c.children if s.dep_ == "nsubj"
                              for t in conjuncts(s))
    if clause:
        parties.recipients.extend(t for c in verb.children if c.dep_ == "ccomp"
                                  for s in c.children if s.dep_ == "nsubj" for t in conjuncts(s))
    if instrument:
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl", "ccomp") and child.pos_ == "VERB" and not participial_adjunct(child):
                parties.recipients.extend(t for c in child.children if c.dep_ == "dobj" for t in conjuncts(c))
        for obj in objects:
            for modifier in obj.children:  # "fighters to support X"
                if modifier.dep_ in ("acl", "relcl") and modifier.pos_ == "VERB":
                    parties.recipients.extend(t for c in modifier.children if c.dep_ == "dobj" for t in conjuncts(c))
    if not parties.recipients:
        # "threatened to strike US bases", "accused Moscow of ...": the party is in the complement
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                means = child.lemma_.lower() in MEANS_VERBS
                parties.recipients.extend(t for c in child.children if c.dep_ == "dobj" and not is_means(c)
                                          for t in conjuncts(c))
                # "threatened to send migrants to Europe", "to impose sanctions on Turkey"; what is sent or used "in"
                # a place is aimed there ("refused to deploy troops in Chad")
                preps = OBJECT_PREPS | {"in"} if means else OBJECT_PREPS
                parties.recipients.extend(o for _, o in prep_objects(child, preps))
                parties.recipients.extend(o for c in child.children if c.dep_ == "dobj"
                                          for _, o in prep_objects(c, preps))
                if child.lemma_.lower() in ALLOWING:  # "agreed to let UN inspectors visit the site"
                    parties.recipients.extend(allowed(child))
    if not parties.recipients and verb.lemma_.lower() in ALLOWING:
        parties.recipients = allowed(verb)  # "allowed UN monitors to return"
    return parties


def allowed(verb: Token) -> list[Token]:
    """Whom a verb of permission lets do something: the subject of its clause ("let X visit", "allowed X to
    return")."""
    return [t for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
            for t in conjuncts(s)]


def noun_parties(noun: Token, governor: Token, *, topic: bool = False) -> PartyTokens:
    """A noun trigger ("held talks with X", "Turkey's offensive against Y") and its governing verb.
    ``topic``: the noun's "on"/"over" phrase is what it is about ("talks over Syria")."""
    # "100 civilians were killed in airstrikes": the subject of a passive governor suffered the event
    parties = PartyTokens(actors=subjects_of(governor) if governor.i != noun.i and not is_passive(governor) else [])
    owners = [o for c in noun.children if c.dep_ == "poss" for o in conjuncts(c)]
    named_by = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    givers = given_by(noun, governor)
    if (governor.lemma_.lower() in RECEIVING_VERBS and (owners or named_by) or givers) and parties.actors:
        # "Armenia sought France's backing", "the rebels won American support", "May has the backing of her
        # backbenchers": the subject receives what the owner gives (the modifier's country is found with the
        # parties)
        parties.recipients, parties.actors = parties.actors, []
    elif any(not is_pronoun(o) for o in owners) and noun.head.i == governor.i and noun.dep_ in ("dobj", "nsubjpass"):
        # "Chile called Peru's accusation absurd": a deed the article names as another's is the owner's alone;
        # the subject of the verb only judges it ("launched its offensive" keeps the subject, its owner)
        parties.actors = []
    parties.actors = owners + givers + parties.actors
    agents = [obj for _, obj in prep_objects(noun, {"by"})]
    if agents:  # "the attack by Assad's forces": the governing verb's subject only reported it
        parties.actors = agents
    for holder in (noun, governor):
        for prep, obj in prep_objects(holder, RECIPIENT_PREPS | CO_ACTOR_PREPS | {"by"}):
            if topic and prep in TOPIC_PREPS:
                continue
            if prep == "by":
                if holder is governor:
                    parties.actors.append(obj)
            elif prep in CO_ACTOR_PREPS:
                parties.co_actors.append(obj)
            elif holder is noun or prep not in ("on", "at"):
                # (the light verb's "at" is where it was done: "filed a case at the world court")
                parties.recipients.append(obj)
    if governor.i != noun.i:
        # "granted Jordan a loan", "gave Iraq military aid": the light verb's indirect object receives it
        parties.recipients.extend(t for c in governor.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")
                                  for t in conjuncts(c))
    parties.by_place = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "LOC")]
    if not parties.recipients:
        # "its demand that Israel ease restrictions": whom the demand's clause is about
        parties.recipients = [s for c in noun.children if c.dep_ in ("acl", "ccomp")
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                              for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return parties


def _trade_parties(goods: Token, verb: Token) -> list[Token] | None:
    """Whom goods changing hands concern in place of the deal itself: whom they go to ("approved the sale of
    missiles to Ankara"; the verb's own "to" phrase, where the parser hangs it, is read as the verb's), else who
    makes the deal ("criticised the purchase of the jets by Turkey"); None when no party is named (the noun stays)."""
    if prep_objects(verb, {"to"}):
        return []
    # (the small parser may hang the buyer's "by" on the active verb, where no agent of the verb can stand)
    found = [o for _, o in prep_objects(goods, {"to"}) or prep_objects(goods, {"by"}) or prep_objects(verb, {"by"})]
    return found or None
