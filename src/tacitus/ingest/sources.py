"""Reading sources into Articles: text, JSON lines, CSV, HTML, RSS/Atom, WARC, folders, URLs and stdin.

Each source yields results one by one; a source that cannot be read yields a failure with its reason and
the batch goes on.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from tacitus.clock import utc_now
from tacitus.ingest.clean import clean_text
from tacitus.ingest.dates import parse_published
from tacitus.ingest.ids import article_id
from tacitus.ingest.language import detect_language
from tacitus.plugins import reader_for
from tacitus.records import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
URL_TIMEOUT_SECONDS = 30
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


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class CsvColumns:
    text: str = "text"
    date: str = "date"
    title: str = "title"
    publisher: str = "source"
    url: str = "url"
    id: str = "id"


ReadResult = Article | Failure


def read_sources(sources: Sequence[str], *, publisher: str | None = None, published: str | None = None,
                 csv_columns: CsvColumns | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    for source in sources:
        for result in _read_source(source, csv_columns or CsvColumns(), max_bytes):
            if isinstance(result, Article):
                if publisher:
                    result.publisher = publisher
                if published:
                    result.published, result.published_precision = parse_published(published)
                    result.published_raw = published
            yield result


def _read_source(source: str, columns: CsvColumns, max_bytes: int) -> Iterator[ReadResult]:
    if source.startswith(("http://", "https://")):
        yield from _read_url(source, columns, max_bytes)
        return
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        yield from _read_bytes("-", data, columns, max_bytes)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts))
        for file in files:
            yield from _read_source(str(file), columns, max_bytes)
        return
    if not path.exists():
        yield Failure(source, "no such file or directory")
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Failure(source, f"{size} bytes is more than the limit of {max_bytes} (TACITUS_MAX_ARTICLE_BYTES)")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Failure(source, f"cannot read ({error.strerror})")
        return
    yield from _read_bytes(source, data, columns, max_bytes)


def _decode(source: str, data: bytes) -> str | Failure:
    if not data.strip():
        return Failure(source, "empty")
    if b"\x00" in data[:8192]:
        return Failure(source, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Failure(source, f"not valid UTF-8 (byte {error.start}); convert it to UTF-8 first")


def _read_url(url: str, columns: CsvColumns, max_bytes: int) -> Iterator[ReadResult]:
    """The one network use: a URL the user names. HTML pages and feeds, by content type."""
    from urllib.error import URLError
    from urllib.request import Request, urlopen

    try:
        with urlopen(Request(url, headers={"User-Agent": "tacitus"}), timeout=URL_TIMEOUT_SECONDS) as response:
            data = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
    except (URLError, OSError, ValueError) as error:
        yield Failure(url, f"cannot fetch ({getattr(error, 'reason', error)})")
        return
    if "xml" in kind or "rss" in kind or "atom" in kind:
        yield from _feed(url, data)
    elif "html" in kind:
        yield from _html(url, data, url=url)
    else:
        yield from _read_bytes(url, data, columns, max_bytes)


def _feed(source: str, data: bytes) -> Iterator[ReadResult]:
    from tacitus.ingest.feed import feed_articles

    for result in feed_articles(source, data):
        yield result if isinstance(result, Article) else Failure(*result)


def _html(source: str, data: bytes, *, url: str | None = None) -> Iterator[ReadResult]:
    from tacitus.ingest.html import html_article

    text = _decode(source, data)
    if isinstance(text, Failure):
        yield text
        return
    result = html_article(source, text, url=url)
    yield result if isinstance(result, Article) else Failure(source, result)


def read_data(source: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Articles from bytes already in hand, their format told by the name ``source`` and the content."""
    yield from _read_bytes(source, data, CsvColumns(), max_bytes)


def _read_bytes(source: str, data: bytes, columns: CsvColumns, max_bytes: int) -> Iterator[ReadResult]:
    if len(data) > max_bytes:
        yield Failure(source, f"more than the limit of {max_bytes} bytes (TACITUS_MAX_ARTICLE_BYTES)")
        return
    plugin = reader_for(source)  # a format an installed package or the caller registered (tacitus.plugins)
    if plugin is not None:
        yield from plugin.read(source, data)
        return
    lowered = source.lower()
    if lowered.endswith((".warc", ".warc.gz")):
        from tacitus.ingest.warc import warc_articles

        for result in warc_articles(source, data):
            yield result if isinstance(result, Article) else Failure(*result)
        return
    head = data[:2048].lstrip().lower()
    if lowered.endswith((".rss", ".atom", ".xml")) or head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        yield from _feed(source, data)
        return
    if lowered.endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html")):
        yield from _html(source, data)
        return
    text = _decode(source, data)
    if isinstance(text, Failure):
        yield text
        return
    suffix = Path(source).suffix.lower()
    if suffix in (".jsonl", ".ndjson") or (source == "-" and text.lstrip().startswith("{")):
        yield from _read_jsonl(source, text)
    elif suffix == ".csv":
        yield from _read_csv(source, text, columns)
    else:
        yield from _text_article(source, text)


def make_article(*, source: str, raw: str, body: str, title: str | None, url: str | None = None,
                 publisher: str | None = None, authors: list[str] | None = None, published_raw: str | None = None,
                 captions: list[str] | None = None, language: str | None = None, given_id: str | None = None) -> Article:
    published, precision = parse_published(published_raw)
    return Article(id=given_id or article_id(url=url, body=body), raw_text=raw, body=body, url=url,
                   publisher=publisher, title=title, authors=authors or [], published=published,
                   published_precision=precision, published_raw=published_raw, fetched_at=utc_now(timespec="seconds"),
                   language=language or detect_language(body), captions=captions or [], source_path=source)


def _text_article(source: str, text: str) -> Iterator[ReadResult]:
    cleaned = clean_text(text)
    if not any(ch.isalpha() for ch in cleaned.body):
        yield Failure(source, "no article text")
        return
    yield make_article(source=source, raw=text, body=cleaned.body, title=cleaned.title, publisher=cleaned.publisher,
                       authors=cleaned.authors, published_raw=cleaned.dateline, captions=cleaned.captions)


def _field(record: dict[str, Any], name: str) -> object:
    return next((record[key] for key in JSON_FIELDS[name] if record.get(key)), None)


def _record_article(source: str, record: dict[str, Any]) -> ReadResult:
    text = _field(record, "text")
    if not isinstance(text, str) or not text.strip():
        return Failure(source, "no text")
    cleaned = clean_text(text, first_line_is_title=False)
    authors = _field(record, "author")
    authors_list = [str(a) for a in authors] if isinstance(authors, list) else ([str(authors)] if authors else [])
    title = _field(record, "title")
    return make_article(source=source, raw=text, body=cleaned.body, title=str(title) if title else None,
                        url=_optional(_field(record, "url")), publisher=_optional(_field(record, "publisher")),
                        authors=authors_list, published_raw=_optional(_field(record, "published")),
                        captions=cleaned.captions, language=_optional(_field(record, "language")),
                        given_id=_optional(_field(record, "id")) if not _field(record, "url") else None)


def _optional(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_jsonl(source: str, text: str) -> Iterator[ReadResult]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(where, f"not JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield Failure(where, "not a JSON object")
            continue
        yield _record_article(where, record)


def _read_csv(source: str, text: str, columns: CsvColumns) -> Iterator[ReadResult]:
    csv.field_size_limit(DEFAULT_MAX_BYTES)
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or columns.text not in reader.fieldnames:
        yield Failure(source, f"no {columns.text!r} column (use --text-column)")
        return
    for number, row in enumerate(reader, start=2):
        where = f"{source}:{number}"
        record = {"text": row.get(columns.text), "date": row.get(columns.date), "title": row.get(columns.title),
                  "source": row.get(columns.publisher), "url": row.get(columns.url), "id": row.get(columns.id)}
        yield _record_article(where, record)
