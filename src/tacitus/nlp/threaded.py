"""spaCy's parse in a thread of its own, so that coding the documents already parsed overlaps with it.

In one process, the parser and the coder take turns: the coder waits while a batch is parsed, the parser
while the coder reads and stores what came out. Most of the parse (the networks' matrix products) and
of the classifier's embedding runs without the interpreter's lock, so with the parse in a thread of its
own both use a core at once. The input is still read in the caller's thread, a window of items ahead of
the parse: what reading touches (the store, which checks that an article is new) stays in one thread.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Iterable, Iterator, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

C = TypeVar("C")


class _End:
    """The end of a queue: no more input, or no more output."""


@dataclass
class _Failed:
    error: BaseException


def threaded_pipe(language: Language, items: Iterable[tuple[str, C]], batch_size: int) -> Iterator[tuple[Doc, C]]:
    """``language.pipe(items, as_tuples=True)``, the same documents in the same order, parsed in a thread
    while the caller works on the ones given back."""
    inputs: queue.Queue[tuple[str, C] | _End] = queue.Queue()
    outputs: queue.Queue[tuple[Doc, C] | _End | _Failed] = queue.Queue()

    def fed() -> Iterator[tuple[str, C]]:
        while not isinstance(item := inputs.get(), _End):
            yield item

    def parse() -> None:
        try:
            for result in language.pipe(fed(), as_tuples=True, batch_size=batch_size):
                outputs.put(result)
        except BaseException as error:  # given to the caller, who raises it
            outputs.put(_Failed(error))
        outputs.put(_End())

    def taken() -> tuple[Doc, C]:
        result = outputs.get()
        if isinstance(result, _Failed):
            raise result.error
        assert not isinstance(result, _End), "the parser gives back one document per input"
        return result

    thread = threading.Thread(target=parse, name="tacitus-parse", daemon=True)
    thread.start()
    # the parser waits for a whole batch before it gives anything back: two batches in flight keep it busy
    window = 2 * max(1, batch_size)
    sent = received = 0
    try:
        for item in items:
            inputs.put(item)
            sent += 1
            while sent - received >= window:
                yield taken()
                received += 1
        inputs.put(_End())
        while received < sent:
            yield taken()
            received += 1
    finally:
        inputs.put(_End())  # on an early stop the parser ends its batch and its thread
