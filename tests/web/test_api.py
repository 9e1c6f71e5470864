"""The JSON API over a real store (SQLite and PostgreSQL): every read endpoint, keyset pages, the filters of
`tacitus events`, error shapes and limits."""

from __future__ import annotations

import csv
import io

import pytest

from tacitus.store import EventFilter, open_store

ERROR_CODES = {"bad_request", "not_found", "not_implemented", "unauthorized", "forbidden", "writes_disabled",
               "cross_site", "too_large", "unsupported_media_type", "method_not_allowed", "query_timeout"}


def assert_error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]["message"]


def cli_order(url: str, **filters: str) -> list[str]:
    """The events as `tacitus events` lists them (Store.iter_canonical), for comparison."""
    with open_store(url) as store:
        return [event.id for event, _ in store.iter_canonical(EventFilter.parse(**filters))]


def walk(client, url: str) -> list[dict]:
    seen, link = [], url
    while link:
        body = client.get(link).json()
        seen += body["events"]
        link = body["next"]
    return seen


def test_pages_of_three_walk_every_event_once_in_the_cli_order(client, web_store_url):
    events = walk(client, "/api/v1/events?limit=3")
    ids = [e["id"] for e in events]
    assert ids == cli_order(web_store_url)
    assert len(ids) == len(set(ids)) >= 10
    assert events[-1]["date"] is None  # the undated event comes last, as in `tacitus events`


def test_newest_first_reverses_the_dated_events(client, web_store_url):
    dated = [e["id"] for e in walk(client, "/api/v1/events?limit=4&sort=-date") if e["date"]]
    ascending = [e["id"] for e in walk(client, "/api/v1/events?limit=50") if e["date"]]
    assert dated == ascending[::-1]


def test_the_next_link_keeps_the_filters(client):
    first = client.get("/api/v1/events?country=TUR&limit=2").json()
    assert "country=TUR" in first["next"]
    rest = walk(client, first["next"])
    assert all("TUR" in [p["country"] for p in e["actor"] + e["recipient"]] for e in first["events"] + rest)


@pytest.mark.parametrize("params, cli", [
    ("country=SYR", {"country": "SYR"}),
    ("event-type=ASSAULT", {"event_type": "ASSAULT"}),
    ("quad=verbal-conflict", {"quad": "verbal-conflict"}),
    ("start=2020-02-01&end=2020-02-10", {"start": "2020-02-01", "end": "2020-02-10"}),
    ("place=Moscow", {"place": "Moscow"}),
    ("place=LBY", {"place": "LBY"}),
    ("actor=rus", {"actor": "rus"}),
    ("text=ceasefire", {"text": "ceasefire"}),
    ("min-confidence=0.9", {"min_confidence": "0.9"}),
    ("status=asserted&publisher=Desk", {"status": "asserted", "publisher": "Desk"}),
])
def test_filters_have_the_cli_names_and_select_what_the_cli_selects(client, web_store_url, params, cli):
    assert [e["id"] for e in walk(client, f"/api/v1/events?{params}")] == cli_order(web_store_url, **cli)


def test_csv_and_geojson_pages(client):
    response = client.get("/api/v1/events?format=csv&limit=2")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 and rows[0]["id"] and 'rel="next"' in response.headers["link"]
    geo = client.get("/api/v1/events?format=geojson&country=IRN").json()
    assert geo["type"] == "FeatureCollection"
    assert {f["properties"]["place"] for f in geo["features"]} == {"Tehran"}
    assert all(f["geometry"]["coordinates"] == [51.39, 35.69] for f in geo["features"])


def test_an_event_comes_with_every_report_sentence_article_url_and_offsets(client):
    first = client.get("/api/v1/events?text=ceasefire").json()["events"][0]
    event = client.get(f"/api/v1/events/{first['id']}").json()
    assert event["id"] == first["id"] and event["category"] == "AGREE"
    [report] = event["mentions"]
    assert report["sentence"] == "Russia agreed with Turkey on a ceasefire in Moscow."
    assert report["article"]["url"].startswith("https://news.example/")
    assert report["start_char"] == 0 and report["end_char"] == len(report["sentence"])


def test_actors_places_timeline_and_dyads_follow_the_filter(client):
    actors = client.get("/api/v1/actors?country=IRN").json()["actors"]
    assert {a["country"] for a in actors} == {"IRN", "USA"}
    places = client.get("/api/v1/places").json()["places"]
    assert places[0] == {"name": "Damascus", "country": "SYR", "count": places[0]["count"]}
    assert places[0]["count"] >= 3
    days = client.get("/api/v1/timeline?event-type=THREATEN").json()["counts"]
    assert days == [{"period": "2020-02-05", "key": "3", "count": 1}]
    weeks = client.get("/api/v1/timeline?interval=week&by=category&start=2020-02-01&end=2020-02-09").json()
    assert weeks["counts"] == [{"period": "2020-01-27", "key": "AID", "count": 1},  # Sunday 2 Feb: Monday's week
                               {"period": "2020-02-03", "key": "ACCUSE", "count": 1},
                               {"period": "2020-02-03", "key": "THREATEN", "count": 1}]
    dyads = client.get("/api/v1/dyads?country=USA").json()["dyads"]
    assert {(d["actor"], d["recipient"]) for d in dyads} == {("USA", "IRN"), ("IRN", "USA")}
    assert all(d["count"] == 1 and d["by_quad"] == {"3": 1} for d in dyads)
    everything = client.get("/api/v1/dyads").json()["dyads"]
    assert everything[0] == {"actor": "TUR", "recipient": "SYR", "count": 2, "by_quad": {"4": 2}}
    assert sum(d["count"] for d in everything) == len(walk(client, "/api/v1/events"))  # one dyad an event here


@pytest.mark.parametrize("path", ["/series", "/watchlist", "/review/2020-W10", "/brief", "/search", "/network"])
def test_analysis_endpoints_say_they_are_not_implemented_yet(client, path):
    assert_error(client.get(f"/api/v1{path}"), 501, "not_implemented")


@pytest.mark.parametrize("query, says", [
    ("quad=9", "quad"), ("start=yesterday", "start"), ("country=XXX", "country"), ("min-confidence=2", "confidence"),
    ("event-type=PARTY", "event-type"), ("start=2020-03-01&end=2020-01-01", "after"), ("limit=0", "limit"),
    ("limit=1000000000", "TACITUS_API_MAX_PAGE"), ("limit=ten", "limit"), ("cursor=garbage", "cursor"),
    ("format=xml", "format"), ("sort=size", "sort"), ("contry=TUR", "contry"),
])
def test_bad_query_values_are_400_with_a_message_naming_them(client, query, says):
    assert says in assert_error(client.get(f"/api/v1/events?{query}"), 400, "bad_request")


def test_unknown_ids_and_paths_are_404_json(client):
    assert_error(client.get("/api/v1/events/ev-nothing"), 404, "not_found")
    assert_error(client.get("/api/v1/nothing"), 404, "not_found")
    assert_error(client.put("/api/v1/events"), 405, "method_not_allowed")


def test_every_answer_carries_a_strict_content_security_policy(client):
    for path in ("/api/v1/events", "/", "/api/v1/nothing"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_a_query_past_the_time_limit_is_a_503_json_error(web_store_url, monkeypatch):
    from fastapi.testclient import TestClient

    from tacitus.config import Settings
    from tacitus.web.app import create_app

    if not web_store_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's statement_timeout counts whole milliseconds: these queries are faster "
                    "(tests/store/test_browse.py stops a slow one on both databases)")
    monkeypatch.setattr("tacitus.store.browse.SQLITE_CHECK_STEPS", 1)  # these tiny queries run < 1000 steps
    with TestClient(create_app(Settings(db_url=web_store_url, query_timeout=1e-9))) as slow:
        assert "TACITUS_QUERY_TIMEOUT" in assert_error(slow.get("/api/v1/events"), 503, "query_timeout")
        assert slow.get("/").status_code == 503
