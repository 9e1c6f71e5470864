import pytest

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.reading_index import candidates
from tacitus.coding.governors import lemma_candidates
from tacitus.coding.triggers import _holding, _matching, _Words
from tests.coding.helpers import parse

pytestmark = pytest.mark.slow

# Sentences of our own whose verbs have many readings, with objects, particles and phrases of every kind
SENTENCES = [
    "The European Union gave the ministry of health two million euros in emergency aid on Tuesday.",
    "Rebels handed over their heavy weapons to the peacekeepers and gave up the hill.",
    "The court gave the opposition leader a five-year sentence for incitement.",
    "The army took the border town after a week of fighting, and took 40 prisoners.",
    "Police fired tear gas at students who had gathered outside parliament.",
    "The minister called for restraint and called off the visit to Lagos.",
    "Ankara warned Athens that it would respond to any incursion into its waters.",
    "Militants seized three aid workers in Kidal and freed two French sailors off the coast.",
    "The government lifted the curfew and opened the crossing to trucks carrying food.",
    "The president met his Kenyan counterpart in Nairobi and signed a trade agreement.",
]


def verb_readings(text):
    lexicon = load_lexicon()
    for token in parse(text):
        entries = next((lexicon[(lemma, "VERB")] for lemma in lemma_candidates(token)
                        if (lemma, "VERB") in lexicon), ())
        if entries:
            yield token, entries


def test_a_verb_tries_only_the_readings_that_may_hold_and_finds_what_trying_them_all_finds():
    tried = offered = 0
    for text in SENTENCES:
        for token, entries in verb_readings(text):
            words = _Words(token, token)
            kept = candidates(entries, words.gathered)
            tried, offered = tried + len(kept), offered + len(entries)
            assert _matching(entries, words) == _holding(entries, _Words(token, token), loosely=False), token.text
            assert all(entry in kept for entry in _holding(entries, _Words(token, token), loosely=False))
    assert tried < offered / 2  # most readings begin with a list of words the sentence lacks


def test_a_reading_whose_objects_may_be_any_place_is_tried_whatever_the_object():
    token, entries = next((t, e) for t, e in verb_readings("The army took Bakhmut on Sunday.") if t.text == "took")
    places = [entry for entry in entries if entry.conditions and entry.conditions[0].kind == "obj"
              and "PLACE" in entry.conditions[0].values]
    assert places
    kept = candidates(entries, _Words(token, token).gathered)
    assert all(entry in kept for entry in places)
