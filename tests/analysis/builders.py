"""Stores with known events for the analysis tests: one article a report, each at its own place so that no two
reports merge unless a test means them to."""

from __future__ import annotations

import datetime as dt
import itertools

from tacitus.records import Article, Entity, Event, Place

_numbers = itertools.count(1)


def place(name: str, country: str = "SYR") -> Place:
    return Place(text=name, name=name, country=country, precision="city")


def event(date: str, *, category: str = "CONSULT", actors: tuple[str, ...] = ("TUR",),
          recipients: tuple[str, ...] = ("RUS",), status: str = "asserted", where: Place | None | str = "own",
          precision: str = "day", mode: str | None = None, sentence: str | None = None,
          names: dict[str, str] | None = None, score: float = 1.0, quad: int = 1, publisher: str = "Desk",
          goldstein: float = 1.0, article: str | None = None, published: str | None = None) -> tuple[Article, Event]:
    number = next(_numbers)
    key = article or f"art-{number}"
    text = sentence or f"Report {number} of {category} between {', '.join(actors + recipients)}."
    names = names or {}
    article = Article(id=key, raw_text=text, body=text, url=f"https://example.invalid/{key}", publisher=publisher,
                      title=f"Story {number}",
                      published=published or (date[:10] if len(date) >= 10 else f"{date}-01"),
                      published_precision="day", language="en")
    report = Event(id=f"m-{number}", doc_id=key, event=category,  # type: ignore[arg-type]
                   actor=[Entity(text=names.get(c, c), name=names.get(c, c), country=c, kind="state") for c in actors],
                   recipient=[Entity(text=names.get(c, c), name=names.get(c, c), country=c, kind="state")
                              for c in recipients],
                   date=date, date_precision=precision, status=status, sentence=text,  # type: ignore[arg-type]
                   confidence=0.9, mode=mode, event_loc=place(f"Town {number}") if where == "own" else where,  # type: ignore[arg-type], sentence_index=0,
                   trigger="x", start_char=0, end_char=len(text), quad_class=quad, score=score,  # type: ignore[arg-type]
                   goldstein=goldstein)
    return article, report


def save(store: object, items: list[tuple[Article, Event]]) -> None:
    """Each article once, with all its reports (the first report's article text and date stand for it)."""
    articles: dict[str, tuple[Article, list[Event]]] = {}
    for article, report in items:
        articles.setdefault(article.id, (article, []))[1].append(report)
    for article, reports in articles.values():
        store.save_article(article, events=reports)  # type: ignore[attr-defined]


def day(week_monday: str, offset: int) -> str:
    return (dt.date.fromisoformat(week_monday) + dt.timedelta(days=offset)).isoformat()
