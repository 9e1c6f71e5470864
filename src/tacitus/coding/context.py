"""What the coder knows of the article it is reading: its id and date, the registry's view of it, the
gazetteer, and what earlier sentences said (memory, the countries met so far, the day the story has reached)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from tacitus.coding.anaphora import Memory
from tacitus.coding.counterparts import Exchange
from tacitus.coding.doc_arrays import positions_of
from tacitus.coding.brackets import bracketed
from tacitus.coding.places import resolve_town
from tacitus.coding.timex.narrative import Narrative
from tacitus.knowledge import ArticleActors, Gazetteer
from tacitus.records import Event, ResolvedDate


class ArticleEntities:
    """The named entities of an article's sentences, each parsed Doc's read once.

    spaCy's ``Span.ents`` walks every entity of the whole Doc (a chunk of up to 50,000 characters) each time a
    sentence asks for its own, which made coding a long article quadratic in its length: a fifth of the
    coder's time on the Guardian corpus. ``within`` gives what ``Span.ents`` gives, from one reading a Doc."""

    def __init__(self) -> None:
        # id of a Doc -> the Doc (which keeps that id its own), its entities, and where each starts
        self._docs: dict[int, tuple[Doc, list[Span], list[int]]] = {}

    def within(self, span: Span) -> list[Span]:
        """The entities that lie wholly in ``span``, in order, as ``span.ents`` has them."""
        doc = span.doc
        known = self._docs.get(id(doc))
        if known is None:
            entities = list(doc.ents)
            known = self._docs[id(doc)] = (doc, entities, [entity.start for entity in entities])
        _, entities, starts = known
        found = []
        for entity in entities[bisect_left(starts, span.start):]:
            if entity.end > span.end:
                break  # as spaCy's own: an entity running past the span's end ends the search
            found.append(entity)
        return found


@dataclass
class ArticleContext:
    doc_id: str
    published: dt.date | None
    actors: ArticleActors
    gazetteer: Gazetteer
    memory: Memory = field(default_factory=Memory)
    focus: list[str] = field(default_factory=list)  # countries of the entities met so far, latest first
    article_countries: list[str] = field(default_factory=list)  # every country the article names
    main_country: str | None = None  # the country most of its places and peoples belong to, when one does
    narrative: Narrative = field(default_factory=Narrative)  # the day of its last dated event: "the next day"
    entities: ArticleEntities = field(default_factory=ArticleEntities)  # of each sentence, read once a Doc
    last_attack: tuple[int, Event] | None = None  # the last attack coded, with its sentence's number: its toll
    last_told: tuple[int, list[Event]] | None = None  # the events of the last sentence that told some, with its number
    exchanges: list[Exchange] = field(default_factory=list)  # events between parties of two countries, in order
    # a review of the year's month headings: where each starts in the body, and its month (timex/headings.py)
    sections: list[tuple[int, ResolvedDate]] = field(default_factory=list)
    attacks: list[tuple[int, Event]] = field(default_factory=list)  # the attacks told, with their sentences' numbers

    def told_just_before(self, index: int) -> list[Event]:
        """The events of the sentence right before sentence ``index``, if it told any."""
        told = self.last_told
        return told[1] if told is not None and told[0] == index - 1 else []


# The least an article must say of one country, and how many times more than of any other, for that
# country to be what the article is about
MAIN_COUNTRY_MENTIONS = 3
MAIN_COUNTRY_LEAD = 2.0
# The brackets a place's name may stand in: "Bamenda (North-West)"
BRACKETS = ("(", ")")
# What a dateline counts for: where the story was filed is said once but weighs as much as a place named twice
DATELINE_MENTIONS = 2


def main_country(spans: Iterable[Span], actors: ArticleActors, gazetteer: Gazetteer,
                 entities: ArticleEntities | None = None, dateline_country: str | None = None) -> str | None:
    """The country an article is about: the one its places and peoples ("Idlib", "Syrian") name most, when it
    is named at least ``MAIN_COUNTRY_LEAD`` times as often as any other; else the country of its dateline, when
    the article names no other country more often ("NAIROBI - Police fired tear gas ..."; not a Washington
    dateline on a story about Ukraine)."""
    entities = entities or ArticleEntities()
    counts = Counter(country for span in spans
                     for country in countries_named(entities.within(span), actors, gazetteer))
    if dateline_country is not None:
        counts[dateline_country] += DATELINE_MENTIONS
    ranked = counts.most_common(2)
    if dateline_country is not None and (ranked[0][1] < MAIN_COUNTRY_MENTIONS or len(ranked) > 1 and
                                         ranked[0][1] < MAIN_COUNTRY_LEAD * ranked[1][1]):
        ahead = ranked[0][0] == dateline_country and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        return dateline_country if ahead else None
    if not ranked or ranked[0][1] < MAIN_COUNTRY_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MAIN_COUNTRY_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def countries_named(entities: Iterable[Span], actors: ArticleActors, gazetteer: Gazetteer | None = None,
                    focus: Sequence[str] = (), skipped: frozenset[int] = frozenset()) -> list[str]:
    """The country of each place and people named among a span's ``entities`` ("in Abidjan", "Algerian",
    "Haiti's"); with a gazetteer, also of the towns and provinces the registry does not know ("in Afrin").
    Not those named at the ``skipped`` token positions."""
    found = []
    for entity in entities:
        if entity.label_ not in ("GPE", "NORP", "LOC") or entity.root.i in skipped or _qualifies_a_place(entity):
            continue
        named = actors.resolve(entity.text)
        if named is not None:
            if named.country and named.kind in ("state", "group", None) and named.sector not in ("IGO", "NGO"):
                found.append(named.country)
        elif gazetteer is not None and entity.label_ in ("GPE", "LOC"):
            place = resolve_town(entity[-1], entity.text, gazetteer, list(focus), actors.named)
            if place is not None and place.country:
                found.append(place.country)
    return found


def _qualifies_a_place(entity: Span) -> bool:
    """Whether a name in brackets after a place's name says which place it is ("Bamenda (North-West)"): the
    place's own province, read with it (``resolve_place``), not another country's of the same name."""
    doc = entity.doc
    # (the last bracket of the ten tokens before the name, found among the Doc's brackets: asked of every place
    # name of every sentence, walking the tokens made each of them anew)
    brackets = positions_of(doc, BRACKETS)
    before = bisect_left(brackets, entity.start)
    if before == 0 or brackets[before - 1] < entity.start - 10:
        return False
    opening = doc[brackets[before - 1]]
    if opening.text != "(" or opening.i == 0:
        return False
    town = doc[opening.i - 1]
    return (town.ent_type_ in ("GPE", "LOC", "FAC") or town.pos_ == "PROPN") and entity.text in bracketed(town)
