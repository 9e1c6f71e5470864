"""Articles: insert, revisions, listing.

An article id is a hash of its URL (or of its body when it has none). The same id with the same body is a
duplicate and writes nothing. A changed body at the same URL is a revision: the earlier text is kept, renamed
``<id>~r<n>`` and no longer current, its coded events withdrawn; the new text takes the id and is current.
"""

from __future__ import annotations

import json
from typing import Iterator

from sqlalchemy import Connection, or_, select, update

from tacitus.records import Article
from tacitus.store.schema import articles


def article_row(article: Article, revision: int) -> dict[str, object]:
    row = article.to_dict()
    row["authors"] = json.dumps(row["authors"], ensure_ascii=False)
    row["captions"] = json.dumps(row["captions"], ensure_ascii=False)
    row["revision"] = revision
    row["is_current"] = 1
    return row


def is_stored(conn: Connection, article: Article) -> bool:
    """The same text is stored already, under the article's id or, as the current revision, its URL."""
    return _compare(conn, article)[0] == "duplicate"


def store_article(conn: Connection, article: Article) -> tuple[str, str | None]:
    """Insert the article; returns ("new" | "duplicate" | "revision", id of the superseded revision or None).

    The caller withdraws the superseded revision's events *before* this renames it (see Store.save_article).
    """
    outcome, previous = _compare(conn, article)
    if outcome == "new":
        conn.execute(articles.insert().values(**article_row(article, 1)))
    return outcome, previous


def _compare(conn: Connection, article: Article) -> tuple[str, str | None]:
    """What storing the article would be: new, a duplicate, or a revision of the stored one it names."""
    same_id = conn.execute(select(articles.c.id, articles.c.body, articles.c.revision)
                           .where(articles.c.id == article.id)).first()
    if same_id is not None and same_id.body == article.body:
        return "duplicate", None
    previous = same_id
    if previous is None and article.url:
        previous = conn.execute(select(articles.c.id, articles.c.body, articles.c.revision)
                                .where(articles.c.url == article.url, articles.c.is_current == 1)).first()
        if previous is not None and previous.body == article.body:
            return "duplicate", None
    if previous is None:
        return "new", None
    return "revision", previous.id


def supersede(conn: Connection, article: Article, previous_id: str) -> None:
    """Keep the earlier text under ``<id>~r<n>``, not current, and store the new one as current."""
    revision = conn.execute(select(articles.c.revision).where(articles.c.id == previous_id)).scalar_one()
    archived = previous_id if previous_id != article.id else f"{article.id}~r{revision}"
    conn.execute(update(articles).where(articles.c.id == previous_id).values(id=archived, is_current=0))
    conn.execute(articles.insert().values(**article_row(article, revision + 1)))


def iter_articles(conn: Connection, *, publisher: str | None = None, start: str | None = None,
                  end: str | None = None, language: str | None = None,
                  include_revisions: bool = False) -> Iterator[Article]:
    """Stored articles by publication date (current revisions unless asked), streamed."""
    query = select(articles).order_by(articles.c.published, articles.c.id)
    if not include_revisions:
        query = query.where(articles.c.is_current == 1)
    if publisher:
        query = query.where(articles.c.publisher == publisher)
    if start:
        query = query.where(articles.c.published >= start)
    if end:
        # "2020-03-05T10:00" sorts after "2020-03-05": compare with the day's last possible string.
        query = query.where(or_(articles.c.published <= end, articles.c.published.like(f"{end}%")))
    if language:
        query = query.where(articles.c.language == language)
    for row in conn.execute(query.execution_options(yield_per=500)):
        data = dict(row._mapping)
        data.pop("revision")
        data.pop("is_current")
        data["authors"] = json.loads(data["authors"])
        data["captions"] = json.loads(data["captions"])
        yield Article(**data)
