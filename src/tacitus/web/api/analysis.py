"""The analysis commands over HTTP: series, baseline, watchlist, review, brief, search and network, each the
same computation as its CLI command (``tacitus.analysis``), under the shared filters of the query string.
Briefs and reviews come as JSON (every sentence with its citations), Markdown or HTML."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from tacitus.store.filters import EventFilter
from tacitus.web.api.deps import StoreDep
from tacitus.web.params import event_filter, only_known

router = APIRouter(tags=["analysis"])
Filters = Annotated[EventFilter, Depends(event_filter)]
Period = Annotated[Literal["week", "month"], Query(description="Count per ISO week or calendar month.")]
Recipient = Annotated[str | None, Query(description="The other side of a dyad (a country code or name).")]
DocumentFormat = Annotated[Literal["json", "markdown", "html"], Query(description="How the document is written.")]


def _document(document: Any, format: str) -> Any:
    if format == "markdown":
        return PlainTextResponse(document.to_markdown(), media_type="text/markdown; charset=utf-8")
    if format == "html":
        return HTMLResponse(document.to_html())
    return document.to_dict()


@router.get("/series", summary="Event counts, quad classes and mean scores per week or month")
def series(request: Request, store: StoreDep, filters: Filters, by: Period = "week",
           recipient: Recipient = None) -> dict[str, Any]:
    from tacitus.analysis.series import event_series

    only_known(request, ("by", "recipient"))
    return event_series(store, filters, by=by, recipient=recipient).to_dict()


@router.get("/baseline", summary="The last period against the ones before it, with a Poisson tail probability")
def baseline(request: Request, store: StoreDep, filters: Filters, by: Period = "week",
             periods: Annotated[int, Query(ge=1, le=520)] = 12, at: str | None = None,
             recipient: Recipient = None) -> dict[str, Any]:
    from tacitus.analysis.baseline import baseline_change

    only_known(request, ("by", "periods", "at", "recipient"))
    return baseline_change(store, filters, by=by, periods=periods, at=at, recipient=recipient).to_dict()


@router.get("/watchlist", summary="Announced events by their date: upcoming, happened, not reported, called off")
def watchlist(request: Request, store: StoreDep, filters: Filters,
              from_day: Annotated[str | None, Query(alias="from", description="Announced dates from this day "
                                                    "(default: start, else today).")] = None,
              days: Annotated[int, Query(ge=1, le=3660)] = 30) -> dict[str, Any]:
    from tacitus.analysis.watchlist import watchlist as compute

    only_known(request, ("from", "days"))
    return compute(store, filters, start=from_day, days=days).to_dict()


@router.get("/review/{week}", summary="The week in review (an ISO week such as 2019-W52)")
def review(request: Request, store: StoreDep, filters: Filters, week: str, format: DocumentFormat = "json") -> Any:
    from tacitus.analysis.review import review as compute

    only_known(request, ("format",))
    return _document(compute(store, week, filters), format)


@router.get("/brief", summary="A brief on a country or a dyad, every sentence cited")
def brief(request: Request, store: StoreDep, filters: Filters, recipient: Recipient = None,
          date: str | None = None, topic: str | None = None, format: DocumentFormat = "json") -> Any:
    from tacitus.analysis.brief import brief as compute

    only_known(request, ("recipient", "date", "topic", "format"))
    return _document(compute(store, filters, recipient=recipient, date=date, topic=topic), format)


@router.get("/search", summary="Full-text search over the stored articles, ranked, with snippets")
def search(request: Request, store: StoreDep, filters: Filters,
           q: Annotated[str, Query(min_length=1, max_length=500, description="Words to look for.")],
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    from tacitus.analysis.search import search as compute

    only_known(request, ("q", "limit"))
    return compute(store, q, filters, limit=limit).to_dict()


@router.get("/network", summary="The actor network: dyads with counts, mean scores and centrality")
def network(request: Request, store: StoreDep, filters: Filters,
            min_events: Annotated[int, Query(ge=1, le=100000)] = 1,
            format: Annotated[Literal["json", "gexf", "graphml"], Query()] = "json") -> Any:
    from tacitus.analysis.network import network as compute

    only_known(request, ("min_events", "format"))
    graph = compute(store, filters, min_events=min_events)
    if format == "json":
        return graph.to_dict()
    return Response(graph.serialize(format), media_type="application/xml")
