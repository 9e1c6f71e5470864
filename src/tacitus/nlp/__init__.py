"""The NLP layer: the only place that loads and runs spaCy."""

from tacitus.nlp.pipeline import NlpPipeline, ParsedDoc, ParsedSentence

__all__ = ["NlpPipeline", "ParsedDoc", "ParsedSentence"]
