"""WARC files (warcio): every HTML response record becomes an article through the HTML reader.

A crawl cut short (a full disk, a killed crawler, a partial download) must not pass for a whole one: a
record whose block is shorter than its declared Content-Length, a record cut in its headers and a gzip
member without its end are failures, never articles with half a body.
"""

from __future__ import annotations

import io
import zlib
from typing import Any, Iterator

from tacitus.ingest.html import html_article
from tacitus.ingest.records import IngestFailure, ReadResult


def warc_articles(source: str, data: bytes) -> Iterator[ReadResult]:
    cut = _cut_gzip_member(data)
    if cut is not None:
        yield IngestFailure(source, f"the file is cut short (its last gzip member ends at byte {cut} without its end); "
                                    "records in it are not read")
        data = data[:cut]
    records = _records(data)
    number, pending = 0, None
    try:
        for number, record in enumerate(records, start=1):
            # a record is judged when the next one is found: only then does warcio see whether the first
            # ended where its Content-Length said
            if pending is not None:
                yield pending if records.err_count == 0 else _misplaced(pending, number - 1)
            records.err_count = 0
            pending = _record_result(source, number, record)
    except Exception as error:  # warcio raises what its parsers raise on cut or foreign data
        if pending is not None:
            yield pending
            pending = None
        what = f"record {number + 1} is cut or broken" if number else "not a readable WARC file"
        yield IngestFailure(source, f"{what} ({type(error).__name__}: {error})")
    if pending is not None:
        yield pending if records.err_count == 0 else _misplaced(pending, number)


def _records(data: bytes) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # counted in err_count and reported as a failure, not printed on stderr by warcio

    return QuietIterator(io.BytesIO(data))


def _record_result(source: str, number: int, record: Any) -> ReadResult | None:
    """The article of an HTML response record, a failure for a record cut short, None for other records."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    is_html = record.rec_type == "response" and record.http_headers is not None \
        and "html" in (record.http_headers.get_header("Content-Type") or "")
    payload = record.content_stream().read() if is_html else record.raw_stream.read()
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return IngestFailure(f"{source}#{uri}", f"record {number} is cut short ({missing} of its {record.length} "
                                                "bytes missing); not stored")
    if not is_html:
        return None
    return html_article(f"{source}#{uri}", payload.decode("utf-8", errors="replace"), url=uri,
                        date=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None)


def _misplaced(result: ReadResult, number: int) -> IngestFailure:
    where = result.source if isinstance(result, IngestFailure) else str(result.source_path)
    return IngestFailure(where, f"record {number} does not end where its Content-Length says (a damaged file); "
                                "not stored")


def _cut_gzip_member(data: bytes) -> int | None:
    """Where the gzip member that is cut short begins, or None when every member is whole (or not gzip)."""
    view = memoryview(data)
    position = 0
    while data.startswith(b"\x1f\x8b", position):
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        offset = position
        try:
            while not member.eof:
                if offset >= len(data):
                    return position
                member.decompress(view[offset:offset + _CHUNK])  # the text itself is not kept: only checked
                offset = min(offset + _CHUNK, len(data))
        except zlib.error:
            return position
        position = offset - len(member.unused_data)
    return None


_CHUNK = 1 << 16
