"""The analysis commands: formats, one-line errors for bad input, and a fast start."""

import json
import subprocess
import sys

import pytest

from tacitus.cli import cli
from tacitus.store import open_store
from tests.analysis.builders import event, place, save
from tests.cli.test_startup import MODULES_AFTER


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("analysis-cli") / "events.db")
    items = [event(f"2019-12-{d:02d}", where=place("Moscow", "RUS"), names={"TUR": "Turkey", "RUS": "Russia"},
                   sentence=f"Turkey and Russia held talks on Idlib on December {d}.") for d in (2, 9, 16, 23)]
    items.append(event("2020-01-08", status="planned", mode="visit", actors=("RUS",), recipients=("TUR",),
                       names={"RUS": "Putin", "TUR": "Turkey"}, where=None, published="2019-12-20"))
    with open_store(path) as store:
        save(store, items)
    return path


def run(runner, db, *args):
    return runner.invoke(cli, ["--db", db, *args])


@pytest.mark.parametrize("args, message", [
    (["brief", "--country", "XYZ", "--date", "2019-12-20"], "--country 'XYZ' is not an ISO 3166-1 alpha-3 code"),
    (["brief", "--country", "TUR", "--recipient", "QQQ", "--date", "2019-12-20"], "--recipient 'QQQ'"),
    (["review", "--week", "2019-W60"], "2019 has weeks 1 to 52"),
    (["series", "--country", "TUR", "--start", "2019-12-10", "--end", "2019-12-01"], "is after --end"),
    (["baseline", "--country", "TUR", "--at", "2019-W60"], "2019-W60"),
    (["brief", "--country", "TUR"], "--date, or --start and --end"),
    (["search", "--", "-?-"], "no words"),
    (["series", "--recipient", "RUS"], "--recipient needs --country"),
])
def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(runner, db, args, message):
    result = run(runner, db, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_series_table_csv_and_json(runner, db):
    common = ["series", "--country", "TUR", "--recipient", "RUS", "--start", "2019-12-02", "--end", "2019-12-29"]
    table = run(runner, db, *common)
    assert table.exit_code == 0, table.output
    assert "2019-W49" in table.stdout and table.stdout.splitlines()[-1].startswith("████")
    csv = run(runner, db, *common, "--format", "csv").stdout.splitlines()
    assert csv[0].startswith("period,start,count") and len(csv) == 5
    data = json.loads(run(runner, db, *common, "--format", "json").stdout)
    assert [p["count"] for p in data["points"]] == [1, 1, 1, 1] and data["total"] == 4
    assert run(runner, db, *common, "--format", "markdown").stdout.startswith("| period |")


def test_baseline_and_watchlist(runner, db):
    baseline = json.loads(run(runner, db, "baseline", "--country", "TUR", "--at", "2019-W52", "--periods", "3",
                              "--format", "json").stdout)
    assert baseline["changes"][0] == {"subject": "all events", "current": 1, "baseline_mean": 1.0, "ratio": 1.0,
                                      "p_value": None, "direction": "flat", "significant": False}
    watch = run(runner, db, "watchlist", "--from", "2019-12-23", "--today", "2020-01-01")
    assert "Putin is expected to visit Turkey" in watch.stdout and "upcoming" in watch.stdout


def test_brief_formats(runner, db):
    common = ["brief", "--country", "TUR", "--recipient", "RUS", "--start", "2019-12-16", "--end", "2019-12-23"]
    markdown = run(runner, db, *common).stdout
    assert markdown.startswith("# Türkiye and Russia: Turkey held talks with Russia in Moscow[^1]")
    assert "**What's next:** Putin is expected to visit Turkey on 8 January 2020." in markdown
    assert run(runner, db, *common, "--format", "html").stdout.startswith("<!DOCTYPE html>")
    data = json.loads(run(runner, db, *common, "--format", "json").stdout)
    assert data["sections"][0]["sentences"][0]["events"]


def test_search_review_and_network_run(runner, db):
    found = json.loads(run(runner, db, "search", "Idlib talks", "--start", "2019-12-10", "--format", "json").stdout)
    assert len(found["hits"]) == 2
    assert "**Russia:**\n- Turkey held talks with Russia in Moscow on 23 December 2019." in \
        run(runner, db, "review", "--week", "2019-W52").stdout
    gexf = run(runner, db, "network", "--format", "gexf")
    assert gexf.exit_code == 0 and "<gexf" in gexf.stdout


@pytest.mark.parametrize("args", [["series", "--country", "TUR"], ["brief", "--country", "TUR", "--date", "2019-12-23"],
                                  ["watchlist"], ["search", "Idlib"], ["review", "--week", "2019-W52"]])
def test_analysis_commands_start_without_spacy_or_torch(db, args):
    result = subprocess.run([sys.executable, "-c", MODULES_AFTER, *args, "--db", db], capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.splitlines()[-1].strip() == "loaded:", result.stdout[-300:] + result.stderr[-300:]
