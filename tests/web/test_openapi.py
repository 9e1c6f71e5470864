"""The OpenAPI document validates, lists every endpoint, and a property-based run over it finds no 500."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate

ENDPOINTS = {"/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/actors", "/api/v1/places",
             "/api/v1/timeline", "/api/v1/dyads", "/api/v1/articles", "/api/v1/articles/{article_id}",
             "/api/v1/series", "/api/v1/baseline", "/api/v1/watchlist", "/api/v1/review/{week}", "/api/v1/brief", "/api/v1/search",
             "/api/v1/network"}


def test_the_openapi_document_validates_and_lists_every_endpoint(client):
    document = client.get("/openapi.json").json()
    validate(document)
    assert set(document["paths"]) == ENDPOINTS
    names = {p["name"] for p in document["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"country", "actor", "event-type", "quad", "status", "start", "end", "publisher", "place",
            "min-confidence", "text", "limit", "cursor", "sort", "format"} == names


def test_the_docs_page_uses_local_assets_only(client):
    page = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in page and "http" not in page
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_no_request_the_schema_allows_makes_a_500(client):
    """A few examples an operation (hypothesis through schemathesis' strategies), on both databases."""
    api = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) == len(ENDPOINTS)  # one operation a path

    calls = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case) -> None:
            response = case.call()
            calls.append(response.status_code)
            assert response.status_code < 500, (case.path, response.text)
            if response.status_code >= 400:
                assert set(response.json()["error"]) == {"code", "message"}

        no_server_error()
    assert len(calls) >= 2 * len(operations) and 200 in calls


def test_a_nul_byte_in_a_parameter_is_a_bad_request_on_every_store(client):
    # PostgreSQL text refuses NUL: the store must never see one (it answered 503 for /baseline?at=...)
    for path in ("/api/v1/baseline?at=%00", "/api/v1/events?country=T%00R", "/api/v1/watchlist?recipient=%00"):
        response = client.get(path)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["error"]["code"] == "bad_request"
