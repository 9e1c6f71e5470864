"""`tacitus extract`: code articles without a database, one PLOVER event a line.

Articles are read exactly as `tacitus ingest` reads them (``tacitus.ingest.sources``): the same formats,
the same JSON keys, the same cleaning, the same failures, the same language rule.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Iterator

import click

from tacitus.cli.common import (PREFILTER_HELP, PROCESSES_HELP, emit_json_lines, emit_table, get_settings,
                                print_failure)
from tacitus.errors import InputError

if TYPE_CHECKING:
    from tacitus.coding.extract import CodedDocument, DocumentInput
    from tacitus.config import Settings

log = logging.getLogger(__name__)

TABLE_COLUMNS = ["doc_id", "event", "mode", "actors", "recipients", "date", "status", "place", "confidence"]


def _documents(paths: list[str], *, jsonl: bool, published: str | None, settings: Settings) -> list[DocumentInput]:
    """The codable articles of ``paths``; every failure printed once, on stderr."""
    from tacitus.coding.extract import DocumentInput
    from tacitus.ingest.language import is_coded_language
    from tacitus.ingest.records import IngestFailure
    from tacitus.ingest.sources import read_sources

    documents = []
    for result in read_sources(paths, published=published, max_bytes=settings.max_article_bytes, jsonl=jsonl,
                               allow_private_network=settings.allow_private_network):
        if isinstance(result, IngestFailure):
            print_failure(result)
            continue
        if not is_coded_language(result.language):
            log.warning("%s: language %r is not English; not coded", result.source_path, result.language)
            continue
        # a whole file is named by its path; an article in a file (a JSON line, a feed entry) by its id
        whole = result.source_path in paths
        doc_id = ("stdin" if result.source_path == "-" else str(result.source_path)) if whole else result.id
        documents.append(DocumentInput(doc_id, result.body, result.published, result.title, result.dateline_place))
    return documents


def _row(event: dict[str, Any]) -> dict[str, Any]:
    place = event.get("event_loc") or {}
    return {**event, "actors": [a["country"] or a["text"] for a in event["actor"]],
            "recipients": [r["country"] or r["text"] for r in event["recipient"]], "place": place.get("name")}


@click.command("extract")
@click.argument("files", nargs=-1, metavar="[FILE ...|-]")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date the relative dates resolve against.")
@click.option("--jsonl", "jsonl_path", metavar="FILE|-",
              help='Articles as JSON lines, whatever the file name ({"id", "text", "published", ...} as for ingest).')
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Drop less certain events.")
@click.option("--include-negated", is_flag=True, help="Also print events the text says did not happen.")
@click.option("--classifier", type=click.Choice(["on", "off"]), default=None,
              help="The learned second opinion on categories [default: TACITUS_CLASSIFIER or on].")
@click.option("--processes", type=click.IntRange(min=0), default=None, metavar="N", help=PROCESSES_HELP)
@click.option("--prefilter", type=click.Choice(["on", "off"]), default=None, help=PREFILTER_HELP)
@click.option("--allow-private-network", is_flag=True, default=None,
              help="Let URLs reach loopback and private addresses [default: TACITUS_ALLOW_PRIVATE_NETWORK or off].")
@click.pass_context
def extract_command(ctx: click.Context, files: tuple[str, ...], published: str | None, jsonl_path: str | None,
                    output_format: str, min_confidence: float | None, include_negated: bool,
                    classifier: str | None, processes: int | None, prefilter: str | None,
                    allow_private_network: bool | None) -> None:
    """Code articles into PLOVER events without touching a database.

    Prints one event a line as JSON (the contract in tacitus/data/event.schema.json). FILE is read as
    `tacitus ingest` reads it: a plain-text article ("-" reads stdin), JSON lines, CSV, HTML, a feed or
    WARC; with --jsonl every line is an article. All of them are parsed in one batch.

    \b
    Example:
      tacitus extract article.txt --published 2019-12-23 --format table
    """
    from tacitus.coding.extract import code_documents, parse_published  # loads spaCy

    settings = get_settings(ctx).with_overrides(min_confidence=min_confidence, classifier=classifier,
                                                nlp_processes=processes, prefilter=prefilter,
                                                allow_private_network=allow_private_network)
    parse_published(published)
    if not files and not jsonl_path:
        raise click.UsageError("give at least one FILE, '-' for stdin, or --jsonl FILE")
    documents = _documents(list(files), jsonl=False, published=published, settings=settings)
    if jsonl_path:
        documents += _documents([jsonl_path], jsonl=True, published=published, settings=settings)
    if not documents:
        raise InputError("nothing to code: every input was empty, not text, or not English")
    coded: list[CodedDocument] = []

    def rows() -> Iterator[dict[str, Any]]:
        for document in code_documents(documents, settings=settings):
            coded.append(document)
            for reason in document.skipped:
                click.echo(f"tacitus: warning: {document.doc_id}: {reason}", err=True)
            yield from (event.to_dict() for event in document.events
                        if include_negated or event.status != "negated")

    if output_format == "table":
        emit_table((_row(r) for r in rows()), TABLE_COLUMNS, squeeze=["doc_id"], optional=["confidence", "mode"])
    else:
        emit_json_lines(rows())
    if not any(document.sentences for document in coded):
        reasons = "; ".join(reason for document in coded for reason in document.skipped)[:200]
        raise InputError(f"nothing to code: no sentence could be parsed{' (' + reasons + ')' if reasons else ''}")


commands: list[click.Command] = [extract_command]
