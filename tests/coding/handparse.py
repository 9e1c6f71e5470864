"""Parsed sentences built by hand, so a coding component can be tested without loading a model.

    sentence("Turkey/PROPN/nsubj>1/GPE shelled/VERB/ROOT/shell Kobani/PROPN/dobj>1/GPE ./PUNCT/punct>1")

Each word is ``text/POS/dep>head[/ENTITY][/lemma]``: the head is the index of the word it hangs on (the
root names none), an upper-case field is an entity type, a lower-case one the lemma (default: the text).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from tacitus.nlp import ParsedSentence

TAGS = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP", "ADP": "IN", "DET": "DT", "PUNCT": ".", "ADJ": "JJ",
        "AUX": "VBZ", "PART": "TO", "NUM": "CD", "PRON": "PRP", "CCONJ": "CC", "ADV": "RB"}
_VOCAB = spacy.blank("en").vocab


def sentence(spec: str) -> Span:
    words, pos, deps, heads, ents, lemmas, tags = [], [], [], [], [], [], []
    for i, item in enumerate(spec.split()):
        text, part, relation, *rest = item.split("/")
        dep, _, head = relation.partition(">")
        entity = next((r for r in rest if r.isupper()), None)
        lemma = next((r for r in rest if not r.isupper() and not r.startswith("tag=")), text.lower())
        tag = next((r[4:] for r in rest if r.startswith("tag=")), TAGS[part])
        words.append(text)
        pos.append(part)
        deps.append(dep)
        heads.append(int(head) if head else i)
        lemmas.append(lemma)
        tags.append(tag)
        ents.append(f"B-{entity}" if entity else "O")
    doc = Doc(_VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags, ents=ents,
              spaces=[True] * (len(words) - 1) + [False])
    return doc[:]


def parsed(spec: str, index: int = 0) -> ParsedSentence:
    span = sentence(spec)
    return ParsedSentence(index=index, span=span, start_char=0, end_char=len(span.text), offset=0)
