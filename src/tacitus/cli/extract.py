"""`tacitus extract`: code articles without a database, one PLOVER event a line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import click

from tacitus.cli.common import PREFILTER_HELP, PROCESSES_HELP, emit_json_lines, emit_table, get_settings
from tacitus.errors import InputError
from tacitus.ingest.clean import clean_text
from tacitus.ingest.language import detect_language

if TYPE_CHECKING:
    from tacitus.coding.extract import CodedDocument, DocumentInput

log = logging.getLogger(__name__)

TABLE_COLUMNS = ["doc_id", "event", "mode", "actors", "recipients", "date", "status", "place", "confidence"]


def _read_text(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (give files, or use `tacitus ingest` for folders)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from None


def _jsonl_documents(path: str, published: str | None) -> list[DocumentInput]:
    from tacitus.coding.extract import DocumentInput, parse_published

    documents = []
    text = _read_text(path)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            log.warning("%s:%d: not JSON (%s); skipped", path, number, error.msg)
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            log.warning("%s:%d: no text; skipped", path, number)
            continue
        doc_id = str(record.get("id") or f"{Path(path).name}:{number}")
        day = record.get("published") or record.get("date") or published
        try:
            parse_published(day)
        except InputError as error:  # one bad record must not stop the batch: code it without a date
            log.warning("%s:%d: %s; relative dates stay unresolved", path, number, error)
            day = published
        documents.append(DocumentInput(doc_id, body, day, record.get("title")))
    return documents


def _dateline_date(dateline: str | None) -> str | None:
    from tacitus.ingest.dates import parse_published

    return parse_published(dateline)[0] if dateline else None


def _usable(document: DocumentInput) -> bool:
    if not any(ch.isalpha() for ch in document.text):
        log.warning("%s: no words to code; skipped", document.doc_id)
        return False
    language = detect_language(document.text)
    if language not in (None, "en"):
        log.warning("%s: language %r is not English; not coded", document.doc_id, language)
        return False
    return True


def _row(event: dict[str, Any]) -> dict[str, Any]:
    place = event.get("event_loc") or {}
    return {**event, "actors": [a["country"] or a["text"] for a in event["actor"]],
            "recipients": [r["country"] or r["text"] for r in event["recipient"]], "place": place.get("name")}


@click.command("extract")
@click.argument("files", nargs=-1, metavar="[FILE ...|-]")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date the relative dates resolve against.")
@click.option("--jsonl", "jsonl_path", metavar="FILE|-", help='Articles as JSON lines {"id", "text", "published"}.')
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Drop less certain events.")
@click.option("--include-negated", is_flag=True, help="Also print events the text says did not happen.")
@click.option("--classifier", type=click.Choice(["on", "off"]), default=None,
              help="The learned second opinion on categories [default: TACITUS_CLASSIFIER or on].")
@click.option("--processes", type=click.IntRange(min=0), default=None, metavar="N", help=PROCESSES_HELP)
@click.option("--prefilter", type=click.Choice(["on", "off"]), default=None, help=PREFILTER_HELP)
@click.pass_context
def extract_command(ctx: click.Context, files: tuple[str, ...], published: str | None, jsonl_path: str | None,
                    output_format: str, min_confidence: float | None, include_negated: bool,
                    classifier: str | None, processes: int | None, prefilter: str | None) -> None:
    """Code articles into PLOVER events without touching a database.

    Prints one event a line as JSON (the contract in tacitus/data/event.schema.json). FILE is a
    plain-text article ("-" reads stdin); with --jsonl every line is an article and all of them are
    parsed in one batch.

    \b
    Example:
      tacitus extract article.txt --published 2019-12-23 --format table
    """
    from tacitus.coding.extract import DocumentInput, code_documents, parse_published  # loads spaCy

    settings = get_settings(ctx).with_overrides(min_confidence=min_confidence, classifier=classifier,
                                                nlp_processes=processes, prefilter=prefilter)
    parse_published(published)
    if not files and not jsonl_path:
        raise click.UsageError("give at least one FILE, '-' for stdin, or --jsonl FILE")
    documents = []
    for path in files:
        # the same cleaning as `tacitus ingest`: title, captions, datelines and site furniture out
        cleaned = clean_text(_read_text(path))
        body = "\n\n".join(part for part in (cleaned.title, cleaned.body) if part)
        documents.append(DocumentInput(path if path != "-" else "stdin", body,
                                       published or _dateline_date(cleaned.dateline)))
    if jsonl_path:
        documents.extend(_jsonl_documents(jsonl_path, published))
    documents = [d for d in documents if _usable(d)]
    if not documents:
        raise InputError("nothing to code: every input was empty, not text, or not English")
    coded: list[CodedDocument] = []

    def rows() -> Iterator[dict[str, Any]]:
        for document in code_documents(documents, settings=settings):
            coded.append(document)
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
