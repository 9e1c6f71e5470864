"""Reading the attribute ruler's patterns once per kind of token sets what spaCy's attribute ruler sets."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from tacitus.config import Settings
from tacitus.nlp.attributes import PatternRuler, readable
from tacitus.nlp.pipeline import _load

# the ruler's exceptions: "there is", "ai n't", "gon na", "let's", "y'all", pronoun cases, auxiliaries used as
# verbs, "but" as an adverb, a determiner standing alone, spaces
TEXT = ("There is no deal yet, but I ai n't leaving,  the envoy said. Let's see; y'all gon na sign it?\n\n"
        "She told you that they had done it. Those were the terms, and we did all that we could.\n"
        "  It rained but briefly. Who gave it to me? Lesotho has 20 delegates  \n  and Malawi had none.")


def annotations(nlp: spacy.language.Language) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in nlp(TEXT)]


def test_every_token_gets_the_attributes_spacys_ruler_gives_it_twice_over():
    theirs = spacy.load(Settings().spacy_model)
    theirs.add_pipe("tacitus_line_breaks", before="parser")
    expected = annotations(theirs)
    ours = _load(Settings().spacy_model)
    assert annotations(ours) == expected
    assert annotations(ours) == expected  # from the kinds of token it has read
    assert ("is", "VBZ", "VERB") in [t[:3] for t in expected]  # "there is": a pattern of two tokens


def test_spacys_ruler_stays_for_its_patterns_but_does_not_run():
    nlp = _load(Settings().spacy_model)
    assert "attribute_ruler" not in nlp.pipe_names and "attribute_ruler" in nlp.component_names
    assert isinstance(nlp.get_pipe("tacitus_attributes"), PatternRuler)
    assert nlp.pipe_names.index("tacitus_attributes") == nlp.pipe_names.index("parser") + 1


def test_a_ruler_with_patterns_of_another_kind_is_left_to_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"POS": "PROPN"})
    assert readable(ruler)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}, {"LOWER": "city"}]], {"POS": "PROPN"})
    assert not readable(ruler)
    other = nlp.add_pipe("attribute_ruler", name="other")
    other.add([[{"POS": "NOUN"}]], {"LEMMA": "thing"})
    assert not readable(other)
