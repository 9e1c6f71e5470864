"""``tacitus demo``: ingest and code the bundled sample corpus, then say what is in the store."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from tacitus.cli.common import get_settings, progress_bar
from tacitus.demo import corpus_path
from tacitus.demo.summary import DemoSummary, IngestCounts, read_summary


@click.command("demo")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="How to print the summary.")
@click.pass_context
def demo(ctx: click.Context, output_format: str) -> None:
    """Ingest and code the bundled demo corpus, then print a summary.

    The sample articles (Oct 2019 - Mar 2020: Syria, Libya, Russia and Turkey, and a few other
    stories) were written by the Tacitus developers about real events; the outlets are fictional.
    Running it again adds nothing new. Progress goes to stderr, the summary to stdout.
    """
    from tacitus.pipeline import ingest_sources  # loads spaCy: only when the command runs
    from tacitus.store import open_store

    settings = get_settings(ctx)
    with corpus_path() as path, progress_bar("ingesting the demo corpus") as on_progress:
        report = ingest_sources([str(path)], settings=settings, code=True, on_progress=on_progress)
    run = IngestCounts(ingested=report.ingested, revisions=report.revisions,
                       duplicates=report.duplicates, failed=len(report.failed), events=report.events)
    with open_store(settings.db_url) as store:
        summary = read_summary(store, db_url=settings.db_url, run=run)
    if output_format == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_summary(summary, Console(highlight=False))


def print_summary(summary: DemoSummary, console: Console) -> None:
    console.print(f"[bold]Tacitus demo[/bold]: {summary.articles} articles from {summary.publishers} "
                  f"outlets ({summary.first_published} to {summary.last_published}), "
                  f"{summary.events} events, in {summary.db_url}")
    if summary.run is not None:
        r = summary.run
        console.print(f"This run: {r.ingested} new, {r.revisions} revised, {r.duplicates} already stored, "
                      f"{r.failed} failed; {r.events} events coded.")
    categories = Table("event", "count", title="Events by category", title_justify="left")
    for category, count in summary.by_category:
        categories.add_row(category, str(count))
    pairs = Table("actor", "recipient", "events", title="Top country pairs", title_justify="left")
    for actor, recipient, count in summary.top_pairs:
        pairs.add_row(actor, recipient, str(count))
    console.print(categories, pairs)
    for note in summary.notes:
        console.print(f"[yellow]Note:[/yellow] {note}")
    console.print("\n[bold]What to run next[/bold]")
    width = max(len(step.command) for step in summary.next_steps)
    for step in summary.next_steps:
        console.print(f"  {step.command.ljust(width)}  # {step.purpose}", markup=False)


commands: list[click.Command] = [demo]
