"""Violence promised or made conditional: when a reading is a threat, and the THREATEN it is recoded as."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.lexicon import Entry
from tacitus.coding.status import is_announced

THREAT_CATEGORIES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def as_threat(entry: Entry) -> Entry:
    mode = "sanction" if entry.category == "SANCTION" else "force" if entry.category in THREAT_CATEGORIES else None
    return replace(entry, category="THREATEN", mode=mode)


def makes_a_threat(entry: Entry, status: str, span: Span, token: Token, governor: Token | None) -> bool:
    """Harm announced or made conditional; and a withdrawal or a boycott held over someone: "will withdraw
    its troops unless ...", "said they would boycott all contact with Washington" are threats (PLOVER's
    coders code them so), where a withdrawal announced with no condition is a plan."""
    if entry.category in THREAT_CATEGORIES:
        return _announced_harm(entry, status, span, token, governor)
    if status not in ("planned", "hypothetical", "intended") or in_condition(token):
        return False
    if entry.lemma == "boycott":
        return status == "intended" or is_announced(token, governor)
    return entry.category == "RETREAT" and _conditional(span)


def _announced_harm(entry: Entry, status: str, span: Span, token: Token, governor: Token | None) -> bool:
    if in_condition(token):
        return False  # "would not object if Kenya annexed the island": the harm is the condition, not the threat
    if status == "intended" or (status == "planned" and entry.category != "MOBILIZE"
                                and is_announced(token, governor)):
        # (a planned deployment or exercise is no threat by itself, nor is what others expect a party to do)
        return True
    return status in ("hypothetical", "planned") and _conditional(span)


def _conditional(span: Span) -> bool:
    return any(t.lower_ in ("if", "unless") for t in span)


def in_condition(token: Token) -> bool:
    node = token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
