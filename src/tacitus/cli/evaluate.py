"""`tacitus eval`: score the coder against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from tacitus.cli.common import get_settings
from tacitus.config import Settings
from tacitus.evaluation import Report, score_documents
from tacitus.evaluation.gold import GoldDocument, load_plover_records, load_tacitus_gold, read_gold_file
from tacitus.evaluation.plover import (CONVENTIONS, PloverGold, PloverReport, gold_from_record, is_0_5_record,
                                       score_plover)
from tacitus.evaluation.score import FIELDS
from tacitus.records import Event

PLOVER_FIGURES = ("type_recall", "top1_type", "type_actor", "full_tuple", "event_precision", "no_event")


def _floors(values: tuple[str, ...]) -> dict[str, float]:
    floors = {}
    for value in values:
        name, _, number = value.partition("=")
        field, _, metric = name.rpartition("_")
        if name not in PLOVER_FIGURES and (field not in FIELDS or metric not in ("precision", "recall", "f1")):
            raise click.BadParameter(f"{value!r}: use FIELD_METRIC=VALUE (e.g. category_f1=0.85) or a PLOVER "
                                     f"figure ({', '.join(PLOVER_FIGURES)})", param_hint="--fail-under")
        try:
            floors[name] = float(number)
        except ValueError:
            raise click.BadParameter(f"{value!r}: {number!r} is not a number", param_hint="--fail-under") from None
    return floors


def _print_table(report: Report, show_errors: bool) -> None:
    console = Console(width=120)
    table = Table("field", "precision", "recall", "F1", "correct", "predicted", "gold", title="Tacitus evaluation")
    for name, score in report.fields.items():
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.correct),
                      str(score.predicted), str(score.gold))
    console.print(table)
    confusion = Table("gold", "predicted", "count", title="Category confusion")
    for (gold, predicted), count in sorted(report.confusion.items()):
        confusion.add_row(gold, predicted, str(count))
    console.print(confusion)
    if report.required_found:
        found = sum(report.required_found.values())
        console.print(f"required events found: {found}/{len(report.required_found)}; predictions matching gold: "
                      f"{report.matched_predictions}/{report.predictions}")
    if show_errors:
        for line in report.errors:
            console.print(f"  {line}", markup=False)


def _print_plover(report: PloverReport, show_errors: bool) -> None:
    console = Console(width=120)
    table = Table("category", "gold", "type found", "full tuple", "coded", "coded right", "precision",
                  title="PLOVER gold records, per category")
    for name, score in sorted(report.per_category.items()):
        table.add_row(name, str(score.gold), str(score.type_found), str(score.full_tuple), str(score.predicted),
                      str(score.predicted_right),
                      f"{score.predicted_right / score.predicted:.2f}" if score.predicted else "-")
    console.print(table)
    if show_errors:
        for line in report.misses:
            console.print(f"  {line}", markup=False)
    console.print(CONVENTIONS, markup=False)
    figures = report.summary()
    console.print(f"{report.records} gold records in {report.sentences} sentences; {report.events} events coded",
                  markup=False)
    for name in PLOVER_FIGURES[:-1]:
        console.print(f"{name.replace('_', ' ')}: {figures[name]:.3f}", markup=False)
    console.print(f"events per sentence: {figures['events_per_sentence']:.2f}; sentences with no event: "
                  f"{report.no_event} ({figures['no_event']:.1%})", markup=False)


def _code(texts: list[tuple[str, str | None]], settings: Settings) -> list[list[Event]]:
    from tacitus.coding.extract import DocumentInput, extract_documents

    inputs = [DocumentInput(f"gold-{i}", text, published) for i, (text, published) in enumerate(texts)]
    predictions = dict(extract_documents(inputs, settings=settings))
    return [predictions[f"gold-{i}"] for i in range(len(texts))]


def _plover_sentences(records: list[dict]) -> list[tuple[str, str | None, list[PloverGold]]]:
    """PLOVER records grouped by sentence, in file order: (text, date, gold events)."""
    sentences: dict[str, tuple[str, str | None, list[PloverGold]]] = {}
    for number, record in enumerate(records, start=1):
        gold = gold_from_record(record, number)
        entry = sentences.setdefault(record["text"], (record["text"], record.get("date"), []))
        if gold is not None:
            entry[2].append(gold)
    return list(sentences.values())


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="GOLD...")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--fail-under", multiple=True, metavar="FIGURE=VALUE",
              help="Exit 1 when a score is below the floor, e.g. category_f1=0.85 or type_recall=0.75 (repeatable).")
@click.option("--show-errors", is_flag=True, help="List missed and spurious events with their sentences.")
@click.option("--classifier", type=click.Choice(["on", "off"]), default=None,
              help="The learned second opinion on categories [default: TACITUS_CLASSIFIER or on].")
@click.pass_context
def eval_command(ctx: click.Context, gold_files: tuple[Path, ...], output_format: str, fail_under: tuple[str, ...],
                 show_errors: bool, classifier: str | None) -> None:
    """Score the coder on gold files: PLOVER gold records (.jsonl) or Tacitus document gold (.gold.json).

    \b
    Tacitus gold (our own records, with status and dates; *.gold.json documents): precision, recall
    and F1 per field (category, mode, actor, recipient, date, status, place) and a confusion matrix.
    PLOVER 0.5b1 gold-standard records (one professionally coded event per sentence): type recall,
    top-1 type, type + actor, full tuple, event precision, events per sentence and sentences with no
    event, per category; 0.5b1 names are mapped to the current ones (the output says how).
    """
    floors = _floors(fail_under)
    settings = get_settings(ctx).with_overrides(classifier=classifier)
    documents: list[GoldDocument] = []
    plover: list[tuple[str, str | None, list[PloverGold]]] = []
    for path in gold_files:
        data = read_gold_file(path)
        if isinstance(data, dict):
            documents.append(load_tacitus_gold(path, data))
        elif all(is_0_5_record(record) for record in data):
            plover += _plover_sentences(data)
        else:
            documents += load_plover_records(path, data)
    events = _code([(d.text, d.published) for d in documents] + [(t, day) for t, day, _ in plover], settings)
    figures: dict[str, float] = {}
    output: dict[str, object] = {}
    if documents:
        report = score_documents(list(zip(documents, events[:len(documents)])))
        output["fields"] = report.to_dict()
        figures.update({f"{name}_{metric}": getattr(score, metric) for name, score in report.fields.items()
                        for metric in ("precision", "recall", "f1")})
        if output_format == "table":
            _print_table(report, show_errors)
    if plover:
        plover_report = score_plover([(golds, coded) for (_, _, golds), coded in zip(plover, events[len(documents):])])
        output["plover"] = plover_report.to_dict()
        figures.update(plover_report.summary())
        if output_format == "table":
            _print_plover(plover_report, show_errors)
    if output_format == "json":
        click.echo(json.dumps(output["fields"] if list(output) == ["fields"] else output, indent=2))
    failed = [f"{name} {figures[name]:.3f} < {floor}" for name, floor in floors.items()
              if name in figures and figures[name] < floor]
    if failed:
        click.echo("tacitus: below the floor: " + "; ".join(failed), err=True)
        ctx.exit(1)


commands: list[click.Command] = [eval_command]
