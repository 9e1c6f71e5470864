"""Folding names for lookup: case, accents and punctuation go; other scripts stay."""

from tacitus.knowledge.normalize import first_words, fold, names_in, strip_leading


def test_accents_are_stripped_and_other_scripts_kept():
    assert fold("Erdoğan’s Türkiye") == "erdogan's turkiye"
    assert fold("São Paulo – دمشق") == "sao paulo - دمشق"


def test_plain_ascii_loses_only_case_dots_and_punctuation():
    assert fold("  U.S. (Washington),  D.C.! ") == "us washington dc"


def test_leading_determiners_are_dropped():
    assert strip_leading(fold("The Kremlin")) == "kremlin"


def test_names_are_found_only_from_the_words_they_start_with():
    names = {"saudi arabia": "SAU", "iran": "IRN"}
    tokens = fold("Saudi Arabia and Iran restored ties; Arabia alone is no country").split()
    assert names_in(tokens, names, first_words(names), (1, 2)) == {"SAU", "IRN"}


def test_fold_remembers_a_string_it_has_folded():
    text = "The Kremlin's envoy, Mr Ivanov, in Baku"
    before = fold.cache_info().hits
    assert fold(text) == fold(text) == "the kremlin's envoy mr ivanov in baku"
    assert fold.cache_info().hits == before + 1
