"""Issue acceptance, through the command line into a real SQLite store."""

import json

import pytest

from tacitus.cli import cli
from tests.conftest import GUARDIAN, SEED, need


def stored_articles(runner, db):
    result = runner.invoke(cli, ["--db", db, "articles", "--format", "jsonl"])
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingesting_the_seed_stores_its_metadata_caption_and_clean_body(runner, tmp_path):
    db = str(tmp_path / "seed.db")
    result = runner.invoke(cli, ["--db", db, "ingest", "--no-code", str(need(SEED))])
    assert result.exit_code == 0, result.output
    (article,) = stored_articles(runner, db)
    assert article["title"] == "Intel: How Russia and Turkey are eyeing new deals on Idlib and Libya"
    assert (article["publisher"], article["published"], article["published_precision"]) == \
        ("Al-Monitor", "2019-12-23", "day")
    assert article["captions"][0].startswith("Russian President Vladimir Putin and his Turkish counterpart")
    assert "Photo by" not in article["body"]
    for wall in ("Continue reading", "Al-Monitor Archives", "The Week in Review", "Invitation-only"):
        assert wall not in article["body"]


@pytest.mark.slow
def test_all_guardian_articles_ingest_without_failure(runner, tmp_path):
    db = str(tmp_path / "guardian.db")
    result = runner.invoke(cli, ["--db", db, "ingest", "--no-code", str(need(GUARDIAN))])
    assert result.exit_code == 0, result.output
    assert "failed 0" in result.stderr
    assert len(stored_articles(runner, db)) == 249
