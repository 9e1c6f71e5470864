"""The brief, week-in-review and watchlist pages in a real browser against a real store: the form filled through
the UI sets the URL's query string and changes what the document says; cited events link to their evidence;
hostile article text stays inert; nothing leaves localhost.

The store is the web tests' corpus (tests/web/corpus.py) plus a planned visit that then happened, and a planned
event whose actor's words carry script and handler payloads."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tacitus.store import open_store
from tests.store.factories import article, report
from tests.web.browsing import guarded_page, needs_browser, serving
from tests.web.conftest import TOKEN
from tests.web.corpus import PLACES, XSS_TITLE, filled_store

pytestmark = needs_browser

HOSTILE_ENVOY = '<img src=x onerror="window.__xss = 10">envoy<script>window.__xss = 11</script>'


def _planned_and_hostile(url: str) -> str:
    """Putin's visit to Istanbul announced on 15 January 2020 for the 24th and reported on the day; an Iranian
    visit to the United States announced for 10 February 2020 by a hostile name under a hostile title."""
    plan = report(1, article_id="plan", category="CONSULT", actors=("RUS",), recipients=("TUR",), mode="visit",
                  place=PLACES["Istanbul"], date="2020-01-24", status="planned",
                  sentence="Putin will visit Istanbul on January 24, the Kremlin said.")
    visit = report(1, article_id="visit", category="CONSULT", actors=("RUS",), recipients=("TUR",), mode="visit",
                   place=PLACES["Istanbul"], date="2020-01-24", sentence="Putin arrived in Istanbul for talks.")
    hostile = report(1, article_id="hostile-plan", category="CONSULT", actors=("IRN",), recipients=("USA",),
                     mode="visit", place=None, date="2020-02-10", status="planned",
                     sentence="An Iranian envoy will visit Washington on February 10.")
    for coded, actor_words, recipient_words in ((plan, "Vladimir Putin", "Turkey"), (visit, "Putin", "Turkey"),
                                                (hostile, HOSTILE_ENVOY, "the United States")):
        coded.actor[0].text, coded.recipient[0].text = actor_words, recipient_words
    announced = article("hostile-plan", url="javascript:window.__xss = 12", published="2020-01-30")
    announced.title = XSS_TITLE
    with open_store(url) as store:
        store.save_article(article("plan", url="https://news.example/plan", published="2020-01-15"), events=[plan])
        store.save_article(article("visit", url="https://news.example/visit", published="2020-01-24"),
                           events=[visit])
        store.save_article(announced, events=[hostile])
    return url


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = _planned_and_hostile(filled_store(f"sqlite:///{tmp_path_factory.mktemp('documents') / 'web.db'}"))
    with serving(url, TOKEN) as base:
        yield base


@pytest.fixture
def page(browser, server):
    with guarded_page(browser, server) as opened:
        yield opened


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def items(page, heading: str | None = None) -> list[str]:
    """The list items of the section under ``heading`` (the first list without one)."""
    where = f"h2:text-is({heading!r}) + ul.document li" if heading else "#document-title ~ ul.document >> nth=0 >> li"
    return page.locator(where).all_inner_texts()


def stored_id(page, server, text: str) -> str:
    found = page.request.get(f"{server}/api/v1/events?text={text}").json()["events"]
    assert len(found) == 1, found
    return found[0]["id"]


def test_the_brief_form_sets_the_url_and_the_brief_tells_the_dyads_events_with_linked_citations(page, server):
    response = page.goto(server + "/brief")  # from the menu: no country yet, so the form says what it needs
    assert response.status == 200 and page.inner_text("#note").startswith("A brief is on a country")
    assert page.locator("#document-title").count() == 0
    page.fill("input[name=country]", "TUR")
    page.fill("input[name=recipient]", "RUS")
    page.fill("input[name=start]", "2020-01-06")
    page.fill("input[name=end]", "2020-01-20")
    page.click("#apply")
    page.wait_for_url("**/brief?**recipient=RUS**")
    assert query(page) == {"country": ["TUR"], "recipient": ["RUS"], "start": ["2020-01-06"], "end": ["2020-01-20"]}
    assert page.inner_text("p.subtitle") == "Tacitus brief, Türkiye and Russia, 6 January 2020 to 20 January 2020"
    lead = items(page)
    assert lead[0].startswith("Russia reached an agreement with Turkey in Moscow on 20 January 2020.")
    assert lead[1].startswith("Erdogan held talks with Putin in Moscow on 10 January 2020.")
    told = page.eval_on_selector_all(  # every list but Know more's (articles and earlier briefs) is sentences
        "ul.document", "lists => lists.filter(l => l.previousElementSibling.textContent !== 'Know more')"
                       ".flatMap(l => Array.from(l.querySelectorAll('li'), li => li.textContent))")
    assert len(told) >= 4 and all(re.search(r"\[\d+\]$", line) for line in told), told  # each cited
    [upcoming] = items(page, "What's next")
    assert re.fullmatch(r"Vladimir Putin is expected to visit Turkey in Istanbul on 24 January 2020; since then "
                        r"reported as happened\.\[\d+\]\[\d+\]", upcoming), upcoming
    cited = page.locator("h2:text-is(\"What's next\") + ul li a.cite")
    assert [cited.nth(i).get_attribute("href") for i in range(cited.count())] == [
        f"/events/{stored_id(page, server, 'Kremlin')}", f"/events/{stored_id(page, server, 'arrived')}"]
    sources = page.locator("h2:text-is('Know more') + ul a")
    assert {sources.nth(i).get_attribute("href") for i in range(sources.count())} >= {
        "https://news.example/art01", "https://news.example/art04", "https://news.example/plan"}

    page.click("ul.document li >> nth=1 >> a.cite")  # the talks' citation opens their evidence
    page.wait_for_selector("blockquote.sentence")
    assert page.inner_text("blockquote.sentence") == "Erdogan met Putin in Moscow."
    page.go_back()

    page.select_option("select[name=event-type]", "AGREE")  # a filter applied keeps the brief's recipient
    page.click("#apply")
    page.wait_for_url("**event-type=AGREE**")
    assert query(page) == {"country": ["TUR"], "event-type": ["AGREE"], "start": ["2020-01-06"],
                           "end": ["2020-01-20"], "recipient": ["RUS"]}
    assert [line.split(".[")[0] for line in items(page)] == [
        "Russia reached an agreement with Turkey in Moscow on 20 January 2020"]
    assert page.errors == [] and page.left == []


def test_the_brief_links_the_earlier_briefs_on_the_same_parties(page, server):
    page.goto(server + "/brief?country=TUR&recipient=RUS&start=2020-01-21&end=2020-01-26")  # Putin's visit
    earlier = page.locator("h2:text-is('Know more') + ul li.earlier a")
    assert earlier.all_inner_texts() == [
        "Earlier brief, 15 January 2020 to 20 January 2020 (1 event between Türkiye and Russia: 1 AGREE)",
        "Earlier brief, 9 January 2020 to 14 January 2020 (1 event between Türkiye and Russia: 1 CONSULT)"]
    earlier.first.click()
    page.wait_for_url("**start=2020-01-15**")
    assert query(page) == {"country": ["TUR"], "recipient": ["RUS"], "start": ["2020-01-15"], "end": ["2020-01-20"]}
    assert items(page)[0].startswith("Russia reached an agreement with Turkey in Moscow on 20 January 2020.")
    assert page.errors == [] and page.left == []


def test_the_watchlist_form_lists_the_planned_visit_with_its_date_and_status(page, server):
    page.goto(server + "/watchlist")  # today's window: the 2020 plans are long past
    assert "No announced events in this window." in page.inner_text("p.note")
    page.fill("input[name=from]", "2020-01-20")
    page.click("#apply")
    page.wait_for_url("**from=2020-01-20**")
    assert query(page) == {"from": ["2020-01-20"]}
    assert page.inner_text("#document-title") == "Announced events, 2020-01-20 to 2020-02-18"
    visit_id, plan_id = stored_id(page, server, "arrived"), stored_id(page, server, "Kremlin")
    lines = items(page)
    assert lines[0] == (f"Vladimir Putin is expected to visit Turkey in Istanbul, 2020-01-24, planned, 1 report: "
                        f"happened ({visit_id})[1]")
    assert lines[1].endswith(", 2020-02-10, planned, 1 report: not reported yet[2]")
    assert page.get_attribute("ul.document li >> nth=0 >> a.cite", "href") == f"/events/{plan_id}"

    page.fill("input[name=country]", "TUR")
    page.click("#apply")
    page.wait_for_url("**country=TUR**")
    assert query(page) == {"country": ["TUR"], "from": ["2020-01-20"]}
    assert len(items(page)) == 1 and items(page)[0].startswith("Vladimir Putin is expected to visit Turkey")
    assert page.errors == [] and page.left == []


def test_the_review_form_picks_the_week_and_shows_its_counts(page, server):
    page.goto(server + "/review?week=2020-W02")
    assert page.inner_text("#document-title") == "The week in review, 2020-W02"
    assert items(page, "By category") in (["2 events: 1 CONSULT, 1 ASSAULT.[1][2]"],
                                          ["2 events: 1 ASSAULT, 1 CONSULT.[1][2]"])
    page.fill("input[name=week]", "2020-W04")
    page.click("#apply")
    page.wait_for_url("**week=2020-W04**")
    assert query(page) == {"week": ["2020-W04"]}
    assert page.inner_text("p.subtitle") == "Tacitus week in review, 2020-W04 (2020-01-20 to 2020-01-26)"
    assert items(page, "By category") in (["2 events: 1 AGREE, 1 CONSULT.[1][2]"],
                                          ["2 events: 1 CONSULT, 1 AGREE.[1][2]"])
    page.select_option("select[name=event-type]", "CONSULT")
    page.click("#apply")
    page.wait_for_url("**event-type=CONSULT**")
    assert query(page) == {"event-type": ["CONSULT"], "week": ["2020-W04"]}
    assert items(page, "By category") == ["1 event: 1 CONSULT.[1]"]
    assert page.errors == [] and page.left == []


DOCUMENTS_WITH_HOSTILE_TEXT = ("/brief?country=TUR&recipient=SYR&start=2020-02-17&end=2020-02-23",
                               "/review?week=2020-W08", "/watchlist?from=2020-02-01")


def test_hostile_article_text_renders_inert_in_briefs_reviews_and_watchlists(page, server):
    for path in DOCUMENTS_WITH_HOSTILE_TEXT:
        page.goto(server + path)
        assert page.locator("#document-title").count() == 1, path
        assert page.evaluate("() => window.__xss") is None, path
        assert page.locator("[onerror], [onload], img[src=x]").count() == 0, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        scripts = page.eval_on_selector_all("script", "nodes => nodes.map(n => n.getAttribute('src'))")
        assert all(src and src.startswith("/static/") for src in scripts), path
    page.goto(server + "/review?week=2020-W08")
    assert XSS_TITLE + ", Desk, 2020-02-20" in items(page, "Know more")  # the title as text, unlinked
    page.goto(server + "/watchlist?from=2020-02-01")
    assert items(page)[0].startswith(HOSTILE_ENVOY + " is expected to visit the United States")
    assert page.dialogs == [] and page.errors == []


def test_the_document_pages_load_with_the_network_blocked(page, server):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in DOCUMENTS_WITH_HOSTILE_TEXT + ("/brief", "/review", "/watchlist"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    assert page.left == [] and page.errors == []
    assert requested and all(url.startswith(server + "/") for url in requested)
