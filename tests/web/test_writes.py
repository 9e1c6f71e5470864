"""Writing through the API: the bearer token rules, cross-site refusal, limits, and real coding of a posted
article (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tacitus.config import Settings
from tacitus.store import open_store
from tacitus.web.app import create_app
from tests.web.conftest import TOKEN, bearer
from tests.web.test_api import assert_error

ARTICLE = ("Turkey and Russia agree on Idlib truce\n\n"
           "MOSCOW, March 5, 2020 - Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin "
           "in Moscow on Thursday. The two leaders agreed on a ceasefire in Idlib.")


def stored_articles(url: str) -> list[str]:
    with open_store(url) as store:
        return sorted(a.id for a in store.iter_articles(include_revisions=True))


def test_without_a_token_configured_writes_are_disabled_and_say_so(web_store_url):
    with TestClient(create_app(Settings(db_url=web_store_url))) as client:
        message = assert_error(client.post("/api/v1/articles", content=ARTICLE, headers=bearer()), 403,
                               "writes_disabled")
        assert "TACITUS_API_TOKEN" in message
        assert_error(client.delete("/api/v1/articles/art01", headers=bearer()), 403, "writes_disabled")
        assert "Writes are disabled" in client.get("/ingest").text


@pytest.mark.parametrize("headers, status, code", [
    ({}, 401, "unauthorized"),
    ({"Authorization": "Bearer wrong"}, 401, "unauthorized"),
    ({"Authorization": f"Basic {TOKEN}"}, 401, "unauthorized"),
    ({**bearer(), "Origin": "https://evil.example"}, 403, "cross_site"),
    ({**bearer(), "Sec-Fetch-Site": "cross-site"}, 403, "cross_site"),
])
def test_writes_refuse_missing_or_wrong_tokens_and_other_sites(client, web_store_url, headers, status, code):
    before = stored_articles(web_store_url)
    assert_error(client.post("/api/v1/articles", content=ARTICLE, headers={"Content-Type": "text/plain", **headers}),
                 status, code)
    assert_error(client.delete("/api/v1/articles/art01", headers=headers), status, code)
    assert stored_articles(web_store_url) == before


def test_too_large_bodies_and_unknown_types_write_nothing(web_store_url):
    settings = Settings(db_url=web_store_url, api_token=TOKEN, api_max_upload=1000)
    before = stored_articles(web_store_url)
    with TestClient(create_app(settings)) as client:
        assert_error(client.post("/api/v1/articles", content="x" * 5000, headers=bearer()), 413, "too_large")
        upload = {"file": ("big.txt", b"word " * 1000, "text/plain")}
        assert_error(client.post("/api/v1/articles", files=upload, headers=bearer()), 413, "too_large")
        assert_error(client.post("/api/v1/articles", content=b"<x/>", headers={**bearer(),
                     "Content-Type": "application/xml"}), 415, "unsupported_media_type")
        assert_error(client.post("/api/v1/articles", content=b"{not json", headers={**bearer(),
                     "Content-Type": "application/json"}), 400, "bad_request")
        assert_error(client.post("/api/v1/articles", json={"title": "no text"}, headers=bearer()), 400, "bad_request")
    assert stored_articles(web_store_url) == before


@pytest.mark.slow
def test_a_posted_article_is_coded_stored_answered_with_its_events_and_deleted(client, web_store_url):
    response = client.post("/api/v1/articles", json={"text": ARTICLE, "url": "https://news.example/truce",
                                                     "publisher": "Wire"}, headers=bearer())
    assert response.status_code == 201, response.text
    body = response.json()
    [posted] = body["articles"]
    assert body["stored"] == 1 and posted["events"], body
    assert any("Erdogan" in e["sentence"] for e in posted["events"])
    assert posted["id"] in stored_articles(web_store_url)
    event_id = posted["events"][0]["id"]
    assert client.get(f"/api/v1/events/{event_id}").status_code == 200
    again = client.post("/api/v1/articles", json={"text": ARTICLE, "url": "https://news.example/truce"},
                        headers=bearer())
    assert again.status_code == 200 and again.json()["duplicates"] == 1

    assert client.delete(f"/api/v1/articles/{posted['id']}", headers=bearer()).json() == {"deleted": posted["id"]}
    assert posted["id"] not in stored_articles(web_store_url)
    assert_error(client.get(f"/api/v1/events/{event_id}"), 404, "not_found")
    assert_error(client.delete(f"/api/v1/articles/{posted['id']}", headers=bearer()), 404, "not_found")


@pytest.mark.slow
def test_an_uploaded_jsonl_file_is_read_by_its_name(client, web_store_url):
    line = json.dumps({"text": ARTICLE.replace("Thursday", "Friday"), "url": "https://news.example/upload"})
    response = client.post("/api/v1/articles", files={"file": ("batch.jsonl", line.encode(), "application/x-ndjson")},
                           headers=bearer())
    assert response.status_code == 201, response.text
    [posted] = response.json()["articles"]
    assert client.delete(f"/api/v1/articles/{posted['id']}", headers=bearer()).status_code == 200
