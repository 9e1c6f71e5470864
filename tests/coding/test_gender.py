"""Whether a person is a woman or a man, from what the article says: a title before the name anywhere in it,
or a pronoun after it. The sentences are ours, parsed by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from tacitus.coding.gender import fits, person_gender

_VOCAB = spacy.blank("en").vocab


def article(words: str, people: list[tuple[int, int]], sentence_starts: tuple[int, ...] = (0,),
            pronouns: tuple[int, ...] = ()) -> Doc:
    tokens = words.split()
    doc = Doc(_VOCAB, words=tokens, sent_starts=[i in sentence_starts for i in range(len(tokens))],
              pos=["PRON" if i in pronouns else "PROPN" for i in range(len(tokens))])
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in people]
    return doc


def test_a_title_before_the_surname_elsewhere_in_the_article_says_the_gender():
    doc = article("Amal Haddad arrived . Ms Haddad spoke .", [(0, 2), (5, 6)], sentence_starts=(0, 4))
    assert person_gender("Amal Haddad", doc) == "f"


def test_a_title_before_the_given_names_counts_too():
    doc = article("Mr Tom Harwick resigned .", [(1, 3)])
    assert person_gender("Harwick", doc) == "m"


def test_the_surname_as_no_persons_name_says_nothing():
    doc = article("Ms Haddad Street was closed .", [])
    assert person_gender("Haddad", doc) is None


def test_a_pronoun_after_the_name_in_its_sentence_says_the_gender():
    doc = article("Selin Kaya said she would stay .", [(0, 2)], pronouns=(3,))
    assert person_gender("Selin Kaya", doc) == "f"
    assert not fits("he", "Selin Kaya", doc) and fits("she", "Selin Kaya", doc)


def test_both_genders_said_is_unknown_and_fits_either_pronoun():
    doc = article("Mr Kaya spoke . Ms Kaya replied .", [(1, 2), (5, 6)], sentence_starts=(0, 4))
    assert person_gender("Kaya", doc) is None
    assert fits("he", "Kaya", doc) and fits("she", "Kaya", doc)


def test_an_office_without_a_name_has_no_gender_to_find():
    doc = article("Ms Haddad said the minister resigned .", [(1, 2)])
    assert person_gender("the minister", doc) is None
