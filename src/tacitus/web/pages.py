"""The dashboard: server-rendered pages whose state is the URL query string (the filter names of the API and
the CLI). Scripts are files under /static (the CSP forbids inline ones); Jinja escapes everything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from tacitus.errors import InputError
from tacitus.records import CATEGORIES, QUAD_CLASSES, STATUSES
from tacitus.store.browse import (Bucket, Dyad, QueryTimeout, count_events, event_page, network, timeline,
                                  weekly)
from tacitus.store.exports.plover import plover_record
from tacitus.store.filters import EventFilter
from tacitus.store.queries import explain
from tacitus.web.api.deps import settings_of, reading
from tacitus.web.charts import network_chart, timeline_chart
from tacitus.web.evidence import highlighted, safe_url
from tacitus.web.params import FILTER_PARAMS, cursor, filter_query

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
templates.env.globals.update(quads=QUAD_CLASSES, categories=CATEGORIES, statuses=STATUSES, safe_url=safe_url)
TABLE_PAGE = 50
MAP_LIMIT = 1000


@dataclass(frozen=True)
class Field:
    """A document page's own parameter (a brief's recipient, a review's week), in the filter bar's form so that
    applying a filter keeps it."""
    name: str
    value: str | None
    kind: str = "text"  # the input's type
    placeholder: str = ""


def _filters(request: Request) -> tuple[EventFilter, str | None]:
    raw = {FILTER_PARAMS[k]: v for k, v in request.query_params.items() if k in FILTER_PARAMS}
    try:
        return EventFilter.parse(**raw), None
    except InputError as error:
        return EventFilter(), str(error)


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    values = {k: v for k, v in request.query_params.items() if k in FILTER_PARAMS}
    return templates.TemplateResponse(request, name, {"values": values, **context}, status_code=status)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> Response:
    filters, problem = _filters(request)
    query = filter_query(filters)
    sort = "-date" if request.query_params.get("sort") == "-date" else "date"
    with reading(request) as conn:
        page = event_page(conn, filters, limit=TABLE_PAGE, after=cursor(request.query_params.get("cursor")),
                          descending=sort == "-date")
    total: int | None = None
    buckets: list[Bucket] = []
    note = None
    interval = "day"
    try:  # the aggregates may take long on a big store and a broad filter: then the page comes without them
        with reading(request) as conn:
            total = count_events(conn, filters)
            buckets = timeline(conn, filters, interval="day", by="quad")
    except QueryTimeout as error:
        note = f"No counts or timeline: {error}"
    first, last = (dt.date.fromisoformat(buckets[i].period) for i in (0, -1)) if buckets else (None, None)
    if first and last and (last - first).days > 120:  # a bar a day would be too thin to see
        interval, buckets = "week", weekly(buckets)
    rows = [plover_record(e, s) for e, s in page.pairs]
    next_url = "/?" + urlencode({**query, "sort": sort, "cursor": page.next.encode()}) if page.next else None
    return _page(request, "dashboard.html", 400 if problem else 200, problem=problem, note=note, rows=rows,
                 total=total, chart=timeline_chart(buckets, interval), next_url=next_url, sort=sort,
                 query=urlencode(query),
                 map_src="/api/v1/events?" + urlencode({**query, "format": "geojson", "limit": MAP_LIMIT}),
                 sort_url={s: "/?" + urlencode({**query, "sort": s}) for s in ("date", "-date")},
                 map_limit=MAP_LIMIT)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_view(request: Request, event_id: str) -> Response:
    with reading(request) as conn:
        found = explain(conn, event_id)
    if found is None:
        return error_page(request, 404, f"no event {event_id!r}")
    for mention in found["mentions"]:
        mention["segments"] = highlighted(mention)
    return _page(request, "event.html", event=found)


@router.get("/network", response_class=HTMLResponse)
def network_view(request: Request) -> Response:
    filters, problem = _filters(request)
    dyads: list[Dyad] = []
    note = None
    try:
        with reading(request) as conn:
            dyads = network(conn, filters, limit=60)
    except QueryTimeout as error:
        note = f"No network: {error}"
    return _page(request, "network.html", 400 if problem else 200, problem=problem, note=note, dyads=dyads,
                 chart=network_chart(dyads), query=urlencode(filter_query(filters)))


def _document_page(request: Request, heading: str, action: str, make: Any, extra_form: list[Field],
                   prompt: str | None = None) -> Response:
    """A brief, a review or a watchlist in the dashboard's frame: every sentence links its cited events. A
    request the document cannot be made from gets the form back, saying why (``prompt``: what to fill in)."""
    filters, problem = _filters(request)
    doc = None
    if not problem and not prompt:
        try:
            doc = make(filters)
        except InputError as error:
            problem = str(error)
    numbers: dict[str, int] = {}
    sentences = [doc.title] + [s for section in doc.sections for s in section.sentences] if doc else []
    for sentence in sentences:
        for event_id in sentence.events:
            numbers.setdefault(event_id, len(numbers) + 1)
    return _page(request, "document.html", 400 if problem else 200, problem=problem, note=prompt, doc=doc,
                 numbers=numbers, heading=heading, action=action, extra_form=extra_form,
                 query=urlencode(filter_query(filters)))


@router.get("/brief", response_class=HTMLResponse)
def brief_view(request: Request) -> Response:
    from tacitus.analysis.brief import brief

    recipient, topic = request.query_params.get("recipient") or None, request.query_params.get("topic") or None
    prompt = None if request.query_params.get("country") else \
        "A brief is on a country: fill in the country (and a recipient for a dyad), the start and the end."
    return _document_page(request, "Brief", "/brief",
                          lambda f: brief(request.app.state.store, f, recipient=recipient, topic=topic),
                          [Field("recipient", recipient, placeholder="RUS"), Field("topic", topic)], prompt)


@router.get("/review", response_class=HTMLResponse)
def review_view(request: Request) -> Response:
    from tacitus.analysis.review import review

    week = request.query_params.get("week") or dt.date.today().strftime("%G-W%V")
    return _document_page(request, "The week in review", "/review",
                          lambda f: review(request.app.state.store, week, f),
                          [Field("week", week, kind="week")])


@router.get("/watchlist", response_class=HTMLResponse)
def watchlist_view(request: Request) -> Response:
    from tacitus.analysis.render import Document, Section
    from tacitus.analysis.sentences import Sentence
    from tacitus.analysis.watchlist import watchlist

    start = request.query_params.get("from") or None

    def make(filters: EventFilter) -> Document:
        found = watchlist(request.app.state.store, filters, start=start)
        lines = [Sentence(item.line(), [item.event.id]) for item in found.items]
        note = None if lines else "No announced events in this window."
        return Document(Sentence(f"Announced events, {found.start} to {found.end}"), f"as of {found.today}",
                        [Section(None, lines, bullets=True)], {}, [], note)

    return _document_page(request, "Watchlist", "/watchlist", make, [Field("from", start, kind="date")])


@router.get("/ingest", response_class=HTMLResponse)
def ingest_view(request: Request) -> Response:
    return _page(request, "ingest.html", writable=bool(settings_of(request).api_token))


@router.get("/docs", response_class=HTMLResponse)
def docs_view(request: Request) -> Response:
    return templates.TemplateResponse(request, "docs.html", {})


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _page(request, "error.html", status, code=status, message=message)
