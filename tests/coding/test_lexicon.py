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


def test_the_lexicon_covers_wire_copy_broadly():
    entries = [entry for entries in load_lexicon().values() for entry in entries]
    assert len(entries) >= 300
    for category in CATEGORIES:  # every category has verbs and event nouns of its own
        assert sum(e.category == category for e in entries) >= 5, category


def test_every_condition_and_role_of_an_entry_is_documented_in_the_header():
    from importlib import resources

    header = "".join(line for line in resources.files("tacitus.coding").joinpath("data", "lexicon.tsv")
                     .read_text(encoding="utf-8").splitlines(keepends=True) if line.startswith("#"))
    for entries in load_lexicon().values():
        for entry in entries:
            for condition in entry.conditions:
                assert f"{condition.kind}" in header, condition.kind
            for role in entry.roles:
                assert role in header, role


def test_light_verb_constructions_and_particles_are_data():
    lexicon = load_lexicon()
    assert any(c.kind == "prt" and "on" in c.values for e in lexicon[("call", "VERB")] for c in e.conditions)
    assert lexicon[("talks", "NOUN")][0].category == "CONSULT"
    assert any(e.category == "SANCTION" for e in lexicon[("sanction", "NOUN")])


def test_our_readings_of_a_lemma_come_before_the_converted_ones():
    for entries in load_lexicon().values():
        sources = [e.source for e in entries]
        assert sources == sorted(sources, key=lambda s: s != "tacitus")


def test_converted_readings_are_events_with_conditions_on_their_words_or_a_verb_of_their_own():
    readings = load_lexicon()[("offer", "VERB")]
    assert any(e.source == "cameo" and e.category == "AID" and "intent" in e.roles for e in readings)
    # a synonym the dictionary lists beside "consider" is an event only with a pattern's object
    assert all(e.conditions for e in load_lexicon()[("speculate", "VERB")])
