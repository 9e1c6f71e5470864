"""The other sides a verb or a noun names beside its subject and object: meeting partners, the other side of a
bond or a bargain, whom a demand is made of, who gives what a party enjoys, whom the actions it backs are aimed at."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.phrases import conjuncts, objects_of, prep_objects
from tacitus.coding.subjects import is_passive, subjects_of

OBJECT_PREPS = {"on", "against", "to", "for", "into", "toward", "towards"}
# Verbs by which their subject gets what a noun's owner gives: "sought France's backing"
RECEIVING_VERBS = frozenset({"seek", "win", "receive", "get", "secure", "gain", "obtain", "request", "enjoy"})
# Where parties talk: the "with" of "in a phone call with", "during a meeting with" names a side
MEETING_NOUNS = frozenset({"call", "conversation", "meeting", "talks", "summit", "conference", "videoconference",
                           "session", "telephone"})
# What a party has of another's giving: "the backing of", "the blessing of"
GIVEN_NOUNS = frozenset({"support", "backing", "blessing", "approval", "endorsement", "help", "assistance",
                         "protection", "consent", "recognition"})
# What two sides share or contest: whoever it is "with" is the other side ("its dispute with Bolivia")
BONDS = frozenset({"relation", "tie", "link", "contact", "dispute", "row", "quarrel", "feud", "conflict", "war",
                   "peace", "border", "frontier", "cooperation", "trade", "partnership", "alliance", "swap",
                   "exchange", "settlement", "arrangement", "compromise"})
# Phrases that frame what a party agrees as part of a bargain: "agreed to stop enrichment in a deal with Britain"
BARGAIN_PREPS = {"in", "under"}
# What a bargain is for ("in exchange for fuel from the US"): the one it comes from is the other side
RETURNS = frozenset({"exchange", "return"})


def meeting_partners(verb: Token) -> list[Token]:
    """Whom a party talked with in the meeting its words were said in: "raised concerns in a phone call with Putin"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [t for holder in holders for _, meeting in prep_objects(holder, {"in", "during"})
            if meeting.lemma_.lower() in MEETING_NOUNS for _, partner in prep_objects(meeting, {"with"})
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
    return [partner for talk in talks for _, partner in prep_objects(talk, {"with"})]


def bond_partners(verb: Token) -> list[Token]:
    """The other side of a bond or dispute the verb (or the verb it says it will do) acts on: "agreed to settle
    its dispute with Bolivia", "suspended talks on a defence pact with Singapore", "agreed to restore relations
    with Ecuador"; and what it comes to or leaves: "agreed to a truce with the rebels", "to return to negotiations
    with Israel", "threatened to pull out of talks with Fatah"."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
    things = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    things += [o for v in verbs for _, o in prep_objects(v, {"to"})]
    # the bargain it is part of: "agreed to suspend enrichment in a deal with Britain", "under an accord with Jordan"
    things += [o for v in verbs for _, o in prep_objects(v, BARGAIN_PREPS)]
    # what it leaves: "threatened to withdraw from negotiations with the EU", "to pull out of talks with Fatah"
    things += [o for v in verbs for _, o in prep_objects(v, {"from"})]
    things += [o for v in verbs for out in v.children if out.lower_ == "out" for _, o in prep_objects(out, {"of"})]
    # (and what it invites or proposes: "accepted an invitation to talks with Belgrade")
    things += [o for t in things for _, o in prep_objects(t, {"on", "over", "of", "about", "to", "for"})]
    lexicon = load_lexicon()
    bonds = [t for t in things if t.lemma_.lower() in BONDS or any(
        e.category in ("CONSULT", "AGREE", "COOPERATE") for e in lexicon.get((t.lemma_.lower(), "NOUN"), ()))]
    # "agreed to freeze its programme in exchange for fuel oil from the United States": who gives what is bargained for
    given = [giver for v in verbs for _, back in prep_objects(v, BARGAIN_PREPS) if back.lemma_.lower() in RETURNS
             for _, what in prep_objects(back, {"for"}) for _, giver in prep_objects(what, {"from"})]
    # (the parser may hang the "with" on the verb beside the bargain: "suspend enrichment in a deal with Britain")
    beside = [partner for v in verbs if any(o in bonds for _, o in prep_objects(v, BARGAIN_PREPS))
              for _, partner in prep_objects(v, {"with"})]
    return [partner for bond in bonds for _, partner in prep_objects(bond, {"with"})] + beside + given


def given_by(noun: Token, governor: Token) -> list[Token]:
    """Who gives what a party has, enjoys or won: "enjoys the support of the army" (not "the release of
    hostages", which the subject sought from someone else)."""
    if governor.i == noun.i or governor.lemma_.lower() not in RECEIVING_VERBS | {"have"} \
            or noun.lemma_.lower() not in GIVEN_NOUNS:
        return []
    return [t for _, obj in prep_objects(noun, {"of"}) for t in conjuncts(obj)]


def asked_of(verb: Token) -> list[Token]:
    """Whom a demand is made of, by its "from" phrase: "demanding autonomy from the Syrian government",
    "sought an apology from Japan"."""
    # (not where an act asked for leaves from: "called for a withdrawal from Mali")
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") not in load_lexicon()]]
    return [obj for holder in holders for _, obj in prep_objects(holder, {"from"})]


def action_targets(verb: Token, preps: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Whom the actions a verb takes as its object (or in its ``preps`` phrases) are aimed at: "welcomed the
    strikes on Syria", "backed Turkey's offensive against Kurdish militias" (wherever the parser hangs the
    "against"), "called for sanctions against Zimbabwe"."""
    actions = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower(), "NOUN") in load_lexicon()]
    actions += [o for o in objects_of(verb, set(preps)) if (o.lemma_.lower(), "NOUN") in load_lexicon()]
    opposed = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]  # "military action against the junta"
    return [party for action in actions for _, party in prep_objects(action, OBJECT_PREPS)] + \
        [party for holder in opposed for _, party in prep_objects(holder, {"against"})]
