"""`tacitus ingest` (read, code, store) and `tacitus articles` (list what is stored)."""

from __future__ import annotations

import click

from tacitus.cli.common import (PREFILTER_HELP, PROCESSES_HELP, emit_json_lines, emit_table, get_settings,
                                print_failure, progress_bar, stderr_console)
from tacitus.errors import InputError
from tacitus.ingest.sources import CsvColumns

ARTICLE_COLUMNS = ["id", "published", "publisher", "title", "language", "url"]


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="PATH|-...")
@click.option("--publisher", help="Publisher of every article (overrides what is detected).")
@click.option("--published", metavar="DATE", help="Publication date of every article (overrides).")
@click.option("--no-code", is_flag=True, help="Store the articles without coding events.")
@click.option("--text-column", default="text", show_default=True, help="CSV: the article text column.")
@click.option("--date-column", default="date", show_default=True, help="CSV: the publication date column.")
@click.option("--title-column", default="title", show_default=True, help="CSV: the title column.")
@click.option("--publisher-column", default="source", show_default=True, help="CSV: the publisher column.")
@click.option("--url-column", default="url", show_default=True, help="CSV: the URL column.")
@click.option("--id-column", default="id", show_default=True, help="CSV: the id column.")
@click.option("--processes", type=click.IntRange(min=0), default=None, metavar="N", help=PROCESSES_HELP)
@click.option("--prefilter", type=click.Choice(["on", "off"]), default=None, help=PREFILTER_HELP)
@click.option("--allow-private-network", is_flag=True, default=None,
              help="Let URLs reach loopback and private addresses [default: TACITUS_ALLOW_PRIVATE_NETWORK or off].")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], publisher: str | None, published: str | None,
           no_code: bool, text_column: str, date_column: str, title_column: str, publisher_column: str,
           url_column: str, id_column: str, processes: int | None, prefilter: str | None,
           allow_private_network: bool | None) -> None:
    """Read articles (text files, JSON lines, CSV, folders, '-' for stdin), code them, store them.

    Re-ingesting an article changes nothing; a changed text at the same URL is a new revision.
    A source that cannot be read is reported on stderr and the rest go on.
    """
    from tacitus.pipeline import ingest_sources

    settings = get_settings(ctx).with_overrides(nlp_processes=processes, prefilter=prefilter,
                                                allow_private_network=allow_private_network)
    columns = CsvColumns(text=text_column, date=date_column, title=title_column, publisher=publisher_column,
                         url=url_column, id=id_column)
    with progress_bar("ingesting") as on_progress:
        report = ingest_sources(list(sources), settings=settings, code=not no_code, publisher=publisher,
                                published=published, csv_columns=columns, on_progress=on_progress)
    limited = f", coded in part {len(report.limited)}" if report.limited else ""
    stderr_console.print(f"ingested {report.ingested}, revisions {report.revisions}, duplicates skipped "
                         f"{report.duplicates}, failed {len(report.failed)}{limited}; events {report.events}",
                         highlight=False)
    for failure in report.failed:
        print_failure(failure)
    for limit in report.limited:
        click.echo(f"tacitus: warning: {limit}", err=True)
    if report.stored == 0 and report.duplicates == 0:
        raise InputError("nothing could be ingested")


@click.command("articles")
@click.option("--publisher")
@click.option("--start", metavar="YYYY-MM-DD")
@click.option("--end", metavar="YYYY-MM-DD")
@click.option("--language", metavar="xx")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.pass_context
def articles_command(ctx: click.Context, publisher: str | None, start: str | None, end: str | None,
                     language: str | None, output_format: str) -> None:
    """List the stored articles with their metadata (jsonl: every field)."""
    from tacitus.store import open_store

    with open_store(get_settings(ctx).db_url) as store:
        rows = (a.to_dict() for a in store.iter_articles(publisher=publisher, start=start, end=end, language=language))
        if output_format == "jsonl":
            emit_json_lines(rows)
        else:
            emit_table(rows, ARTICLE_COLUMNS, squeeze=["id", "url"], optional=["language", "publisher"])


commands: list[click.Command] = [ingest, articles_command]
