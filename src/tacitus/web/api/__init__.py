"""The JSON API, version 1: one module a group of resources."""

from fastapi import APIRouter

from tacitus.web.api import analysis, articles, events, overview

router = APIRouter()
for _module in (events, overview, articles, analysis):
    router.include_router(_module.router)
