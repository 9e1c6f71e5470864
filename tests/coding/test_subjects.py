"""Who a verb's subject is (coding/subjects.py), read from hand-built sentences."""

from tacitus.coding.subjects import subjects_of
from tests.coding.handparse import sentence


def _subjects(spec: str, verb: int) -> list[str]:
    return [t.text for t in subjects_of(sentence(spec)[verb])]


def test_a_name_opening_the_sentence_read_as_a_modifier_of_its_verb_is_the_subject():
    spec = ("Greece/PROPN/npadvmod>1/GPE massed/VERB/ROOT/mass troops/NOUN/dobj>1/troop on/ADP/prep>2 "
            "the/DET/det>5 border/NOUN/pobj>3 ./PUNCT/punct>1")
    assert _subjects(spec, 1) == ["Greece"]
    # (not a day, nor a name before a subject of its own)
    day = ("Monday/PROPN/npadvmod>2/DATE troops/NOUN/nsubj>2/troop shelled/VERB/ROOT/shell the/DET/det>4 "
           "town/NOUN/dobj>2")
    assert _subjects(day, 2) == ["troops"]
    dated = "Friday/PROPN/npadvmod>1/DATE withdrew/VERB/ROOT/withdraw ./PUNCT/punct>1"
    assert _subjects(dated, 1) == []
