"""The classifier's second opinion on the events the lexicon found in an article.

The classifier reads the clause that carries the event (the trigger's subtree), not the whole
sentence: in long prose the rest is mostly background. Three rules:
- when the classifier is sure the clause reports no event and gives the lexicon's category almost
  no weight, the coder abstains on that event (logged with both figures). The threshold comes with the
  weights, chosen by cross-validation on the training set; on hand-judged Guardian prose almost all of
  these abstentions remove a false event (background, metaphor, opinion), and on the PLOVER dev records
  the one they remove is false (benchmarks/RESULTS.md, "classifier veto");
- otherwise the event's confidence blends the lexicon's trust with the classifier's probability of
  the category, so ``--min-confidence`` can trade recall for precision;
- a reading the lexicon only half supports ("freed two French sailors": the entry for "free" lists
  prisoners, hostages, detainees...) is kept only when the classifier confirms its category.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Token

from tacitus.coding.classifier import NONE, SentenceClassifier, SoftmaxWeights
from tacitus.nlp import ParsedDoc
from tacitus.records import Event

log = logging.getLogger(__name__)

# Abstain when P(no event) reaches the weights' ``none_veto`` and P(the lexicon's category) stays under this.
CATEGORY_FLOOR = 0.05
# A reading the lexicon only half supports (its object is not in the entry's word list) is kept when
# its category is the classifier's most probable label, with at least the weights' ``confirmation``.
# Both thresholds are chosen by cross-validation on the training set when the weights are fitted.
# The longest clause the classifier reads, in words, centred a little after the trigger.
CLAUSE_WORDS = 20
# Share of the event's confidence that comes from the classifier.
CLASSIFIER_WEIGHT = 0.3


# A newsletter's section label opening a sentence ("What's next:", "Why it matters:") is layout, not content.
_SECTION_LABEL = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,3}: +(?=\S)")


def trigger_clause(event: Event, parsed: ParsedDoc | None) -> str:
    return _SECTION_LABEL.sub("", _clause(event, parsed), count=1)


def _clause(event: Event, parsed: ParsedDoc | None) -> str:
    """The clause that carries the event: the trigger verb's subtree, or that of the verb an event noun
    hangs on ("held talks"). A long sentence is mostly background; its clause is what was reported."""
    if parsed is None or event.sentence_index is None or event.sentence_index >= len(parsed.sentences):
        return event.sentence
    span = parsed.sentences[event.sentence_index].span
    token: Token | None
    if event.trigger_token is not None and span.start <= event.trigger_token < span.end:
        token = span.doc[event.trigger_token]
    else:
        token = next((t for t in span if t.text == event.trigger), None)
    if token is None:
        return event.sentence
    if token.pos_ != "VERB" and token.head.pos_ in ("VERB", "AUX") and token.head != token:
        token = token.head
    while token.dep_ == "xcomp" and token.head != token:
        token = token.head  # "to visit Turkey" reads as no event; "Putin is expected to visit Turkey" does not
    words = list(token.subtree)
    if len(words) < 4:
        return event.sentence
    start, end = words[0].i, words[-1].i + 1
    if end - start > CLAUSE_WORDS:
        # the words around the trigger: they decide the reading, and cost a third of a long clause's time
        start = max(start, min(token.i - CLAUSE_WORDS // 3, end - CLAUSE_WORDS))
        end = start + CLAUSE_WORDS
    return span.doc[start:end].text


@dataclass(frozen=True)
class VetoPolicy:
    """The thresholds of the classifier's two vetoes."""

    none_veto: float
    confirmation: float
    category_floor: float = CATEGORY_FLOOR

    @classmethod
    def of(cls, weights: SoftmaxWeights) -> "VetoPolicy":
        """The thresholds the weights were trained with."""
        return cls(none_veto=weights.none_veto, confirmation=weights.confirmation)


def verdict(event: Event, opinion: dict[str, float], policy: VetoPolicy) -> str:
    """What the classifier's opinion does to an event: ``keep``, ``veto`` (a confirmed reading the classifier
    reads as no event) or ``unconfirmed`` (a reading that needed its confirmation and did not get it)."""
    p_category, p_none = opinion.get(event.event, 0.0), opinion.get(NONE, 0.0)
    if event.needs_confirmation:
        if p_category < policy.confirmation or p_category < max(opinion.values()):
            return "unconfirmed"
    elif p_none >= policy.none_veto and p_category < policy.category_floor:
        return "veto"
    return "keep"


def blended_confidence(event: Event, opinion: dict[str, float]) -> float:
    """The lexicon's trust in the event, tempered by the classifier's probability of its category."""
    p_category, p_none = opinion.get(event.event, 0.0), opinion.get(NONE, 0.0)
    support = min(1.0, p_category / max(1e-9, 1.0 - p_none)) if p_none < 1.0 else 0.0
    return round((1 - CLASSIFIER_WEIGHT) * event.confidence + CLASSIFIER_WEIGHT * support, 3)


def review_events(events: list[Event], classifier: SentenceClassifier,
                  parsed: ParsedDoc | None = None) -> list[Event]:
    return review_documents([(events, parsed)], classifier)[0]


def review_documents(documents: Sequence[tuple[list[Event], ParsedDoc | None]],
                     classifier: SentenceClassifier) -> list[list[Event]]:
    """Review the events of many documents with one pass of the classifier: large batches embed faster."""
    clauses = [[trigger_clause(event, parsed) for event in events] for events, parsed in documents]
    unique = sorted({clause for doc_clauses in clauses for clause in doc_clauses})
    opinions = dict(zip(unique, classifier.classify(unique)))
    policy = VetoPolicy.of(classifier.weights)
    return [[event for event, clause in zip(events, doc_clauses) if _keep(event, opinions[clause], clause, policy)]
            for (events, _), doc_clauses in zip(documents, clauses)]


def _keep(event: Event, opinion: dict[str, float], clause: str, policy: VetoPolicy) -> bool:
    """Whether the event survives the classifier's opinion; a kept event's confidence takes it in."""
    p_category, p_none = opinion.get(event.event, 0.0), opinion.get(NONE, 0.0)
    outcome = verdict(event, opinion, policy)
    if outcome == "unconfirmed":
        log.info("dropped tentative %s (trigger %r): the classifier does not confirm it (P=%.2f)",
                 event.event, event.trigger, p_category)
        return False
    if outcome == "veto":
        log.info("abstained on %s (trigger %r): the classifier reads no event here (P=%.2f, P(%s)=%.2f): %s",
                 event.event, event.trigger, p_none, event.event, p_category, clause[:120])
        return False
    event.needs_confirmation = False
    event.confidence = blended_confidence(event, opinion)
    return True
