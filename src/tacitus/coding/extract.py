"""The coder's public API: text in, PLOVER events out."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from tacitus.coding.classifier import load_classifier
from tacitus.coding.events import ArticleContext, code_document
from tacitus.coding.review import review_events
from tacitus.config import Settings
from tacitus.errors import InputError
from tacitus.knowledge import load_gazetteer, load_registry
from tacitus.nlp import NlpPipeline, ParsedDoc
from tacitus.records import Event


@dataclass
class DocumentInput:
    doc_id: str
    text: str
    published: dt.date | str | None = None
    title: str | None = None


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


def code_parsed(parsed: ParsedDoc, *, published: dt.date | str | None, settings: Settings | None = None) -> list[Event]:
    """Code an article the NLP layer has already parsed (the ingest pipeline's entry point)."""
    settings = settings or Settings()
    day = parse_published(published)
    context = ArticleContext(doc_id=parsed.doc_id, text=parsed.text, published=day,
                             actors=load_registry(settings).for_article(parsed.text, date=day),
                             gazetteer=load_gazetteer(settings))
    events = code_document(parsed, context)
    if settings.classifier == "on":
        events = review_events(events, load_classifier(settings.embedding_model), parsed)
    else:
        events = [e for e in events if not e.needs_confirmation]
    return [e for e in events if e.confidence >= settings.min_confidence]


def code_documents(docs: Iterable[DocumentInput], *, settings: Settings | None = None) -> Iterator[CodedDocument]:
    """Code many documents with one batched parse; yields one CodedDocument per input, in input order."""
    settings = settings or Settings()
    documents = list(docs)
    published = [parse_published(d.published) for d in documents]
    pipeline = NlpPipeline(settings)
    for day, parsed in zip(published, pipeline.parse((d.doc_id, d.text) for d in documents)):
        events = code_parsed(parsed, published=day, settings=settings)
        yield CodedDocument(parsed.doc_id, events, len(parsed.sentences), parsed.skipped)


def extract_documents(docs: Iterable[DocumentInput], *, settings: Settings | None = None) -> Iterator[tuple[str, list[Event]]]:
    """Code many documents with one batched parse; yields (doc_id, events) in input order."""
    for coded in code_documents(docs, settings=settings):
        yield coded.doc_id, coded.events


def extract(text: str, *, published: dt.date | str | None = None, doc_id: str | None = None,
            settings: Settings | None = None) -> list[Event]:
    """Code one text: ``tacitus.extract("Putin visited Ankara on Monday.", published="2020-01-08")``."""
    doc_id = doc_id or "d-" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
    return next(extract_documents([DocumentInput(doc_id, text, published)], settings=settings))[1]
