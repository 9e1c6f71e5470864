"""The prefilter: which sentences of an article can hold an event, decided before the parse.

Most sentences of a news article report no event, and parsing is most of the cost of coding. An event
needs a trigger: a verb or noun of the lexicon whose word conditions hold ("made a visit", not "made
money"). Without the parse we cannot tell a verb from a noun or an object from a subject, but we can tell
that a sentence has *no word* that could be a trigger's form, or that none of a trigger's conditions
can hold because the words they ask for are absent. Such a sentence cannot hold an event; the others
are parsed, each with the ``CONTEXT_SENTENCES`` before it, whose named parties the anaphora of "he" or
"the two sides" reaches back to (``coding/anaphora.py`` forgets after a couple of sentences; a "he" or "she"
with no nearer antecedent is read back four sentences by ``coding/mentions.py``, so where the prefilter skipped
those the person may be lost: 2 of 518 events of 100 Guardian articles differ, none of the seed, gold or dev
sets. Keeping four sentences of context makes the prefilter save nothing, measured on the same articles). Sentences
are cut cheaply, at line breaks and after a stop followed by a capital; a kept stretch is parsed whole.
Every guess errs towards parsing: the forms of a word are all that spaCy's lemmatizer or the trigger
finder could read into it, whatever its part of speech.

Skipped sentences stay in the article body (kept for search); they are only not parsed. An event's
``sentence_index`` counts the sentences before it only while nothing before it was skipped; after that
it is unknown (None), and the event's id does not depend on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from spacy.language import Language

CONTEXT_SENTENCES = 2
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z])")
_LAST_WORD = re.compile(r"\S+$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+$")  # "U.S.", "J."
# Conditions that name the words they need (values are word forms or lemmas; pp: "preposition:word")
_WORD_KINDS = frozenset({"prt", "obj", "objmod", "mod", "subjnoun", "gov", "pp", "modal", "predicate", "clauseobj"})
# A reading of ours is tried loosely, without its object and modifier lists (coding/triggers.py)
_LOOSE_KINDS = frozenset({"obj", "mod"})
PLACE_OBJECT = "PLACE"


Needs = dict[str, tuple[tuple[frozenset[str], ...], ...]]


class Alone:
    """What a word needs when one of its readings needs no other word: by itself it lets a sentence hold
    an event."""


ALONE = Alone()
WordNeeds = Alone | tuple[tuple[tuple[frozenset[str], ...], ...], ...]  # else its lemmas' alternatives


@dataclass(frozen=True)
class TriggerIndex:
    """For every trigger lemma of each part of speech, the alternatives of words a sentence needs for one
    of its readings to apply: each alternative a tuple of word sets, one word of each needed (empty: none)."""

    verbs: Needs
    nouns: Needs
    forms: "Forms"
    abbreviations: frozenset[str]  # "Gen.", "Aug.": a stop that ends no sentence (the tokenizer's exceptions)
    _words: dict[str, WordNeeds] = field(default_factory=dict, compare=False, repr=False)

    def can_hold_event(self, text: str) -> bool:
        # Most sentences that can hold an event have a word with a reading that needs nothing more: known
        # per word, they are decided without the lemmas of the whole sentence (a third of the prefilter's time).
        words = {w.lower() for w in _WORD.findall(text)}
        conditional = []
        for word in words:
            needs = self._words.get(word)
            if needs is None:
                needs = self._words[word] = self._needs_of(word)
            if isinstance(needs, Alone):
                return True
            if needs:
                conditional.append(needs)
        if not conditional:
            return False
        lemmas = self.forms.lemmas
        vocabulary = words.union(*(lemmas(word, "verb") for word in words), *(lemmas(word, "noun") for word in words))
        return any(all(not wanted.isdisjoint(vocabulary) for wanted in alternative)
                   for needs in conditional for alternatives in needs for alternative in alternatives)

    def _needs_of(self, word: str) -> WordNeeds:
        found = tuple(needs[lemma] for pos, needs in (("verb", self.verbs), ("noun", self.nouns))
                      for lemma in self.forms.lemmas(word, pos) if lemma in needs)
        return ALONE if any(() in alternatives for alternatives in found) else found


class Forms:
    """Every lemma a word could get as a verb or as a noun: from spaCy's rule lemmatizer (its exceptions,
    else its suffix rules, else the word itself), the attribute ruler, and the trigger finder's own
    undoing of suffixes (``coding/triggers.py``). A noun trigger is also looked up by the word itself."""

    def __init__(self, rules: dict[str, list[tuple[str, str]]], exceptions: dict[str, dict[str, set[str]]]) -> None:
        self.rules = rules
        self.exceptions = exceptions
        self._cache: dict[tuple[str, str], frozenset[str]] = {}

    def _rule_lemmas(self, word: str, pos: str) -> set[str]:
        forms = set(self.exceptions.get(pos, {}).get(word, ()))
        forms.update(word[: len(word) - len(old)] + new for old, new in self.rules.get(pos, ()) if word.endswith(old))
        return forms or {word}

    def lemmas(self, word: str, pos: str) -> frozenset[str]:
        found = self._cache.get((word, pos))
        if found is None:
            forms = self._rule_lemmas(word, pos) | self.exceptions.get("any", {}).get(word, set())
            if pos == "noun":
                forms.add(word)
            else:
                forms |= self._rule_lemmas(word, "noun")  # "retook" tagged a noun, read as a verb
                if word.endswith("ed"):  # "staged": the small model says "stag"
                    forms.update((word[:-1], word[:-2]))
                if word.endswith("ing"):
                    forms.update((word[:-3] + "e", word[:-3]))
                if word.endswith("s"):
                    forms.add(word[:-1])
            found = self._cache[(word, pos)] = frozenset(f for f in forms if f)
        return found


def _forms(nlp: Language) -> Forms:
    from tacitus.coding.governors import IRREGULAR_PAST

    rules: dict[str, list[tuple[str, str]]] = {}
    exceptions: dict[str, dict[str, set[str]]] = {"any": {}}
    if "lemmatizer" in nlp.component_names:  # disabled where nlp/lemmas.py runs in its place, with its tables
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        for pos in ("verb", "noun"):
            if lookups.has_table("lemma_rules") and pos in lookups.get_table("lemma_rules"):
                rules[pos] = [(old, new) for old, new in lookups.get_table("lemma_rules")[pos]]
            if lookups.has_table("lemma_exc") and pos in lookups.get_table("lemma_exc"):
                exceptions[pos] = {word.lower(): {lemma.lower() for lemma in lemmas}
                                   for word, lemmas in lookups.get_table("lemma_exc")[pos].items()}
    if "attribute_ruler" in nlp.component_names:  # disabled where nlp/attributes.py applies its patterns
        for pattern in nlp.get_pipe("attribute_ruler").patterns:  # type: ignore[attr-defined]
            lemma = pattern["attrs"].get("LEMMA")
            for token in (p[0] for p in pattern["patterns"] if len(p) == 1):
                word = token.get("LOWER") or token.get("ORTH")
                if lemma and isinstance(word, str):
                    exceptions["any"].setdefault(word.lower(), set()).add(str(lemma).lower())
    for word, lemma in IRREGULAR_PAST.items():
        exceptions["any"].setdefault(word, set()).add(lemma)
    return Forms(rules, exceptions)


def _needed_words(kind: str, values: frozenset[str]) -> list[frozenset[str]]:
    if kind == "pp":  # "to:force": the preposition and its object
        return [frozenset(v.split(":", 1)[0] for v in values), frozenset(v.split(":", 1)[-1] for v in values)]
    return [values]


@lru_cache(maxsize=4)
def trigger_index(nlp: Language, lexicon_file: str | None) -> TriggerIndex:
    from tacitus.coding.lexicon import load_lexicon

    needs: dict[str, dict[str, set[tuple[frozenset[str], ...]]]] = {"VERB": {}, "NOUN": {}}
    for (lemma, pos), entries in load_lexicon(lexicon_file).items():
        for entry in entries:
            wanted: list[frozenset[str]] = []
            for condition in entry.conditions:
                if condition.kind not in _WORD_KINDS or not condition.values:
                    continue
                if condition.kind in _LOOSE_KINDS and entry.source == "tacitus" and "strict" not in entry.roles:
                    continue
                if condition.kind == "obj" and PLACE_OBJECT in condition.values:
                    continue
                wanted += _needed_words(condition.kind, condition.values)
            needs[pos].setdefault(lemma, set()).add(tuple(wanted))

    def simplest(by_lemma: dict[str, set[tuple[frozenset[str], ...]]]) -> Needs:
        # an unconditional reading makes every other reading of its lemma beside the point
        return {lemma: ((),) if () in alternatives else tuple(alternatives) for lemma, alternatives in by_lemma.items()}

    rules = getattr(nlp.tokenizer, "rules", None) or {}
    abbreviations = frozenset(k for k in rules if k.endswith(".") and len(k) > 1)
    return TriggerIndex(simplest(needs["VERB"]), simplest(needs["NOUN"]), _forms(nlp), abbreviations)


def units(text: str, abbreviations: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text``, cut further after each sentence end (a stop, then a capital;
    not an abbreviation's stop nor an initial's), trailing white space included."""
    for line in _LINE.finditer(text):
        start = line.start()
        for match in _SENTENCE_END.finditer(text, line.start(), line.end()):
            word = _LAST_WORD.search(text, start, match.start() + 1)
            if word and (word.group() in abbreviations or _INITIALS.fullmatch(word.group())):
                continue
            yield start, match.end()
            start = match.end()
        if line.end() > start:
            yield start, line.end()


def select(text: str, index: TriggerIndex, context: int = CONTEXT_SENTENCES) -> list[tuple[int, int]]:
    """The stretches of ``text`` to parse, as (start, end): runs of sentences that can hold an event, each
    with the ``context`` sentences before it. The first sentence (the headline) is always kept, so a text
    with no event still has a sentence parsed."""
    pieces = [(start, end) for start, end in units(text, index.abbreviations) if text[start:end].strip()]
    keep = [False] * len(pieces)
    for i, (start, end) in enumerate(pieces):
        if i == 0 or index.can_hold_event(text[start:end]):
            keep[max(0, i - context):i + 1] = [True] * (i + 1 - max(0, i - context))
    stretches: list[tuple[int, int]] = []
    for (start, end), kept in zip(pieces, keep):
        if not kept:
            continue
        if stretches and not text[stretches[-1][1]:start].strip():
            stretches[-1] = (stretches[-1][0], end)  # only white space between: one stretch
        else:
            stretches.append((start, end))
    # a stretch takes the white space after it, which the parser gives to its last sentence
    return [(start, len(text) - len(text[end:].lstrip()) if not text[end:end + 1].strip() else end)
            for start, end in stretches]
