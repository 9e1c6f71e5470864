"""Coding a stream of articles with one parse: the parser (and its worker processes) sees every English
article of an ingest as one long stream instead of a fresh batch at a time, and the articles it does not
code (other languages, ``--no-code``) pass through in their places."""

from __future__ import annotations

import itertools
import logging
from collections import deque
from typing import Callable, Iterable, Iterator

from tacitus.config import Settings
from tacitus.ingest.language import is_coded_language
from tacitus.records import Article, Event

log = logging.getLogger(__name__)


def codes(article: Article, code: bool = True) -> bool:
    """Whether the coder reads this article: English, or a language nobody could tell."""
    return code and is_coded_language(article.language)


def code_articles(articles: Iterable[Article], *, settings: Settings, code: bool = True,
                  on_skipped: Callable[[Article, list[str]], None] | None = None,
                  ) -> Iterator[tuple[Article, list[Event] | None]]:
    """Each article with its events, in input order; None for an article that is not coded. ``on_skipped``
    hears of an article coded only in part (over a limit of TACITUS_MAX_ARTICLE_*), with the reasons."""
    waiting: deque[Article] = deque()  # read, not yet given back: the parser reads ahead

    def to_parse() -> Iterator[tuple[str, str, str | None, str | None]]:
        for article in articles:
            waiting.append(article)
            if codes(article, code):
                yield article.id, article.body, article.published, article.dateline_place

    def passed_through() -> Iterator[tuple[Article, None]]:
        while waiting and not codes(waiting[0], code):
            article = waiting.popleft()
            log.info("%s: language %s; stored, not coded", article.source_path or article.id, article.language)
            yield article, None

    articles = iter(articles)
    head: list[Article] = []
    for article in articles:  # the parser loads only once there is something to parse
        head.append(article)
        if codes(article, code):
            break
    else:
        for article in head:
            if code:
                log.info("%s: language %s; stored, not coded", article.source_path or article.id, article.language)
            yield article, None
        return
    articles = itertools.chain(head, articles)
    from tacitus.scale.processes import code_stream

    for coded in code_stream(to_parse(), settings):
        yield from passed_through()
        article = waiting.popleft()
        assert article.id == coded.doc_id, "documents are coded and given back in input order"
        if coded.skipped and on_skipped:
            on_skipped(article, list(coded.skipped))
        yield article, coded.events
    yield from passed_through()
