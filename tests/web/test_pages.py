"""The dashboard's HTML as the server renders it (the browser tests drive the same pages): filters from the
query string, escaping, errors as pages."""

from __future__ import annotations

from markupsafe import escape

from tests.web.corpus import XSS_SENTENCE, XSS_TITLE


def test_the_dashboard_takes_its_filters_from_the_query_string(client):
    page = client.get("/?country=IRN&event-type=THREATEN").text
    assert '<strong id="total">1</strong>' in page
    assert 'value="IRN"' in page and '<option value="THREATEN" selected>' in page
    assert "The United States threatened Iran" in page and "Erdogan met Putin" not in page
    assert 'data-events="/api/v1/events?country=IRN&amp;event-type=THREATEN&amp;format=geojson' in page


def test_a_wrong_filter_is_a_400_page_that_says_why(client):
    response = client.get("/?quad=7")
    assert response.status_code == 400 and "is not a quad class" in response.text


def test_a_long_listing_pages_with_a_next_link(client):
    first = client.get("/").text
    assert first.count('<tr class="q') == 11 and 'id="next"' not in first  # fewer than a page
    newest = client.get("/?sort=-date").text
    assert newest.index("Libya&#39;s premier visited") < newest.index("Erdogan met Putin")


def test_hostile_text_is_escaped_in_every_page(client):
    page = client.get("/?text=window.__xss").text
    assert "<script>window.__xss" not in page and "&lt;script&gt;window.__xss=4&lt;/script&gt;" in page
    event_id = client.get("/api/v1/events?text=window.__xss").json()["events"][0]["id"]
    evidence = client.get(f"/events/{event_id}").text
    assert "<img src=x" not in evidence and 'onerror="' not in evidence and "javascript:" not in evidence
    assert "&lt;img src=x onerror=&#34;window.__xss = 3&#34;&gt;" in evidence
    assert escape(XSS_TITLE) in evidence and escape(XSS_SENTENCE.split("<")[0]) in evidence


def test_the_network_page_draws_the_dyads_of_the_filter(client):
    page = client.get("/network?country=USA").text
    assert page.count("<line ") == 2 and ">USA</text>" in page and ">IRN</text>" in page
    assert "<td>USA</a></td>" not in page and ">RUS<" not in page


def test_an_unknown_event_is_a_404_page(client):
    response = client.get("/events/ev-nothing")
    assert response.status_code == 404 and "no event" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_brief_review_and_watchlist_pages_cite_stored_events(client):
    brief = client.get("/brief?country=TUR&start=2020-01-01&end=2020-03-31")
    assert brief.status_code == 200 and 'id="document-title"' in brief.text
    assert 'class="cite" href="/events/' in brief.text  # every cited event links to its evidence
    review = client.get("/review?week=2020-W09")
    assert review.status_code == 200 and "week" in review.text.lower()
    assert client.get("/watchlist?from=2020-01-01").status_code == 200


def test_a_wrong_week_or_country_is_a_400_page(client):
    assert client.get("/review?week=2019-W60").status_code == 400
    assert client.get("/brief?country=XXX").status_code == 400


def test_a_brief_without_a_country_is_the_form_saying_what_to_fill_in(client):
    response = client.get("/brief")
    assert response.status_code == 200 and "A brief is on a country" in response.text
    assert 'id="document-title"' not in response.text and '<input name="recipient"' in response.text


def test_a_document_page_has_one_form_so_a_filter_applied_keeps_its_own_parameters(client):
    page = client.get("/review?week=2020-W09&country=LBY").text
    assert page.count("<form") == 1
    form = page[page.index('<form class="filters" id="filters"'):page.index("</form>")]
    assert 'name="week" type="week" value="2020-W09"' in form and 'name="country" size="5" value="LBY"' in form


def test_a_document_section_with_nothing_to_say_has_no_heading(client):
    page = client.get("/review?week=2020-W09").text  # one event, no change, no new dyad, nothing next week
    assert "<h2>By category</h2>" in page and "1 event: 1 CONSULT." in page
    assert "<h2>Next week</h2>" not in page and '<ul class="document"></ul>' not in page
