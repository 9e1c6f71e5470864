"""Which triggers report an act, rather than mention, describe or imagine one.

A gerund after a preposition ("from fighting Isis"), a participle describing a party ("the besieged town",
"areas retaken by Assad"), what someone fears, considers or agrees is so, a habit or a history told in passing,
an accident: each names an event the sentence does not report. ``is_eventive`` is the test ``find_triggers``
applies to every trigger it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tacitus.coding.accidents import an_accident, killed_by_an_accident
from tacitus.coding.background import (asks, fights_a_whole_war, in_a_standing_refusal, in_the_general_present,
                                       is_habitual, tallies_since, tells_how_one_died)
from tacitus.coding.commands import is_commanded
from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.phrases import continued_infinitive, describes_a_named_one, is_attempt, verbless_subject
from tacitus.coding.status import INTENDING, PLANNING, READY, is_headline_plan
from tacitus.coding.subordination import STATEMENT_CATEGORIES, told_in_its_own_right
from tacitus.coding.words import words

if TYPE_CHECKING:
    from tacitus.coding.triggers import Trigger

ASSENT_VERBS = words("assent_verb")
# a that-clause with one of these after "agreed" says what is to be done, not what is so
DECIDING_MODALS = frozenset({"will", "would", "should", "shall", "must", "could", "can", "'ll", "may", "might"})
# Verbs whose complement did not (yet) happen: "rather than travel", "instead of attacking"
IRREALIS_MARKERS = {"rather", "instead", "without"}
NOTHING_WORDS = frozenset({"nowhere", "nothing", "none", "nobody", "little", "everywhere", "everything"})
# Verbs that link a subject to how it is or feels: "feels threatened" is no threat
LINKING_VERBS = {"feel", "seem", "appear", "look", "remain", "sound", "become", "stay"}
# Events inside what someone imagines, fears or wants have not happened
COGNITION = words("cognition")
CLAIM_NOUNS = words("claim_noun")
AIM_NOUNS = words("aim_noun")
COMMENT_VERBS = words("comment_verb")
MESSAGE_NOUNS = words("message_noun")
EVENT_WORDS = words("event_word")
PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "witness", "film", "show", "photograph"})
# Acts done rather than said (nor support and agreement, which a present tense states: "Germany supports the strikes")
MATERIAL_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "COOPERATE", "CONSULT", "CONCEDE",
                           "SANCTION", "PROTEST"})
VAGUE_AGENTS = frozenset({"some", "many", "others", "several", "critics", "observers", "people"})
HABITUAL_ADVERBS = frozenset({"long", "often", "repeatedly", "widely", "frequently", "consistently", "regularly",
                              "previously", "routinely"})
# Verbs whose infinitive complement happens (or is planned, promised, forced): "continued to shell",
# "is expected to visit", "forced them to withdraw". Any other "to"-infinitive is a purpose, a wish or
# an opinion ("raised a militia to fight Isis", "too dangerous to travel"), not an event of the sentence.
CONTROLLERS = PLANNING | INTENDING | words("controller")
PROTEST_PURPOSES = frozenset({"protest", "demonstrate"})
GIVING_VERBS = frozenset({"give", "provide", "offer", "grant", "hand", "lend", "afford"})
# Verbs an event does as a figure of speech: an offensive that "threatens" a town endangers it, it makes no threat
ENDANGERING_VERBS = frozenset({"threaten"})
# What a text says it does is its provision, no act of a party: "a UN resolution permitting aid convoys"
DOCUMENTS = frozenset({"resolution", "convention", "treaty", "law", "accord", "bill", "decree", "charter", "constitution",
                       "protocol", "directive", "regulation", "legislation", "statute", "amendment", "agreement", "deal",
                       "pact"})


def is_eventive(trigger: Trigger) -> bool:
    """Gerunds after prepositions ("from fighting Isis"), infinitives modifying nouns ("a free hand to
    attack") and what someone fears or considers talk about an action; they do not report one."""
    token = trigger.anchor
    if token.dep_ == "pcomp" or (token.dep_ == "pobj" and token.tag_ == "VBG"):
        return False
    if token.dep_ == "acl" and token.tag_ == "VB" and not is_attempt(token):
        return False
    listed = continued_infinitive(token)  # "the right to register migrants, ban protests and ..."
    if listed is not None and listed.dep_ == "acl" and not is_attempt(listed):
        return False
    if token.dep_ == "amod":
        return False  # "the besieged town" describes a state, not an event of the sentence
    if _existential(token) or an_accident(token) or killed_by_an_accident(token) or _given_by_an_event(token) \
            or _subject_with_a_participle(token) or describes_a_named_one(token):
        return False
    if _a_question(token) or _an_aim_as_subject(token) or _a_state_while(token):
        return False
    if _told_of_a_text(trigger.token) and all(e.category in MATERIAL_ACTS for e in trigger.entries):
        return False  # "a UN resolution permitting aid convoys", "the convention, which banned landmines"
    if ((token.dep_ == "acl" and token.tag_ == "VBN") or _reduced_relative(token)) \
            and verbless_subject(token) is None \
            and (trigger.weak or not any(c.dep_ == "agent" for c in token.children)
                 or not (any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree) or _alongside_subject(token))):
        # "Ocalan, the Kurdish leader now imprisoned in Turkey", "areas retaken by Assad", "a deal brokered by
        # Moscow": background, unless the participle dates its deed ("a truce brokered by Moscow on Friday")
        # or sets the deed beside the subject's own ("forces, supported by Russian warplanes, pressed...")
        return False
    if _unasserted_infinitive(token) or asks(token) or _agrees_on_a_view(token):
        return False
    if _names_an_aim(token) or _in_an_infinitive_subject(token) or _a_limit_insisted_on(token) or _no_way(token):
        return False
    if tells_how_one_died(token):
        return False  # "two Danes killed fighting the Taliban": how they died, who they were
    if is_commanded(token):
        return False  # "burn their houses, the commander told his men": an order, not a deed done
    if is_habitual(token) or tallies_since(token) or fights_a_whole_war(token):
        return False  # "Iran routinely sends weapons", "5,000 have been killed since 2012": background
    if in_the_general_present(token) and all(e.category in MATERIAL_ACTS for e in trigger.entries):
        return False  # "the regime puts dissidents in prison" (a statement in the present is still made: "Tehran denies")
    if in_a_standing_refusal(token):
        return False  # "the western powers refuse to intervene": a standing stance, not a refusal of the day
    if _describes_a_state(token) or _identifies_by_a_past_deed(token) or _describes_a_party(token):
        return False
    if _recounts_a_history(token) and not all(e.category in STATEMENT_CATEGORIES for e in trigger.entries):
        # (what a party said in it is news told in passing: "the attack, which Damascus has denied carrying out")
        return False
    if _a_reputation(trigger):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in token.children):
        return False  # "declined to comment", "refused to say whether": no one is rejected
    if trigger.weak and (any(c.dep_ == "ccomp" for c in token.children) or token.dep_ in ("relcl", "acl")
                         or (token.dep_ == "advcl" and not told_in_its_own_right(token))):
        # a converted verb alone says little: not "determined that ...", a relative clause or a participle
        # describing the scene ("where officials had gathered", "joining Israel's campaign")
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "acl") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in COGNITION or (node.lemma_.lower() == "be" and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in COGNITION or _a_view_as_subject(c)
                for c in node.children)):
            return False  # (and "it is unlikely that ...": a copula's adjective says how likely it is)
        if node.pos_ == "NOUN" and node.lemma_.lower() in CLAIM_NOUNS:
            return False  # "Moscow's accusation that Britain directed the attack": the accusation's content
    # ("to do anything other than provide support", "than" after "other" or "rather": an alternative, not done)
    return not any(t.lower_ in IRREALIS_MARKERS or (t.lower_ == "than" and t.i > 0 and t.doc[t.i - 1].lower_ in
                                                     ("other", "rather")) for t in token.lefts)


def _an_aim_as_subject(token: Token) -> bool:
    """ "The next step is holding a summit": a progressive whose subject is an aim or a step says what is
    to be done (the small parser reads the copula as an auxiliary)."""
    return token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children) \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in token.children)


def _a_view_as_subject(subject: Token) -> bool:
    """ "the thinking in Nairobi is that the rebels will attack", "the likely result is that they will be
    arrested": a copula whose subject is a view, a fear or a likelihood says what someone expects, not what
    happened."""
    return subject.dep_ == "nsubj" and (subject.lemma_.lower() in COGNITION | CLAIM_NOUNS or any(
        m.dep_ == "amod" and m.lemma_.lower() in COGNITION for m in subject.children))


def _existential(token: Token) -> bool:
    """ "there is nowhere left to hide", "nothing was left of the town": what remains or exists is a
    state told in passing, not a party's deed."""
    if token.tag_ != "VBN":
        return False
    if token.dep_ == "acl" and token.head.lower_ in NOTHING_WORDS:
        return True  # (the small parser may hang the participle on "nowhere" itself)
    if token.dep_ == "advcl" and token.head.lemma_ == "be" and any(c.dep_ == "expl" for c in token.head.children) \
            and any(c.lower_ in NOTHING_WORDS for c in token.head.children):
        return True  # (or on "is", beside "there" and "nowhere")
    return any(c.dep_ in ("nsubjpass", "advmod", "attr") and c.lower_ in NOTHING_WORDS for c in token.children)


def _subject_with_a_participle(token: Token) -> bool:
    """ "maintains that citizens captured in rebel territory have the right to return": a participle right after
    a noun, with no auxiliary or object, which the small parser made that noun's verb (even tagged a past tense),
    describes the noun (who was captured) when a verb with no subject of its own follows its phrase: that verb
    is the clause's."""
    if token.tag_ not in ("VBN", "VBD") or token.dep_ == "conj" or any(
            c.dep_ in ("aux", "auxpass", "agent") or c.dep_ == "dobj" and c.i > token.i for c in token.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i == token.i - 1 and c.pos_ == "NOUN" for c in token.children):
        return False
    end = max([token.i] + [c.right_edge.i for c in token.children if c.i > token.i and c.dep_ not in ("conj", "cc", "punct")])
    if end + 1 >= len(token.doc):
        return False
    verb = token.doc[end + 1]
    return verb.tag_ in ("VBP", "VBZ", "VBD", "MD") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                for c in verb.children)


def _told_of_a_text(verb: Token) -> bool:
    """Whether the verb's doer is a resolution, a treaty or a law (its subject, or the noun its participle or
    relative clause describes)."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.lemma_.lower() in DOCUMENTS
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENTS for c in verb.children)


def _a_state_while(token: Token) -> bool:
    """ "tortured while imprisoned", "fell ill while detained": a bare participle after "while" tells the state
    the party was in, not an act."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ == "while" for c in token.children) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)


def _a_question(token: Token) -> bool:
    """ "was asked if the troops would leave", "asked the same question of his army chief", " 'Why are we
    paying?' he asked": a question put asks for an answer, not for an act (but asking whether one could or
    may do a thing asks leave to do it: "asked Bolivia whether it could use the port")."""
    if token.lemma_.lower() != "ask":
        return False
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() == "question":
            return True
        if child.dep_ in ("ccomp", "advcl") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") or c.tag_ in ("WDT", "WP", "WRB") and c.i < child.i
                for c in child.children) \
                and not any(c.dep_ == "aux" and c.lower_ in ("could", "can", "may", "might") for c in child.children):
            return True
    return False


def _given_by_an_event(token: Token) -> bool:
    """ "The veto gave the junta a green light", "the withdrawal handed Ankara a free hand", "the raid gave
    ammunition to critics": what an event gives is what it made possible, a figure of speech; no party gave
    anything. So is what an event threatens: "the offensive now threatens the next town", "the crisis threatens
    to spill over" say what it endangers, no party threatened anyone."""
    lemma = token.lemma_.lower()
    if lemma not in GIVING_VERBS and lemma not in ENDANGERING_VERBS:
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the offensive has taken the town and now threatens the next": the subject of both
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and (
        (c.lemma_.lower(), "NOUN") in load_lexicon() or lemma in ENDANGERING_VERBS and c.lemma_.lower() in EVENT_WORDS)
        for c in verb.children)


def _describes_a_state(token: Token) -> bool:
    """What a party is doing or how it stands, told in passing, is background, not a reported event:
    a present-tense relative clause ("the SDF, which is holding the suspects"), a present passive of
    state ("2,000 troops are stationed there"), a feeling ("Moscow feels threatened"), or a participle
    describing a noun in apposition ("Emwazi, the executioner killed by a drone in 2015")."""
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    present = token.tag_ in ("VBZ", "VBP") or (bool(auxiliaries) and all(a.tag_ in ("VBZ", "VBP") for a in auxiliaries))
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.tag_ in ("VBZ", "VBP"):
        clause = clause.head  # "a dictator who starves and massacres his people": both verbs describe him
    if clause.dep_ == "relcl" and present and token.tag_ in ("VBZ", "VBP", "VBG") \
            and (clause is token or clause.tag_ in ("VBZ", "VBP")):
        return True
    if token.dep_ == "relcl" and token.tag_ == "VBG" and any(a.lower_ in ("was", "were") for a in auxiliaries) \
            and not any(c.tag_ == "WRB" or (c.lower_ == "that" and c.tag_ == "IN") for c in token.children):
        # (and as things stood then: "a house the fighters were occupying"; not "the night when", nor a
        # that-clause the parser took for a relative one, "told by the minister that Riyadh was leaving")
        return True
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and present \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in token.children):
        return True
    if token.dep_ in ("acomp", "oprd", "xcomp") and token.tag_ == "VBN" \
            and token.head.lemma_.lower() in LINKING_VERBS:
        return True
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "appos"


def _identifies_by_a_past_deed(token: Token) -> bool:
    """A restrictive relative clause in the active past says who someone is ("the men who captured him",
    "Kurdish forces who have fought with the US", "every town it had occupied"): background, not news. It
    stays an event when it dates the deed ("the force that took Afrin on Sunday"), when the noun is an
    occasion ("last week, when Israel bombed ...", "a summit at which ..."), when it is set off by a comma
    or follows a name, and in the passive, where it usually tells what befell the sentence's subject ("a soldier who was
    killed by a roadside bomb has been named")."""
    clause = token
    # (and what it pledged or tried: "a president who pledged to end the wars" is who he is)
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if clause.head.pos_ == "PROPN":
        return False  # a name needs no restricting: "the lawyer Philippe Sands who said" lacks a comma
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    if clause.tag_ != "VBD" and not perfect:
        return False
    before = clause.left_edge.i - 1
    if before >= 0 and clause.doc[before].text in (",", "(", "-", "–", "—", ";"):
        return False
    if any(c.tag_ == "WRB" or (c.dep_ == "prep" and c.i < clause.i) for c in clause.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _recounts_a_history(token: Token) -> bool:
    """A relative clause in the perfect says what a party has been or had been doing ("the PKK, which has
    fought a long insurgency", "Russia, which has backed Assad since 2015", "the tribes, who had boycotted the
    elections", "fighters who have been fighting Isis"): who the party is, not this story's news (a statement
    told in one still is, which the caller checks: "the attack, which Damascus has denied"). Not after
    an event noun, whose toll it tells ("the bombing, which has killed 20"), nor an occasion ("the summit,
    where ..."), nor in the passive, nor a past perfect dated to a day ("who had crossed on Wednesday")."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    haves = [c for c in clause.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if not haves or clause.tag_ not in ("VBN", "VBG"):
        return False
    head = clause.head
    if head.lemma_.lower() in EVENT_WORDS or (head.lemma_.lower(), "NOUN") in load_lexicon() \
            or any(c.tag_ == "WRB" for c in clause.children):
        return False
    past_perfect = all(h.lower_ == "had" or h.lower_ == "'d" for h in haves)
    return not (past_perfect and any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree))


def _a_reputation(trigger: Trigger) -> bool:
    """ "whose government has long been accused of reprisals", "the minister has been criticised for staying silent":
    criticism, or an allegation made again and again, in the perfect passive that names no one who made it is
    what a party is known for, not an act of the story. A new allegation ("has been accused of misusing public
    funds") and a legal charge ("has been charged with") are acts of whoever made them."""
    token = trigger.token
    deps = {c.dep_ for c in token.children}
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    # ("criticised by some", "by many": an agent that names no one)
    named = any(o.lower_ not in VAGUE_AGENTS for c in token.children if c.dep_ == "agent"
                for o in c.children if o.dep_ == "pobj")
    if token.tag_ != "VBN" or "auxpass" not in deps or named or not perfect:
        return False
    # an allegation is news when it is new ("has been accused of misusing public funds"); criticism, or an
    # allegation made over and over, is what the party is known for
    habitual = any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in token.children)
    return all(e.category == "ACCUSE" and "legal" not in e.context and (e.mode != "allege" or habitual)
               for e in trigger.entries)


def _alongside_subject(participle: Token) -> bool:
    """ "Syrian forces, supported by Russian warplanes, pressed an offensive": a participle between commas on
    the subject of a clause tells what went on as the subject acted, not who the subject is. Not when the
    subject's own clause is a record or a habit ("Assad, backed by Moscow, has used chemical weapons dozens of
    times", "the president, backed by the army, has ruled since 1980"): then it says who the subject is."""
    noun = participle.head
    if not (participle.dep_ == "acl" and noun.dep_ in ("nsubj", "nsubjpass") and participle.i > 0
            and participle.doc[participle.i - 1].text == "," and noun.i < participle.i
            and any(t.text == "," for t in participle.doc[participle.right_edge.i + 1:participle.right_edge.i + 2])):
        return False
    deed = noun.head
    return not (is_habitual(deed) or tallies_since(deed) or in_the_general_present(deed))


def _agrees_on_a_view(token: Token) -> bool:
    """ "They agreed that the regime had a pattern of dangerous behaviour": a that-clause stating what is so
    is a view the parties share; one saying what will or should be done ("agreed that the chiefs of staff
    should meet") is an agreement."""
    if token.lemma_.lower() not in ASSENT_VERBS:
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(a.dep_ == "aux" and a.lower_ in DECIDING_MODALS
                                     for clause in clauses for a in clause.children) \
        and not any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on"))
                    for c in token.children)


def _reduced_relative(token: Token) -> bool:
    """ "other towns recaptured from Isis", "try their nationals fighting in Iraq": the small parser
    hangs a participle right after a noun on the main verb (a past one often tagged as a past tense); with no
    subject, no auxiliary and no comma of its own, it modifies the noun before it."""
    before = token.i - 1
    if token.dep_ != "advcl" or token.tag_ not in ("VBN", "VBD", "VBG") or before < 0 \
            or token.doc[before].pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return False
    # (after a message or an event noun, an -ing participle tells it: "a statement urging restraint"; after a
    # date it is the verb's: "issued a statement on Monday demanding")
    noun = token.doc[before]
    lemma = noun.lemma_.lower()
    return token.tag_ != "VBG" or not (lemma in MESSAGE_NOUNS or lemma in EVENT_WORDS or (lemma, "NOUN") in load_lexicon()
                                       or noun.ent_type_ in ("DATE", "TIME"))


def _describes_a_party(token: Token) -> bool:
    """A present participle after a party says what it does ("Kurdish forces fighting Isis", "rebels fighting
    the regime", "NGOs supporting US agencies"): the sentence's event is elsewhere. After a message ("a
    statement urging restraint") or an event noun ("a bombardment targeting Damascus") it tells that message
    or event, and after what someone saw ("saw gunmen shooting people") it is the sight."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or verbless_subject(clause) is not None:
        return False
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in MESSAGE_NOUNS or lemma in EVENT_WORDS or (lemma, "NOUN") in load_lexicon():
        return False
    return not (head.dep_ == "dobj" and head.head.lemma_.lower() in PERCEPTION_VERBS)


def _unasserted_infinitive(verb: Token) -> bool:
    head = verb.head
    if is_headline_plan(verb) or head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # a bare infinitive stands or falls with the verb it completes: "lobbying Baghdad to help find a
        # solution" finds none, "made the opposition withdraw" made it withdraw
        bare = verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "conj") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        # (and so does a causative's participle: "the only way is to have them killed" kills no one)
        causative = verb.tag_ == "VBN" and verb.dep_ == "ccomp" and head.lemma_.lower() in ("have", "get") \
            and head.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        return (bare or causative) and _unasserted_infinitive(head)
    if verb.dep_ == "conj":
        return _unasserted_infinitive(head)
    if is_attempt(verb):
        return False
    if verb.dep_ != "xcomp":
        return not _protest_told_by_its_act(verb)
    if head.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in head.children):
        return True  # "had to withdraw" did; "had only themselves to blame", "has nothing to hide" tell no act
    if head.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in head.children):
        return True  # "is to visit" is a plan, but "the only way is to talk", "the aim was to strike" an opinion or an aim
    # "continued to shell" happened; "urged Russia to force Damascus to hold talks": forcing was only urged
    return head.lemma_.lower() not in (CONTROLLERS | READY) or _unasserted_infinitive(head)


def _protest_told_by_its_act(verb: Token) -> bool:
    """ "Farmers drove tractors into the capital to protest against ...", "staged a sit-in to demonstrate against
    ...": a protest is what the act it is the purpose of was, done in the past tense of the writer's voice."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.lemma_.lower() in PROTEST_PURPOSES and head.pos_ == "VERB" \
        and head.tag_ == "VBD" and head.lemma_.lower() not in CONTROLLERS | READY \
        and not any(c.dep_ == "aux" for c in head.children) and not _unasserted_infinitive(head)


def _names_an_aim(token: Token) -> bool:
    """ "share one aim: curbing Chinese influence", "their goal, weakening the rebels": a clause set after a
    noun of aim, hope or fear by a colon, a comma or a dash says what the aim is, not what was done."""
    if token.tag_ not in ("VBG", "VB") or token.head.i == token.i:
        return False
    if token.dep_ in ("appos", "acl"):
        nouns = [token.head]
    elif token.dep_ in ("advcl", "ccomp"):
        # (the small parser hangs the clause on the verb whose object the noun is)
        nouns = [c for c in token.head.children if c.dep_ in ("dobj", "attr", "nsubj")]
    else:
        return False
    return any(noun.lemma_.lower() in AIM_NOUNS and noun.right_edge.i < token.left_edge.i
               and all(t.text in (":", ",", "-", "–", "—") for t in token.doc[noun.right_edge.i + 1:token.left_edge.i])
               and noun.right_edge.i + 1 < token.left_edge.i
               for noun in nouns)


def _in_an_infinitive_subject(token: Token) -> bool:
    """ "To abandon them would be a betrayal", "to do anything other than provide support is to ...": an act
    made the subject of a judgement is weighed, not done (a gerund subject may tell one: "shelling the town
    killed ten")."""
    node = token
    for _ in range(5):
        if node.dep_ == "csubj":
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _a_limit_insisted_on(token: Token) -> bool:
    """ "refused to discuss the border, insisting it would only discuss trade", "says it will talk only about
    trade": what a party says it will only do is the limit it sets, a stance (the refusal of the rest is the
    act), not a plan of that act."""
    if token.dep_ != "ccomp" or token.head.i == token.i:
        return False
    limited = any(c.dep_ == "advmod" and c.lower_ == "only" for c in token.children)
    return limited and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d") for c in token.children)


def _no_way(token: Token) -> bool:
    """ "There is no way Ghana will send troops", "there was no way the rebels were going to take the city": what
    a speaker rules out has not happened (the small parser makes the clause a relative one on "way")."""
    node = token
    for _ in range(3):
        if node.dep_ == "relcl" and node.head.lemma_.lower() == "way" \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in node.head.children):
            return True
        if node.dep_ not in ("xcomp", "conj", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False
