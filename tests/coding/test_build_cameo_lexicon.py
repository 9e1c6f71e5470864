"""Converting PETRARCH2's CAMEO verb dictionary: its blocks, patterns and synonym sets become lexicon rows."""

import csv
from importlib import resources

import pytest

from tacitus.coding.build_cameo_lexicon import (DEFAULT_SOURCE, _known_lemmas, build_rows, load_cameo_table,
                                                reading_of)
from tacitus.coding.cameo_narrowing import NARROWED, load_narrowings, narrow
from tacitus.errors import ConfigError

# A dictionary in PETRARCH's format, written for these tests
DICTIONARY = """\
&SUPPLIES
+FOOD
+MEDICINE
+TEAR_GAS_

---  DONATE   [070]  ---
DONATE
BESTOW
- * &SUPPLIES                                         [0733]        # DONATE
- * PRAYERS                                           [017]         # DONATE
- * (TO {RED CROSS})                                  [070]         # DONATE
- * (INTO)                                            [070]         # DONATE
- TROOPS *                                            [074]         # DONATE
- TENSIONS *                                          [111]         # DONATE
- * {MILITARY AID}                                    [072]         # DONATE

---  HALT   [---]  ---
HALT
STOP [160]
+CALL_OFF [082]
- * TALKS                                             [164]         # HALT
"""


def rows() -> dict[tuple[str, str, str], dict[str, str]]:
    built = build_rows(DICTIONARY, load_cameo_table(), known_lemmas={"halt"})
    return {(r["lemma"], r["category"], r["when"]): r for r in built}


def test_a_code_is_read_by_its_longest_known_prefix():
    table = load_cameo_table()
    assert reading_of("0733", table).category == "AID"  # type: ignore[union-attr]
    assert reading_of("0831", table).category == "RETREAT"  # type: ignore[union-attr]
    assert reading_of("010", table) is None  # a statement is no PLOVER event
    assert reading_of(None, table) is None


def test_the_block_verb_takes_the_default_reading_and_its_synonyms_only_the_patterns():
    built = rows()
    donate = built[("donate", "AID", "notobj=prayer|prayers")]  # a symbolic act is no event
    assert donate["weight"] == "0.6" and "instrument" in donate["roles"]
    assert not any(lemma == "bestow" and when.startswith("notobj") for lemma, _, when in built)
    assert ("bestow", "AID", "obj=food|medicine") in built


def test_patterns_become_conditions_on_objects_phrases_and_subjects():
    built = rows()
    assert ("donate", "AID", "obj=food|medicine") in built  # a synonym set, without its multi-word member
    assert ("donate", "AID", "pp=to:cross") in built
    assert ("donate", "AID", "obj=aid objmod=military") in built
    assert ("donate", "AID", "subjnoun=troop|troops") in built


def test_patterns_that_say_too_little_are_left_out():
    built = rows()
    assert not any("tension" in when for _, _, when in built)  # an abstract subject alone
    assert not any("into" in when for _, _, when in built)  # a bare preposition


def test_a_lemma_of_our_own_lexicon_gets_no_default_but_keeps_the_patterns():
    built = rows()
    assert not any(lemma == "halt" and when == "-" for lemma, _, when in built)
    assert ("halt", "SANCTION", "obj=talk|talks") in built
    assert ("stop", "SANCTION", "-") in built  # its own code
    assert ("call", "CONCEDE", "prt=off") in built  # a particle verb


def test_the_packaged_file_is_what_the_script_writes_from_the_dictionary():
    if not DEFAULT_SOURCE.exists():
        pytest.skip(f"{DEFAULT_SOURCE} is not here (../shared is absent)")
    built = narrow(build_rows(DEFAULT_SOURCE.read_text(encoding="utf-8"), load_cameo_table(), _known_lemmas()),
                   load_narrowings())
    path = resources.files("tacitus.coding").joinpath("data", "lexicon_cameo.tsv")
    with path.open(encoding="utf-8") as handle:
        packaged = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    assert packaged == built


IDIOMS = """\
&DRILLS
+WAR_GAMES
+NAVAL_MANOEUVRES

---  CURB   [---]  ---
CURB
CLAMP {CLAMPS CLAMPED CLAMPING }
RESTRICT
+TAKE_LEAVE [160]
- * DOWN                                              [173]         # CLAMPED
- * &DRILLS IN +                                      [062]         # CURB
- * TALKS                                             [164]         # CURB
"""


def idiom_rows() -> set[tuple[str, str]]:
    return {(r["lemma"], r["when"]) for r in build_rows(IDIOMS, load_cameo_table(), known_lemmas=set())}


def test_a_particle_alone_is_an_idiom_of_the_verb_it_was_written_for():
    built = idiom_rows()
    assert ("clamp", "prt=down") in built  # "clamped down on protesters"
    assert ("restrict", "prt=down") not in built and ("curb", "prt=down") not in built


def test_a_verb_of_several_words_does_not_lend_the_block_to_its_first_word():
    assert not any(lemma == "take" for lemma, _ in idiom_rows())  # "took a flight" is no suspension of talks


def test_an_object_of_multi_word_phrases_only_is_not_read_as_a_particle_pattern():
    assert not any(when == "prt=in" for _, when in idiom_rows())
    assert ("restrict", "obj=talk|talks") in idiom_rows()


def test_an_object_the_block_also_codes_as_no_event_makes_no_event():
    text = """\
---  VOICE   [---]  ---
VOICE
- * FEARS                                             [012]         # VOICE
- * FEARS                                             [110]         # VOICE
- * ANGER                                             [110]         # VOICE
"""
    built = {(r["lemma"], r["when"]) for r in build_rows(text, load_cameo_table(), known_lemmas=set())}
    assert ("voice", "obj=anger") in built and not any("fear" in when for _, when in built)


def test_a_verb_too_broad_to_be_an_event_keeps_only_its_patterns():
    text = """\
---  INFLUENCE   [051]  ---
INFLUENCE
- * &SUPPLIES                                         [0733]        # INFLUENCE
"""
    built = {(r["lemma"], r["when"]) for r in build_rows(DICTIONARY.split("---")[0] + text, load_cameo_table(),
                                                          known_lemmas=set())}
    assert ("influence", "-") not in built  # "was influenced by the vote" supports no one
    assert any(lemma == "influence" and when.startswith("obj=") for lemma, when in built)


NARROWINGS = """\
lemma\tcategory\tmatch\taction\treason
bestow\t*\t*\treject\tbestowing is ceremony
donate\tAID\t-\treject\ta donation needs its object
donate\tAID\tobj=food\tdrop\tfood parcels are charity
halt\tSANCTION\tobj=talks\tadd=obj-actor\thalting talks needs a party
"""


def narrowed(tmp_path) -> set[tuple[str, str, str]]:
    path = tmp_path / "narrowed.tsv"
    path.write_text(NARROWINGS, encoding="utf-8")
    built = narrow(build_rows(DICTIONARY, load_cameo_table(), known_lemmas={"halt"}), load_narrowings(path))
    return {(r["lemma"], r["category"], r["when"]) for r in built}


def test_a_rejected_verb_or_reading_is_left_out(tmp_path):
    built = narrowed(tmp_path)
    assert not any(lemma == "bestow" for lemma, _, _ in built)
    assert not any(lemma == "donate" and when.startswith("notobj") for lemma, _, when in built)
    assert ("donate", "AID", "pp=to:cross") in built  # a pattern of its own is no default reading


def test_a_narrowed_pattern_keeps_only_the_words_not_dropped(tmp_path):
    built = narrowed(tmp_path)
    assert ("donate", "AID", "obj=medicine") in built and ("donate", "AID", "obj=food|medicine") not in built
    # (the match names the kinds of the row's word conditions: a pattern with a modifier too is another row)
    assert ("donate", "AID", "obj=aid objmod=military") in built


def test_a_narrowing_may_add_a_condition(tmp_path):
    assert ("halt", "SANCTION", "obj=talk|talks obj-actor") in narrowed(tmp_path)


@pytest.mark.parametrize("row", ["give\tAID\tobj=arms\tforget\twhy", "give\tAID\tverb=give\treject\twhy",
                                 "give\tHELP\t*\treject\twhy", "give\tAID\t*\treject\t",
                                 "give\tAID\t-\tdrop\tnothing to drop"])
def test_a_bad_narrowing_names_its_line(tmp_path, row):
    path = tmp_path / "narrowed.tsv"
    path.write_text(NARROWINGS.splitlines()[0] + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="narrowed.tsv"):
        load_narrowings(path)


def test_every_packaged_narrowing_has_a_reason_and_still_meets_a_converted_row():
    if not DEFAULT_SOURCE.exists():
        pytest.skip(f"{DEFAULT_SOURCE} is not here (../shared is absent)")
    built = build_rows(DEFAULT_SOURCE.read_text(encoding="utf-8"), load_cameo_table(), _known_lemmas())
    rules = load_narrowings(NARROWED)
    assert rules
    for rule in rules:
        assert any(rule.matches(row) for row in built), f"{rule} meets no converted row"
