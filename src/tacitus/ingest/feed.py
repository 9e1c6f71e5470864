"""RSS and Atom feeds (feedparser): one article per entry, from its content or summary."""

from __future__ import annotations

import re
from typing import Iterator

from tacitus.records import Article

_TAGS = re.compile(r"<[^>]+>")


def feed_articles(source: str, data: bytes) -> Iterator["Article | tuple[str, str]"]:
    """Articles, or (where, reason) failures for entries and feeds that cannot be read."""
    import feedparser

    from tacitus.ingest.sources import make_article

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield (source, f"not a readable feed ({type(parsed.bozo_exception).__name__})")
        return
    publisher = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        text = _TAGS.sub(" ", html or "").strip()
        if not text:
            yield (f"{source}#{number}", "entry has no text")
            continue
        yield make_article(source=f"{source}#{number}", raw=html, body=re.sub(r"[ \t]+", " ", text),
                           title=entry.get("title"), url=entry.get("link"), publisher=publisher,
                           authors=[entry["author"]] if entry.get("author") else [],
                           published_raw=entry.get("published") or entry.get("updated"))
