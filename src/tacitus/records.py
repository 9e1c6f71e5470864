"""The core records every stage passes on: articles in, events out.

Field names of ``Entity``, ``Place`` and ``Event`` follow the event contract in
``tacitus/data/event.schema.json`` (PLOVER JSON names where PLOVER has them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

# The fixed vocabularies of the event contract, each defined once (event.schema.json repeats them for
# readers of the JSON; a test keeps the two equal).
Category = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                   "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
# How wide a date is: ``date`` is the first day of a span this wide ("unknown": a fallback, not a reading)
Precision = Literal["day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade", "century",
                    "unknown"]
# What a temporal expression names (TimeML's types): a calendar span, a recurrence ("every Monday", "daily")
# or a length of time ("for three weeks"); only a date can date an event
DateKind = Literal["date", "set", "duration"]
Status = Literal["asserted", "planned", "intended", "hypothetical", "negated", "reported"]
PlacePrecision = Literal["point", "city", "admin2", "admin1", "country", "region", "unknown"]
QuadClass = Literal[1, 2, 3, 4]

CATEGORIES: tuple[Category, ...] = get_args(Category)
STATUSES: tuple[Status, ...] = get_args(Status)
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
PLACE_PRECISIONS: tuple[PlacePrecision, ...] = get_args(PlacePrecision)
QUAD_CLASSES: dict[QuadClass, str] = {1: "verbal-cooperation", 2: "material-cooperation", 3: "verbal-conflict",
                                      4: "material-conflict"}

# The country field of a party that belongs to no one country: CAMEO's codes of international (IGO, UNO, EUR)
# and non-governmental organisations, international militant and religious groups, multinationals.
NON_STATE_CODES: tuple[str, ...] = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")

# PLOVER codes promised or scheduled cooperation (a planned or intended CONSULT, COOPERATE or AID) as AGREE;
# Tacitus keeps the action with its status, and exports, merges and scores it as PLOVER does.
FUTURE_COOPERATION: frozenset[str] = frozenset({"CONSULT", "COOPERATE", "AID"})
FUTURE_STATUSES: frozenset[str] = frozenset({"planned", "intended"})


def plover_category(category: str, status: str) -> str:
    """The category PLOVER gives an event: AGREE for promised cooperation, else its own."""
    return "AGREE" if category in FUTURE_COOPERATION and status in FUTURE_STATUSES else category


@dataclass
class Article:
    """One news article as ingested. ``body`` is what the coder reads; ``raw_text`` is what came in."""

    id: str
    raw_text: str
    body: str
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 date or datetime
    published_precision: Precision = "unknown"
    published_raw: str | None = None
    fetched_at: str | None = None  # ISO 8601 UTC datetime of ingestion
    language: str | None = None  # ISO 639-1, detected offline
    captions: list[str] = field(default_factory=list)
    source_path: str | None = None  # file, URL or "-" it was read from
    dateline_place: str | None = None  # where a wire dateline says the story was filed ("NAIROBI (Reuters) -")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ResolvedDate:
    """A temporal expression read as a calendar span.

    ``date`` is the span's first day: YYYY-MM at month precision, YYYY at year precision, else YYYY-MM-DD;
    None when no calendar day can be named (PAST_REF, a fiscal year). ``value`` is the TimeML value
    (2019-12-22, 2019-W51, 2019-Q4, 2019-SU, 199X, PRESENT_REF...); ``start`` and ``end`` the span's first
    and last day (ISO), each None when open. ``kind`` is "date" for all of these; a "set" (P1D for "daily",
    XXXX-WXX-1 for "every Monday") or a "duration" (P3W for "for three weeks") has only its TimeML value,
    no day and "unknown" precision.
    """

    date: str | None
    precision: Precision
    value: str | None = None
    start: str | None = None
    end: str | None = None
    kind: DateKind = "date"

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "value": self.value, "start": self.start,
                "end": self.end, "kind": self.kind}


@dataclass
class Entity:
    """An actor or recipient as the article names it, resolved as far as the registry allows."""

    text: str
    country: str | None = None
    name: str | None = None
    sector: str | None = None
    kind: str | None = None  # person, state, organisation, group
    entity_id: str | None = None
    backers: list[str] = field(default_factory=list)  # "Russian-backed Syrian forces": RUS

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "unknown"
    # The GeoNames feature named (records stored before these existed load with None)
    feature_class: str | None = None  # A (country, subdivision), P (settlement), L (continent, region)
    feature_code: str | None = None  # PCLI, ADM1, ADM2, PPL, PPLC, CONT, RGN
    admin2: str | None = None
    admin1_code: str | None = None  # GeoNames admin codes: "05" (Sindh), "WA" (Washington)
    admin2_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One coded event mention: a category, its parties, date, status and place, with its evidence."""

    id: str
    doc_id: str
    event: Category
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: Precision
    status: Status
    sentence: str
    confidence: float
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    event_loc: Place | None = None
    sentence_index: int | None = None
    trigger: str | None = None
    start_char: int | None = None  # offsets of the sentence in the article body
    end_char: int | None = None
    quad_class: QuadClass | None = None
    score: float | None = None
    cameo: str | None = None
    goldstein: float | None = None
    # Set by the coder on a reading the lexicon only half supports; the classifier confirms or drops it.
    needs_confirmation: bool = field(default=False, compare=False)
    # The trigger's token in the parsed article, so a word said twice in a sentence is read where it was coded.
    trigger_token: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract form (valid against event.schema.json), plus evidence offsets."""
        data = asdict(self)
        del data["needs_confirmation"], data["trigger_token"]
        return data
