"""Errors as the API answers them, ``{"error": {"code", "message"}}`` with the right status; the dashboard
answers the same failures with an HTML page."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from tacitus.errors import InputError, StoreError
from tacitus.store.browse import QueryTimeout

log = logging.getLogger(__name__)

STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type",
                422: "invalid_request", 501: "not_implemented", 503: "unavailable"}


class ApiError(Exception):
    """An answer that is an error: raised by handlers, turned into JSON (or a page) here."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def _answer(request: Request, error: ApiError) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(error_body(error.code, error.message), status_code=error.status, headers=error.headers)
    from tacitus.web.pages import error_page

    return error_page(request, error.status, error.message)


def install_error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        return _answer(request, error)

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        message = error.detail if isinstance(error.detail, str) else "request failed"
        if error.status_code == 404:
            message = f"no such page or resource: {request.url.path}"
        return _answer(request, ApiError(error.status_code, STATUS_CODES.get(error.status_code, "error"), message,
                                         dict(error.headers) if error.headers else None))

    async def validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body"))
        message = f"{where}: {first.get('msg', 'invalid value')}" if where else str(first.get("msg", "invalid"))
        return _answer(request, ApiError(400, "bad_request", message))

    async def input_error(request: Request, error: Exception) -> Response:
        return _answer(request, ApiError(400, "bad_request", str(error)))

    async def store_error(request: Request, error: Exception) -> Response:
        if isinstance(error, QueryTimeout):
            return _answer(request, ApiError(503, "query_timeout", str(error)))
        log.error("store: %s", error)
        return _answer(request, ApiError(503, "store_unavailable", str(error)))

    async def internal_error(request: Request, error: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _answer(request, ApiError(500, "internal", f"internal error: {type(error).__name__}"))

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(InputError, input_error)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(Exception, internal_error)
