"""The country a sentence puts itself in, for the unnamed authorities acting there.

"They were on holiday in south-west Turkey when the authorities arrested him": police, courts and "the
authorities" act at home, so the country the sentence is set in says whose they are, before any
government an earlier sentence named (the Foreign Office that spoke of the case is no arresting power).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.phrases import phrase_text
from tacitus.knowledge import ArticleActors, Gazetteer

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "within"})
# Sectors and heads of those who act only in their own country
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})
DOMESTIC_HEADS = frozenset({"authority", "authorities"})


def acts_at_home(token: Token, sector: str | None) -> bool:
    """Police, courts, judges and "the authorities"."""
    return sector in DOMESTIC_SECTORS or token.lemma_.lower() in DOMESTIC_HEADS or token.lower_ in DOMESTIC_HEADS


def sentence_country(token: Token, actors: ArticleActors, places: Gazetteer | None) -> str | None:
    """The one country the sentence's locative phrases name ("in Istanbul", "at a resort in Turkey"), or
    None when they name none or several."""
    found: set[str] = set()
    for place in token.sent:
        if place.dep_ != "pobj" or place.head.lower_ not in LOCATIVE_PREPS \
                or not (place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN"):
            continue
        entity = actors.resolve(phrase_text(place))
        if entity is not None and entity.country and entity.kind == "state" and actors.is_state(entity.country):
            found.add(entity.country)
            continue
        located = places.resolve(place.text) if places is not None else None
        if located is not None and located.country:
            found.add(located.country)
    return next(iter(found)) if len(found) == 1 else None
