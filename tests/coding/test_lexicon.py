import pytest

from tacitus.coding.lexicon import load_lexicon
from tacitus.coding.scores import known_modes
from tacitus.errors import ConfigError
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


def test_reporting_verbs_are_triggers_only_of_the_demand_blame_or_threat_their_clause_makes():
    lexicon = load_lexicon()
    for verb in ("say", "tell", "add", "state", "note", "report"):
        # "said that Libya must hand over the suspects": a demand; "said Tbilisi was responsible": a blame; "said
        # India would face retaliation": a threat; "told Washington to close the base": a demand of the one told;
        # what else was said is coded on its own
        assert all(e.category == "REQUEST" and (e.needs("modal") or e.needs("infinitive")) or e.category == "ACCUSE" and e.needs("predicate")
                   or e.category == "THREATEN" and e.needs("clauseobj")
                   for e in lexicon.get((verb, "VERB"), ()))


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


USER_HEADER = "# Our desk's own triggers.\nlemma\tpos\tcategory\tmode\tcontext\twhen\troles\tweight\n"


@pytest.fixture
def fresh_lexicon():
    load_lexicon.cache_clear()
    yield
    load_lexicon.cache_clear()


def test_a_user_lexicon_adds_entries_to_the_packaged_ones(tmp_path, fresh_lexicon):
    path = tmp_path / "mine.tsv"
    path.write_text(USER_HEADER + "parley\tVERB\tCONSULT\t-\t-\t-\treciprocal\t0.8\n"
                    "talks\tNOUN\tCONSULT\tvisit\t-\tmod=secret\t-\t0.7\n", encoding="utf-8")
    packaged = load_lexicon()
    lexicon = load_lexicon(str(path))
    assert lexicon[("parley", "VERB")][0].roles == {"reciprocal"}
    assert len(lexicon[("talks", "NOUN")]) == len(packaged[("talks", "NOUN")]) + 1


def test_tacitus_lexicon_names_the_user_file(tmp_path, monkeypatch, fresh_lexicon):
    path = tmp_path / "mine.tsv"
    path.write_text(USER_HEADER + "parley\tVERB\tCONSULT\t-\t-\t-\treciprocal\t0.8\n", encoding="utf-8")
    monkeypatch.setenv("TACITUS_LEXICON", str(path))
    assert ("parley", "VERB") in load_lexicon()


@pytest.mark.parametrize("row, message", [
    ("parley\tVERB\tCHAT\t-\t-\t-\t-\t0.8", "column 'category': 'CHAT' is not one of"),
    ("parley\tVERB\tCONSULT\tteleport\t-\t-\t-\t0.8", "'teleport' is not a PLOVER mode of CONSULT"),
    ("parley\tVERB\tCONSULT\t-\t-\tnear=x\t-\t0.8", "unknown condition 'near=x'"),
    ("parley\tVERB\tCONSULT\t-\t-\t-\t-", "7 fields where the header has 8"),
])
def test_a_bad_user_lexicon_row_is_one_error_naming_file_and_line(tmp_path, fresh_lexicon, row, message):
    path = tmp_path / "mine.tsv"
    path.write_text(USER_HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"mine.tsv:3: .*{message}"):
        load_lexicon(str(path))


@pytest.mark.slow
def test_the_coder_codes_with_the_user_lexicon(tmp_path, monkeypatch, fresh_lexicon):
    from tacitus.coding.extract import extract
    from tacitus.config import Settings

    text = "Russia and Turkey parleyed in Sochi on Monday."
    assert not extract(text, published="2020-01-08", settings=Settings(classifier="off"))
    load_lexicon.cache_clear()
    path = tmp_path / "mine.tsv"
    path.write_text(USER_HEADER + "parley\tVERB\tCONSULT\t-\t-\t-\treciprocal\t0.8\n", encoding="utf-8")
    monkeypatch.setenv("TACITUS_LEXICON", str(path))
    (event,) = extract(text, published="2020-01-08", settings=Settings(classifier="off"))
    assert event.event == "CONSULT" and [a.country for a in event.actor] == ["RUS", "TUR"]


def test_the_cached_lexicon_is_the_lexicon_read_from_its_files(tmp_path, monkeypatch):
    from tacitus.coding import lexicon

    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path))
    fresh = lexicon.load_lexicon.__wrapped__()  # builds and writes the cache
    assert list(tmp_path.glob("lexicon-*.pickle"))
    assert lexicon.load_lexicon.__wrapped__() == fresh  # read back from the cache
