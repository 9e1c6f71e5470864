"""The brief: a lead from the window's most-reported events, Why it matters (the change against the baseline,
what the parties did to each other before, related events of third parties), What's next (the watchlist)
and Know more (the source articles, then the earlier briefs on the same parties: briefs are not stored, so an
earlier brief is an earlier window of the same length in which the same filters find events, with its count
and the command line and dashboard URL that write it). Every sentence is made from event fields
(tacitus.analysis.sentences) and cites the events it says; nothing is written that no stored event supports.
"""

from __future__ import annotations

import datetime as dt
import html
import shlex
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select

from tacitus.analysis.baseline import baseline_change, format_p
from tacitus.analysis.render import Document, Section, markdown, to_html
from tacitus.analysis.selection import HAPPENED, conditions, recipient_code, starts_after
from tacitus.analysis.sentences import Sentence, cite, cite_some, describe, event_sentence, join
from tacitus.analysis.views import EventView, Source, load_events, sources_of
from tacitus.analysis.watchlist import watchlist
from tacitus.errors import InputError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter, parse_day
from tacitus.store.schema import event_mentions, events, mentions

LEAD = 3
EARLIER = 4
RELATED = 3
HISTORY_DAYS = 90
EARLIER_BRIEFS = 5
EARLIER_CITED = 20  # an earlier brief's line cites at most this many of its events (in JSON), the latest


@dataclass
class EarlierBrief:
    """An earlier window of the brief's length in which the brief's parties have stored events."""
    start: str
    end: str
    count: int  # events dated within the window that the brief counts (asserted and reported, the same filters)
    by_category: dict[str, int]
    events: list[str]  # the latest of them, to cite
    between: str  # "between Türkiye and Russia"
    command: str  # the tacitus command line that writes that brief
    url: str  # the dashboard's /brief URL for it, with the same filter names

    def text(self) -> str:
        """``Earlier brief, 9 December 2019 to 15 December 2019 (3 events between Türkiye and Russia: 2 CONSULT,
        1 ASSAULT)``."""
        days = f"{_day(self.start)} to {_day(self.end)}" if self.start != self.end else _day(self.start)
        kinds = ", ".join(f"{n} {c}" for c, n in self.by_category.items())
        return f"Earlier brief, {days} ({self.count} event{'s' if self.count != 1 else ''} {self.between}: {kinds})"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "count": self.count, "by_category": self.by_category,
                "events": self.events, "text": self.text(), "command": self.command, "url": self.url}


@dataclass
class Brief(Document):
    """A Document (title, sections, evidence, links) with the earlier briefs on the same parties, which join
    the source articles under Know more."""
    earlier: list[EarlierBrief] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "earlier_briefs": [b.to_dict() for b in self.earlier]}

    def to_markdown(self) -> str:
        lines = markdown(self).split("\n")
        if not self.earlier:
            return "\n".join(lines)
        more = [f"- {b.text()}: `{b.command}`" for b in self.earlier]
        if KNOW_MORE in lines:  # after the articles, before the blank line that ends the list
            at = lines.index("", lines.index(KNOW_MORE))
        else:
            at = next((i for i, line in enumerate(lines) if line.startswith("[^")), len(lines) - 1)
            more = [KNOW_MORE] + more + [""]
        return "\n".join(lines[:at] + more + lines[at:])

    def to_html(self) -> str:
        page = to_html(self)
        if not self.earlier:
            return page
        e = html.escape
        more = "".join(f'<li><a href="{e(b.url)}">{e(b.text())}</a>: <code>{e(b.command)}</code></li>'
                       for b in self.earlier)
        if KNOW_MORE_HTML in page:  # the article list's items are escaped: its first </ul> is its end
            at = page.index("</ul>", page.index(KNOW_MORE_HTML))
            return page[:at] + more + page[at:]
        at = page.index("<hr>") if "<hr>" in page else page.index("\n</body>")
        return page[:at] + f"{KNOW_MORE_HTML}<ul>{more}</ul>\n" + page[at:]


KNOW_MORE = "**Know more:**"  # as tacitus.analysis.render writes the heading
KNOW_MORE_HTML = "<p><strong>Know more:</strong></p>"


def country_name(code: str) -> str:
    from tacitus.knowledge.registry import cached_registry_data

    country = cached_registry_data(None).countries.get(code)
    return country.name if country else code


def _day(text: str) -> str:
    day = dt.date.fromisoformat(text)
    return f"{day.day} {day:%B %Y}"


def _window(filters: EventFilter, date: str | None) -> tuple[str, str]:
    if date:
        day = parse_day(date, "--date")
        return day, day
    if not filters.start or not filters.end:
        raise InputError("a brief needs --date, or --start and --end")
    return filters.start, filters.end


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def brief(store: Store, filters: EventFilter, *, recipient: str | None = None, date: str | None = None,
          topic: str | None = None, baseline_weeks: int = 12) -> Brief:
    """A brief on ``filters.country`` (and ``recipient``) over ``date`` or the filter's start..end."""
    if not filters.country:
        raise InputError("a brief needs --country")
    other = recipient_code(filters, recipient)
    start, end = _window(filters, date)
    scope = EventFilter(**{**vars(filters), "start": start, "end": end, "text": topic or filters.text})
    names = [country_name(filters.country)] + ([country_name(other)] if other else [])
    subtitle = f"Tacitus brief, {join(names)}, {_day(start)} to {_day(end)}" + (f", on {topic}" if topic else "")
    with store.reading() as conn:
        window = load_events(conn, conditions(scope, recipient=other) + [starts_after(start)])
        before = _shift(start, -HISTORY_DAYS)
        earlier = load_events(conn, conditions(EventFilter(**{**vars(scope), "start": before,
                                                              "end": _shift(start, -1)}), recipient=other)
                              + [starts_after(before)], order="date")
        related = _related(conn, scope, window)
    lead = _distinct(window)[:LEAD]
    if not lead:  # nothing that happened (perhaps only announcements): nothing to lead with
        return Brief(title=Sentence(f"No stored events for {join(names)}"), subtitle=subtitle, sections=[],
                     evidence={}, links=[],
                     note=f"The store holds no reported events of {join(names)} between {_day(start)} and "
                          f"{_day(end)}{' on ' + topic if topic else ''}: there is nothing to brief.")
    why = _trend(store, scope, other, names, end, baseline_weeks)
    for place in list(dict.fromkeys(e.place for e in lead if e.place))[:2]:
        why += _trend(store, EventFilter(start=start, end=end, place=place), None, [place], end, baseline_weeks,
                      where="in")
    why += _history(earlier, names, start)
    why += [cite("Meanwhile, " + _lower_article(describe(e)) + ".", [e]) for e in related]
    upcoming = watchlist(store, EventFilter(country=filters.country), start=_shift(end, 1), days=60)
    wanted = {filters.country} | ({other} if other else set())
    plans = [i for i in upcoming.items if wanted <= i.event.countries]
    plans = [i for i in plans if (i.event.first_seen or "")[:10] <= end]  # announced by the window's end
    next_sentences = []
    with store.reading() as conn:
        settled = {e.id: e for e in load_events(conn, [events.c.id.in_(
            [i.outcome_event for i in plans if i.outcome_event])])}
    for item in plans:
        sentence = event_sentence(item.event)
        if item.outcome_event and item.outcome_event in settled:
            result = settled[item.outcome_event]
            sentence = cite(sentence.text[:-1] + f"; since then reported as {item.outcome}.",
                            [item.event, result])
        next_sentences.append(sentence)
    sentences = [event_sentence(e) for e in lead]
    top = lead[0]
    title = cite(f"{join(names)}: {describe(top, with_date=False)}", [top])
    with store.reading() as conn:
        earlier_briefs = _earlier_briefs(conn, filters, scope, other, start, end, names, topic)
    document = Brief(title=title, subtitle=subtitle, sections=[
        Section(None, sentences), Section("Why it matters", why), Section("What's next", next_sentences)],
        evidence={}, links=[], earlier=earlier_briefs)
    return _with_evidence(store, document, window + earlier + related + [i.event for i in plans]
                          + list(settled.values()))


def _lower_article(text: str) -> str:
    """"The Syrian army ..." continues a sentence as "the Syrian army ..."; names keep their capital."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in ("The", "A", "An") else text


def _distinct(events_: list[EventView]) -> list[EventView]:
    """Ranked events, one a sentence (two reports that read the same say it once)."""
    seen: set[str] = set()
    kept = []
    for event in sorted(events_, key=lambda e: e.rank()):
        text = describe(event, with_date=False)
        if event.status in HAPPENED and text not in seen:
            seen.add(text)
            kept.append(event)
    return kept


def _trend(store: Store, scope: EventFilter, other: str | None, names: list[str], end: str,
           weeks: int, where: str = "involving") -> list[Sentence]:
    """The week's count against the baseline, for the parties (or, ``where="in"``, at a place)."""
    report = baseline_change(store, scope, by="week", periods=weeks, at=end, recipient=other)
    total = report.total
    week = report.period
    with store.reading() as conn:
        cited = load_events(conn, conditions(EventFilter(**{**vars(scope), "start": week.start, "end": week.end}),
                                             recipient=other) + [events.c.date_lo >= week.start])
    cited = [e for e in cited if e.date_lo and e.date_lo >= week.start and e.date_hi and e.date_hi <= week.end]
    if not cited:
        return []
    between = f"between {join(names)}" if len(names) > 1 else f"{where} {names[0]}"
    significance = f" ({format_p(total.p_value)})" if total.p_value is not None else ""
    text = (f"The week of {_day(week.start)} saw {total.current} event{'s' if total.current != 1 else ''} "
            f"{between}, against {total.baseline_mean:.2g} a week over the {weeks} weeks before{significance}.")
    return [cite_some(text, cited)]


def _history(earlier: list[EventView], names: list[str], start: str) -> list[Sentence]:
    happened = [e for e in earlier if e.status in HAPPENED]
    if not happened:
        return []
    counts = Counter(e.category for e in happened)
    summary = ", ".join(f"{n} {c}" for c, n in counts.most_common())
    between = f"between {join(names)}" if len(names) > 1 else f"involving {names[0]}"
    sentences = [cite_some(f"In the {HISTORY_DAYS} days before {_day(start)}, the store holds {len(happened)} "
                      f"event{'s' if len(happened) != 1 else ''} {between}: {summary}.", happened)]
    recent = sorted(happened, key=lambda e: (e.date_lo or "", e.id), reverse=True)
    return sentences + [event_sentence(e) for e in _distinct(recent[:EARLIER * 2])[:EARLIER]]


def _related(conn: Any, scope: EventFilter, window: list[EventView]) -> list[EventView]:
    """Events of third parties told in the same articles as the window's events, in the window."""
    if not window:
        return []
    ids = [e.id for e in window]
    articles_of = (select(mentions.c.article_id).join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
                   .where(event_mentions.c.event_id.in_(ids)))
    same_articles = (select(event_mentions.c.event_id).join(mentions, mentions.c.id == event_mentions.c.mention_id)
                     .where(mentions.c.article_id.in_(articles_of)))
    window_only = EventFilter(start=scope.start, end=scope.end)
    found = load_events(conn, conditions(window_only) + [starts_after(str(scope.start)), events.c.id.in_(same_articles),
                                                         events.c.id.notin_(ids)])
    return _distinct(found)[:RELATED]


def _earlier_briefs(conn: Any, filters: EventFilter, scope: EventFilter, other: str | None, start: str, end: str,
                    names: list[str], topic: str | None) -> list[EarlierBrief]:
    """The latest windows of the brief's length before it (``start - k * length`` to ``end - k * length``) in
    which the brief's filters find events, newest first: each with its count of events dated within it."""
    length = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    first = dt.date.fromisoformat(start)
    unbounded = EventFilter(**{**vars(scope), "start": None, "end": None})
    query = (select(events.c.id, events.c.category, events.c.date_lo, events.c.date_hi)
             .where(*conditions(unbounded, recipient=other), events.c.date_lo < start,
                    events.c.date_hi.is_not(None))
             .order_by(events.c.date_lo.desc(), events.c.id)
             .execution_options(yield_per=1000))
    found: dict[int, list[tuple[str, str]]] = {}  # windows back (1 = the one just before) -> (id, category)
    result = conn.execute(query)
    try:  # newest first: stop at the first event of a window older than the last one wanted
        for row in result:
            back = -(-(first - dt.date.fromisoformat(row.date_lo[:10])).days // length)
            if back not in found and len(found) == EARLIER_BRIEFS:
                break
            window_end = first - dt.timedelta(days=(back - 1) * length + 1)
            if row.date_hi[:10] <= window_end.isoformat():  # dated within it, as the brief's weekly counts are
                found.setdefault(back, []).append((row.id, row.category))
    finally:
        result.close()
    between = f"between {join(names)}" if len(names) > 1 else f"involving {names[0]}"
    kept = {k: v for k, v in filters.to_params().items() if k not in ("country", "start", "end")}
    briefs = []
    for back in sorted(found)[:EARLIER_BRIEFS]:
        window_start = first - dt.timedelta(days=back * length)
        window = (window_start.isoformat(), (window_start + dt.timedelta(days=length - 1)).isoformat())
        rows = found[back]
        params = {"country": str(filters.country), **({"recipient": other} if other else {}), **kept,
                  **({"topic": topic} if topic else {})}
        flags = [f"--{name.replace('_', '-')} {shlex.quote(value)}" for name, value in params.items()]
        flags += [f"--date {window[0]}"] if length == 1 else [f"--start {window[0]}", f"--end {window[1]}"]
        url = "/brief?" + urlencode({name.replace("_", "-"): value for name, value in params.items()}
                                    | {"start": window[0], "end": window[1]})
        briefs.append(EarlierBrief(window[0], window[1], len(rows), _by_count(Counter(c for _, c in rows)),
                                   [i for i, _ in rows[:EARLIER_CITED]], between, "tacitus brief " + " ".join(flags),
                                   url))
    return briefs


def _by_count(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _with_evidence(store: Store, document: Brief, cited: list[EventView]) -> Brief:
    by_id = {e.id: e for e in cited}
    used = [i for s in [document.title] + [x for sec in document.sections for x in sec.sentences] for i in s.events]
    with store.reading() as conn:
        missing = [i for i in used if i not in by_id]
        if missing:  # cited by a figure (the week at a place) rather than told
            by_id.update((e.id, e) for e in load_events(conn, [events.c.id.in_(missing)]))
        document.evidence = {i: by_id[i] for i in dict.fromkeys(used)}
        articles = sources_of(conn, list(document.evidence))
    links: dict[str, Source] = {}
    for event_id in document.evidence:
        for source in articles.get(event_id, []):
            links.setdefault(source.article_id, source)
    document.links = sorted(links.values(), key=lambda s: (s.published or "", s.article_id))
    return document
