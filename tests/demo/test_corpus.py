"""The bundled demo corpus: enough articles, well formed, dated consistently, and our own words."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from importlib import resources

import pytest

from tacitus.demo import DemoArticle, corpus_path, load_corpus
from tacitus.demo.articles import FIELDS

FICTIONAL_OUTLETS = {"Tacitus Wire", "Meridian Dispatch", "Levant Ledger", "Bosphorus Bulletin", "Caspian Courier"}
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "Oct": 10, "Nov": 11, "Dec": 12}
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]+(?:, [A-Z][a-z]+)?), (?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}) — ")


@pytest.fixture(scope="module")
def corpus() -> tuple[DemoArticle, ...]:
    return load_corpus()


def _published(article: DemoArticle) -> dt.date:
    return dt.date.fromisoformat(article.published)


def _about(corpus: tuple[DemoArticle, ...], *words: str, start: str, end: str) -> list[DemoArticle]:
    return [a for a in corpus if start <= a.published <= end and all(w in a.text for w in words)]


def test_corpus_has_at_least_30_articles(corpus):
    assert len(corpus) >= 30


def test_every_line_has_every_field_as_a_nonempty_string():
    source = resources.files("tacitus.demo") / "corpus" / "articles.jsonl"
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == set(FIELDS)
        assert all(isinstance(record[k], str) and record[k].strip() for k in FIELDS), record["id"]


def test_ids_and_urls_are_unique(corpus):
    assert len({a.id for a in corpus}) == len(corpus)
    assert len({a.url for a in corpus}) == len(corpus)


def test_urls_are_under_the_invalid_demo_domain(corpus):
    assert all(a.url.startswith("https://demo.tacitus.invalid/") for a in corpus)


def test_publishers_are_the_fictional_demo_outlets(corpus):
    assert {a.publisher for a in corpus} <= FICTIONAL_OUTLETS


def test_publication_dates_fall_between_october_2019_and_march_2020(corpus):
    for article in corpus:
        assert dt.date(2019, 10, 1) <= _published(article) <= dt.date(2020, 3, 31), article.id


def test_dateline_day_is_the_publication_day(corpus):
    for article in corpus:
        match = DATELINE.match(article.text)
        assert match, f"{article.id} has no wire dateline"
        published = _published(article)
        assert (MONTHS[match["month"]], int(match["day"])) == (published.month, published.day), article.id


def test_articles_are_short_wire_copy_in_paragraphs(corpus):
    for article in corpus:
        assert 150 <= len(article.text.split()) <= 350, article.id
        assert len(article.text.split("\n\n")) >= 4, article.id
        assert "\n\n\n" not in article.text


def test_turkstream_launch_is_reported_by_three_outlets_including_a_preview(corpus):
    reports = _about(corpus, "TurkStream", "Istanbul", start="2020-01-07", end="2020-01-09")
    assert len({a.publisher for a in reports}) >= 3
    assert any(a.published == "2020-01-07" and "will launch" in a.text for a in reports)


def test_march_5_moscow_ceasefire_is_reported_by_three_outlets(corpus):
    reports = _about(corpus, "ceasefire", "M4", start="2020-03-05", end="2020-03-06")
    assert len({a.publisher for a in reports}) >= 3


def test_berlin_conference_and_february_27_strike_have_several_reports(corpus):
    assert len(_about(corpus, "Berlin", "Libya", start="2020-01-18", end="2020-01-21")) >= 2
    assert len(_about(corpus, "Turkish soldiers", "Idlib", start="2020-02-28", end="2020-02-29")) >= 3


def test_no_sentence_is_repeated_across_articles(corpus):
    owners: dict[str, set[str]] = {}
    for article in corpus:
        for sentence in re.split(r"(?<=[.!?])\s+", article.text):
            if len(sentence) >= 60:
                owners.setdefault(sentence, set()).add(article.id)
    assert {s: ids for s, ids in owners.items() if len(ids) > 1} == {}


def test_no_long_line_is_repeated_across_articles(corpus):
    lines = Counter(line for a in corpus for line in set(a.text.splitlines()) if len(line) > 400)
    assert [line for line, n in lines.items() if n > 1] == []


def test_corpus_file_is_installed_as_package_data():
    with corpus_path() as path:
        assert path.is_file()
        assert (path.parent / "README.md").read_text(encoding="utf-8").count("fictional") >= 1
