"""The ASGI application: the API under /api/v1, the dashboard pages, the static assets, the OpenAPI document
and its docs page, over one store opened at startup."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from tacitus import __version__
from tacitus.config import Settings
from tacitus.store import open_store
from tacitus.web.errors import install_error_handlers
from tacitus.web.security import BodyLimit, SecurityHeaders

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
DESCRIPTION = """Events coded from the news (PLOVER): who did what to whom, when and where, with the evidence.

Reads are open; `POST /api/v1/articles` and `DELETE /api/v1/articles/{id}` need
`Authorization: Bearer <TACITUS_API_TOKEN>`. Errors are `{"error": {"code", "message"}}`.
The event filters have the names of the `tacitus events` flags."""


def asset_folders() -> dict[str, Path]:
    """URL prefix under /static -> folder: ours, and those inside the packages we depend on."""
    import fastapi_offline
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    return {"tacitus": HERE / "static", "leaflet": Path(leaflet.BASE_DIR),
            "markercluster": Path(markercluster.BASE_DIR),
            "swagger": Path(fastapi_offline.__file__).parent / "static"}


def create_app(settings: Settings) -> FastAPI:
    """The app over the store at ``settings.db_url`` (opened, and migrated if needed, at startup)."""
    from tacitus.web import pages
    from tacitus.web.api import router as api_router

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = open_store(settings.db_url)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(title="Tacitus", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(api_router, prefix="/api/v1")
    app.include_router(pages.router)
    for prefix, folder in asset_folders().items():
        app.mount(f"/static/{prefix}", StaticFiles(directory=folder), name=f"static-{prefix}")
    app.add_middleware(BodyLimit, limit=settings.api_max_upload)
    app.add_middleware(SecurityHeaders)
    return app
