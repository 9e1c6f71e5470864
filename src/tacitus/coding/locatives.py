"""Which places of a sentence are where its event happened: the locative phrases tied to the trigger (reached
through its objects and prepositions, not through other clauses), and those that say something else: the topic
spoken of ("concerns about the fighting in Idlib"), the seat of whoever tells the news ("his office in Ankara
said"), a place an event is likened to ("as happened in Grozny")."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from tacitus.coding.phrases import objects_of
from tacitus.coding.words import words

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "off",
                  "along", "through", "above", "below"}
# Only on the trigger itself are these places: "strikes on Aleppo", "withdrew from Syria" (but "sanctions on
# Iran's oil", "an inquiry into", "a dispute over")
TRIGGER_PREPS = LOCATIVE_PREPS | {"on", "into", "from", "to"}
# Edges through which a locative still describes the event: its objects, their prepositions, its complements
THROUGH = {"dobj", "pobj", "prep", "attr", "xcomp", "dative", "npadvmod", "conj", "appos", "agent", "acl"}
MAX_DEPTH = 6
REPORTING_VERBS = words("reporting_verb")
# Speakers that sit in a capital or a headquarters, wherever what they tell of happened
SPEAKING_OFFICES = frozenset({"office", "official", "ministry", "spokesman", "spokeswoman", "spokesperson", "embassy",
                              "diplomat", "source", "agency", "government", "authority", "presidency", "headquarters"})
# What is talked about is not where the talking is: "raised concerns about the situation in Syria in a call"
TOPIC_PREPS = {"about", "regarding", "concerning", "over"}
# Meetings: a place right after "on" is what one is about ("a conference on Syria"; not "talks on a ceasefire in
# Geneva", where the parse hangs the venue on the topic)
MEETING_NOUNS = frozenset({"summit", "conference", "meeting", "talks", "talk", "gathering", "forum", "negotiations"})
# Verbs whose object is what is talked of: "discussed the war in Syria at a meeting"
DISCUSSION_VERBS = frozenset({"discuss", "debate", "review", "examine", "consider"})
# "discussing with allies whether troops could stay in Syria": a question asked, not a deed done
QUESTION_MARKS = frozenset({"whether", "if"})
# The verbs of a clause that likens an event to another: "as happened in Grozny"
COMPARED_VERBS = {"happen", "occur"}
# "south of Tripoli", "20 km north of Goma", "on the outskirts of Kyiv": the of-phrase of a direction is a locative
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
              "north-west", "south-east", "south-west", "outskirts"}
# "Killed in the battle for Mosul", "during the siege of Sarajevo", "in the Afrin operation": operations named by
# their place
BATTLE_NOUNS = words("battle_noun")
# "Jets bombed a crowded quarter of the town", "the rebels overran the district": a place the story named
# before, taken up by a definite place noun (a settlement for the first, any place below a country for the others)
SETTLEMENT_NOUNS = {"city", "town", "village"}
ANAPHORIC_NOUNS = SETTLEMENT_NOUNS | {"district", "province", "enclave", "governorate", "county"}
# A share of a place taken or held: "seized much of north-east Syria", "took over part of Afrin"
PART_WORDS = frozenset({"much", "most", "part", "parts", "swathes", "swaths", "half", "rest", "tracts", "chunks"})
# Places named as examples of the places an event struck: "shelled rebel towns such as Daraa", "across the
# province, including Saraqeb" (of a place noun or a locative only: "killed 12 people, including three children")
EXAMPLE_WORDS = frozenset({"including", "notably", "especially", "particularly"})
PLACE_NOUNS = words("place_noun")
# Adjectives of a place the small parser reads as gerunds, their place as an object: "in neighbouring Iraq"
GERUND_LIKE_ADJECTIVES = frozenset({"neighbouring", "neighboring", "surrounding"})
# What the object of a deed was entering when it was struck: "shelled a column entering the Afrin region",
# "struck militia heading into Afrin" (not where it was heading to, which may lie far off)
ENTERING_VERBS = frozenset({"enter", "head", "move", "advance", "push", "cross", "pour"})


def clause_locatives(anchors: list[Token]) -> list[Token]:
    """The objects of locative prepositions in the relative clause an anchor is told in."""
    clause = next((node for a in anchors for node in (a, *a.ancestors) if node.dep_ == "relcl"), None)
    return [t for t in clause.subtree if is_locative_object(t)] if clause is not None else []


def in_a_topic(token: Token, anchors: list[Token]) -> bool:
    """In what the event speaks of ("concerns about the fighting in Idlib", "discussed the war in Syria", "talks on
    the future of Yemen", "discussed whether troops could stay in Syria"), not where it is ("the militia that
    Ankara is fighting within Syria", "over in Cyprus")."""
    topic = False
    node = token
    while node.head.i != node.i:
        topic = topic or enters_a_topic(node)
        node = node.head
        if node in anchors:
            return topic
    return False


def enters_a_topic(child: Token) -> bool:
    """Whether ``child`` begins, under its head, what is talked of: "about"/"over" anything, the object of
    "discuss", a question put ("whether ..."). (Not "on" after talks: the parser hangs the venue there too,
    "talks on a ceasefire in Geneva".)"""
    if child.dep_ == "prep":
        return child.lower_ in TOPIC_PREPS or child.lower_ == "on" and child.head.lemma_.lower() in MEETING_NOUNS \
            and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in child.children)
    if child.dep_ == "dobj":
        return child.head.lemma_.lower() in DISCUSSION_VERBS
    if child.dep_ in ("ccomp", "advcl"):
        marks = QUESTION_MARKS if child.dep_ == "ccomp" else {"whether"}  # (an "if" of a condition is no question)
        return any(c.dep_ == "mark" and c.lower_ in marks for c in child.children)
    return False


def with_the_source(token: Token, anchors: list[Token]) -> bool:
    """In the phrase naming the office that tells the news: "his office in Ankara said", "officials in the capital
    said" say where the speaker sits, not where the event was (but doctors or residents "inside Ghouta" who say
    what was bombed are there; nor is an event told inside the phrase elsewhere: "a volunteer in Ghouta, where
    500 were killed, said")."""
    node = token
    while node.head.i != node.i and node not in anchors:
        if node.dep_ == "nsubj" and node.head not in anchors and node.head.lemma_.lower() in REPORTING_VERBS:
            return node.lemma_.lower() in SPEAKING_OFFICES \
                and not any(node.left_edge.i <= a.i <= node.right_edge.i for a in anchors)
        node = node.head
    return False


def in_a_comparison(token: Token) -> bool:
    """In a clause that likens the event to another, elsewhere: "as was the case in Srebrenica", "as happened in
    Grozny" (not a clause of time, "as troops entered Kobani")."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in node.children) \
                and (node.lemma_.lower() in COMPARED_VERBS
                     or any(c.dep_ in ("nsubj", "attr") and c.lemma_.lower() == "case" for c in node.children)):
            return True
    return False


def under_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and (token.head.lower_ in LOCATIVE_PREPS or of_a_direction(token.head))


def _after_a_gerund_like_adjective(token: Token) -> bool:
    """ "in neighbouring Iraq", which the parser reads as "in" + the gerund "neighbouring" + its object."""
    return token.dep_ == "dobj" and token.head.dep_ == "pcomp" and token.head.lower_ in GERUND_LIKE_ADJECTIVES


def prep_objects(prep: Token) -> list[Token]:
    """What a preposition governs: its object, or the place after a gerund-like adjective ("in neighbouring Iraq"). (On
    the trigger's own phrases only: the parser that misreads the adjective also hangs such a phrase where it likes, so
    it is no sentence-wide locative.)"""
    return [o for c in prep.children
            for o in ([c] if c.dep_ == "pobj" else [g for g in c.children if _after_a_gerund_like_adjective(g)])]


def of_a_direction(prep: Token) -> bool:
    return prep.lower_ == "of" and prep.head.lower_ in DIRECTIONS


def is_locative_object(token: Token) -> bool:
    return under_locative(token) or (token.dep_ == "conj" and under_locative(token.head))


def tied_locatives(anchors: list[Token], party_tokens: set[int], *, into_clauses: bool) -> Iterator[Token]:
    """Objects of locative prepositions reachable from the anchors, nearest first."""
    frontier = list(anchors)
    seen = {t.i for t in anchors}
    for depth in range(MAX_DEPTH):
        preps = TRIGGER_PREPS if depth == 0 else LOCATIVE_PREPS
        following = []
        for node in frontier:
            for child in node.children:
                if child.i in seen or child.dep_ not in THROUGH and not (
                        child.dep_ == "advmod" and (child.lower_ in DIRECTIONS or child.lower_ == "there")):
                    continue
                if not into_clauses and child.tag_ == "VBG" and child.dep_ != "prep":
                    continue  # "denied supporting rebels in Congo": where the denied thing was
                if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in ENTERING_VERBS:
                    seen.add(child.i)
                    yield from _entered(child)
                    continue
                if child.dep_ == "acl" and child.tag_ != "VB":
                    continue  # only "efforts to fight ... in Idlib", not "the town held by ..."
                seen.add(child.i)
                if child.dep_ == "advmod" and child.lower_ == "there":
                    yield child
                    continue
                if depth == 0 and into_clauses and child.dep_ == "dobj" and \
                        (child.lemma_.lower() in ANAPHORIC_NOUNS | {"area"} or child.lower_ in PART_WORDS):
                    yield child  # "the army overran the district": the district named before; "seized much of Idlib"
                if enters_a_topic(child):
                    continue  # "concerns about the situation in Syria", "discussed the war in Syria"
                if child.dep_ == "prep" and child.lower_ == "during":
                    yield from (o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in BATTLE_NOUNS)
                if child.dep_ == "prep" and _an_example(child) and (_a_place_or_locative(node) or depth == 0 and any(
                        o.lemma_.lower() in PLACE_NOUNS for o in objects_of(node, {child.lower_}))):
                    # ("fired at several locations, including the city of Latakia": the list hangs on the verb)
                    yield from (t for o in objects_of(node, {child.lower_}) for t in [o, *o.conjuncts]
                                if t.i not in party_tokens)
                if child.dep_ in ("prep", "dative") and (child.lower_ in preps or of_a_direction(child)):
                    for obj in prep_objects(child):
                        yield from (t for t in [obj, *obj.conjuncts] if t.i not in party_tokens)
                if depth == 0 and child.dep_ == "prep" and child.lower_ == "out":
                    # "drove the militants out of Falluja": what a deed drives out of or leaves, as "from" on the trigger
                    yield from (t for of in child.children if of.dep_ == "prep" and of.lower_ == "of"
                                for o in prep_objects(of) for t in [o, *o.conjuncts] if t.i not in party_tokens)
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    continue  # a coordinated verb is another event with its own places
                following.append(child)
        frontier = following


def _an_example(prep: Token) -> bool:
    """ "such as", "including": what follows names some of what its head names."""
    return prep.lower_ in EXAMPLE_WORDS or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def an_example(token: Token) -> bool:
    """A name given as an example of places ("towns including Tal Rifaat"): a place, whatever the parser tagged it."""
    named = token.head if token.dep_ == "conj" else token
    return named.dep_ == "pobj" and _an_example(named.head) and _a_place_or_locative(named.head.head)


def _a_place_or_locative(node: Token) -> bool:
    return node.lemma_.lower() in PLACE_NOUNS or under_locative(node) or node.lower_ in DIRECTIONS


def _entered(verb: Token) -> Iterator[Token]:
    """What a participle of moving in enters: "entering the Afrin region", "heading into Afrin"."""
    if verb.lemma_.lower() in ("enter", "cross"):
        yield from (c for c in verb.children if c.dep_ == "dobj")
    yield from objects_of(verb, {"into"})
