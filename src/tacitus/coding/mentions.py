"""The named person a "he" or "she" means when no nearer antecedent does: found by reading back through the text.

Long-form news names a person once and then says "he" for several paragraphs, while the coder's memory
keeps only the last sentences' parties. When neither the pronoun's own clause nor that memory gives a
person, the pronoun means the nearest person named before it who may be called so: in its own sentence, a
subject (or a subject's owner: "Trump's decision ... where he agreed") before any other name; then the
subject of the previous sentences, and their other names after that. A name of the other gender does not
fit ("Theresa May ... he"); a sentence that quotes a speaker who does not fit is a wall, since what follows
it is that speaker's story, not the earlier person's.
"""

from __future__ import annotations

from typing import Callable, TypeVar

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from tacitus.coding.gender import pronoun_gender as gender_of
from tacitus.coding.words import words

# How many sentences before the pronoun's own a person may have been named in
SENTENCES_BACK = 4
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
QUOTES = frozenset({"“", "”", '"'})
_OPENING, _CLOSING, _PLAIN = (np.uint64(get_string_id(mark)) for mark in ("“", "”", '"'))
REPORTING_VERBS = words("reporting_verb")
Party = TypeVar("Party")
PERSON_TITLES = words("person_title")
# Common nouns by which a story speaks of someone it does not name
UNNAMED_PEOPLE = frozenset({"man", "woman", "boy", "girl", "teenager", "father", "mother", "son", "daughter",
                            "husband", "wife", "brother", "sister", "friend", "victim", "suspect"})


def own_clause_verbs(pronoun: Token) -> frozenset[int]:
    """The verbs whose subject an object pronoun cannot mean: its own verb and those whose subject that verb
    shares ("Macron phoned Putin, urging him to ...": "him" is not Macron, who urges)."""
    if pronoun.lower_ not in ("him", "her", "them") or pronoun.dep_ not in ("dobj", "dative", "iobj", "pobj"):
        return frozenset()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    found = {verb.i}
    while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):  # (one of its own ends the clause)
        verb = verb.head
        found.add(verb.i)
    return frozenset(found)


def person_before(pronoun: Token, resolve: Callable[[Token], Party | None], fits: Callable[[Token], bool], *,
                  sentences_back: int = SENTENCES_BACK) -> Party | None:
    """The person ``pronoun`` most likely means, as ``resolve`` makes it of the last token of its name (None
    when that names no person), or None; ``fits`` says whether a name's gender agrees with the pronoun;
    ``sentences_back``: how many sentences before its own to read (0: only its own, before what earlier
    sentences left in the coder's memory)."""
    gender = gender_of(pronoun.lower_)
    if any(t.i < pronoun.i and t.pos_ == "PRON" and gender is not None and gender_of(t.lower_) == gender
           for t in pronoun.sent):
        return None  # "He outsourced the war to Putin when he agreed": the second means the first
    if any(t.i > pronoun.i and fits(t) and resolve(t) is not None for t in _names(pronoun.sent)):
        return None  # "before he speaks again, Trump should ...": the name may come after its pronoun
    quoted = _quoted_tokens(pronoun.doc)
    bound = own_clause_verbs(pronoun)
    sentence: Span | None = pronoun.sent
    for _ in range(sentences_back + 1):
        if sentence is None:
            return None
        names = [t for t in _names(sentence) if t.i < pronoun.i and not quoted[t.i]
                 and not (t.dep_ in SUBJECTS and t.head.i in bound)]
        for name in sorted(names, key=lambda t: (not _is_subject(t), -t.i)):
            person = resolve(name) if fits(name) else None
            if person is not None:
                return person
        if sentence is not pronoun.sent and (_quotes_another_speaker(sentence, fits) or _unnamed_subject(sentence)):
            return None
        sentence = _previous(sentence)
    return None


def person_after(pronoun: Token, resolve: Callable[[Token], Party | None],
                 fits: Callable[[Token], bool]) -> Party | None:
    """The person a pronoun of a clause put before its main clause means: that clause's subject, named after
    it ("While the Kurds have charged him, Tom Harwick has denied it": Harwick)."""
    clause = pronoun.head
    while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i or not any(c.dep_ == "mark" for c in clause.children):
        return None
    subjects = [c for c in clause.head.children if c.dep_ in SUBJECTS and c.i > pronoun.i]
    for subject in subjects:
        person = resolve(subject) if subject.pos_ == "PROPN" and fits(subject) else None
        if person is not None:
            return person
    return None


def _names(sentence: Span) -> list[Token]:
    """The last token of each person's name the sentence holds ("Erdogan" of "Tayyip Erdogan"), and the
    offices that name one person ("the Turkish foreign minister"): the resolver says which are people."""
    # (read from the tokens: Span.ents walks the whole Doc's entities for every sentence that asks)
    doc = sentence.doc
    ends = [t for t in sentence if t.ent_type_ == "PERSON"
            and (t.i + 1 >= sentence.end or doc[t.i + 1].ent_iob_ != "I")]
    names = [t if t.text not in ("’s", "'s") else doc[t.i - 1] for t in ends
             if t.text not in ("’s", "'s") or (t.ent_iob_ == "I" and t.i > sentence.start)]
    # (not a name that only qualifies a thing: "the Trump administration", "its Twitter account")
    names = [t for t in names if not (t.dep_ == "compound" and t.head.ent_type_ != "PERSON")]
    # (and the names the parser did not tag: "Theresa May" may be read as a month)
    untagged = [t for t in sentence if t.pos_ == "PROPN" and t.dep_ != "compound" and not t.ent_type_]
    offices = [t for t in sentence if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ != "compound"
               and t.lemma_.lower() in PERSON_TITLES and not any(c.dep_ == "appos" for c in t.children)]
    return names + untagged + offices


def _unnamed_subject(sentence: Span) -> bool:
    """A sentence about someone it does not name ("A man who says he is a teacher was held"): the
    "he" that follows is more likely that man than anyone named before."""
    return any(t.dep_ in SUBJECTS and t.lemma_.lower() in UNNAMED_PEOPLE for t in sentence)


def _is_subject(name: Token) -> bool:
    """A clause's subject, or its owner: "Tom Harwick said", "Trump's decision to pull out"."""
    head = name
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "poss":
        head = head.head
    return head.dep_ in SUBJECTS or (head.dep_ == "appos" and head.head.dep_ in SUBJECTS)


def _quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it stands between quotation marks (a name said by someone), of its sentence or
    of a quotation that runs over several."""
    # (counted on the doc's array of word ids: it is asked for each pronoun, and a walk of the tokens made each anew)
    orth = doc.to_array("ORTH")
    opening, closing, plain = (_marks_before(orth, mark) for mark in (_OPENING, _CLOSING, _PLAIN))
    inside: list[bool] = ((opening > closing) | (plain % 2 == 1)).tolist()
    return inside


def _marks_before(orth: np.ndarray, mark: np.uint64) -> np.ndarray:
    """How many of the tokens before each one are the quotation mark ``mark``."""
    found = orth == mark
    before: np.ndarray = np.cumsum(found) - found
    return before


def _quotes_another_speaker(sentence: Span, fits: Callable[[Token], bool]) -> bool:
    """A quotation attributed to someone the pronoun cannot mean: "“We will stay,” the Kremlin said."."""
    if not any(t.text in QUOTES for t in sentence):
        return False
    speakers = [c for t in sentence if t.lemma_.lower() in REPORTING_VERBS for c in t.children if c.dep_ in SUBJECTS]
    return any(s.pos_ != "PRON" and not (s.ent_type_ == "PERSON" and fits(s)) for s in speakers)


def _previous(sentence: Span) -> Span | None:
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
