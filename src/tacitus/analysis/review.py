"""The week in review: the week's top stories by region, the largest changes against the baseline, new dyads,
the watchlist for the next week, and counts by category. Sentences are made and cited as in the brief.

A story is the week's events between the same countries at the same place; a region is the country where the
story took place (else its first actor's country): the store keeps no grouping of countries into regions.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from tacitus.analysis.baseline import baseline_change
from tacitus.analysis.brief import country_name
from tacitus.analysis.periods import parse_week
from tacitus.analysis.render import Document, Section, markdown, to_html
from tacitus.analysis.selection import conditions
from tacitus.analysis.sentences import Sentence, cite, cite_some, describe
from tacitus.analysis.views import EventView, Source, load_events, sources_of
from tacitus.analysis.watchlist import watchlist
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import events

STORIES = 8
CITED = 20  # an aggregate sentence cites at most this many events (the most reported), and says so


class Review(Document):
    def to_markdown(self) -> str:
        return markdown(self)

    def to_html(self) -> str:
        return to_html(self)


def _region(event: EventView) -> str:
    return event.place_country or (event.actor_countries[0] if event.actor_countries else "") or "unknown"


def _some(text: str, events: list[EventView]) -> Sentence:
    return cite_some(text, events, CITED)


def _stories(week_events: list[EventView]) -> list[tuple[str, Sentence]]:
    groups: dict[tuple[str, ...], list[EventView]] = {}
    for event in week_events:
        key = (*sorted(event.countries), event.place or "")
        groups.setdefault(key, []).append(event)
    ranked = sorted(groups.values(), key=lambda g: (-sum(e.reports for e in g), min(e.rank() for e in g)))
    stories = []
    for group in ranked[:STORIES]:
        top = min(group, key=lambda e: e.rank())
        more = f", one of {len(group)} events between the same parties there this week" if len(group) > 1 else ""
        stories.append((_region(top), cite(describe(top) + more + ".", sorted(group, key=lambda e: e.rank()))))
    return stories


def review(store: Store, week: str, filters: EventFilter | None = None, *, baseline_weeks: int = 12) -> Review:
    """The review of ISO week ``week`` (2019-W52), under optional shared filters."""
    period = parse_week(week)
    base = filters or EventFilter()
    scope = EventFilter(**{**vars(base), "start": period.start, "end": period.end})
    with store.reading() as conn:
        week_events = [e for e in load_events(conn, conditions(scope) + [events.c.date_lo >= period.start])
                       if e.date_lo and e.date_hi and e.date_lo >= period.start and e.date_hi <= period.end]
    subtitle = f"Tacitus week in review, {period.key} ({period.start} to {period.end})"
    title = cite(f"The week in review, {period.key}", [])
    if not week_events:
        return Review(title=title, subtitle=subtitle, sections=[], evidence={}, links=[],
                      note=f"The store holds no events dated in {period.key}: there is nothing to review.")
    sections: list[Section] = []
    by_region: dict[str, list[Sentence]] = {}
    for region, sentence in _stories(week_events):
        by_region.setdefault(region, []).append(sentence)
    for region, sentences in by_region.items():
        sections.append(Section(country_name(region) if region != "unknown" else "Elsewhere", sentences, bullets=True))
    report = baseline_change(store, base, by="week", periods=baseline_weeks, at=period.key)
    by_category: dict[str, list[EventView]] = {}
    for event in week_events:
        by_category.setdefault(event.category, []).append(event)
    changes = []
    for change in sorted((c for c in report.changes if c.significant and c.current > 0),
                         key=lambda c: (c.p_value or 1.0, c.subject)):
        cited = week_events if change.subject == "all events" else by_category.get(change.subject, [])
        if cited:
            changes.append(_some(change.describe("this week") + ".", cited))
    sections.append(Section("Largest changes", changes, bullets=True))
    dyads = []
    for dyad in report.new_dyads:
        cited = [e for e in week_events if dyad.actor in e.countries and dyad.recipient in e.countries]
        if cited:
            dyads.append(_some(f"{country_name(dyad.actor)} towards {country_name(dyad.recipient)}: {dyad.events} "
                               f"event{'s' if dyad.events != 1 else ''}, none in the {baseline_weeks} weeks before.",
                               cited))
    sections.append(Section("New dyads", dyads, bullets=True))
    following = (dt.date.fromisoformat(period.end) + dt.timedelta(days=1)).isoformat()
    upcoming = watchlist(store, base, start=following, days=7)
    known = [i for i in upcoming.items if (i.event.first_seen or "")[:10] <= period.end]
    sections.append(Section("Next week", [i.sentence for i in known], bullets=True))
    counts = Counter(e.category for e in week_events)
    summary = ", ".join(f"{n} {c}" for c, n in counts.most_common())
    total = f"{len(week_events)} event{'s' if len(week_events) != 1 else ''}"
    sections.append(Section("By category", [_some(f"{total}: {summary}.", week_events)]))
    document = Review(title=title, subtitle=subtitle, sections=sections, evidence={}, links=[])
    cited_events = {e.id: e for e in week_events + [i.event for i in known]}
    return _evidence(store, document, cited_events)


def _evidence(store: Store, document: Review, cited: dict[str, EventView]) -> Review:
    used = dict.fromkeys(i for sec in document.sections for s in sec.sentences for i in s.events)
    document.evidence = {i: cited[i] for i in used}
    with store.reading() as conn:
        found = sources_of(conn, list(document.evidence))
    links: dict[str, Source] = {}
    for sources in found.values():
        for source in sources:
            links.setdefault(source.article_id, source)
    document.links = sorted(links.values(), key=lambda s: (s.published or "", s.article_id))
    return document
