"""Aggregates for the current filter: actors, places, counts over time, and the dyad network."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from tacitus.store.browse import network, places, timeline
from tacitus.store.filters import EventFilter
from tacitus.store.queries import actor_activity
from tacitus.web.api.deps import SettingsDep, reading
from tacitus.web.params import event_filter, filter_query, only_known, page_size

router = APIRouter(tags=["overview"])
Filters = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, description="At most this many rows (at most TACITUS_API_MAX_PAGE).")]


@router.get("/actors", summary="Parties of the filtered events: as actor, as recipient, by quad class")
def actors(request: Request, settings: SettingsDep, filters: Filters, limit: Limit = 100) -> dict[str, Any]:
    only_known(request, ("limit",))
    with reading(request) as conn:
        found = actor_activity(conn, filters, limit=page_size(limit, settings))
    return {"actors": [{"country": a.country, "name": a.name, "as_actor": a.as_actor,
                        "as_recipient": a.as_recipient, "by_quad": {str(q): n for q, n in a.by_quad.items()}}
                       for a in found], "filters": filter_query(filters)}


@router.get("/places", summary="Where the filtered events happened, the busiest places first")
def list_places(request: Request, settings: SettingsDep, filters: Filters, limit: Limit = 100) -> dict[str, Any]:
    only_known(request, ("limit",))
    with reading(request) as conn:
        found = places(conn, filters, limit=page_size(limit, settings))
    return {"places": [{"name": p.name, "country": p.country, "count": p.count} for p in found],
            "filters": filter_query(filters)}


@router.get("/timeline", summary="Dated events per day or week, by quad class or category")
def get_timeline(request: Request, filters: Filters,
                 interval: Annotated[Literal["day", "week"], Query()] = "day",
                 by: Annotated[Literal["quad", "category"], Query()] = "quad") -> dict[str, Any]:
    only_known(request, ("interval", "by"))
    with reading(request) as conn:
        buckets = timeline(conn, filters, interval=interval, by=by)
    return {"interval": interval, "by": by, "filters": filter_query(filters),
            "counts": [{"period": b.period, "key": b.key, "count": b.count} for b in buckets]}


@router.get("/dyads", summary="Actor country -> recipient country pairs of the filtered events")
def dyads(request: Request, settings: SettingsDep, filters: Filters, limit: Limit = 100) -> dict[str, Any]:
    only_known(request, ("limit",))
    with reading(request) as conn:
        found = network(conn, filters, limit=page_size(limit, settings))
    return {"dyads": [{"actor": d.actor, "recipient": d.recipient, "count": d.count,
                       "by_quad": {str(q): n for q, n in d.by_quad.items()}} for d in found],
            "filters": filter_query(filters)}
