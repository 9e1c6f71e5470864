"""The remembering lemmatizer sets exactly the lemmas spaCy's own rule lemmatizer sets."""

from __future__ import annotations

import spacy

from tacitus.config import Settings
from tacitus.nlp.lemmas import RememberingLemmatizer
from tacitus.nlp.pipeline import _load

TEXT = ("The ministers were meeting in Lusaka while rebels shelled two villages. Kenya's envoys had gone home; "
        "she is going to sign the accords, and the better offers were rejected. Gonna say it's y'all's fault?\n"
        "Police arrested dozens of students, who were protesting, and the leaves fell.")


def test_remembered_lemmas_are_those_of_spacys_lemmatizer_twice_over():
    ours = _load(Settings().spacy_model)
    theirs = spacy.load(Settings().spacy_model)
    expected = [(t.text, t.lemma_) for t in theirs(TEXT)]
    assert [(t.text, t.lemma_) for t in ours(TEXT)] == expected
    assert [(t.text, t.lemma_) for t in ours(TEXT)] == expected  # from what it remembered
    assert ("shelled", "shell") in expected and ("went", "go") not in expected


def test_spacys_lemmatizer_stays_in_the_pipeline_for_its_tables_but_does_not_run():
    nlp = _load(Settings().spacy_model)
    assert "lemmatizer" not in nlp.pipe_names and "lemmatizer" in nlp.component_names
    assert nlp.pipe_names.index("tacitus_lemmas") == nlp.pipe_names.index("tacitus_attributes") + 1
    assert isinstance(nlp.get_pipe("tacitus_lemmas"), RememberingLemmatizer)
    assert nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # the prefilter reads them


def test_an_undoubled_past_keeps_its_silent_e():
    nlp = _load(Settings().spacy_model)
    lemmas = {t.text: t.lemma_ for t in nlp("Farmers staged a march, waged a campaign and raged; police stopped them.")}
    assert (lemmas["staged"], lemmas["waged"], lemmas["raged"]) == ("stage", "wage", "rage")
    assert lemmas["stopped"] == "stop"  # a doubled consonant is the short verb's own


def test_restoring_the_silent_e_leaves_other_words_alone():
    from tacitus.nlp.lemmas import restore_silent_e
    assert restore_silent_e("staging", "stag") == "stage"
    assert restore_silent_e("opened", "open") == "open"  # two syllables
    assert restore_silent_e("fixed", "fix") == "fix"  # x is never doubled
    assert restore_silent_e("helped", "help") == "help"
