"""What ``tacitus demo`` prints: the demo articles and their events, read back from the store.

``summarize`` is a pure function over records (easy to test by hand); ``read_summary`` feeds it from an
open store. Only the demo corpus counts (URLs under ``DEMO_URL_PREFIX``), whatever else the database holds.
"""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Protocol

from tacitus.config import Settings, sqlite_path
from tacitus.records import Article, Event

DEMO_URL_PREFIX = "https://demo.tacitus.invalid/"
DEFAULT_DB_URL = Settings().db_url


class ArticleEventSource(Protocol):
    """The part of the store the summary reads."""

    def iter_articles(self) -> Iterable[Article]: ...

    def iter_canonical(self) -> Iterable[tuple[Event, dict[str, Any]]]: ...


@dataclass(frozen=True)
class IngestCounts:
    """What this run of the demo added to the store (from the pipeline's ``IngestReport``)."""

    ingested: int
    revisions: int
    duplicates: int
    failed: int
    events: int


@dataclass(frozen=True)
class NextStep:
    command: str
    purpose: str


@dataclass(frozen=True)
class DemoSummary:
    db_url: str
    articles: int
    publishers: int
    first_published: str | None
    last_published: str | None
    events: int
    by_category: list[tuple[str, int]]
    top_pairs: list[tuple[str, str, int]]  # (actor country, recipient country, events)
    example_event_id: str | None
    next_steps: list[NextStep]
    run: IngestCounts | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["by_category"] = [{"event": c, "count": n} for c, n in self.by_category]
        data["top_pairs"] = [{"actor": a, "recipient": r, "count": n} for a, r, n in self.top_pairs]
        return data


def is_demo_article(article: Article) -> bool:
    return (article.url or "").startswith(DEMO_URL_PREFIX)


def summarize(articles: Iterable[Article], events: Iterable[Event], *, db_url: str = DEFAULT_DB_URL,
              run: IngestCounts | None = None, top: int = 5) -> DemoSummary:
    """Counts over the demo articles and the events coded from them."""
    demo = [a for a in articles if is_demo_article(a)]
    ids = {a.id for a in demo}
    coded = [e for e in events if e.doc_id in ids]
    dates = sorted(a.published[:10] for a in demo if a.published)
    pairs = Counter(pair for e in coded for pair in country_pairs(e))
    top_pairs = [(a, r, n) for (a, r), n in pairs.most_common(top)]
    example = _example_event(coded, top_pairs)
    return DemoSummary(
        db_url=db_url,
        articles=len(demo),
        publishers=len({a.publisher for a in demo if a.publisher}),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        events=len(coded),
        by_category=Counter[str](e.event for e in coded).most_common(),
        top_pairs=top_pairs,
        example_event_id=example,
        next_steps=next_steps(db_url=db_url, example_event_id=example,
                              country=top_pairs[0][0] if top_pairs else "TUR"),
        run=run,
        notes=[] if coded or not demo else ["No events were coded: is the coder installed and enabled?"],
    )


def read_summary(store: ArticleEventSource, *, db_url: str = DEFAULT_DB_URL,
                 run: IngestCounts | None = None, top: int = 5) -> DemoSummary:
    """The summary of what the store holds for the demo corpus."""
    # merged events, not reports: one real-world event counts once however many articles carry it
    events = (event for event, _ in store.iter_canonical())
    return summarize(store.iter_articles(), events, db_url=db_url, run=run, top=top)


def country_pairs(event: Event) -> set[tuple[str, str]]:
    """Directed (actor, recipient) country pairs of an event; unknown and same-country pairs left out."""
    return {(a.country, r.country) for a in event.actor for r in event.recipient
            if a.country and r.country and a.country != r.country}


def next_steps(*, db_url: str = DEFAULT_DB_URL, example_event_id: str | None = None,
               country: str = "TUR") -> list[NextStep]:
    """Real commands to try on what the demo stored (with ``--db`` when it is not the default)."""
    tacitus = "tacitus" if db_url == DEFAULT_DB_URL else f"tacitus --db {_db_argument(db_url)}"
    return [
        NextStep(f"{tacitus} events --country {country} --start 2020-01-01", "events involving a country"),
        NextStep(f"{tacitus} show {example_event_id or 'EVENT_ID'}", "one event with its evidence"),
        NextStep(f"{tacitus} export --format plover -o events.jsonl", "all events as PLOVER JSON lines"),
        NextStep("tacitus extract article.txt", "code your own article, without storing it"),
        NextStep(f"{tacitus} ingest PATH|URL", "store and code your own articles"),
    ]


def _example_event(events: list[Event], top_pairs: list[tuple[str, str, int]]) -> str | None:
    """The most confident event of the busiest pair (or of all events): a good first ``tacitus show``."""
    if top_pairs:
        busiest = top_pairs[0][:2]
        candidates = [e for e in events if busiest in country_pairs(e)]
    else:
        candidates = events
    return max(candidates, key=lambda e: e.confidence).id if candidates else None


def _db_argument(db_url: str) -> str:
    return shlex.quote(sqlite_path(db_url) or db_url)
