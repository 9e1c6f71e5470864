"""``/events``: the canonical events under the filters, a page at a time, as JSON, CSV or GeoJSON; and
``/events/{id}``: one event with every report of it."""

from __future__ import annotations

import io
from urllib.parse import urlencode
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from tacitus.store.browse import EventPage, event_page
from tacitus.store.exports import write_events
from tacitus.store.exports.plover import plover_record
from tacitus.store.filters import EventFilter
from tacitus.store.queries import explain
from tacitus.web.api.deps import SettingsDep, reading
from tacitus.web.errors import ApiError
from tacitus.web.params import DEFAULT_PAGE, cursor, event_filter, filter_query, only_known, page_size

router = APIRouter(tags=["events"])
PAGE_PARAMS = ("limit", "cursor", "format", "sort")


def next_link(request: Request, page: EventPage) -> str | None:
    if page.next is None:
        return None
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    return f"{request.url.path}?{urlencode(query + [('cursor', page.next.encode())])}"


@router.get("/events", summary="Events under the filters, by date, a page at a time")
def list_events(request: Request, settings: SettingsDep, filters: Annotated[EventFilter, Depends(event_filter)],
                limit: Annotated[int, Query(ge=1, description="Events a page (at most TACITUS_API_MAX_PAGE).")]
                = DEFAULT_PAGE,
                cursor_token: Annotated[str | None, Query(alias="cursor", description="From the 'next' link.")]
                = None,
                sort: Annotated[Literal["date", "-date"], Query(description="Oldest or newest first.")] = "date",
                format: Annotated[Literal["json", "csv", "geojson"], Query()] = "json") -> Any:
    only_known(request, PAGE_PARAMS)
    with reading(request) as conn:
        page = event_page(conn, filters, limit=page_size(limit, settings), after=cursor(cursor_token),
                          descending=sort == "-date")
    link = next_link(request, page)
    headers = {"Link": f'<{link}>; rel="next"'} if link else {}
    if format == "json":
        return {"events": [plover_record(e, s) for e, s in page.pairs], "next": link,
                "filters": filter_query(filters)}
    out = io.StringIO()
    write_events(iter(page.pairs), "csv" if format == "csv" else "geojson", out)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/geo+json"
    return Response(out.getvalue(), media_type=media, headers=headers)


@router.get("/events/{event_id}", summary="One event with every report: sentence, article, URL, offsets")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    only_known(request, ())
    with reading(request) as conn:
        found = explain(conn, event_id)
    if found is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return found
