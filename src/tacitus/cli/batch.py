"""`tacitus batch` (code files on a Dask cluster into Parquet) and `tacitus load` (merge them into a store)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from tacitus.cli.common import PREFILTER_HELP, get_settings, stderr_console
from tacitus.errors import InputError


def _progress(description: str) -> Progress:
    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), console=stderr_console,
                    transient=True)


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Parquet tables (articles/, events/, mentions/); new or empty.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="A running Dask scheduler [default: a LocalCluster].")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="LocalCluster worker processes [default: the cores].")
@click.option("--files-per-task", type=click.IntRange(min=1), metavar="N",
              help="Files in one task [default: about four tasks a worker].")
@click.option("--prefilter", type=click.Choice(["on", "off"]), default=None, help=PREFILTER_HELP)
@click.pass_context
def batch_command(ctx: click.Context, inputs: tuple[str, ...], out: Path, scheduler: str | None,
                  workers: int | None, files_per_task: int | None, prefilter: str | None) -> None:
    """Code article files (text, JSONL, CSV, HTML, feeds, WARC; folders walked) on a Dask cluster into
    partitioned Parquet, the same events as `tacitus ingest` codes.

    \b
    Example:
      tacitus batch archive/ --out coded/               # a LocalCluster on this machine
      tacitus batch /shared/archive --out coded/ --scheduler tcp://10.0.0.5:8786
      tacitus load coded/ --db events.db
    """
    try:
        from tacitus.scale.batch import run_batch
    except ImportError as error:
        raise InputError(f"tacitus batch needs {error.name}: pip install 'tacitus[scale]'") from None
    settings = get_settings(ctx).with_overrides(prefilter=prefilter)
    with _progress("coding partitions") as bar:
        task = bar.add_task("", total=None)
        report = run_batch(list(inputs), out, settings=settings, scheduler=scheduler, workers=workers,
                           files_per_task=files_per_task,
                           progress=lambda done, total: bar.update(task, completed=done, total=total))
    for source, reason in report.failed:
        click.echo(f"tacitus: {source}: {reason}", err=True)
    stderr_console.print(f"{report.articles} articles, {report.events} events in {report.partitions} partitions "
                         f"on {report.workers} workers in {report.seconds:.1f} s; failed {len(report.failed)}",
                         highlight=False)
    if report.partitions == 0:
        raise InputError("nothing could be coded")


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def load_command(ctx: click.Context, folder: Path) -> None:
    """Merge the Parquet of `tacitus batch` into the store (--db); loading twice stores it once."""
    from tacitus.scale.load import load_batch

    settings = get_settings(ctx)
    with _progress("loading partitions") as bar:
        task = bar.add_task("", total=None)
        report = load_batch(folder, settings.db_url,
                            progress=lambda done, total: bar.update(task, completed=done, total=total))
    stderr_console.print(f"loaded {report.ingested}, revisions {report.revisions}, duplicates skipped "
                         f"{report.duplicates}; events {report.events}", highlight=False)


commands: list[click.Command] = [batch_command, load_command]
