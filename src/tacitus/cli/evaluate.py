"""`tacitus eval`: score the coder against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from tacitus.cli.common import get_settings
from tacitus.evaluation import Report, load_gold, score_documents
from tacitus.evaluation.score import FIELDS


def _floors(values: tuple[str, ...]) -> dict[str, float]:
    floors = {}
    for value in values:
        name, _, number = value.partition("=")
        field, _, metric = name.rpartition("_")
        if field not in FIELDS or metric not in ("precision", "recall", "f1"):
            raise click.BadParameter(f"{value!r}: use FIELD_METRIC=VALUE, e.g. category_f1=0.85", param_hint="--fail-under")
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


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="GOLD...")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--fail-under", multiple=True, metavar="FIELD_METRIC=VALUE",
              help="Exit 1 when a score is below the floor, e.g. category_f1=0.85 (repeatable).")
@click.option("--show-errors", is_flag=True, help="List missed and spurious events with their sentences.")
@click.option("--classifier", type=click.Choice(["on", "off"]), default=None,
              help="The learned second opinion on categories [default: TACITUS_CLASSIFIER or on].")
@click.pass_context
def eval_command(ctx: click.Context, gold_files: tuple[Path, ...], output_format: str, fail_under: tuple[str, ...],
                 show_errors: bool, classifier: str | None) -> None:
    """Score the coder on gold files: PLOVER gold records (.jsonl) or Tacitus document gold (.gold.json).

    Reports precision, recall and F1 per field (category, mode, actor, recipient, date, status, place)
    and a confusion matrix of categories.
    """
    from tacitus.coding.extract import DocumentInput, extract_documents  # loads spaCy

    floors = _floors(fail_under)
    documents = [document for path in gold_files for document in load_gold(path)]
    inputs = [DocumentInput(f"gold-{i}", d.text, d.published) for i, d in enumerate(documents)]
    predictions = dict(extract_documents(inputs, settings=get_settings(ctx).with_overrides(classifier=classifier)))
    report = score_documents([(d, predictions[f"gold-{i}"]) for i, d in enumerate(documents)])
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        _print_table(report, show_errors)
    failed = []
    for name, floor in floors.items():
        field, _, metric = name.rpartition("_")
        value = getattr(report.fields[field], metric)
        if value < floor:
            failed.append(f"{name} {value:.3f} < {floor}")
    if failed:
        click.echo("tacitus: below the floor: " + "; ".join(failed), err=True)
        ctx.exit(1)


commands: list[click.Command] = [eval_command]
