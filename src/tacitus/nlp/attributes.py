"""spaCy's attribute ruler, its patterns read once per kind of token instead of matched anew on every token.

The English models' attribute ruler maps each fine tag to a part of speech and morphology, and fixes some
words ("ai n't", "there is"), through a Matcher run over every token of every text: about a tenth of the
parse. Its patterns test a token's tag, lower-case form, dependency and whether it is a space, and are one or
two tokens long; so which patterns touch a token depends on those four features of the token and of its
neighbours. Here they are worked out once per kind of token (the lower-case form only as far as a pattern
names it) and applied as spaCy applies them: in the order the patterns were added, a later one overriding an
earlier. A ruler with patterns of another kind is left to spaCy.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from tacitus.nlp.stand_in import stand_in

RULER = "attribute_ruler"
_FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Features = tuple[int, int, int, int]  # tag, lower-case form, dependency (string ids), is a space (0/1)


class _Token:
    """One token of a pattern, as a test of a token's strings."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.tests = [(_FEATURES[key], _test(value)) for key, value in spec.items()]

    def matches(self, values: tuple[str, str, str, bool]) -> bool:
        return all(test(values[feature]) for feature, test in self.tests)


def _test(value: Any) -> Any:
    if isinstance(value, dict):
        (operator, operand), = value.items()
        if operator == "IN":
            return lambda v: v in set(operand)
        if operator == "NOT_IN":
            return lambda v: v not in set(operand)
        if operator == "REGEX":
            return lambda v: re.search(operand, v) is not None
        raise ValueError(operator)
    return lambda v: v == value


def _entries(ruler: AttributeRuler) -> list[dict[str, Any]]:
    """The ruler's entries in the order they were added: patterns, attributes and the index of the token set."""
    return list(ruler.patterns)


def readable(ruler: AttributeRuler) -> bool:
    """Whether every pattern is of the kind this module reads (one or two tokens, the four features)."""
    for entry in _entries(ruler):
        for pattern in entry["patterns"]:
            if not 1 <= len(pattern) <= 2 or entry["index"] not in (0, len(pattern) - 1, -1):
                return False
            for spec in pattern:
                if not set(spec) <= set(_FEATURES):
                    return False
                for value in spec.values():
                    if isinstance(value, dict) and (len(value) != 1 or set(value) - {"IN", "NOT_IN", "REGEX"}):
                        return False
    return True


class PatternRuler:
    """Sets the attributes ``ruler`` would set, reading its patterns once per kind of token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.single: list[tuple[int, _Token]] = []  # (entry, pattern)
        self.double: list[tuple[int, _Token, _Token, int]] = []  # (entry, first, second, token set: 0 or 1)
        for number, entry in enumerate(_entries(ruler)):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self.single.append((number, _Token(pattern[0])))
                else:
                    self.double.append((number, _Token(pattern[0]), _Token(pattern[1]), entry["index"] % 2))
        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        # Lower-case forms that no pattern names or matches all pass or fail every test alike: one of them
        # stands for all (the first seen), which keeps the kinds of token few.
        self.named: set[str] = set()
        self.forms: list[str] = []
        for entry in _entries(ruler):
            for spec in (spec for pattern in entry["patterns"] for spec in pattern if "LOWER" in spec):
                value = spec["LOWER"]
                if isinstance(value, dict) and "REGEX" in value:
                    self.forms.append(value["REGEX"])
                elif isinstance(value, dict):
                    self.named.update(value.get("IN") or value.get("NOT_IN") or [])
                else:
                    self.named.add(value)
        self.lower_kinds: dict[int, int] = {}
        self.plain: int | None = None
        self.kinds: dict[Features, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = {}
        self.merged: dict[tuple[int, ...], dict[Any, Any]] = {}  # entries -> the attributes they set, merged

    def _kind(self, features: Features, strings: Any) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """The entries whose one-token pattern fits, whose two-token pattern starts, or ends, with this kind."""
        found = self.kinds.get(features)
        if found is None:
            tag, lower, dep, space = features
            values = (strings[tag], strings[lower], strings[dep], bool(space))
            found = self.kinds[features] = (
                tuple(sorted({n for n, token in self.single if token.matches(values)})),
                tuple(i for i, (_, first, _, _) in enumerate(self.double) if first.matches(values)),
                tuple(i for i, (_, _, second, _) in enumerate(self.double) if second.matches(values)))
        return found

    def _lower_kind(self, lower: int, strings: Any) -> int:
        form = strings[lower]
        if form in self.named or any(re.search(pattern, form) for pattern in self.forms):
            kind = lower
        else:
            kind = self.plain = lower if self.plain is None else self.plain
        self.lower_kinds[lower] = kind
        return kind

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings, lower_kinds = doc.vocab.strings, self.lower_kinds
        rows: list[Features] = [
            (tag, lower_kinds.get(lower) or self._lower_kind(lower, strings), dep, space)
            for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        kinds = [self._kind(row, strings) for row in rows]
        extra: dict[int, set[int]] = {}  # token -> entries of two-token patterns that set it
        for i, (_, starts, _) in enumerate(kinds[:-1]):
            for pattern in starts:
                if pattern in kinds[i + 1][2]:
                    number, _, _, target = self.double[pattern]
                    extra.setdefault(i + target, set()).add(number)
        merged = self.merged
        for i, (entries, _, _) in enumerate(kinds):
            if i in extra:
                entries = tuple(sorted(set(entries) | extra[i]))
            if not entries:
                continue
            attrs = merged.get(entries)
            if attrs is None:
                attrs = merged[entries] = {}
                for number in entries:  # in the order they were added: a later entry overrides
                    attrs.update(self.attrs[number])
            set_token_attrs(doc[i], attrs)
        return doc


def read_patterns_once(nlp: Language) -> None:
    """In ``nlp``, spaCy's attribute ruler (kept, disabled, for its patterns) gives way to ``PatternRuler``."""
    if RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(RULER)
    if not isinstance(ruler, AttributeRuler) or not readable(ruler):
        return
    stand_in(nlp, RULER, "tacitus_attributes")


@Language.factory("tacitus_attributes")
def _make(nlp: Language, name: str) -> PatternRuler:
    return PatternRuler(nlp.get_pipe(RULER))  # type: ignore[arg-type]  # disabled, still there
