"""Query parameters shared by the API and the dashboard: the event filters under the names of the
``tacitus events`` flags (``?event-type=ASSAULT&min-confidence=0.5``), page size and cursor."""

from __future__ import annotations

from typing import Annotated, Iterable

from fastapi import Query, Request

from tacitus.config import Settings
from tacitus.store.browse import Cursor
from tacitus.store.filters import FILTER_HELP, EventFilter
from tacitus.web.errors import ApiError

FILTER_PARAMS = {name.replace("_", "-"): name for name in FILTER_HELP}  # "event-type" -> "event_type"
DEFAULT_PAGE = 50


def _q(name: str) -> object:
    return Query(alias=name.replace("_", "-"), description=FILTER_HELP[name])


def event_filter(
    request: Request,
    country: Annotated[str | None, _q("country")] = None,
    actor: Annotated[str | None, _q("actor")] = None,
    event_type: Annotated[str | None, _q("event_type")] = None,
    quad: Annotated[str | None, _q("quad")] = None,
    status: Annotated[str | None, _q("status")] = None,
    start: Annotated[str | None, _q("start")] = None,
    end: Annotated[str | None, _q("end")] = None,
    publisher: Annotated[str | None, _q("publisher")] = None,
    place: Annotated[str | None, _q("place")] = None,
    min_confidence: Annotated[str | None, _q("min_confidence")] = None,
    text: Annotated[str | None, _q("text")] = None,
) -> EventFilter:
    """The filters of the query string, validated (an InputError names the wrong one)."""
    no_nul(request)
    return EventFilter.parse(country=country, actor=actor, event_type=event_type, quad=quad, status=status,
                             start=start, end=end, publisher=publisher, place=place,
                             min_confidence=min_confidence, text=text)


def no_nul(request: Request) -> None:
    """A NUL byte is in no name, date or word a store can hold (PostgreSQL text refuses it): a bad request."""
    for name, value in request.query_params.multi_items():
        if "\x00" in value or "\x00" in name:
            raise ApiError(400, "bad_request", f"parameter {name.replace(chr(0), '')!r} holds a NUL byte")


def only_known(request: Request, extra: Iterable[str]) -> None:
    """A misspelt parameter is an error, not a silently wider result."""
    no_nul(request)
    known = set(FILTER_PARAMS) | set(extra)
    for name in request.query_params:
        if name not in known:
            raise ApiError(400, "bad_request", f"unknown parameter {name!r} (filters: {', '.join(FILTER_PARAMS)}; "
                                               f"also {', '.join(sorted(extra))})")


def page_size(limit: int, settings: Settings) -> int:
    if limit > settings.api_max_page:
        raise ApiError(400, "bad_request", f"limit {limit} is more than the largest page, {settings.api_max_page} "
                                           "(TACITUS_API_MAX_PAGE); follow the 'next' link instead")
    return limit


def cursor(token: str | None) -> Cursor | None:
    return Cursor.decode(token) if token else None


def filter_query(filters: EventFilter) -> dict[str, str]:
    """The filters as query-string values under their URL names."""
    return {name.replace("_", "-"): value for name, value in filters.to_params().items()}
