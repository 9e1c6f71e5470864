"""`tacitus events`, `show` and `export` against a real SQLite store built by hand."""

import csv
import io
import json

import pytest

from tacitus.cli import cli
from tacitus.store import open_store
from tests.store.factories import article, report


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "events.db")
    with open_store(path) as store:
        for key, publisher in (("a", "Reuters"), ("b", "AP"), ("c", "TASS")):
            store.save_article(article(key, publisher=publisher, url=f"https://news.test/{key}"),
                               events=[report(1, article_id=key)])
        store.save_article(article("d"), events=[report(1, article_id="d", category="ASSAULT", actors=("SYR",),
                                                        recipients=("TUR",), date="2020-02-27", quad=4)])
    return path


def run(runner, *args):
    return runner.invoke(cli, list(args))


def test_events_lists_one_row_per_merged_event_in_every_format(runner, db):
    rows = [json.loads(line) for line in run(runner, "--db", db, "events", "--format", "jsonl").stdout.splitlines()]
    assert [(r["event"], r["num_articles"]) for r in rows] == [("ASSAULT", 1), ("CONSULT", 3)]
    table = list(csv.DictReader(io.StringIO(run(runner, "--db", db, "events", "--format", "csv", "--quad", "1").stdout)))
    assert [(r["event"], r["articles"], r["sources"]) for r in table] == [("CONSULT", "3", "3")]
    geo = json.loads(run(runner, "--db", db, "events", "--format", "geojson", "--country", "RUS").stdout)
    assert len(geo["features"]) == 1
    table = run(runner, "--db", db, "events", "--limit", "1")
    assert table.exit_code == 0 and "TUR" in table.stdout and "SYR" in table.stdout and "RUS" not in table.stdout
    mentions = run(runner, "--db", db, "events", "--mentions", "--format", "jsonl", "--publisher", "AP").stdout
    assert len(mentions.splitlines()) == 1


def test_show_prints_every_report_with_its_article_and_why_it_was_merged(runner, db):
    rows = [json.loads(line) for line in run(runner, "--db", db, "events", "--format", "jsonl",
                                               "--event-type", "CONSULT").stdout.splitlines()]
    result = run(runner, "--db", db, "show", rows[0]["id"])
    assert result.exit_code == 0
    for publisher in ("Reuters", "AP", "TASS"):
        assert publisher in result.stdout
    assert "https://news.test/b" in result.stdout and "Erdogan met Putin." in result.stdout
    assert result.stdout.count("merged: category: CONSULT; parties: TUR -> RUS; dates: same date 2020-03-05") == 2
    explained = json.loads(run(runner, "--db", db, "show", "--json", rows[0]["id"]).stdout)
    assert explained["num_articles"] == 3


def test_export_writes_a_file_and_since_gives_only_newer_events(runner, db, tmp_path):
    target = tmp_path / "out.gdelt.tsv"
    result = run(runner, "--db", db, "export", "--format", "gdelt", "-o", str(target))
    assert result.exit_code == 0 and "wrote 2 events" in result.stderr
    assert all(len(row) == 61 for row in csv.reader(target.open(), delimiter="\t"))
    assert run(runner, "--db", db, "export", "--since", "2999-01-01").stdout == ""
    plover = run(runner, "--db", db, "export", "--country", "SYR").stdout
    assert [json.loads(line)["event"] for line in plover.splitlines()] == ["ASSAULT"]


@pytest.mark.parametrize("args,message", [
    (["events", "--country", "XYZ"], "--country 'XYZ' is not an ISO 3166-1 alpha-3 code"),
    (["events", "--start", "2020-13-01"], "--start '2020-13-01' is not a date"),
    (["export", "--since", "last week"], "--since 'last week' is not an ISO time"),
    (["export", "--format", "parquet"], "give -o FILE"),
    (["show", "ev-nothing"], "no event 'ev-nothing'"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(runner, db, args, message):
    result = run(runner, "--db", db, *args)
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


def test_an_unwritable_export_path_writes_nothing(runner, db, tmp_path):
    result = run(runner, "--db", db, "export", "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert result.exit_code == 2 and "cannot write there" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "missing").exists()


def test_an_unreachable_database_is_one_line(runner):
    result = run(runner, "--db", "postgresql+psycopg://me:secret@127.0.0.1:1/none?connect_timeout=2", "events")
    assert result.exit_code == 4 and "cannot reach the database" in result.stderr
    assert "secret" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
