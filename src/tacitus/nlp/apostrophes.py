"""Curly apostrophes read as straight ones by the tagger, the parser and the recogniser.

spaCy's English model sees a word through its norm, prefix, suffix and shape. The norm of "’s" is already
"'s", but its prefix, suffix and shape keep the curly mark, which the model met far less often in training:
on prose typeset with curly apostrophes (most newspapers online) the small parser read "Turkey’s
intervention" with "Turkey" as a modifier, not an owner, and the owner was lost. Giving each word written
with a curly apostrophe the prefix, suffix and shape of its straight spelling makes the model see the same
features for both; the text, and so every offset, is untouched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_STRAIGHT = str.maketrans({"’": "'", "‘": "'"})


@Language.component("tacitus_apostrophes")
def straighten_apostrophes(doc: Doc) -> Doc:
    vocab = doc.vocab
    for token in doc:
        text = token.text
        if "’" not in text and "‘" not in text:
            continue
        curly, straight = vocab[text], vocab[text.translate(_STRAIGHT)]
        if curly.shape != straight.shape or curly.suffix != straight.suffix or curly.prefix != straight.prefix:
            curly.shape_, curly.prefix_, curly.suffix_ = straight.shape_, straight.prefix_, straight.suffix_
    return doc


def straighten_before_the_model(nlp: Language) -> None:
    nlp.add_pipe("tacitus_apostrophes", first=True)
