"""Putting one of our components in the place of a spaCy one, which stays in the pipeline disabled (its tables
are still read: the prefilter reads the lemmatizer's and the ruler's)."""

from __future__ import annotations

from spacy.language import Language


def stand_in(nlp: Language, name: str, factory: str) -> None:
    """Disable the component ``name`` and add ``factory`` where it ran."""
    index = nlp.pipe_names.index(name)
    nlp.disable_pipe(name)
    if index:
        nlp.add_pipe(factory, after=nlp.pipe_names[index - 1])
    else:
        nlp.add_pipe(factory, first=True)
