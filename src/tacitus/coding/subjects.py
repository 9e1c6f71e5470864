"""Who a verb's subject is: climbing through the clauses a verb hangs in, relative pronouns, passives and the
weapon a subject may only be."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.owners import participle_agents
from tacitus.coding.phrases import conjuncts, is_attempt, prep_objects, verbless_subject
from tacitus.coding.words import words

MESSAGES = words("message_noun")
ISSUING_VERBS = words("issuing_verb")
SUFFERING_VERBS = frozenset({"die", "perish"})
# Harms a note or a headline reports of its victims with no auxiliary: "4 soldiers killed", "Two police
# officers abducted in Zamfara" (an active use of these verbs takes an object)
REPORTED_HARMS = frozenset({"kill", "wound", "injure", "abduct", "kidnap", "arrest", "detain", "behead", "execute",
                            "shoot", "torture", "rape", "capture", "hurt", "massacre", "slaughter", "displace",
                            "lynch", "hang", "stab"})
COUNTING_WORDS = frozenset({"several", "many", "dozens", "scores", "hundreds", "thousands", "some", "few"})
# "held hostage": the noun that says the subject was held, when it is the verb's only, bare object
CAPTIVE_NOUNS = frozenset({"hostage", "prisoner", "captive"})
# Participles by which a weapon names who used it: "a drone launched by the Houthis", "a mine planted by militants"
LAUNCHING_VERBS = frozenset({"launch", "fire", "send", "fly", "operate", "plant", "lay", "drop", "shoot", "deploy",
                             "detonate", "throw", "hurl", "lob", "pilot", "carry", "hide", "place", "park", "set",
                             "build", "make", "rig"})
# Participles that lay an attack at someone's door, with the preposition that names them: "a car bomb blamed on
# separatists", "a blast attributed to the rebels"
BLAMING = {"blame": "on", "attribute": "to"}
_PLURAL_FORMS = frozenset({"are", "were", "have", "'re", "'ve"})
_SINGULAR_FORMS = frozenset({"is", "was", "has", "'s"})


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
            return [relative_antecedent(subjects[0], verb)]  # "the force that took Afrin": the force took it
        if subjects:
            # "India, China agree to ...": a headline lists its subjects with a bare comma, and the parser makes
            # the first a modifier of the verb
            subjects = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ in ("GPE", "NORP", "ORG")
                        and c.i + 2 == subjects[0].left_edge.i and c.nbor().lower_ == ","] + subjects
            # "The charity working in Yemen reported": the small parser makes the participle the subject
            subjects = [next((c for c in s.children if c.dep_ == "nsubj"), s) if s.tag_ == "VBG" else s
                        for s in subjects]
            return [t for s in subjects for t in _senders(s) or conjuncts(_author(s)) + companions(s)] \
                + [t for t in companions(verb) if t.i < verb.i]
        opening = _opening_name(verb)
        if opening is not None:
            return conjuncts(opening)
        if is_attempt(verb):
            # "the army's bid to retake", "rebels made an attempt to seize": whose attempt it was
            owners = [c for c in verb.head.children if c.dep_ == "poss"]
            if owners or verb.head.dep_ != "dobj":
                return [t for o in owners for t in conjuncts(o)]
            verb = verb.head.head
            continue
        verbless = verbless_subject(verb) if verb.dep_ == "acl" else None
        if verbless is not None:
            return conjuncts(verbless)  # "Nurses from a Danish charity handed out ..."
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
    if _reported_harm(verb) or held_captive(verb):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "aux", "auxpass", "dobj", "mark")
                                                               for c in verb.children):
        return True  # "Kidnapped in 2014, the boys spent years in Raqqa": the sentence's subject suffered it
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


def _senders(subject: Token) -> list[Token]:
    """Who sent the weapon that is the subject: "a drone launched by the Houthis struck" (the Houthis did); or
    whom the attack is blamed on: "a series of bombings blamed on separatists killed 20"."""
    return participle_agents(subject, LAUNCHING_VERBS) or _blamed(subject)


def _blamed(subject: Token) -> list[Token]:
    nouns = [subject, *(o for _, o in prep_objects(subject, {"of"}))]
    return [o for noun in nouns for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in BLAMING
            for _, p in prep_objects(acl, {BLAMING[acl.lemma_.lower()]}) for o in conjuncts(p)]


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


def held_captive(verb: Token) -> bool:
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


def relative_antecedent(token: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for: "the Kurds, whom Turkey accused" are the accused; so through the
    infinitives the clause goes on with: "US missiles, which Russia has vowed to shoot down"."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and token.dep_ != "nsubj":
        verb = verb.head
    if verb.dep_ == "relcl" and token.tag_ in ("WP", "WDT") and verb.head.i != verb.i:
        head = verb.head
        if token.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.lower_ == "with" \
                and head.ent_type_ not in ("PERSON", "NORP", "ORG"):
            # "a volunteer with Chechen roots, who died": who has the roots died, not they
            owner = head.head.head
            objects = [c for c in owner.children if c.dep_ == "dobj"] if owner.pos_ in ("VERB", "AUX") else [owner]
            return objects[0] if objects else head
        if token.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.lower_ in ("from", "in", "of") \
                and head.ent_type_ in ("GPE", "LOC") and head.head.head.pos_ == "NOUN":
            # "a teacher from Gao who was abducted": who was abducted is the teacher, not the town
            return head.head.head
        before = token.doc[token.i - 1] if token.i > 0 else token
        if token.lower_ in ("who", "whom") and head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "NORP", "ORG") \
                and before.pos_ == "NOUN" and before.i > head.i:
            # "the rubble of Baghuz, held by jihadists who refused to leave": the people just before, not a place
            return before
        return _last_conjunct(token, verb, head)
    return token


def _last_conjunct(pronoun: Token, verb: Token, head: Token) -> Token:
    """ "friction between Paris and Rome, which has sent ships": a relative clause the parser hangs on the first of
    two names joined by "and", told in the singular right after the last, is the last one's."""
    last = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    if last.is_punct and last.i > 0:
        last = pronoun.doc[last.i - 1]
    singular = verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ == "was")
                                         for c in verb.children)
    # (names only: "the Dutch poet and teacher who was shot" is one person)
    return last if singular and head.pos_ == last.pos_ == "PROPN" and last.i != head.i and last in head.conjuncts \
        else head


def _opening_name(verb: Token) -> Token | None:
    """ "Turkey massed troops on its border": the small parser may read a name that opens the sentence, right before
    a finite verb with no subject, as a modifier of the verb; it is the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i
                 and c.right_edge.i + 1 == verb.i and c.left_edge.i == c.sent.start
                 and c.ent_type_ not in ("DATE", "TIME")), None)
