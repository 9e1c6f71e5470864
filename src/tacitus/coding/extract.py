"""The coder's public API: text in, PLOVER events out."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from tacitus.coding.classifier import load_classifier
from tacitus.coding.context import ArticleEntities, main_country
from tacitus.coding.events import ArticleContext, code_document
from tacitus.coding.review import review_documents
from tacitus.config import Settings
from tacitus.errors import InputError
from tacitus.knowledge import load_gazetteer, load_registry
from tacitus.nlp import ParsedDoc
from tacitus.records import Event


@dataclass
class DocumentInput:
    doc_id: str
    text: str
    published: dt.date | str | None = None
    title: str | None = None
    dateline_place: str | None = None  # where its wire dateline says it was filed ("Nairobi")


@dataclass
class CodedDocument:
    """A document's events, and how much of it the parser could read (``skipped`` says why not)."""

    doc_id: str
    events: list[Event]
    sentences: int
    skipped: list[str]


def parse_published(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"published date {value!r} is not a date (use YYYY-MM-DD)") from None


# Documents whose events the classifier reads in one batch: a big batch embeds faster than many small ones.
REVIEW_BATCH = 64


def code_parsed(parsed: ParsedDoc, *, published: dt.date | str | None, settings: Settings | None = None,
                dateline_place: str | None = None) -> list[Event]:
    """Code an article the NLP layer has already parsed."""
    return next(code_parsed_many([(parsed, published, dateline_place)], settings=settings))[1]


def code_parsed_many(documents: Iterable[tuple[ParsedDoc, dt.date | str | None, str | None]], *,
                     settings: Settings | None = None) -> Iterator[tuple[ParsedDoc, list[Event]]]:
    """Code parsed articles (with their publication dates and datelines' places); yields (parsed, events) in
    input order.

    The lexicon codes each article on its own; the classifier then reviews the events of up to
    ``REVIEW_BATCH`` articles at once.
    """
    settings = settings or Settings()
    batch: list[tuple[ParsedDoc, list[Event]]] = []
    for parsed, published, dateline in documents:
        batch.append((parsed, _bounded(parsed, _code_lexically(parsed, parse_published(published), settings, dateline),
                                       settings.max_article_events)))
        if len(batch) >= REVIEW_BATCH:
            yield from _review(batch, settings)
            batch = []
    yield from _review(batch, settings)


def lexical_events(parsed: ParsedDoc, published: dt.date | str | None, settings: Settings | None = None) -> list[Event]:
    """An article's events as the lexicon codes them, before the classifier reviews them (some still
    ``needs_confirmation``): what the classifier's benchmark measures its veto on."""
    settings = settings or Settings()
    return _bounded(parsed, _code_lexically(parsed, parse_published(published), settings), settings.max_article_events)


def _code_lexically(parsed: ParsedDoc, day: dt.date | None, settings: Settings,
                    dateline: str | None = None) -> list[Event]:
    gazetteer = load_gazetteer(settings)
    text = parsed.text
    if len(text) > settings.max_article_chars:  # the people and countries of the part that was parsed
        text = text[:parsed.sentences[-1].end_char] if parsed.sentences else ""
    filed_in = gazetteer.resolve(dateline) if dateline else None
    home = filed_in.country if filed_in is not None else None
    countries = sorted(gazetteer.countries_in(text) | ({home} if home else set()))
    actors = load_registry(settings).for_article(text, date=day, countries=countries,
                                                 named=sorted(gazetteer.countries_in(text, by_name=True)))
    entities = ArticleEntities()
    context = ArticleContext(doc_id=parsed.doc_id, published=day, actors=actors, gazetteer=gazetteer,
                             article_countries=countries, entities=entities,
                             main_country=main_country((s.span for s in parsed.sentences), actors, gazetteer,
                                                       entities, dateline_country=home))
    return code_document(parsed, context)


def _bounded(parsed: ParsedDoc, events: list[Event], limit: int) -> list[Event]:
    """The first ``limit`` events of an article, before the classifier reads them: its cost grows with each."""
    if len(events) <= limit:
        return events
    parsed.skipped.append(f"kept the first {limit} of {len(events)} events found (TACITUS_MAX_ARTICLE_EVENTS)")
    return events[:limit]


def _review(batch: list[tuple[ParsedDoc, list[Event]]],
            settings: Settings) -> Iterator[tuple[ParsedDoc, list[Event]]]:
    if settings.classifier == "on" and any(events for _, events in batch):
        classifier = load_classifier()
        reviewed = review_documents([(events, parsed) for parsed, events in batch], classifier)
    else:
        reviewed = [[e for e in events if not e.needs_confirmation] for _, events in batch]
    for (parsed, _), events in zip(batch, reviewed):
        for event in events:
            if parsed.counted_until is not None and (event.start_char or 0) >= parsed.counted_until:
                event.sentence_index = None  # the prefilter skipped sentences before it: its number is unknown
        yield parsed, [e for e in events if e.confidence >= settings.min_confidence]


def code_documents(docs: Iterable[DocumentInput], *, settings: Settings | None = None) -> Iterator[CodedDocument]:
    """Code many documents with one batched parse; yields one CodedDocument per input, in input order."""
    from tacitus.scale.processes import code_stream  # which imports this module

    documents = [(d.doc_id, d.text, parse_published(d.published), d.dateline_place) for d in docs]
    yield from code_stream(documents, settings or Settings())


def extract_documents(docs: Iterable[DocumentInput], *, settings: Settings | None = None) -> Iterator[tuple[str, list[Event]]]:
    """Code many documents with one batched parse; yields (doc_id, events) in input order."""
    for coded in code_documents(docs, settings=settings):
        yield coded.doc_id, coded.events


def extract(text: str, *, published: dt.date | str | None = None, doc_id: str | None = None,
            settings: Settings | None = None) -> list[Event]:
    """Code one text: ``tacitus.extract("Putin visited Ankara on Monday.", published="2020-01-08")``."""
    doc_id = doc_id or "d-" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
    return next(extract_documents([DocumentInput(doc_id, text, published)], settings=settings))[1]
