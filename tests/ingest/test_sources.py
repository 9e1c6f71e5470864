import json

import pytest

from tacitus.ingest.records import IngestFailure as Failure
from tacitus.ingest.sources import read_sources
from tacitus.records import Article
from tests.conftest import GUARDIAN, SEED, need


def read(*sources, **options):
    return list(read_sources([str(s) for s in sources], **options))


def test_seed_article_metadata():
    article = read(need(SEED))[0]
    assert article.title == "Intel: How Russia and Turkey are eyeing new deals on Idlib and Libya"
    assert article.publisher == "Al-Monitor"
    assert (article.published, article.published_precision) == ("2019-12-23", "day")
    assert article.captions[0].startswith("Russian President Vladimir Putin and his Turkish counterpart")
    assert "Aug. 27" not in article.body
    assert "Continue reading" not in article.body and "Invitation-only" not in article.body
    assert article.language == "en"


def test_all_guardian_articles_read():
    results = read(need(GUARDIAN))
    assert len(results) == 249
    assert all(isinstance(r, Article) and r.published and r.body for r in results)


def test_jsonl_with_news_please_names(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"maintext": "Turkish troops entered Syria on Wednesday.", "title": "T",
                                "date_publish": "2019-10-09 10:00:00", "source_domain": "example.org",
                                "url": "https://example.org/a?utm_source=x"}) + "\n", encoding="utf-8")
    article = read(path)[0]
    assert article.publisher == "example.org" and article.published.startswith("2019-10-09")
    assert article.url == "https://example.org/a?utm_source=x"


def test_the_same_url_gives_the_same_id_without_tracking_parameters(tmp_path):
    lines = [{"text": "Talks began.", "url": "https://Example.org/a?utm_source=x"},
             {"text": "Talks began.", "url": "https://example.org/a#top"}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    first, second = read(path)
    assert first.id == second.id


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 au lait", "UTF-8"),
])
def test_bad_files_fail_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = read(path)[0]
    assert isinstance(result, Failure) and reason in result.reason


def test_a_missing_path_fails_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nThe army shelled the town on Monday.", encoding="utf-8")
    results = read(tmp_path / "missing.txt", good)
    assert isinstance(results[0], Failure) and "no such file" in results[0].reason
    assert isinstance(results[1], Article)


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.seek(50 * 1024 * 1024)
        handle.write(b"x")
    result = read(big, max_bytes=20_000_000)[0]
    assert isinstance(result, Failure) and "limit" in result.reason


def test_bad_jsonl_lines_fail_one_by_one(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Troops withdrew."}\nnot json\n{"title": "no text"}\n', encoding="utf-8")
    results = read(path)
    assert isinstance(results[0], Article)
    assert isinstance(results[1], Failure) and "not JSON" in results[1].reason
    assert isinstance(results[2], Failure) and "no text" in results[2].reason


def test_an_unparseable_date_is_kept_raw_not_a_failure(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Troops withdrew.", "published": "the day after"}), encoding="utf-8")
    article = read(path)[0]
    assert article.published is None and article.published_raw == "the day after"


def test_directories_recurse_and_overrides_apply(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\nPolice arrested ten protesters.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H\n\nIgnored.", encoding="utf-8")
    results = read(tmp_path, publisher="Desk", published="2020-03-05")
    assert len(results) == 1 and results[0].publisher == "Desk" and results[0].published == "2020-03-05"


def test_non_english_is_flagged(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Titel\n\nDie Regierung hat heute in Berlin über den Haushalt beraten und ihn beschlossen.",
                    encoding="utf-8")
    assert read(path)[0].language == "de"


def test_a_url_that_cannot_be_taken_apart_still_gives_an_article(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Talks began in Moscow.", "url": "https://[desk.test/1"}), encoding="utf-8")
    article = read(path)[0]
    assert isinstance(article, Article) and article.url == "https://[desk.test/1"
