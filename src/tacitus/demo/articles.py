"""The bundled demo corpus: articles written by the Tacitus developers about real events (2019-10..2020-03).

The file ships with the package (``tacitus/demo/corpus/articles.jsonl``); ``corpus/README.md`` says
what it is. Outlets and URLs are fictional (``https://demo.tacitus.invalid/...``).
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

CORPUS_FILE = "articles.jsonl"
FIELDS: tuple[str, ...] = ("id", "url", "title", "publisher", "published", "author", "text")


@dataclass(frozen=True)
class DemoArticle:
    """One line of ``articles.jsonl``, as written (the ingest JSONL reader turns it into an ``Article``)."""

    id: str
    url: str
    title: str
    publisher: str
    published: str  # YYYY-MM-DD
    author: str
    text: str


def corpus_path() -> AbstractContextManager[Path]:
    """A context manager yielding a real file path of the corpus, even from a zipped install."""
    return resources.as_file(resources.files("tacitus.demo") / "corpus" / CORPUS_FILE)


@cache
def load_corpus() -> tuple[DemoArticle, ...]:
    """All demo articles, in file order (by publication date)."""
    source = resources.files("tacitus.demo") / "corpus" / CORPUS_FILE
    lines = source.read_text(encoding="utf-8").splitlines()
    return tuple(DemoArticle(**{k: json.loads(line)[k] for k in FIELDS}) for line in lines if line.strip())
