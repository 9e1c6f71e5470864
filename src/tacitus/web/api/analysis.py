"""The seam for the analysis commands (series, watchlist, review, brief, search, network): their endpoints
answer 501 until ``tacitus.analysis`` is wired in here, each over the same computation as its CLI command."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tacitus.web.errors import ApiError

router = APIRouter(tags=["analysis"])

NOT_YET: dict[int | str, dict[str, Any]] = {
    "501": {"description": "Not implemented yet: the analysis commands are not in this build."}}


def _not_implemented(what: str) -> ApiError:
    return ApiError(501, "not_implemented", f"{what} is not implemented yet in this build")


@router.get("/series", summary="Event counts and scores over time (not implemented yet)", responses=NOT_YET)
def series() -> None:
    raise _not_implemented("/series")


@router.get("/watchlist", summary="Watchlist alerts (not implemented yet)", responses=NOT_YET)
def watchlist() -> None:
    raise _not_implemented("/watchlist")


@router.get("/review/{week}", summary="The week in review (not implemented yet)", responses=NOT_YET)
def review(week: str) -> None:
    raise _not_implemented("/review")


@router.get("/brief", summary="A brief on a country or dyad (not implemented yet)", responses=NOT_YET)
def brief() -> None:
    raise _not_implemented("/brief")


@router.get("/search", summary="Search the events and reports (not implemented yet)", responses=NOT_YET)
def search() -> None:
    raise _not_implemented("/search")


@router.get("/network", summary="The actor network analysis (not implemented yet)", responses=NOT_YET)
def analysis_network() -> None:
    raise _not_implemented("/network")
