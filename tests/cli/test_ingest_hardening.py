"""`tacitus ingest` as a hostile or unlucky user meets it (issue 17): one-line articles, cut crawls counted
honestly, one line per failure, re-ingesting without re-parsing, an oversized article coded in part."""

import io
import json

import pytest

from tacitus.cli import cli
from tacitus.config import Settings
from tacitus.pipeline import ingest_sources


def stored(runner, db):
    result = runner.invoke(cli, ["articles", "--db", db, "--format", "jsonl"])
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_one_line_article_on_stdin_is_a_body(runner, tmp_path):
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["ingest", "-", "--db", db, "--no-code"],
                           input="Turkish forces shelled Tal Abyad on Monday.\n")
    assert result.exit_code == 0, result.output
    [article] = stored(runner, db)
    assert (article["title"], article["body"]) == (None, "Turkish forces shelled Tal Abyad on Monday.")


def test_a_cut_crawl_is_counted_as_a_failure_and_each_failure_printed_once(runner, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (b"<html><head><title>Strikes</title></head><body><article><p>"
            + b"Turkish jets struck Syrian positions in Idlib on Friday, officials said. " * 8 + b"</p></article>")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    for number in range(2):
        writer.write_record(writer.create_warc_record(f"https://desk.test/{number}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(buffer.getvalue()[:-150])
    result = runner.invoke(cli, ["ingest", str(crawl), str(tmp_path / "missing.txt"), "--db",
                                 str(tmp_path / "t.db"), "--no-code"])
    assert "ingested 1," in result.stderr and "failed 2" in result.stderr
    assert result.stderr.count("missing.txt") == 1 and result.stderr.count("cut short") == 1


def test_stored_articles_are_skipped_before_they_are_parsed(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"Police arrested {number + 2} protesters in Beirut.", encoding="utf-8")
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}")
    assert ingest_sources([str(folder)], settings=settings, code=False).ingested == 3
    # a model that does not exist: loading it would fail, so nothing may be parsed the second time
    again = ingest_sources([str(folder)], settings=Settings(db_url=settings.db_url, spacy_model="no_such_model"))
    assert (again.ingested, again.duplicates, again.failed) == (0, 3, [])


@pytest.mark.slow
def test_an_article_over_the_limits_is_stored_and_coded_in_part(tmp_path):
    sentence = "Turkish troops shelled Kurdish positions near Afrin on Monday. "
    article = tmp_path / "long.txt"
    article.write_text(sentence * 400, encoding="utf-8")  # one line of 25,000 characters
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}", max_article_chars=2_000, max_article_events=3,
                        classifier="off")
    report = ingest_sources([str(article)], settings=settings)
    assert report.ingested == 1 and report.events == 3
    reasons = " ".join(limit.reason for limit in report.limited)
    assert "TACITUS_MAX_ARTICLE_CHARS" in reasons and "TACITUS_MAX_ARTICLE_EVENTS" in reasons


@pytest.mark.slow
def test_the_limit_reached_is_one_warning_line_and_counted(runner, tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("Turkish troops shelled Kurdish positions near Afrin on Monday. " * 200, encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(article), "--db", str(tmp_path / "t.db")],
                           env={"TACITUS_MAX_ARTICLE_CHARS": "1000", "TACITUS_CLASSIFIER": "off"})
    assert result.exit_code == 0, result.output
    assert "coded in part 1" in result.stderr and result.stderr.count("TACITUS_MAX_ARTICLE_CHARS") == 1
