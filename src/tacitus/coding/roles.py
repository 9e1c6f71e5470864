"""Who acted and on whom: the parties of a trigger from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tacitus.coding.holdings import HOLDINGS, holders_and_issuers
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.owners import participle_agents
from tacitus.coding.phrases import conjuncts, for_infinitives, is_attempt, is_pronoun, participial_adjunct, verbless_subject
from tacitus.coding.words import words

RECIPIENT_PREPS = {"to", "against", "on", "for", "toward", "towards", "at", "into", "upon", "over"}
CO_ACTOR_PREPS = {"with", "between", "among", "alongside"}
MESSAGES = words("message_noun")
EVENT_WORDS = words("event_word")
ISSUING_VERBS = words("issuing_verb")
# Nouns of armed attack ("airstrikes", "shelling", "clashes"): who made one that killed someone acted
ATTACK_NOUNS = frozenset(lemma for (lemma, pos), entries in load_lexicon().items() if pos == "NOUN"
                         and any(e.category == "ASSAULT" and e.source == "tacitus" for e in entries))
OBJECT_PREPS = {"on", "against", "to", "for", "into", "toward", "towards"}
# Campaigns of attacks, whose maker a toll told "in" one acted: "killed in a Russian onslaught" (a campaign
# only when it is one of bombing or from the air: not an election campaign)
VIOLENT_CAMPAIGNS = frozenset({"campaign", "onslaught", "blitz", "barrage", "crackdown"})
SUFFERING_VERBS = frozenset({"die", "perish"})
# Harms a note or a headline reports of its victims with no auxiliary: "4 soldiers killed", "Two police
# officers abducted in Zamfara" (an active use of these verbs takes an object)
REPORTED_HARMS = frozenset({"kill", "wound", "injure", "abduct", "kidnap", "arrest", "detain", "behead", "execute",
                            "shoot", "torture", "rape", "capture", "hurt", "massacre", "slaughter", "displace",
                            "lynch", "hang", "stab"})
COUNTING_WORDS = frozenset({"several", "many", "dozens", "scores", "hundreds", "thousands", "some", "few"})
# Verbs by which their subject gets what a noun's owner gives: "sought France's backing"
RECEIVING_VERBS = frozenset({"seek", "win", "receive", "get", "secure", "gain", "obtain", "request", "enjoy"})
# Where parties talk: the "with" of "in a phone call with", "during a meeting with" names a side
MEETING_NOUNS = frozenset({"call", "conversation", "meeting", "talks", "summit", "conference", "videoconference",
                           "session", "telephone"})
# What a party has of another's giving: "the backing of", "the blessing of"
GIVEN_NOUNS = frozenset({"support", "backing", "blessing", "approval", "endorsement", "help", "assistance",
                         "protection", "consent", "recognition"})
# What talks are "over" or "on" is their topic, not a side: "talks over Syria", "negotiated on the border"
TOPIC_PREPS = {"on", "over", "about"}
# Verbs of giving whose "with" phrase names what is given, their object who gets it ("supplied the rebels with arms")
SUPPLYING_VERBS = frozenset({"supply", "provide", "equip", "arm", "furnish", "resupply", "present"})
# Verbs of permission: whom they let do something is whom the act is aimed at
ALLOWING = frozenset({"let", "allow", "permit"})
# Verbs whose "to" phrase names who hears a grievance and whose "about"/"over" phrase names its cause
COMPLAINT_VERBS = frozenset({"complain", "protest"})
# "held hostage": the noun that says the subject was held, when it is the verb's only, bare object
CAPTIVE_NOUNS = frozenset({"hostage", "prisoner", "captive"})
# Verbs of command: what they order done to someone, told in the passive, is done by whoever ordered it
ORDERING_VERBS = frozenset({"order", "direct", "decree", "instruct", "command", "rule"})
# verbs whose object is what a party uses or moves, not whom it acts on: "use force", "send troops"
MEANS_VERBS = frozenset({"use", "employ", "send", "deploy", "resort"})


@dataclass
class PartyTokens:
    """The tokens that name the parties; ``co_actors`` come from "with"/"between" phrases."""

    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    co_actors: list[Token] = field(default_factory=list)
    by_place: list[Token] = field(default_factory=list)  # objects that are places ("visited Moscow")
    instruments: list[Token] = field(default_factory=list)  # objects of "send", "deploy": parties only if actors
    owners: list[tuple[Token, Token]] = field(default_factory=list)  # (object, whose it is): "calls by Belarus"


def subjects_of(verb: Token) -> list[Token]:
    """Subjects, climbing through xcomp ("is expected to visit"), conj ("said ... and urged") and relcl."""
    seen = 0
    active = verb.tag_ != "VBN"
    via_conj = False
    while seen < 8:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects and verb.dep_ == "relcl" and subjects[0].tag_ in ("WDT", "WP") or \
                subjects and subjects[0].lower_ == "that" and verb.dep_ == "relcl":
            return [_antecedent(subjects[0], verb)]  # "the force that took Afrin": the force took it
        if subjects:
            # "India, China agree to ...": a headline lists its subjects with a bare comma, and the parser makes
            # the first a modifier of the verb
            subjects = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ in ("GPE", "NORP", "ORG")
                        and c.i + 2 == subjects[0].left_edge.i and c.nbor().lower_ == ","] + subjects
            # "The Red Cross operating in Iraq said": the small parser makes the participle the subject
            subjects = [next((c for c in s.children if c.dep_ == "nsubj"), s) if s.tag_ == "VBG" else s
                        for s in subjects]
            return [t for s in subjects for t in _senders(s) or conjuncts(_author(s)) + companions(s)] \
                + [t for t in companions(verb) if t.i < verb.i]
        if is_attempt(verb):
            # "the army's bid to retake", "rebels made an attempt to seize": whose attempt it was
            owners = [c for c in verb.head.children if c.dep_ == "poss"]
            if owners or verb.head.dep_ != "dobj":
                return [t for o in owners for t in conjuncts(o)]
            verb = verb.head.head
            continue
        verbless = verbless_subject(verb) if verb.dep_ == "acl" else None
        if verbless is not None:
            return conjuncts(verbless)  # "Doctors from two American aid groups donated ..."
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            head = verb.head
            if head.lemma_.lower() in MESSAGES and head.dep_ in ("dobj", "nsubjpass") and head.head.i != head.i \
                    and head.head.lemma_.lower() in ISSUING_VERBS:
                # "the MILF issued a statement demanding ...": whoever issued it demands
                verb = head.head
                continue
            return [_author(head)]  # "fighters shooting people": the fighters shoot
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive and via_conj and active:
            return []  # "civilians were killed in airstrikes and shelling": the civilians shelled no one
        if passive and (verb.dep_ == "xcomp" or seen > 1):  # "X is expected to visit": X visits
            return [t for s in passive for t in conjuncts(s)]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return [t for a in agents for t in conjuncts(a)]
        if verb.dep_ == "relcl":
            return [verb.head]
        # not through ccomp: "Command confirmed that soldiers were killed" — the Command killed no one
        # "the EU is due to stage": through the adjective to the copula's subject
        if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "xcomp":
                objects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objects and verb.head.lemma_ in ("urge", "ask", "call", "press", "tell", "order", "force"):
                    return objects
            via_conj = via_conj or verb.dep_ == "conj"
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _disagrees(verb, verb.head):
                # "Arab states accepted that Assad has survived and are preparing to reopen embassies": a verb
                # whose number the reported clause's subject does not fit goes on the clause that reports it
                verb = verb.head.head
                continue
            verb = verb.head
            continue
        return []
    return []


_PLURAL_FORMS = frozenset({"are", "were", "have", "'re", "'ve"})
_SINGULAR_FORMS = frozenset({"is", "was", "has", "'s"})


def _number(verb: Token) -> str | None:
    """ "plural" or "singular" as the verb's own finite form says it, None when it does not."""
    forms = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    for form in forms:
        if form.lower_ in _PLURAL_FORMS or form.tag_ == "VBP":
            return "plural"
        if form.lower_ in _SINGULAR_FORMS or form.tag_ == "VBZ":
            return "singular"
    return None


def _disagrees(verb: Token, clause: Token) -> bool:
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    number = _number(verb)
    if len(subjects) != 1 or number is None:
        return False
    subject = subjects[0]
    if subject.lower_ in ("i", "you"):
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or len(conjuncts(subject)) > 1
    singular = subject.tag_ in ("NN", "NNP") and len(conjuncts(subject)) == 1 or subject.lower_ in ("he", "she", "it")
    return (number == "plural" and singular) or (number == "singular" and plural)


def is_means(token: Token) -> bool:
    """Whether a word is what its verb uses or moves, no party acted on: "(threatened to) use force", "send troops"."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in MEANS_VERBS


def companions(token: Token) -> list[Token]:
    """ "Kenya, along with Uganda and Tanzania, sent ...", "together with": whom the subject acts with acts too
    (the parser may hang the phrase on the verb). A list of titles with their names puts the later ones under
    the first name: "his Ugandan counterpart, Yoweri Museveni, and the Tanzanian president, ..."."""
    withs = [w for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("along", "together")
             for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"]
    withs += [w for w in token.children if w.dep_ == "prep" and w.lower_ == "with"
              and any(c.lower_ == "together" for c in w.children)]  # (or "together" modifies the "with")
    return [t for w in withs for obj in w.children if obj.dep_ == "pobj"
            for t in conjuncts(obj) + [t for a in obj.children if a.dep_ == "appos" for t in a.conjuncts]]


def _author(subject: Token) -> Token:
    """ "Trump's statement announcing the strikes", "a report by the OPCW found": a message acts for whoever
    made it, when the phrase names them."""
    if subject.lemma_.lower() not in MESSAGES:
        return subject
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    owners += [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"]
    return owners[0] if owners else subject


def _prep_objects(token: Token, preps: set[str]) -> list[tuple[str, Token]]:
    found: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found.extend((child.lower_, t) for t in conjuncts(grandchild))
    return found


def objects_of(token: Token, prepositions: set[str]) -> list[Token]:
    """The objects of the token's prepositional phrases of ``prepositions`` ("withdrew from Syria": Syria)."""
    return [obj for _, obj in _prep_objects(token, prepositions)]


def is_passive(verb: Token) -> bool:
    """Whether the verb's subject suffers what it says: a passive, or a verb of dying ("forty people died
    in the shelling" reads as "were killed": they are its victims, not its actors)."""
    if verb.lemma_.lower() in SUFFERING_VERBS:
        return True
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or \
            (verb.tag_ == "VBN" and any(c.lower_ == "been" for c in verb.children)):
        return True
    if verb.lemma_.lower() in ("kill", "wound", "injure") and not any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" for c in verb.children):
        return True  # "three Americans killed fighting the Taliban": they died fighting, the parse aside
    if _reported_harm(verb) or _held_captive(verb):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children):
        return True  # "her son was killed and the children badly hurt": a passive whose auxiliary is left out
    # "he was shot, detained and tortured": a participle coordinated with a passive, with no subject or
    # auxiliary of its own, is passive too (through conjuncts the parser may have tagged as past tense)
    node = verb
    while node.tag_ == "VBN" or node is not verb and node.tag_ == "VBD":
        if node.dep_ != "conj" or node.head.i == node.i or _has_own_subject(node):
            return False
        node = node.head
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
            return True
    return False


# Participles by which a weapon names who used it: "a drone launched by the Houthis", "a mine planted by militants"
LAUNCHING_VERBS = frozenset({"launch", "fire", "send", "fly", "operate", "plant", "lay", "drop", "shoot", "deploy",
                             "detonate", "throw", "hurl", "lob", "pilot", "carry", "hide", "place", "park", "set",
                             "build", "make", "rig"})


# Participles that lay an attack at someone's door, with the preposition that names them: "a car bomb blamed on
# separatists", "a blast attributed to the rebels"
BLAMING = {"blame": "on", "attribute": "to"}


def _senders(subject: Token) -> list[Token]:
    """Who sent the weapon that is the subject: "a drone launched by the Houthis struck" (the Houthis did); or
    whom the attack is blamed on: "a series of bombings blamed on separatists killed 20"."""
    return participle_agents(subject, LAUNCHING_VERBS) or _blamed(subject)


def _blamed(subject: Token) -> list[Token]:
    nouns = [subject, *(o for _, o in _prep_objects(subject, {"of"}))]
    return [o for noun in nouns for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in BLAMING
            for _, p in _prep_objects(acl, {BLAMING[acl.lemma_.lower()]}) for o in conjuncts(p)]


def _an_agent(token: Token) -> bool:
    """The token is named in a "by" phrase, or one the attack is blamed on: the device's sender, not the device."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and (first.head.dep_ == "agent" or first.head.head.dep_ == "acl"
                                     and first.head.head.lemma_.lower() in BLAMING)


def _reported_harm(verb: Token) -> bool:
    """ "4 soldiers killed.", "Three villagers abducted in Zamfara": a counted subject of a harm with no object
    and no auxiliary is its victims, as a note or a headline puts it."""
    if verb.lemma_.lower() not in REPORTED_HARMS or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "dative", "attr") for c in verb.children):
        return False
    verbless = verbless_subject(verb) if verb.dep_ == "acl" else None
    subjects = [verbless] if verbless is not None else [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NUM" or any(c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS
                                                         for c in s.children) for s in subjects)


def _held_captive(verb: Token) -> bool:
    """ "Soldiers held hostage by the rebels were freed": the small parser reads the reduced passive as the
    soldiers holding a hostage; a bare "hostage" or "prisoner" as the only object says they were held (not
    "held two hostages", "held the pilot prisoner")."""
    if verb.lemma_.lower() not in ("hold", "keep"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].lower_ in CAPTIVE_NOUNS \
        and not any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in objects[0].children) \
        and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in verb.children)


def _attackers(verb: Token) -> list[Token]:
    """Who made the attack a passive names its victims in: "killed in Russian airstrikes", "in dozens of
    airstrikes and shelling by government forces", "in clashes with the rebels" (not the town of "the
    bombing of Raqqa")."""
    attacks = [t for _, pobj in _prep_objects(verb, {"in", "under", "during"})
               for noun in _of_chain(pobj) for t in conjuncts(noun) if _an_attack(t)]
    acting = [o for attack in attacks for _, o in _prep_objects(attack, {"by", "with"})]
    acting += [c for attack in attacks for c in attack.children
               if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
    return list(dict.fromkeys(acting))


def _passive_agents(verb: Token) -> list[Token]:
    """Who did what a passive tells: its "by" phrase, the attack it was done in or the attack over the place it
    was done; or, for a passive coordinated after another with no auxiliary of its own ("where 40 have been
    killed and dozens wounded", "were detained and beaten"), the other's."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
        or (objects_of(verb, {"by"}) if _held_captive(verb) else []) or _attackers(verb) or _attack_over(verb)
    if not agents and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ORDERING_VERBS \
            and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children):
        # "the minister ordered that the cleric be stripped of his nationality", "a judge ordered the men to be
        # deported": what is ordered done is the orderer's doing (not what a ruling finds was done: "ruled that they
        # were tortured")
        return subjects_of(verb.head)
    if not agents and verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return _passive_agents(verb.head)
    return agents


def _of_chain(noun: Token, links: int = 3) -> list[Token]:
    """The noun and those its of-phrases lead to: "ten days of one of the fiercest campaigns" -> days, one,
    campaigns (where the attack a toll is of lies in a measure of it)."""
    chain, last = [noun], [noun]
    for _ in range(links):
        last = [o for n in last for _, o in _prep_objects(n, {"of"})]
        chain += last
    return chain


def _an_attack(noun: Token) -> bool:
    """An attack noun, or a campaign of attacks: "a bombing campaign", "an air force onslaught"."""
    lemma = noun.lemma_.lower()
    return lemma in ATTACK_NOUNS or lemma in VIOLENT_CAMPAIGNS and (lemma != "campaign" or any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in ATTACK_NOUNS or c.lower_ in ("air", "aerial"))
        for c in noun.children))


def _attack_over(verb: Token) -> list[Token]:
    """ "Jets struck the town of Mekelle, where 30 civilians were killed", "an air force bombardment has continued
    against villages near Maiduguri, where 40 people have been killed": a harm told of the place an attack struck
    was that attack's, and whoever made it acted."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    node = verb.head
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "dobj", "appos", "conj") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ != "VERB":
        return []
    if any(e.category == "ASSAULT" and e.mode != "occupy" for e in load_lexicon().get((node.lemma_.lower(), "VERB"), [])):
        return subjects_of(node)
    return [c for c in node.children if c.dep_ == "nsubj" and c.lemma_.lower() in ATTACK_NOUNS]


def _antecedent(token: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for: "the Kurds, whom Turkey accused" are the accused; so through the
    infinitives the clause goes on with: "US missiles, which Russia has vowed to shoot down"."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and token.dep_ != "nsubj":
        verb = verb.head
    if verb.dep_ == "relcl" and token.tag_ in ("WP", "WDT") and verb.head.i != verb.i:
        head = verb.head
        if token.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.lower_ == "with" \
                and head.ent_type_ not in ("PERSON", "NORP", "ORG"):
            # "a fighter with Somali heritage, who was killed": who has the heritage was killed, not it
            owner = head.head.head
            objects = [c for c in owner.children if c.dep_ == "dobj"] if owner.pos_ in ("VERB", "AUX") else [owner]
            return objects[0] if objects else head
        if token.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.lower_ in ("from", "in", "of") \
                and head.ent_type_ in ("GPE", "LOC") and head.head.head.pos_ == "NOUN":
            # "a surgeon from Raqqa who was kidnapped": who was kidnapped is the surgeon, not the town
            return head.head.head
        before = token.doc[token.i - 1] if token.i > 0 else token
        if token.lower_ in ("who", "whom") and head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "NORP", "ORG") \
                and before.pos_ == "NOUN" and before.i > head.i:
            # "the rubble of Baghuz, held by jihadists who refused to leave": the people just before, not a place
            return before
        return head
    return token


def verb_parties(verb: Token, *, instrument: bool, topic: bool, clause: bool = False,
                 undergoer: bool = False, device: bool = False, things: frozenset[str] = frozenset()) -> PartyTokens:
    """``instrument``: the object is what is sent or used; ``topic``: the object is what is discussed;
    ``clause``: the subject of a that-clause is the recipient ("demanded that Belarus release ...");
    ``undergoer``: the subject suffered it ("two soldiers died in clashes with the rebels");
    ``device``: without an object the subject is the weapon ("a car bomb exploded", "it exploded"), no party;
    ``things``: the objects the reading names, which are no party ("lifted sanctions")."""
    if device and not any(c.dep_ == "dobj" for c in verb.children):
        # (but whoever laid the device is named by its participle: "a mine planted by militants exploded")
        return PartyTokens(actors=[t for t in subjects_of(verb) if _an_agent(t)])
    if undergoer:
        # whoever the clash, the raid or the hands were of acted: "died at the hands of militiamen"
        events = [pobj for _, pobj in _prep_objects(verb, {"in", "at", "under"})]
        # ("came under shelling from Serb artillery": the parser may take the gerund for a clause)
        events += [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "under"
                   for c in prep.children if c.dep_ == "pcomp"]
        acting = [o for pobj in events for _, o in _prep_objects(pobj, {"with", "of", "by", "from"})]
        acting += [c for pobj in events for c in pobj.children  # "in a Russian air strike"
                   if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]
        return PartyTokens(actors=[t for a in acting for t in conjuncts(a)],
                           recipients=[t for s in subjects_of(verb) for t in conjuncts(s)])
    if is_passive(verb):
        # "41 people were killed (by X)": the subject suffered it; only a "by" phrase names who acted
        agents = _passive_agents(verb)
        patients = [_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
        acting = [t for a in agents for t in conjuncts(a)]
        holders, issuers = holders_and_issuers(verb)
        if holders or issuers:
            # "the preacher's citizenship was revoked": whose it was lost it; "stripped of his Danish passport": by Denmark
            return PartyTokens(actors=acting or issuers, recipients=holders + [t for p in patients if p.lemma_.lower()
                                                                               not in HOLDINGS for t in conjuncts(p)])
        if instrument and not acting:
            return PartyTokens(actors=[t for p in patients for t in conjuncts(p)],  # "troops were deployed"
                               recipients=[o for _, o in _prep_objects(verb, OBJECT_PREPS)])
        used = [p for p in patients if p.lemma_.lower() in things]
        if used:
            # "US sanctions were lifted on Turkish firms": what was lifted is no party; whose it was lifted it
            owners = [c for p in used for c in p.children if c.dep_ in ("amod", "compound", "poss")
                      and c.ent_type_ in ("NORP", "GPE", "ORG")]
            targets = [o for holder in [verb, *used] for _, o in _prep_objects(holder, OBJECT_PREPS | {"at", "upon"})]
            return PartyTokens(actors=acting or owners,
                               recipients=targets + [t for p in patients if p not in used for t in conjuncts(p)])
        return PartyTokens(actors=acting, recipients=[t for p in patients for t in conjuncts(p)])
    parties = PartyTokens(actors=subjects_of(verb))
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subjects and verb.dep_ != "xcomp":
        parties.recipients = [t for s in passive_subjects for t in conjuncts(s)]
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in conjuncts(_antecedent(c, verb))]
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
    supplied = instrument and verb.lemma_.lower() in SUPPLYING_VERBS and bool(_prep_objects(verb, {"with"}))
    if not instrument and not topic:
        # "lifted the state of emergency", "recalled its ambassador": what the reading names is no party, but
        # whom it concerns is ("recalled its ambassador from Peru")
        parties.recipients.extend(o for o in objects if o.lemma_.lower() not in things)
        parties.recipients.extend(party for o in objects if o.lemma_.lower() in things
                                  for _, party in _prep_objects(o, {"from"}))
        # "revoked the preacher's citizenship": whose it was is whom it was taken from
        parties.recipients.extend(c for o in objects if o.lemma_.lower() in HOLDINGS for c in o.children
                                  if c.dep_ == "poss")
    elif instrument:
        (parties.recipients if supplied else parties.instruments).extend(objects)
    for prep, obj in _prep_objects(verb, (RECIPIENT_PREPS - TOPIC_PREPS if topic else RECIPIENT_PREPS) | CO_ACTOR_PREPS):
        if prep == "over" and objects:
            continue  # "condemned Russia over the poisoning": the party is the object, the phrase its grievance
        if prep == "with" and supplied and objects:
            continue
        if obj.lemma_.lower() not in things:
            (parties.co_actors if prep in CO_ACTOR_PREPS else parties.recipients).append(obj)
    if verb.lemma_.lower() in COMPLAINT_VERBS:
        # "complained to the UN over Israeli air raids": the UN hears the complaint, whoever made the raids is
        # its target
        grievances = [o for _, o in _prep_objects(verb, {"about", "over"})]
        accused = [c for g in grievances for c in g.children if c.dep_ in ("amod", "compound", "poss")
                   and c.ent_type_ in ("NORP", "GPE", "ORG")] + [p for g in grievances for _, p in _prep_objects(g, {"by"})]
        if accused:
            parties.recipients = accused
    for obj in objects:
        # "lifted sanctions on Sudan", "signed a deal with Iran": the object's phrase names the party (and a topic's
        # "with" the partner, where the parser hangs it on the topic: "discussed developments in Syria with Erdoğan")
        for prep, party in _prep_objects(obj, {"with"} if topic else OBJECT_PREPS | CO_ACTOR_PREPS):
            (parties.co_actors if prep in CO_ACTOR_PREPS else parties.recipients).append(party)
        if not topic and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() not in HOLDINGS:
            # "rejected calls by Belarus's rulers", "a fresh offer from Afghanistan", "a Senegalese peace plan":
            # whose call, offer or plan it was is the party acted upon (if the object is no party itself)
            parties.owners.extend((obj, o) for _, o in _prep_objects(obj, {"by", "from"}))
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
                parties.recipients.extend(o for _, o in _prep_objects(child, preps))
                parties.recipients.extend(o for c in child.children if c.dep_ == "dobj"
                                          for _, o in _prep_objects(c, preps))
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
    agents = [obj for _, obj in _prep_objects(noun, {"by"})]
    if agents:  # "the attack by Assad's forces": the governing verb's subject only reported it
        parties.actors = agents
    for holder in (noun, governor):
        for prep, obj in _prep_objects(holder, RECIPIENT_PREPS | CO_ACTOR_PREPS | {"by"}):
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


def meeting_partners(verb: Token) -> list[Token]:
    """Whom a party talked with in the meeting its words were said in: "raised concerns in a phone call with Putin"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [t for holder in holders for _, meeting in _prep_objects(holder, {"in", "during"})
            if meeting.lemma_.lower() in MEETING_NOUNS for _, partner in _prep_objects(meeting, {"with"})
            for t in conjuncts(partner)]


def meeting_attendees(noun: Token) -> list[Token]:
    """Who took part in a meeting a sentence names in passing, by what they did at it: "Assad spoke during a
    meeting with X", "told reporters in a meeting with the emir" (not "was killed during talks")."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during") or verb.pos_ not in ("VERB", "AUX") \
            or is_passive(verb):
        return []
    return [t for s in subjects_of(verb) for t in conjuncts(s)]


def requested_partners(verb: Token) -> list[Token]:
    """Whom a party asks to talk with: "called for more dialogue with Moscow", "urged talks with the rebels"
    (the talks asked for are with them, whoever else takes part)."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + objects_of(verb, {"for"})
    talks = [a for a in asked if any(e.category == "CONSULT" for e in load_lexicon().get((a.lemma_.lower(), "NOUN"), ()))]
    return [partner for talk in talks for _, partner in _prep_objects(talk, {"with"})]


# What two sides share or contest: whoever it is "with" is the other side ("its dispute with Bolivia")
BONDS = frozenset({"relation", "tie", "link", "contact", "dispute", "row", "quarrel", "feud", "conflict", "war",
                   "peace", "border", "frontier", "cooperation", "trade", "partnership", "alliance", "swap",
                   "exchange", "settlement", "arrangement", "compromise"})
# Phrases that frame what a party agrees as part of a bargain: "agreed to stop enrichment in a deal with Britain"
BARGAIN_PREPS = {"in", "under"}
# What a bargain is for ("in exchange for fuel from the US"): the one it comes from is the other side
RETURNS = frozenset({"exchange", "return"})


def bond_partners(verb: Token) -> list[Token]:
    """The other side of a bond or dispute the verb (or the verb it says it will do) acts on: "agreed to settle
    its dispute with Bolivia", "suspended talks on a defence pact with Singapore", "agreed to restore relations
    with Ecuador"; and what it comes to or leaves: "agreed to a truce with the rebels", "to return to negotiations
    with Israel", "threatened to pull out of talks with Fatah"."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
    things = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    things += [o for v in verbs for _, o in _prep_objects(v, {"to"})]
    # the bargain it is part of: "agreed to suspend enrichment in a deal with Britain", "under an accord with Jordan"
    things += [o for v in verbs for _, o in _prep_objects(v, BARGAIN_PREPS)]
    # what it leaves: "threatened to withdraw from negotiations with the EU", "to pull out of talks with Fatah"
    things += [o for v in verbs for _, o in _prep_objects(v, {"from"})]
    things += [o for v in verbs for out in v.children if out.lower_ == "out" for _, o in _prep_objects(out, {"of"})]
    # (and what it invites or proposes: "accepted an invitation to talks with Belgrade")
    things += [o for t in things for _, o in _prep_objects(t, {"on", "over", "of", "about", "to", "for"})]
    lexicon = load_lexicon()
    bonds = [t for t in things if t.lemma_.lower() in BONDS or any(
        e.category in ("CONSULT", "AGREE", "COOPERATE") for e in lexicon.get((t.lemma_.lower(), "NOUN"), ()))]
    # "agreed to freeze its programme in exchange for fuel oil from the United States": who gives what is bargained for
    given = [giver for v in verbs for _, back in _prep_objects(v, BARGAIN_PREPS) if back.lemma_.lower() in RETURNS
             for _, what in _prep_objects(back, {"for"}) for _, giver in _prep_objects(what, {"from"})]
    # (the parser may hang the "with" on the verb beside the bargain: "suspend enrichment in a deal with Britain")
    beside = [partner for v in verbs if any(o in bonds for _, o in _prep_objects(v, BARGAIN_PREPS))
              for _, partner in _prep_objects(v, {"with"})]
    return [partner for bond in bonds for _, partner in _prep_objects(bond, {"with"})] + beside + given


def given_by(noun: Token, governor: Token) -> list[Token]:
    """Who gives what a party has, enjoys or won: "enjoys the support of the army" (not "the release of
    hostages", which the subject sought from someone else)."""
    if governor.i == noun.i or governor.lemma_.lower() not in RECEIVING_VERBS | {"have"} \
            or noun.lemma_.lower() not in GIVEN_NOUNS:
        return []
    return [t for _, obj in _prep_objects(noun, {"of"}) for t in conjuncts(obj)]


def asked_of(verb: Token) -> list[Token]:
    """Whom a demand is made of, by its "from" phrase: "demanding autonomy from the Syrian government",
    "sought an apology from Japan"."""
    # (not where an act asked for leaves from: "called for a withdrawal from Mali")
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") not in load_lexicon()]]
    return [obj for holder in holders for _, obj in _prep_objects(holder, {"from"})]


def action_targets(verb: Token, preps: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Whom the actions a verb takes as its object (or in its ``preps`` phrases) are aimed at: "welcomed the
    strikes on Syria", "backed Turkey's offensive against Kurdish militias" (wherever the parser hangs the
    "against"), "called for sanctions against Zimbabwe"."""
    actions = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") in load_lexicon()]
    actions += [o for o in objects_of(verb, set(preps)) if (o.lemma_.lower(), "NOUN") in load_lexicon()]
    opposed = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]  # "military action against the junta"
    return [party for action in actions for _, party in _prep_objects(action, OBJECT_PREPS)] + \
        [party for holder in opposed for _, party in _prep_objects(holder, {"against"})]
