"""Writes: ``POST /articles`` stores and codes articles (plain text, JSON, or an uploaded file) and answers
with the events coded; ``DELETE /articles/{id}`` removes one. Both need the bearer token (tacitus.web.security).
Nothing here fetches a URL: an article's ``url`` is stored as given, never visited."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from tacitus.config import Settings
from tacitus.ingest.records import IngestFailure
from tacitus.ingest.sources import read_data
from tacitus.records import Article
from tacitus.store import Store
from tacitus.store.browse import article_event_ids, events_by_id
from tacitus.store.exports.plover import plover_record
from tacitus.web.api.deps import SettingsDep, StoreDep, reading
from tacitus.web.errors import ApiError
from tacitus.web.security import require_writer

if TYPE_CHECKING:
    from tacitus.pipeline import IngestReport

router = APIRouter(tags=["articles"])

BODY = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}, "example": "ANKARA, March 5 - Turkey's president met..."},
    "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"},
        "published": {"type": "string"}, "publisher": {"type": "string"}}}},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "file": {"type": "string", "format": "binary", "description": "text, HTML, JSON lines, CSV, RSS/Atom"},
        "text": {"type": "string"}}}}}}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {"401": {"description": "Missing or wrong token"},
                "403": {"description": "Writes disabled (no TACITUS_API_TOKEN) or a cross-site request"},
                "413": {"description": "Body larger than TACITUS_API_MAX_UPLOAD"}}


async def _sources(request: Request) -> list[tuple[str, bytes]]:
    """(name, bytes) to read, by content type; the name tells `read_data` the format."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            payload = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "bad_request", "the body is not JSON") from None
        records = payload if isinstance(payload, list) else [payload]
        if not records or not all(isinstance(r, dict) for r in records):
            raise ApiError(400, "bad_request", "JSON: give an article object ({\"text\": ...}) or a list of them")
        lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
        return [("request.jsonl", lines.encode())]
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form()
        found: list[tuple[str, bytes]] = []
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                found.append((value.filename or "upload.txt", await value.read()))
            elif name == "text" and value.strip():
                found.append(("pasted.txt", value.encode()))
        if not found:
            raise ApiError(400, "bad_request", "the form has no 'file' and no 'text'")
        return found
    if kind in ("text/plain", ""):
        return [("request.txt", await request.body())]
    raise ApiError(415, "unsupported_media_type",
                   f"content type {kind!r}: send text/plain, application/json or multipart/form-data")


@router.post("/articles", status_code=201, openapi_extra=BODY, responses=WRITE_ERRORS,
             summary="Store and code articles (needs the bearer token)")
async def post_articles(request: Request, settings: SettingsDep, store: StoreDep) -> JSONResponse:
    require_writer(request, settings)
    articles: list[Article] = []
    failed: list[dict[str, str]] = []
    for name, data in await _sources(request):
        for result in read_data(name, data, max_bytes=settings.api_max_upload):
            if isinstance(result, IngestFailure):
                failed.append({"source": result.where, "reason": result.reason})
            else:
                articles.append(result)
    if not articles:
        reason = "; ".join(f"{f['source']}: {f['reason']}" for f in failed) or "no article"
        raise ApiError(400, "bad_request", f"nothing could be read ({reason})")
    from starlette.concurrency import run_in_threadpool

    report = await run_in_threadpool(_ingest, articles, store, settings)
    stored = await run_in_threadpool(_coded, request, [a.id for a in articles])
    body = {"stored": report.stored, "duplicates": report.duplicates, "events": report.events,
            "articles": [{"id": a.id, "title": a.title, "events": stored[a.id]} for a in articles],
            "failed": failed}
    return JSONResponse(body, status_code=201 if report.stored else 200)


def _ingest(articles: list[Article], store: Store, settings: Settings) -> IngestReport:
    from tacitus.pipeline import ingest_articles  # loads the coder: only when something is posted

    return ingest_articles(articles, store, settings=settings)


def _coded(request: Request, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    with reading(request) as conn:
        return {key: [plover_record(e, s) for e, s in events_by_id(conn, article_event_ids(conn, key))]
                for key in ids}


@router.delete("/articles/{article_id}", responses=WRITE_ERRORS,
               summary="Remove an article and the events only it reported (needs the bearer token)")
def delete_article(request: Request, settings: SettingsDep, store: StoreDep, article_id: str) -> dict[str, Any]:
    require_writer(request, settings)
    if not store.delete_article(article_id):
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    return {"deleted": article_id}
