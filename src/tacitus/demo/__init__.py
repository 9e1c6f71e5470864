"""The demo: a bundled corpus of sample articles and the summary ``tacitus demo`` prints after coding it."""

from tacitus.demo.articles import DemoArticle, corpus_path, load_corpus

__all__ = ["DemoArticle", "corpus_path", "load_corpus"]
