"""The dashboard in a real browser (Debian's chromium driven by Playwright) against a real store served by
uvicorn on localhost: filters through the UI, the map, the evidence page, inert hostile text, no network."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.web.browsing import guarded_page, needs_browser, serving
from tests.web.conftest import TOKEN
from tests.web.corpus import XSS_SENTENCE, filled_store

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "dashboard.png"

pytestmark = needs_browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(filled_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}"), TOKEN) as url:
        yield url


@pytest.fixture
def page(browser, server):
    with guarded_page(browser, server) as opened:
        yield opened


def markers(page) -> int:
    page.wait_for_function("() => /^[0-9]+$/.test(document.getElementById('map').dataset.markers)")
    return int(page.get_attribute("#map", "data-markers"))


def test_a_filter_applied_in_the_ui_changes_the_url_the_table_and_the_map(page, server):
    page.goto(server + "/")
    all_rows = page.locator("#events tbody tr").count()
    all_markers = markers(page)
    assert all_rows >= 10 and all_markers >= 9
    page.wait_for_selector("#map path.leaflet-interactive, #map .leaflet-overlay-pane path")  # country outlines
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.select_option("select[name=event-type]", "ASSAULT")
    page.click("#apply")
    page.wait_for_url("**event-type=ASSAULT**")
    assert parse_qs(urlsplit(page.url).query) == {"event-type": ["ASSAULT"]}  # only the filters set
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < all_rows
    assert set(rows.locator("td:nth-child(2)").all_inner_texts()) <= {"ASSAULT"}
    assert 0 < markers(page) < all_markers
    assert page.left == [] and page.errors == []


def test_an_event_opened_from_the_table_shows_its_sentence_with_trigger_and_parties(page, server):
    page.goto(server + "/?text=ceasefire")
    page.click("#events tbody tr a")
    page.wait_for_selector("blockquote.sentence")
    assert page.inner_text("blockquote.sentence") == "Russia agreed with Turkey on a ceasefire in Moscow."
    assert page.inner_text("blockquote mark.trigger") == "agreed"
    assert page.inner_text("blockquote mark.actor") == "Russia"
    assert page.inner_text("blockquote mark.recipient") == "Turkey"
    link = page.get_attribute(".report .source a", "href")
    assert link.startswith("https://news.example/")


def test_hostile_article_text_renders_inert(page, server):
    page.goto(server + "/?text=posts")
    assert page.locator("#events tbody tr").count() >= 1
    page.goto(server + "/?text=window.__xss")
    page.click("#events tbody tr a")
    page.wait_for_selector("blockquote.sentence")
    assert page.inner_text("blockquote.sentence") == XSS_SENTENCE  # shown as text, every character
    for path in ("/?text=window.__xss", page.url.replace(server, "")):
        page.goto(server + path)
        assert page.evaluate("() => window.__xss") is None
        assert page.locator("[onerror], img[src=x]").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
        scripts = page.eval_on_selector_all("script", "nodes => nodes.map(n => n.getAttribute('src'))")
        assert all(src and src.startswith("/static/") for src in scripts)
    assert page.dialogs == [] and page.errors == []


HOSTILE_ARTICLE = (
    '<script>window.__xss = 6</script>Turkish raid <img src=x onerror="window.__xss = 7">\n\n'
    "ANKARA, Feb 20, 2020 - Turkish troops attacked Syrian government forces in Idlib on Thursday, the defence "
    'ministry said. <a href="javascript:window.__xss = 8">Read more</a> <svg onload="window.__xss = 9"></svg>\n')


@pytest.mark.slow
def test_an_article_with_script_and_handlers_ingested_through_the_ingest_page_stays_inert(page, server):
    page.goto(server + "/ingest")
    page.fill("#token", TOKEN)
    page.fill("#text", HOSTILE_ARTICLE)
    page.click("#ingest button[type=submit]")
    page.wait_for_function("() => /stored|already|error|rror/.test(document.getElementById('outcome').textContent)",
                           timeout=120_000)
    assert page.inner_text("#outcome").startswith("stored 1"), page.inner_text("#outcome")
    coded = page.locator("#coded li a")
    assert coded.count() >= 1
    coded.first.click()
    page.wait_for_selector("blockquote.sentence")
    assert "Turkish troops attacked" in page.inner_text(".reports")
    for path in (page.url.replace(server, ""), "/?text=Idlib", "/ingest"):
        page.goto(server + path)
        assert page.evaluate("() => window.__xss") is None
        assert page.locator("[onerror], [onload], img[src=x]").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
    assert page.dialogs == [] and page.errors == [] and page.left == []


def test_the_pages_load_with_the_network_blocked(page, server):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/network", "/ingest", "/docs"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    assert markers(page.goto(server + "/") and page) > 0
    assert page.left == []
    assert requested and all(url.startswith(server + "/") for url in requested)


def test_the_dashboard_first_load_transfers_less_than_a_megabyte(page, server):
    sizes: dict[str, int] = {}
    page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body())))
    page.goto(server + "/")
    markers(page)
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/static/leaflet/leaflet.js") for url in sizes)
    assert any(url.endswith("/static/tacitus/world.geojson") for url in sizes)
    assert sum(sizes.values()) < 1_000_000, sizes
