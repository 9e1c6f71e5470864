"""RSS and Atom feeds (feedparser): one article per entry, from its content or summary."""

from __future__ import annotations

import re
from typing import Iterator

from tacitus.ingest.records import IngestFailure, ReadResult, make_article

_TAGS = re.compile(r"<[^>]+>")


def feed_articles(source: str, data: bytes) -> Iterator[ReadResult]:
    """Articles, or failures for entries (numbered from 1) and feeds that cannot be read."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield IngestFailure(source, f"not a readable feed ({type(parsed.bozo_exception).__name__})")
        return
    publisher = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        text = _TAGS.sub(" ", html or "").strip()
        if not text:
            yield IngestFailure(source, "entry has no text", number)
            continue
        yield make_article(source=f"{source}#{number}", raw=html, body=re.sub(r"[ \t]+", " ", text),
                           title=entry.get("title"), url=entry.get("link"), publisher=publisher,
                           authors=[entry["author"]] if entry.get("author") else [],
                           published_raw=entry.get("published") or entry.get("updated"))
