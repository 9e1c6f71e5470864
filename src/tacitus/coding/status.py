"""Status of an event from the words around its trigger: planned, intended, hypothetical, negated, reported.

Status words reach a trigger through the verbs that control it ("is expected to visit", "pledged to
increase support") but not across coordination of finite verbs: in "could not cope and urged Moscow",
the urging is neither negated nor hypothetical. A bare-infinitive conjunct shares its auxiliary
("will launch ... and discuss").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.coding.cessation import stopping_verb
from tacitus.coding.doc_arrays import span_text, span_words
from tacitus.coding.phrases import is_attempt
from tacitus.coding.words import words

PLANNING = words("planning")
INTENDING = words("intending")
COMMITMENTS = words("commitment")
CLAIMING = words("claiming")
HEDGES = words("hedge")
MODALS = {"could", "would", "might", "may", "should", "must", "ought", "can", "ca"}
READY = words("ready")
REPORTING = words("reporting_verb")
_CONTROL_DEPS = ("xcomp", "dobj", "pobj", "prep", "acomp", "attr")
FUTURE_AUXES = {"will", "shall", "'ll"}
TEMPORAL_MARKS = {"when", "after", "before", "once", "until", "till", "whenever"}


def _controllers(trigger: Token, governor: Token | None) -> list[Token]:
    """The trigger, its light verb, and the verbs and adjectives that control them."""
    chain = [trigger] + ([governor] if governor is not None and governor is not trigger else [])
    node = chain[-1]
    for _ in range(8):
        shares_conj = node.dep_ == "conj" and (node.tag_ == "VB" or _shares_auxiliary(node))
        if (node.dep_ not in _CONTROL_DEPS and not shares_conj and not _bare_complement(node)
                and not is_attempt(node)) \
                or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def _shares_auxiliary(participle: Token) -> bool:
    """ "would often be beaten or tortured": a participle with no auxiliary or subject of its own,
    joined by "and"/"or", is under its first conjunct's modal; after "but" it stands apart ("were not
    killed but wounded"), and a perfect shares only its tense ("have planned and carried out raids")."""
    if participle.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in participle.children):
        return False
    head = participle.head
    joined_by = [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < participle.i]
    return bool(joined_by) and all(word in ("and", "or") for word in joined_by) \
        and any(c.dep_ == "aux" and c.lower_ in MODALS | FUTURE_AUXES for c in head.children)


def _bare_complement(verb: Token) -> bool:
    """ "would see Russia withdraw", "made the opposition withdraw", "proposed that the UN send": a bare
    infinitive or a subjunctive takes its status from the verb it complements."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _subjunctive(chain: list[Token]) -> bool:
    """ "proposed that the UN send peacekeepers": what is proposed or asked for has not happened."""
    return any(_bare_complement(t) and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
               for t in chain)


def _hung_on(verb: Token) -> Token | None:
    """The verb an unmarked participle hangs on ("will deny it, blaming Britain"): it shares that verb's time
    and mood."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i \
            or any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
        return None
    return verb.head


def _beside_a_modal(verb: Token) -> bool:
    """ "could lead to Turkey reaching a deal", "might hit the town, killing dozens": a participle hung on a
    verb of what may be shares its mood."""
    head = _hung_on(verb)
    # (not "would": "said they would not attend, blaming Turkey" reports what was said, and the blame was laid)
    return head is not None and any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in head.children)


def _denied_by_a_word(trigger: Token, chain: list[Token]) -> bool:
    """ "would no longer supply arms", "vowed never again to shell", "neither Britain nor France have ratified",
    "committed no crime", "no troops were sent", "held no talks": a negative word on the verb, its subject or
    its object (the parser hangs "never" on "again"); a readiness lessened ("is less willing to allow their
    return") is a reluctance."""
    if any(t.lemma_.lower() in READY and any(c.dep_ == "advmod" and c.lower_ == "less" for c in t.children)
           for t in chain):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("longer", "again") and any(n.dep_ == "neg" for n in c.children)
           for t in chain for c in t.children):
        return True
    parties = [c for t in chain for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(d.lower_ in ("no", "neither") and d.dep_ in ("det", "preconj")
               for noun in [trigger, *parties] for d in noun.children)


def _hedged(chain: list[Token], sentence: Span) -> bool:
    """ "Syrian forces reportedly shelled Idlib", "the army reportedly said it had taken the town": a hedge on
    the event's verbs or on the verb that reports it; not one elsewhere in the sentence ("resigned on
    Thursday, reportedly angering the president": the resignation is plain fact)."""
    top = chain[-1]
    reporting = top.head if top.dep_ in ("ccomp", "xcomp") and top.head.i != top.i else None
    around = {t.i for t in chain} | ({reporting.i} if reporting is not None else set())
    return not HEDGES.isdisjoint(span_words(sentence)) and any(t.lower_ in HEDGES and t.head.i in around
                                                                for t in sentence)


def is_headline_plan(verb: Token) -> bool:
    """ "Turkey to send troops to Libya": a headline's infinitive tells a plan as news."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and (verb.dep_ == "ROOT" or verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT"
                           and verb.head.pos_ in ("PROPN", "NOUN") and verb.head.i < verb.i
                           and not any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in verb.sent))


def _in_future_clause(verb: Token) -> bool:
    """ "what will happen when US troops leave", "will deny it, blaming Britain": a temporal clause in the
    present, or a participle beside its verb, tells of the time of the verb it hangs on; when that is to come,
    so is this."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    # (the small parser makes "when" an adverb of the clause, "after" and "once" its marker)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB"}
    temporal = bool(marks & TEMPORAL_MARKS) and verb.tag_ in ("VBZ", "VBP", "VB") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not (temporal or _hung_on(verb) is not None):
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for t in _controllers(verb.head, None) for c in t.children)


def _a_condition_until(verb: Token) -> bool:
    """ "would not negotiate until foreign troops left", "must agree to reforms before they disarm": what must
    happen first, or what waits on it, is a condition, not news."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not marks & {"until", "till", "before"}:
        return False
    # (but a past one is told: "the town had seen no fighting until the militia arrived"; and what comes before
    # a plan is only a time: "will withdraw before the elections")
    waiting = FUTURE_AUXES | {"would"} if marks & {"until", "till"} else {"must", "should", "would"}
    return any(c.dep_ == "aux" and c.lower_ in waiting for t in _controllers(verb.head, None) for c in t.children)


def _under_a_condition(chain: list[Token]) -> bool:
    """ "if the Americans pull out", "if he got home and was tried and jailed": an "if" or "unless"
    on the trigger, a verb that controls it, or the first of the verbs it is joined to."""
    for verb in chain:
        node = verb
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                return True
            if node.dep_ != "conj" or node.head.i == node.i:
                break
            node = node.head
    return False


def event_status(trigger: Token, governor: Token | None, sentence: Span) -> str:
    """One of asserted, planned, intended, hypothetical, negated, reported."""
    chain = _controllers(trigger, governor)
    # "did not stop bombing Idlib": the denied stop asserts the bombing (a stop that happened is recoded, see
    # cessation.py)
    stop = stopping_verb(trigger)
    if any(c.dep_ == "neg" or c.lower_ == "never" for t in chain if t != stop for c in t.children) \
            or _denied_by_a_word(trigger, chain):
        return "negated"
    if _under_a_condition(chain) or _subjunctive(chain) \
            or _a_condition_until(chain[-1]):
        return "hypothetical"
    auxes = {c.lower_ for t in chain for c in auxiliaries(t)}
    lemmas = {t.lemma_.lower() for t in chain[1:]}  # the trigger's own word is its category, not its status
    words = span_words(sentence)
    if auxes & FUTURE_AUXES or lemmas & PLANNING or is_headline_plan(governor or trigger) \
            or "to be held" in span_text(sentence) \
            or _in_future_clause(chain[-1]):
        return "planned"
    # "pledged $500 million in aid": a pledge is its own trigger, and still only a promise
    if lemmas & INTENDING or lemmas & READY or trigger.lemma_.lower() in COMMITMENTS or ("if" in words and words & {"necessary", "needed"}):
        return "intended"
    top = chain[-1]
    if auxes & {"would", "'d"} and top.dep_ == "ccomp" and top.head.lemma_.lower() in REPORTING \
            and not words & {"if", "unless"}:
        return "intended"  # "Iraq said it would allow the inspectors back": an announced intention
    if auxes & MODALS or _beside_a_modal(top):
        return "hypothetical"
    claimed = top.dep_ == "ccomp" and top.head.lemma_.lower() in CLAIMING
    if _hedged(chain, sentence) or lemmas & CLAIMING or claimed:
        return "reported"
    return "asserted"


# Modals of what may come to pass, as a source foresees or promises it ("could sign the deal next month, an
# official said", "said it would send teams if the quake worsened")
FORESEEING = frozenset({"could", "may", "might", "would", "'d"})


def modals_of(trigger: Token, governor: Token | None) -> set[str]:
    """The modal auxiliaries of the trigger and the verbs that control it ("must strike", "could be killed")."""
    return {c.lower_ for t in _controllers(trigger, governor) for c in auxiliaries(t)
            if c.dep_ == "aux" and c.lower_ in MODALS | {"'d"}}


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, with those the small parser hangs on another auxiliary ("should be leading": "should"
    on "be")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return own + [c for a in own for c in a.children if c.dep_ in ("aux", "auxpass")]


# Planning verbs whose subject makes the plan its own ("is preparing to enter"), unlike a forecast of it ("is
# expected/set/poised to")
OWN_PLANS = frozenset({"plan", "prepare", "intend", "aim"})


def is_announced(trigger: Token, governor: Token | None) -> bool:
    """ "Turkey said it will launch an operation", "is preparing to enter Idlib", "Turkey to send troops": a plan
    its party made known, not what the writer or an analyst expects of it ("is expected soon to order an
    operation", "Cairo will remain determined to retake the town", "analysts say Ankara will strike")."""
    chain = _controllers(trigger, governor)
    top = chain[-1]
    if {t.lemma_.lower() for t in chain[1:]} & OWN_PLANS or is_headline_plan(governor or trigger):
        return True
    return top.dep_ in ("ccomp", "xcomp") and top.head.lemma_.lower() in REPORTING | INTENDING | {"insist", "hint"} \
        and not _told_by_an_onlooker(top)


# Who foresees rather than announces: what an analyst says a party will do is a forecast of it
ONLOOKERS = frozenset({"analyst", "expert", "observer", "commentator", "pundit", "scholar", "academic", "researcher",
                       "strategist", "historian", "economist", "forecaster"})
# Adverbs of how likely a thing to come is ("will probably send", "will eventually launch")
PREDICTING = frozenset({"probably", "likely", "eventually", "ultimately", "ever", "inevitably", "surely",
                        "certainly", "undoubtedly", "doubtless", "presumably"})
# "will continue to bomb", "will remain determined to retake": that what goes on will go on is a forecast
ONGOING = frozenset({"continue", "remain", "keep", "stay"})


def _told_by_an_onlooker(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ONLOOKERS for c in clause.head.children)


def is_forecast(trigger: Token, governor: Token | None) -> bool:
    """What the writer or an analyst expects to come, not a plan announced or scheduled: "Peru will probably
    send troops", "the regime will continue to bomb the province", "analysts say Ankara will strike"."""
    chain = _controllers(trigger, governor)
    top = chain[-1]
    if top.dep_ == "ccomp" and _told_by_an_onlooker(top):
        return True
    if is_announced(trigger, governor) or any(t.ent_type_ in ("DATE", "TIME") for t in top.subtree):
        return False  # (a day makes it a schedule: "talks will continue on Tuesday")
    predicted = any(c.dep_ == "advmod" and c.lower_ in PREDICTING for t in chain for c in t.children)
    ongoing = any(t.lemma_.lower() in ONGOING and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in t.children)
                  for t in chain)
    return predicted or ongoing


# Verbs that make a plan public: what they announce in the progressive is arranged, not yet done
ANNOUNCING = words("announcing")


def is_announced_in_progress(trigger: Token, governor: Token | None) -> bool:
    """ "announced he was pulling the troops out", "confirmed it is sending a team": a progressive that a party
    announces tells an arrangement made (as "will"), not a move under way."""
    top = _controllers(trigger, governor)[-1]
    return top.dep_ == "ccomp" and top.head.i != top.i and top.head.lemma_.lower() in ANNOUNCING \
        and top.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in auxiliaries(top))


def is_counterfactual(trigger: Token, governor: Token | None) -> bool:
    """ "he would have killed me": what did not happen in the past (but "could have been killed" may be what
    a source believes did happen)."""
    chain = _controllers(trigger, governor)
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
    return bool(auxes & {"would", "'d"}) and bool(auxes & {"have", "'ve"})


def is_conjecture(trigger: Token, governor: Token | None) -> bool:
    """A hypothetical event that no one announced: a condition ("if the Americans pull out"), an obligation
    or an opinion ("Rojava must be recognised", "Britain should pursue support"), an ability ("forces can
    deploy"), what did not happen ("would have killed me"), or what the writer muses may or would happen
    ("Trump could order more strikes", "he would welcome"). Only what a source is quoted as foreseeing or
    promising is news of what may come."""
    chain = _controllers(trigger, governor)
    if _under_a_condition(chain):
        return True
    modals = modals_of(trigger, governor)
    if not modals or not modals <= FORESEEING or is_counterfactual(trigger, governor):
        return True
    top = chain[-1]
    quoted = top.dep_ == "ccomp" and top.head.lemma_.lower() in REPORTING
    return not (quoted or any(t.lower_ == "according" for t in trigger.sent))
