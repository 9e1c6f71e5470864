"""What every reader yields: an ``Article`` (built by ``make_article``) or an ``IngestFailure``.

A leaf module: the format readers (feed, html, warc, plugins) and ``sources`` all import it, and it imports
none of them, so the readers never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.clock import utc_now
from tacitus.ingest.dates import parse_published
from tacitus.ingest.ids import article_id
from tacitus.ingest.language import detect_language
from tacitus.records import Article


@dataclass(frozen=True)
class IngestFailure:
    """A source, or one record of it (``line``: its line number, or its entry number in a feed), that gave
    no article, and why."""

    source: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


ReadResult = Article | IngestFailure


def make_article(*, source: str, raw: str, body: str, title: str | None, url: str | None = None,
                 publisher: str | None = None, authors: list[str] | None = None, published_raw: str | None = None,
                 captions: list[str] | None = None, language: str | None = None, given_id: str | None = None,
                 dateline_place: str | None = None) -> Article:
    published, precision = parse_published(published_raw)
    return Article(id=given_id or article_id(url=url, body=body), raw_text=raw, body=body, url=url,
                   publisher=publisher, title=title, authors=authors or [], published=published,
                   published_precision=precision, published_raw=published_raw, fetched_at=utc_now(timespec="seconds"),
                   language=language or detect_language(body), captions=captions or [], source_path=source,
                   dateline_place=dateline_place)
