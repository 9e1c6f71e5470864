"""Reading sources into Articles: text, JSON lines, CSV, HTML, RSS/Atom, WARC, folders, URLs and stdin.

The one reader of articles: `tacitus ingest`, `tacitus extract` and `tacitus demo` all read through
``read_sources``. Each source yields results one by one; a source that cannot be read yields an
``IngestFailure`` with its reason and the batch goes on.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from tacitus.ingest.clean import clean_text
from tacitus.ingest.dates import parse_published
from tacitus.ingest.records import IngestFailure, ReadResult, make_article
from tacitus.plugins import reader_for
from tacitus.records import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
# The JSON keys of an article record, in the order they are tried (news-please and common scraper names)
JSON_FIELDS = {
    "text": ("text", "maintext", "body", "content", "description"),
    "title": ("title",),
    "url": ("url", "link"),
    "published": ("published", "date_publish", "date", "pubdate"),
    "publisher": ("publisher", "source", "source_domain", "sitename"),
    "author": ("author", "authors"),
    "id": ("id",),
    "language": ("language",),
}

# Plugins written against the first reader API name the failure type ``Failure``: the same class.
Failure = IngestFailure
__all__ = ["CsvColumns", "Failure", "IngestFailure", "JSON_FIELDS", "ReadResult", "make_article", "read_data",
           "read_sources"]


@dataclass
class CsvColumns:
    text: str = "text"
    date: str = "date"
    title: str = "title"
    publisher: str = "source"
    url: str = "url"
    id: str = "id"


@dataclass(frozen=True)
class _Options:
    columns: CsvColumns
    max_bytes: int
    jsonl: bool
    allow_private_network: bool


def read_sources(sources: Sequence[str], *, publisher: str | None = None, published: str | None = None,
                 csv_columns: CsvColumns | None = None, max_bytes: int = DEFAULT_MAX_BYTES, jsonl: bool = False,
                 allow_private_network: bool = False) -> Iterator[ReadResult]:
    """Articles and failures from paths, folders, URLs and "-" (stdin), in order.

    ``jsonl``: read every source as JSON lines whatever its name. ``allow_private_network``: let URLs reach
    loopback and private addresses (see ``ingest/fetch.py``).
    """
    options = _Options(csv_columns or CsvColumns(), max_bytes, jsonl, allow_private_network)
    for source in sources:
        for result in _read_source(source, options):
            if isinstance(result, Article):
                if publisher:
                    result.publisher = publisher
                if published:
                    result.published, result.published_precision = parse_published(published)
                    result.published_raw = published
            yield result


def _read_source(source: str, options: _Options) -> Iterator[ReadResult]:
    if source.startswith(("http://", "https://")):
        yield from _read_url(source, options)
        return
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        yield from _read_bytes("-", data, options)
        return
    path = Path(source)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield IngestFailure(source, "no such file or directory")
        return
    except OSError as error:
        yield IngestFailure(source, f"cannot read ({error.strerror})")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_folder(path, options)
        return
    yield from _read_file(path, info, options)


def _read_folder(folder: Path, options: _Options) -> Iterator[ReadResult]:
    """Every file below ``folder`` but hidden ones, sorted; a subfolder that cannot be listed is a failure.
    Links to folders are not followed (they may lead in a circle)."""
    unreadable: list[OSError] = []
    files = []
    for root, dirs, names in os.walk(folder, onerror=unreadable.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [Path(root, name) for name in names if not name.startswith(".")]
    for error in unreadable:
        yield IngestFailure(str(error.filename), f"cannot read the folder ({error.strerror})")
    for file in sorted(files):
        try:
            info = file.stat()
        except OSError as error:
            yield IngestFailure(str(file), f"cannot read ({error.strerror})")
            continue
        yield from _read_file(file, info, options)


def _read_file(path: Path, info: os.stat_result, options: _Options) -> Iterator[ReadResult]:
    source = str(path)
    if not stat.S_ISREG(info.st_mode):
        # a FIFO or a device would block the batch or never end: only regular files are read
        yield IngestFailure(source, "not a regular file (a FIFO, socket or device); not read (- reads stdin)")
        return
    if info.st_size > options.max_bytes:
        yield IngestFailure(source, f"{info.st_size} bytes is more than the limit of {options.max_bytes} "
                                    "(TACITUS_MAX_ARTICLE_BYTES)")
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as error:
        yield IngestFailure(source, f"cannot read ({error.strerror})")
        return
    yield from _read_bytes(source, data, options)


def _decode(source: str, data: bytes) -> str | IngestFailure:
    if not data.strip():
        return IngestFailure(source, "empty")
    if b"\x00" in data[:8192]:
        return IngestFailure(source, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return IngestFailure(source, f"not valid UTF-8 (byte {error.start}); convert it to UTF-8 first")


def _read_url(url: str, options: _Options) -> Iterator[ReadResult]:
    """The one network use: a URL the user names. HTML pages and feeds, by content type."""
    from tacitus.ingest.fetch import FetchError, fetch

    try:
        page = fetch(url, max_bytes=options.max_bytes, allow_private_network=options.allow_private_network)
    except FetchError as error:
        yield IngestFailure(url, str(error))
        return
    # provenance: an HTML page is stored under the URL it came from after redirects (its id follows from it);
    # the URL asked for stays the article's source_path
    if "xml" in page.content_type or "rss" in page.content_type or "atom" in page.content_type:
        yield from _feed(url, page.data)
    elif "html" in page.content_type:
        yield from _html(url, page.data, url=page.url)
    else:
        yield from _read_bytes(url, page.data, options)


def _feed(source: str, data: bytes) -> Iterator[ReadResult]:
    from tacitus.ingest.feed import feed_articles

    yield from feed_articles(source, data)


def _html(source: str, data: bytes, *, url: str | None = None) -> Iterator[ReadResult]:
    from tacitus.ingest.html import html_article

    text = _decode(source, data)
    if isinstance(text, IngestFailure):
        yield text
        return
    yield html_article(source, text, url=url)


def read_data(source: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Articles from bytes already in hand, their format told by the name ``source`` and the content."""
    yield from _read_bytes(source, data, _Options(CsvColumns(), max_bytes, jsonl=False, allow_private_network=False))


def _read_bytes(source: str, data: bytes, options: _Options) -> Iterator[ReadResult]:
    """The articles of one file's bytes; a file that gives none at all (a CSV of only its header, a crawl of
    no HTML page, a feed of no entry) is a failure too, so that no input vanishes without a word."""
    empty = True
    for result in _read_format(source, data, options):
        empty = False
        yield result
    if empty:
        yield IngestFailure(source, "no article in it")


def _read_format(source: str, data: bytes, options: _Options) -> Iterator[ReadResult]:
    if len(data) > options.max_bytes:
        yield IngestFailure(source, f"more than the limit of {options.max_bytes} bytes (TACITUS_MAX_ARTICLE_BYTES)")
        return
    plugin = reader_for(source)  # a format an installed package or the caller registered (tacitus.plugins)
    if plugin is not None:
        yield from plugin.read(source, data)
        return
    lowered = source.lower()
    if lowered.endswith((".warc", ".warc.gz")):
        from tacitus.ingest.warc import warc_articles

        yield from warc_articles(source, data)
        return
    head = data[:2048].lstrip().lower()
    if not options.jsonl:
        if lowered.endswith((".rss", ".atom", ".xml")) or head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
            yield from _feed(source, data)
            return
        if lowered.endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html")):
            yield from _html(source, data)
            return
    text = _decode(source, data)
    if isinstance(text, IngestFailure):
        yield text
        return
    suffix = Path(source).suffix.lower()
    if options.jsonl or suffix in (".jsonl", ".ndjson") or (source == "-" and text.lstrip().startswith("{")):
        yield from _read_jsonl(source, text)
    elif suffix == ".csv":
        yield from _read_csv(source, text, options.columns)
    else:
        yield from _text_article(source, text)


def _text_article(source: str, text: str) -> Iterator[ReadResult]:
    cleaned = clean_text(text)
    if not any(ch.isalpha() for ch in cleaned.body):
        yield IngestFailure(source, "no article text")
        return
    yield make_article(source=source, raw=text, body=cleaned.body, title=cleaned.title, publisher=cleaned.publisher,
                       authors=cleaned.authors, published_raw=cleaned.dateline, captions=cleaned.captions,
                       dateline_place=cleaned.dateline_place)


def _field(record: dict[str, Any], name: str) -> object:
    return next((record[key] for key in JSON_FIELDS[name] if record.get(key)), None)


def _record_article(source: str, line: int, record: dict[str, Any]) -> ReadResult:
    text = _field(record, "text")
    if not isinstance(text, str) or not text.strip():
        return IngestFailure(source, f"no text (keys: {', '.join(JSON_FIELDS['text'])})", line)
    cleaned = clean_text(text, first_line_is_title=False)
    if not any(ch.isalpha() for ch in cleaned.body):
        return IngestFailure(source, "no article text", line)
    authors = _field(record, "author")
    authors_list = [str(a) for a in authors] if isinstance(authors, list) else ([str(authors)] if authors else [])
    title = _field(record, "title")
    return make_article(source=f"{source}:{line}", raw=text, body=cleaned.body, title=str(title) if title else None,
                        url=_optional(_field(record, "url")), publisher=_optional(_field(record, "publisher")),
                        authors=authors_list, published_raw=_optional(_field(record, "published")),
                        captions=cleaned.captions, language=_optional(_field(record, "language")),
                        given_id=_optional(_field(record, "id")) if not _field(record, "url") else None,
                        dateline_place=cleaned.dateline_place)


def _optional(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_jsonl(source: str, text: str) -> Iterator[ReadResult]:
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            cut = number == len(lines) and not text.endswith("\n")
            yield IngestFailure(source, "the last line is cut short (the file ends inside a JSON object)" if cut
                                else f"not JSON ({error.msg})", number)
            continue
        if not isinstance(record, dict):
            yield IngestFailure(source, "not a JSON object", number)
            continue
        yield _record_article(source, number, record)


def _read_csv(source: str, text: str, columns: CsvColumns) -> Iterator[ReadResult]:
    csv.field_size_limit(DEFAULT_MAX_BYTES)
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or columns.text not in reader.fieldnames:
        yield IngestFailure(source, f"no {columns.text!r} column (use --text-column)")
        return
    try:
        for row in reader:
            number = reader.line_num
            if None in row or any(value is None for value in row.values()):
                yield IngestFailure(source, "a row with the wrong number of cells (a cut or broken line)", number)
                continue
            record = {"text": row.get(columns.text), "date": row.get(columns.date), "title": row.get(columns.title),
                      "source": row.get(columns.publisher), "url": row.get(columns.url), "id": row.get(columns.id)}
            yield _record_article(source, number, record)
    except csv.Error as error:
        yield IngestFailure(source, f"not readable as CSV ({error})", reader.line_num)
