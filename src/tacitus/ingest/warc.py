"""WARC files (warcio): every HTML response record becomes an article through the HTML reader."""

from __future__ import annotations

import io
from typing import Iterator

from tacitus.ingest.html import html_article
from tacitus.records import Article


def warc_articles(source: str, data: bytes) -> Iterator["Article | tuple[str, str]"]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read().decode("utf-8", errors="replace")
            result = html_article(f"{source}#{uri}", html, url=uri,
                                  date=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None)
            yield result if isinstance(result, Article) else (f"{source}#{uri}", result)
    except ArchiveLoadFailed as error:
        yield (source, f"not a readable WARC file ({error})")
