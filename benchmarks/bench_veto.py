"""What the classifier's vetoes remove on real text: true events and false ones, at several thresholds.

    .venv/bin/python benchmarks/bench_veto.py [--plover FILE] [--guardian CSV] [--judged FILE.md]
                                              [--cache DIR] [--removed FILE] [--write]

The coder applies two vetoes after the lexicon (``tacitus.coding.review``): an event the lexicon fully
supports is dropped when the classifier reads "no event" with P >= ``none_veto`` (and its category under
``category_floor``); a reading that needs confirmation (converted from CAMEO with no word of its own, or
an object outside the entry's list) is dropped unless its category is the classifier's top label with
P >= ``confirmation``. This script codes each text once with the lexicon, asks the packaged classifier
once per event clause, and replays both vetoes at each threshold:

- PLOVER gold records (default ../shared/dev/plover-gsr-dev.jsonl): an event is true when its type matches
  a gold record of its sentence (``tacitus eval``'s rule); each row gives the true and false events
  removed and the scores of what is left.
- Guardian prose (default ../shared/corpora/guardian-syria-2017-2019.csv): how many events each threshold
  removes; with ``--judged`` (a hand-judgement file listing ``- INDEX | CATEGORY | ... | cat ok | reason``
  lines against the events of ``--judged-events``), how many of the judged events it would remove that
  the reader found right and wrong. ``--removed`` writes the events removed at the coder's thresholds, to
  judge by hand.

Parsing is the slow part: ``--cache`` keeps the lexicon's events, so a retrained classifier is measured
again in seconds (empty it when the lexicon or the parser changes). Measuring only: never train on these
sentences.
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import pickle
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

from tacitus.coding.classifier import SoftmaxWeights, load_classifier  # noqa: E402
from tacitus.coding.extract import lexical_events  # noqa: E402
from tacitus.coding.review import VetoPolicy, blended_confidence, trigger_clause, verdict  # noqa: E402
from tacitus.config import Settings  # noqa: E402
from tacitus.evaluation.plover import PloverGold, gold_from_record, score_plover, type_matches  # noqa: E402
from tacitus.nlp import NlpPipeline  # noqa: E402
from tacitus.records import Event  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CODER = VetoPolicy.of(SoftmaxWeights.load())  # the packaged weights' thresholds
NONE_VETOES = (1.01, 0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5)
CONFIRMATIONS = (None, 0.0, 0.2, 0.3, 0.4, 0.5, 0.6)


@dataclass
class Coded:
    """One text's events before review, each with the clause the classifier reads and its opinion."""

    key: str
    events: list[Event]
    clauses: list[str]
    opinions: list[dict[str, float]]


def code_texts(texts: list[tuple[str, str, str | None]], cache: Path | None, name: str) -> list[Coded]:
    path = cache / f"{name}.pickle" if cache else None
    if path and path.exists():  # plain tuples: a pickled Coded would name this script's module
        return [Coded(key, events, clauses, []) for key, events, clauses in pickle.loads(path.read_bytes())]
    settings = Settings()
    parsed_docs = NlpPipeline(settings).parse((key, text) for key, text, _ in texts)
    coded = []
    for parsed, (key, _, published) in zip(parsed_docs, texts):
        events = lexical_events(parsed, published, settings)
        coded.append(Coded(key, events, [trigger_clause(e, parsed) for e in events], []))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([(item.key, item.events, item.clauses) for item in coded]))
    return coded


def add_opinions(coded: list[Coded]) -> None:
    unique = sorted({clause for item in coded for clause in item.clauses})
    opinions = dict(zip(unique, load_classifier().classify(unique)))
    for item in coded:
        item.opinions = [opinions[clause] for clause in item.clauses]


def replay(item: Coded, policy: VetoPolicy, confirm_all: bool = False) -> list[tuple[Event, str]]:
    """Each event with what the policy does to it; kept events carry the blended confidence."""
    out = []
    for event, opinion in zip(item.events, item.opinions):
        event = copy.copy(event)
        if confirm_all:
            event.needs_confirmation = False
        outcome = verdict(event, opinion, policy)
        if outcome == "keep":
            event.confidence = blended_confidence(event, opinion)
        out.append((event, outcome))
    return out


def policies() -> Iterable[tuple[str, VetoPolicy, bool]]:
    for threshold in sorted({*NONE_VETOES, CODER.none_veto}, reverse=True):
        label = "none_veto off" if threshold > 1 else f"none_veto {threshold:.2f}"
        yield label + (" (coder)" if threshold == CODER.none_veto else ""), replace(CODER, none_veto=threshold), False
    for confirmation in [None, *sorted({c for c in CONFIRMATIONS if c is not None} | {CODER.confirmation})]:
        if confirmation is None:
            yield "confirmation off (keep all)", CODER, True
        else:
            label = f"confirmation {confirmation:.1f}" + (" (coder)" if confirmation == CODER.confirmation else "")
            yield label, replace(CODER, confirmation=confirmation), False


# -- PLOVER gold records --------------------------------------------------------------------------------

def plover_sentences(path: Path) -> list[tuple[str, str | None, list[PloverGold]]]:
    sentences: dict[str, tuple[str, str | None, list[PloverGold]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            record = json.loads(line)
            gold = gold_from_record(record, number)
            entry = sentences.setdefault(record["text"], (record["text"], record.get("date"), []))
            if gold is not None:
                entry[2].append(gold)
    return list(sentences.values())


def plover_curve(path: Path, cache: Path | None) -> str:
    sentences = plover_sentences(path)
    coded = code_texts([(f"s{i}", text, day) for i, (text, day, _) in enumerate(sentences)], cache, "plover")
    add_opinions(coded)
    rows = ["| policy | vetoed true | vetoed false | unconfirmed true | unconfirmed false | type recall | "
            "event precision | full tuple | no event |", "|---|---|---|---|---|---|---|---|---|"]
    for label, policy, confirm_all in policies():
        counts = {"veto": [0, 0], "unconfirmed": [0, 0]}
        scored = []
        for item, (_, _, golds) in zip(coded, sentences):
            kept = []
            for event, outcome in replay(item, policy, confirm_all):
                if outcome == "keep":
                    kept.append(event)
                else:
                    counts[outcome][0 if any(type_matches(g, event) for g in golds) else 1] += 1
            scored.append((golds, kept))
        report = score_plover(scored)
        figures = report.summary()
        rows.append(f"| {label} | {counts['veto'][0]} | {counts['veto'][1]} | {counts['unconfirmed'][0]} | "
                    f"{counts['unconfirmed'][1]} | {figures['type_recall']:.3f} | {figures['event_precision']:.3f} | "
                    f"{figures['full_tuple']:.3f} | {figures['no_event']:.1%} |")
    events = sum(len(item.events) for item in coded)
    return (f"PLOVER dev records `{path.name}` ({len(sentences)} sentences, {events} lexicon events before "
            "review). True = its type matches a gold record of the sentence. Each row changes one threshold and "
            "keeps the coder's other one.\n\n" + "\n".join(rows))


# -- Guardian prose ---------------------------------------------------------------------------------------

def guardian_texts(path: Path) -> list[tuple[str, str, str | None]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row[""], row["text"], row["date"]) for row in csv.DictReader(handle)]


JUDGED_LINE = re.compile(r"^- (\d+) \| (\w+) \|.*\| (RIGHT|WRONG) \| (yes|no) \|")


def judged_keys(judged: Path, events_file: Path) -> dict[tuple[str, int | None, str | None, str], bool]:
    """The judged events, keyed by (article, sentence offset, trigger, category): whether the reader found
    the category right (an event the veto should keep)."""
    events = [json.loads(line) for line in events_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = {}
    for line in judged.read_text(encoding="utf-8").splitlines():
        match = JUDGED_LINE.match(line)
        if match:
            event = events[int(match.group(1))]
            assert event["event"] == match.group(2), line
            keys[(event["doc_id"], event["start_char"], event["trigger"], event["event"])] = match.group(4) == "yes"
    return keys


def guardian_curve(path: Path, cache: Path | None, judged: Path | None, judged_events: Path | None,
                   removed: Path | None) -> str:
    coded = code_texts(guardian_texts(path), cache, "guardian")
    add_opinions(coded)
    keys = judged_keys(judged, judged_events) if judged and judged_events else {}
    found = {(item.key, e.start_char, e.trigger, e.event) for item in coded for e in item.events} & set(keys)
    total = sum(len(item.events) for item in coded)
    rows = ["| policy | vetoed | unconfirmed | kept | judged right removed | judged wrong removed |",
            "|---|---|---|---|---|---|"]
    for label, policy, confirm_all in policies():
        counts = {"keep": 0, "veto": 0, "unconfirmed": 0}
        judged_removed = [0, 0]
        for item in coded:
            for event, outcome in replay(item, policy, confirm_all):
                counts[outcome] += 1
                key = (item.key, event.start_char, event.trigger, event.event)
                if outcome != "keep" and key in found:
                    judged_removed[0 if keys[key] else 1] += 1
        rows.append(f"| {label} | {counts['veto']} | {counts['unconfirmed']} | {counts['keep']} | "
                    f"{judged_removed[0]} | {judged_removed[1]} |")
    if removed:
        write_removed(coded, removed)
    right = sum(keys[k] for k in found)
    return (f"Guardian `{path.name}` ({len(coded)} articles, {total} lexicon events before review). "
            f"Judged: {len(found)} of the {len(keys)} hand-judged events (`{judged.name if judged else '-'}`) are "
            f"still found by the lexicon ({right} with the category judged right, {len(found) - right} wrong)."
            "\n\n" + "\n".join(rows))


def write_removed(coded: list[Coded], path: Path) -> None:
    lines = []
    for item in coded:
        for (event, outcome), clause, opinion in zip(replay(item, CODER), item.clauses, item.opinions):
            if outcome != "keep":
                top = max(opinion, key=lambda label: opinion[label])
                lines.append(json.dumps({"doc": item.key, "outcome": outcome, "event": event.event,
                                         "trigger": event.trigger, "p_category": round(opinion[event.event], 2),
                                         "p_none": round(opinion["NONE"], 2), "top": top, "clause": clause,
                                         "sentence": event.sentence}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plover", type=Path, default=SHARED / "dev" / "plover-gsr-dev.jsonl")
    parser.add_argument("--guardian", type=Path, default=SHARED / "corpora" / "guardian-syria-2017-2019.csv")
    parser.add_argument("--judged", type=Path, help="a hand-judgement file of Guardian events")
    parser.add_argument("--judged-events", type=Path, help="the events.jsonl the judgement indexes")
    parser.add_argument("--cache", type=Path, help="keep the lexicon's events here between runs")
    parser.add_argument("--removed", type=Path, help="write the Guardian events the coder's thresholds remove")
    parser.add_argument("--write", action="store_true", help="write the section into RESULTS.md")
    args = parser.parse_args(argv)
    parts: list[Any] = []
    if args.plover.exists():
        parts.append(plover_curve(args.plover, args.cache))
    if args.guardian.exists():
        parts.append(guardian_curve(args.guardian, args.cache, args.judged, args.judged_events, args.removed))
    text = "\n\n".join(parts)
    print(text)
    if args.write:
        write_section("classifier veto (measured)", text)


if __name__ == "__main__":
    main()
