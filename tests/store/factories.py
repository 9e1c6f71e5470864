"""Small hand-built articles and event reports for the store tests (and the writer subprocesses)."""

from __future__ import annotations

from tacitus.records import Article, Entity, Event, Place

ISTANBUL = Place(text="Istanbul", name="Istanbul", country="TUR", lat=41.01, lon=28.97, precision="city")


def article(key: str, *, publisher: str = "Desk", published: str = "2020-03-06", url: str | None = None,
            body: str | None = None) -> Article:
    text = body or f"Body of {key}."
    return Article(id=key, raw_text=text, body=text, url=url, publisher=publisher, title=f"Title {key}",
                   published=published, published_precision="day", language="en", captions=["a caption"],
                   authors=["A. Writer"], fetched_at="2020-03-07T00:00:00Z", dateline_place="Ankara")


def report(number: int, *, article_id: str, category: str = "CONSULT", actors: tuple[str, ...] = ("TUR",),
           recipients: tuple[str, ...] = ("RUS",), date: str | None = "2020-03-05", precision: str = "day",
           status: str = "asserted", place: Place | None = ISTANBUL, mode: str | None = "visit",
           sentence: str = "Erdogan met Putin.", quad: int = 1, score: float = 1.0) -> Event:
    return Event(id=f"m-{article_id}-{number}", doc_id=article_id, event=category,
                 actor=[Entity(text=c, name=c.title(), country=c, kind="state") for c in actors],
                 recipient=[Entity(text=c, name=c.title(), country=c, kind="state") for c in recipients],
                 date=date, date_precision=precision, status=status, sentence=sentence, confidence=0.8,  # type: ignore[arg-type]
                 mode=mode, context=["diplomatic"], event_loc=place, sentence_index=number, trigger="met",
                 start_char=0, end_char=len(sentence), quad_class=quad, score=score, cameo="040", goldstein=1.0)
