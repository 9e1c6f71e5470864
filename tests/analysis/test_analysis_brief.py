"""A brief says only what stored events say, and cites them in every sentence."""

import re

import pytest

from tacitus.analysis.baseline import baseline_change
from tacitus.analysis.brief import HISTORY_DAYS, brief
from tacitus.errors import InputError
from tacitus.store import EventFilter, open_store
from tests.analysis.builders import event, place, save

MOSCOW = place("Moscow", "RUS")
NAMES = {"TUR": "A Turkish delegation", "RUS": "Russian officials", "SYR": "Syrian government forces"}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
TREND = re.compile(r"The week of \d+ December 2019 saw (?P<count>\d+) events? (between Türkiye and Russia|in "
                   r"(?P<place>\w+)), against (?P<mean>[\d.]+) a week over the 12 weeks before\.$")
TEMPLATE_WORDS = {"Meanwhile", "The", "In", "Unnamed", "A", "An"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    items = [
        event("2019-12-23", names=NAMES, where=MOSCOW, article="moscow", score=1.0),
        event("2019-12-17", mode="phone", actors=("TUR", "RUS"), recipients=(), article="moscow",
              names={"TUR": "Erdogan", "RUS": "Vladimir Putin"}, where=None),
        event("2019-12-20", category="ASSAULT", actors=("SYR",), recipients=(), where=place("Idlib"), names=NAMES,
              article="moscow", quad=4, score=-10.0),
        event("2019-11-02", category="COOPERATE", actors=("RUS", "TUR"), recipients=(), quad=2, score=6.0),
        event("2020-01-08", status="planned", mode="visit", actors=("RUS",), recipients=("TUR",), article="moscow",
              names={"RUS": "Vladimir Putin", "TUR": "Turkey"}, where=None),
        event("2019-12-18", actors=("GRC",), recipients=("CYP",)),  # other parties, another article: not in it
    ]
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('brief') / 'brief.db'}") as opened:
        save(opened, items)
        yield opened


@pytest.fixture(scope="module")
def written(store):
    return brief(store, EventFilter.parse(country="TUR", start="2019-12-16", end="2019-12-23"), recipient="RUS")


def _sentences(document):
    return [document.title] + [s for section in document.sections for s in section.sentences]


def test_every_sentence_cites_stored_events_and_their_articles(store, written):
    for sentence in _sentences(written):
        assert sentence.events, sentence.text
        assert sentence.urls, sentence.text
        for event_id in sentence.events:
            stored = store.explain(event_id)
            assert stored is not None
            assert written.evidence[event_id].sentence in {m["sentence"] for m in stored["mentions"]}


def _allowed_words(store, event_ids):
    words = set(MONTHS) | TEMPLATE_WORDS | {"Türkiye", "Russia"}
    for event_id in event_ids:
        stored = store.explain(event_id)
        words.add(stored["category"])
        for name in [stored["place_name"] or ""] + [p[k] or "" for m in stored["mentions"]
                                                     for p in m["actor"] + m["recipient"] for k in ("text", "name")]:
            words.update(re.findall(r"[\w'-]+", name))
    return words


def test_no_fact_absent_from_the_store(store, written):
    """Every name, place and date in a sentence comes from the events it cites."""
    dyad = baseline_change(store, EventFilter.parse(country="TUR"), at="2019-12-23", recipient="RUS").total
    for sentence in _sentences(written):
        figure = TREND.match(sentence.text)
        if figure:  # the week's count and the baseline mean, recomputed
            subject = EventFilter(place=figure["place"]) if figure["place"] else EventFilter(country="TUR")
            expected = baseline_change(store, subject, at="2019-12-23",
                                       recipient=None if figure["place"] else "RUS").total
            assert (int(figure["count"]), float(figure["mean"])) == (expected.current,
                                                                    round(expected.baseline_mean, 2))
            assert len(sentence.events) == expected.current
            continue
        allowed = _allowed_words(store, sentence.events)
        body = sentence.text.split(": ", 1)[-1] if sentence is written.title else sentence.text
        for word in re.findall(r"(?<=[\s(])([A-Z][\w'-]*)", " " + body):
            assert word in allowed, (word, sentence.text)
        days = {int(p) for e in sentence.events for p in (written.evidence[e].date or "").split("-") if p}
        asked = {16, 23, 12, 2019}  # the window asked for (16 to 23 December 2019) and its week
        counts = {len(sentence.events), HISTORY_DAYS, 12} | {int(w) for w in allowed if w.isdigit()} | asked
        for number in re.findall(r"\d+(?:\.\d+)?", sentence.text):
            assert int(number) in days | counts, (number, sentence.text)


def test_lead_why_and_next_say_what_the_store_holds(written):
    markdown = written.to_markdown()
    lead, why, upcoming = (section.sentences for section in written.sections)
    assert lead[0].text == "A Turkish delegation held talks with Russian officials in Moscow on 23 December 2019."
    assert "Erdogan spoke by telephone with Vladimir Putin on 17 December 2019." in [s.text for s in lead]
    assert any("Syrian government forces attacked targets in Idlib" in s.text for s in why)
    assert any("1 event between Türkiye and Russia: 1 COOPERATE" in s.text for s in why)
    assert any(TREND.match(s.text) and "in Moscow" in s.text for s in why)
    assert [s.text for s in upcoming] == ["Vladimir Putin is expected to visit Turkey on 8 January 2020."]
    assert "CYP" not in markdown and "GRC" not in markdown
    assert markdown.startswith("# Türkiye and Russia: A Turkish delegation held talks with Russian officials in "
                               "Moscow[^1]\n")
    assert "\n[^1]: " in markdown
    assert "**Know more:**" in markdown and "https://example.invalid/moscow" in markdown


def test_html_escapes_and_links_footnotes(written):
    page = written.to_html()
    assert page.startswith("<!DOCTYPE html>") and '<a href="#fn1">1</a>' in page and 'id="fn1"' in page
    assert "<script" not in page


def test_json_fields_carry_the_citations(written):
    data = written.to_dict()
    assert data["sections"][0]["sentences"][0]["events"]
    assert set(data["events"]) >= {i for s in data["sections"] for x in s["sentences"] for i in x["events"]}


def test_an_empty_window_gives_an_empty_brief_that_says_so(store):
    empty = brief(store, EventFilter.parse(country="TUR", start="2018-01-01", end="2018-01-31"), recipient="RUS")
    assert empty.sections == [] and "no reported events" in empty.to_markdown()
    announced_only = brief(store, EventFilter.parse(country="TUR"), recipient="RUS", date="2020-01-08")
    assert announced_only.sections == [] and "nothing to brief" in announced_only.to_markdown()


def test_a_brief_needs_a_country_and_a_window(store):
    with pytest.raises(InputError, match="--country"):
        brief(store, EventFilter())
    with pytest.raises(InputError, match="--date, or --start and --end"):
        brief(store, EventFilter(country="TUR"))
