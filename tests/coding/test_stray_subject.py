"""A name with its title in apposition before a main verb left without a subject is that verb's subject
(coding/events.py), read from hand-built sentences."""

from tacitus.coding.events import _stray_subject
from tests.coding.handparse import sentence


def _strays(spec: str) -> list[str]:
    return [t.text for t in sentence(spec) if _stray_subject(t)]


def test_a_titled_name_before_a_verb_with_no_subject_is_its_subject():
    spec = ("Later/ADV/advmod>5 ,/PUNCT/punct>5 Harwick/PROPN/npadvmod>5/PERSON envoy/NOUN/appos>2 "
            ",/PUNCT/punct>5 flew/VERB/ROOT home/ADV/advmod>5")
    assert _strays(spec) == ["Harwick"]


def test_a_name_without_a_title_or_before_a_verb_with_a_subject_is_not():
    untitled = "Later/ADV/advmod>3 Harwick/PROPN/npadvmod>3/PERSON ,/PUNCT/punct>3 flew/VERB/ROOT home/ADV/advmod>3"
    subject = ("Harwick/PROPN/npadvmod>3/PERSON envoy/NOUN/appos>0 Pryce/PROPN/nsubj>3/PERSON flew/VERB/ROOT "
               "home/ADV/advmod>3")
    assert _strays(untitled) == [] and _strays(subject) == []


def test_a_titled_place_is_no_stray_subject():
    spec = "Erbil/PROPN/npadvmod>3/GPE capital/NOUN/appos>0 ,/PUNCT/punct>3 fell/VERB/ROOT quiet/ADJ/acomp>3"
    assert _strays(spec) == []
