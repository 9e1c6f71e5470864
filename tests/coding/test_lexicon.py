from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.scores import known_modes
from tacitus.records import CATEGORIES


def test_every_category_has_triggers():
    categories = {entry.category for entries in load_lexicon().values() for entry in entries}
    assert categories == set(CATEGORIES)


def test_every_mode_in_the_lexicon_is_a_known_plover_mode():
    modes = known_modes()
    for entries in load_lexicon().values():
        for entry in entries:
            assert entry.mode is None or entry.mode in modes[entry.category], (entry.lemma, entry.mode)
            assert 0 < entry.weight <= 1


def test_reporting_verbs_are_never_triggers():
    lexicon = load_lexicon()
    for verb in ("say", "tell", "add", "state", "note", "report"):
        assert (verb, "VERB") not in lexicon
