"""HTML pages: trafilatura finds the article text and metadata, htmldate the publication date (offline)."""

from __future__ import annotations

import logging

from tacitus.ingest.clean import clean_text
from tacitus.ingest.records import IngestFailure, ReadResult, make_article

log = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 8  # fewer is a menu or a caption, not an article


def html_article(source: str, html: str, *, url: str | None = None, date: str | None = None) -> ReadResult:
    """An Article, or the failure that says why there is none."""
    import htmldate
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as error:  # trafilatura raises many parser errors on broken markup
        return IngestFailure(source, f"cannot parse the HTML ({type(error).__name__})")
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        return IngestFailure(source, "no article text in the page")
    title = getattr(document, "title", None)
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    published = date or getattr(document, "date", None)
    if not published:
        try:
            published = htmldate.find_date(html, extensive_search=False, url=url)
        except Exception:  # htmldate gives up on malformed pages; the date stays unknown
            published = None
    author = getattr(document, "author", None)
    cleaned = clean_text(text, first_line_is_title=False)
    if not any(ch.isalpha() for ch in cleaned.body):
        return IngestFailure(source, "no article text in the page")
    return make_article(source=source, raw=html, body=cleaned.body, title=title, url=url or getattr(document, "url", None),
                        publisher=getattr(document, "sitename", None), authors=[a.strip() for a in author.split(";")]
                        if author else [], published_raw=published, captions=cleaned.captions,
                        dateline_place=cleaned.dateline_place)
