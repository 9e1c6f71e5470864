"""Scoring against professionally coded PLOVER records, one gold event per sentence, as a new user would.

The PLOVER gold-standard records (version 0.5b1) code each sentence with one event: a category, the
source and target actors as country codes, and the trigger words. Tacitus codes PLOVER 0.8 categories
and keeps an event's status apart from its category, so two conventions bridge the schemes:

- 0.5b1 names map to the current ones: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
  FIGHT -> ASSAULT (PLOVER's own CAMEO2PLOVER table).
- The 0.5b1 coders code an intended or promised action as AGREE and a refusal as REJECT: a planned or
  intended event of Tacitus matches a gold AGREE, a negated one a gold REJECT.
- 0.5b1 files signing a formal agreement (CAMEO 057) under SUPPORT, with the rest of CAMEO's diplomatic
  cooperation; PLOVER 0.8 and Tacitus code it AGREE: an AGREE whose trigger is "sign" matches a gold SUPPORT.

Figures, per sentence: **type recall** (some event of the gold category), **top-1 type** (the most
confident event has it), **type + actor** (and shares a source country), **full tuple** (and a target
country; a gold event without target wants none), **event precision** (events of the gold category
over all events coded), events per sentence and sentences with no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tacitus.records import FUTURE_STATUSES, Entity, Event

# PLOVER 0.5b1 names -> the names Tacitus codes
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Codes of the gold records that are not ISO 3166 (CAMEO's own, or slips), and what they name
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "UN": "UNO", "EU": "EUR"}
# The gold codes every international body IGO (the UN, the EU, NATO, even the Red Cross)
INTERNATIONAL = {"IGO", "NGO", "UNO", "EUR"}
CONVENTIONS = ("PLOVER 0.5b1 categories mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT; "
               "a planned or intended event also counts as AGREE, a negated one as REJECT, a signed agreement "
               "(AGREE, trigger 'sign') as SUPPORT (the 0.5b1 coders' conventions).")
SIGNING = {"sign", "signs", "signed", "signing"}


@dataclass(frozen=True)
class PloverGold:
    """One gold record: the sentence and the event its coders found in it."""

    id: str
    text: str
    category: str
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass
class CategoryScore:
    gold: int = 0
    type_found: int = 0
    full_tuple: int = 0
    predicted: int = 0
    predicted_right: int = 0


@dataclass
class PloverReport:
    sentences: int = 0
    records: int = 0
    type_found: int = 0
    top1: int = 0
    type_actor: int = 0
    full_tuple: int = 0
    events: int = 0
    events_right: int = 0
    no_event: int = 0
    per_category: dict[str, CategoryScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def share(self, count: int) -> float:
        """A share of the gold records."""
        return round(count / self.records, 3) if self.records else 0.0

    @property
    def precision(self) -> float:
        return round(self.events_right / self.events, 3) if self.events else 0.0

    def summary(self) -> dict[str, float]:
        return {"type_recall": self.share(self.type_found), "top1_type": self.share(self.top1),
                "type_actor": self.share(self.type_actor), "full_tuple": self.share(self.full_tuple),
                "event_precision": self.precision,
                "events_per_sentence": round(self.events / self.sentences, 3) if self.sentences else 0.0,
                "no_event": round(self.no_event / self.sentences, 3) if self.sentences else 0.0}

    def to_dict(self) -> dict[str, Any]:
        return {"conventions": CONVENTIONS, "records": self.records, "sentences": self.sentences, **self.summary(),
                "per_category": {name: vars(score) for name, score in sorted(self.per_category.items())},
                "misses": self.misses}


def canonical_code(code: str) -> str:
    code = code.strip().upper()
    return CODE_ALIASES.get(code, code)


def gold_from_record(record: dict[str, Any], number: int) -> PloverGold | None:
    """A PLOVER record as gold, or None when it codes no event."""
    category = str(record.get("event") or "").strip().upper()
    if not category or category in ("NONE", "NULL"):
        return None
    return PloverGold(id=str(record.get("id", number)), text=record["text"], category=RENAMED.get(category, category),
                      sources=_codes(record.get("source")), targets=_codes(record.get("target")))


def _codes(parties: Any) -> frozenset[str]:
    if not isinstance(parties, list):
        return frozenset()
    return frozenset(canonical_code(str(p["code"])) for p in parties if isinstance(p, dict) and p.get("code"))


def is_0_5_record(record: dict[str, Any]) -> bool:
    return str(record.get("version", "")).startswith("0.5") or str(record.get("event", "")).upper() in RENAMED


def type_matches(gold: PloverGold, event: Event) -> bool:
    if event.event == gold.category:
        return True
    if gold.category == "AGREE" and event.status in FUTURE_STATUSES:
        return True
    if gold.category == "SUPPORT" and event.event == "AGREE" and (event.trigger or "").lower() in SIGNING:
        return True
    return gold.category == "REJECT" and event.status == "negated"


def party_codes(entities: list[Entity]) -> set[str]:
    codes = set()
    for entity in entities:
        if entity.country:
            codes.add(canonical_code(entity.country))
        if entity.sector in ("IGO", "NGO") or (entity.country or "") in INTERNATIONAL:
            codes.update(("IGO", "NGO"))
    return codes


def actor_matches(gold: PloverGold, event: Event) -> bool:
    return bool(party_codes(event.actor) & gold.sources)


def recipient_matches(gold: PloverGold, event: Event) -> bool:
    recipients = party_codes(event.recipient)
    if not gold.targets:
        return not recipients or recipients <= gold.sources
    # a reciprocal event (talks, a clash) lists every side among its actors: the sides other than the one that
    # is the gold source are its targets, of the same country or not (a clash of two Sudanese forces)
    sides = [party_codes([entity]) for entity in event.actor] if len(event.actor) > 1 else []
    source = next((i for i, codes in enumerate(sides) if codes & gold.sources), None)
    others = recipients.union(*(codes for i, codes in enumerate(sides) if i != source))
    return bool(others & gold.targets)


def score_sentence(report: PloverReport, golds: list[PloverGold], events: list[Event]) -> None:
    """One sentence, coded with ``events``, against the gold records of that sentence (usually one)."""
    report.sentences += 1
    report.events += len(events)
    report.no_event += not events
    for event in events:
        right = any(type_matches(gold, event) for gold in golds)
        report.events_right += right
        predicted = report.per_category.setdefault(event.event, CategoryScore())
        predicted.predicted += 1
        predicted.predicted_right += right
    for gold in golds:
        _score_record(report, gold, events)


def _score_record(report: PloverReport, gold: PloverGold, events: list[Event]) -> None:
    category = report.per_category.setdefault(gold.category, CategoryScore())
    category.gold += 1
    report.records += 1
    right = [e for e in events if type_matches(gold, e)]
    if right:
        report.type_found += 1
        category.type_found += 1
    if events and type_matches(gold, max(events, key=lambda e: e.confidence)):
        report.top1 += 1
    if any(actor_matches(gold, e) for e in right):
        report.type_actor += 1
    if any(actor_matches(gold, e) and recipient_matches(gold, e) for e in right):
        report.full_tuple += 1
        category.full_tuple += 1
        return
    coded = "; ".join(f"{e.event}/{e.status} {sorted(party_codes(e.actor))}->{sorted(party_codes(e.recipient))}"
                      for e in events) or "no event"
    report.misses.append(f"{gold.id} {gold.category} {sorted(gold.sources)}->{sorted(gold.targets)}: "
                         f"coded {coded}: {gold.text[:110]}")


def score_plover(sentences: list[tuple[list[PloverGold], list[Event]]]) -> PloverReport:
    report = PloverReport()
    for golds, events in sentences:
        score_sentence(report, golds, events)
    return report
