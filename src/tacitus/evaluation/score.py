"""Aligning predicted events to gold events and counting what is right, field by field.

A prediction matches a gold event when its category is acceptable and it shares a party country;
each gold event takes at most one prediction, best first (deterministic). For every field, precision
is correct/predictions and recall is correct/gold events (optional gold events count only when found).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tacitus.evaluation.gold import GoldDocument, GoldEvent, canonical
from tacitus.records import Entity, Event, plover_category

FIELDS = ("event", "category", "mode", "actor", "recipient", "date", "status", "place")


@dataclass
class FieldScore:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold category, predicted category) -> count
    required_found: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    predictions: int = 0
    matched_predictions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                              "f1": round(s.f1, 3), "correct": s.correct, "predicted": s.predicted,
                              "gold": s.gold} for name, s in self.fields.items()},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
            "required_found": self.required_found,
            "predictions_matching_gold": round(self.matched_predictions / self.predictions, 3)
            if self.predictions else None,
            "errors": self.errors,
        }


def _countries(entities: list[Entity]) -> set[str]:
    return {code for e in entities if (code := canonical(e.country))}


def category_ok(gold: GoldEvent, event: Event) -> bool:
    # PLOVER codes promised or scheduled cooperation as AGREE; Tacitus keeps the action with its status
    return event.event in gold.categories or plover_category(event.event, event.status) in gold.categories


def _parties_align(gold: GoldEvent, event: Event) -> bool:
    predicted = _countries(event.actor) | _countries(event.recipient)
    named = gold.actors | gold.recipients
    return bool(predicted & named) or not predicted or not named


def actors_ok(gold: GoldEvent, event: Event) -> bool:
    predicted = _countries(event.actor)
    if not gold.actors:
        return not predicted
    if gold.reciprocal:
        return bool(predicted | _countries(event.recipient)) and (predicted | _countries(event.recipient)) <= \
            set(gold.actors) | {None} and bool(predicted & gold.actors)
    return bool(predicted & gold.actors)


def recipients_ok(gold: GoldEvent, event: Event) -> bool:
    predicted = _countries(event.recipient)
    if gold.reciprocal:
        return not predicted or predicted <= gold.actors
    if not gold.recipients:
        return not predicted
    if not predicted:
        return gold.recipient_optional
    return bool(predicted & gold.recipients)


def date_ok(gold: GoldEvent, event: Event) -> bool:
    if gold.date is None:
        return event.date is None or event.date_precision == "unknown"
    if event.date is None or len(event.date) < 10 or len(gold.date) < 10:
        return event.date == gold.date
    gap = abs((dt.date.fromisoformat(event.date[:10]) - dt.date.fromisoformat(gold.date[:10])).days)
    return gap <= gold.date_tolerance_days


def place_ok(gold: GoldEvent, event: Event) -> bool:
    if event.event_loc is None or gold.place is None:
        return False
    names = {event.event_loc.name.lower(), event.event_loc.text.lower()}
    return gold.place.lower() in names or any(gold.place.lower() in n for n in names)


def _match_quality(gold: GoldEvent, event: Event) -> tuple[int, int, int]:
    return (actors_ok(gold, event), recipients_ok(gold, event), date_ok(gold, event))


def score_documents(pairs: list[tuple[GoldDocument, list[Event]]]) -> Report:
    report = Report()
    for gold_doc, predicted in pairs:
        # Negated events are no events unless the gold codes the negation itself
        wants_negated = any(g.status == "negated" for g in gold_doc.events)
        predicted = [e for e in predicted if e.status != "negated" or wants_negated]
        report.predictions += len(predicted)
        unmatched = list(predicted)
        for gold in sorted(gold_doc.events, key=lambda g: (not g.required, g.id)):
            # The same event: its category, and parties that overlap the gold's. An event whose parties
            # the coder (or the gold) left unnamed still aligns, and is then scored wrong on the parties.
            candidates = [e for e in unmatched if category_ok(gold, e) and _parties_align(gold, e)]
            if not candidates:
                if gold.required:
                    _miss(report, gold, gold_doc)
                continue
            best = max(candidates, key=lambda e: _match_quality(gold, e))
            unmatched.remove(best)
            report.matched_predictions += 1
            _count_match(report, gold, best)
            if gold.required:
                report.required_found[f"{gold_doc.id}:{gold.id}"] = True
        for event in unmatched:
            report.confusion[("none", event.event)] += 1
            report.errors.append(f"spurious {event.event} {sorted(_countries(event.actor))}->"
                                 f"{sorted(_countries(event.recipient))}: {event.sentence[:100]}")
        for name in gold_doc.must_not_actors:
            if any(name.lower() in (a.text or "").lower() for e in predicted for a in e.actor + e.recipient):
                report.errors.append(f"must not: {name} coded as a party in {gold_doc.id}")
    for name in FIELDS:
        report.fields[name].predicted += report.predictions if name in ("event", "category") else 0
    return report


def _miss(report: Report, gold: GoldEvent, document: GoldDocument) -> None:
    for name in FIELDS:
        if _applies(name, gold):
            report.fields[name].gold += 1
    report.confusion[(sorted(gold.categories)[0], "none")] += 1
    report.required_found[f"{document.id}:{gold.id}"] = False
    report.errors.append(f"missed {gold.id} {sorted(gold.categories)} {sorted(gold.actors)}->"
                         f"{sorted(gold.recipients)} in {document.id}")


def _applies(name: str, gold: GoldEvent) -> bool:
    if name == "mode":
        return gold.mode is not None
    if name == "place":
        return gold.place is not None
    if name == "status":
        return gold.status is not None
    return True


def _count_match(report: Report, gold: GoldEvent, event: Event) -> None:
    checks = {"category": True, "event": actors_ok(gold, event), "actor": actors_ok(gold, event),
              "recipient": recipients_ok(gold, event), "date": date_ok(gold, event),
              "status": gold.status == event.status or (gold.status == "intended" and event.status == "planned"),
              "mode": gold.mode == event.mode, "place": gold.place is not None and place_ok(gold, event)}
    for name, right in checks.items():
        if not _applies(name, gold):
            continue
        score = report.fields[name]
        score.gold += 1
        if name not in ("event", "category"):
            score.predicted += 1
        score.correct += int(right)
    report.confusion[(sorted(gold.categories)[0] if event.event not in gold.categories else event.event,
                      event.event)] += 1
