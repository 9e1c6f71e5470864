"""`tacitus extract` as a user runs it: JSON lines valid against the contract, clear one-line errors."""

import json
from importlib import resources

import jsonschema
import pytest

from tacitus.cli import cli
from tests.conftest import SEED, need

pytestmark = pytest.mark.slow
SCHEMA = json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text())


def run(runner, tmp_path, text, *args):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return runner.invoke(cli, ["extract", str(path), *args])


def lines(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_events_are_json_lines_valid_against_the_schema(runner, tmp_path):
    result = run(runner, tmp_path, "Turkish troops shelled Kurdish positions near Afrin on Monday.",
                 "--published", "2018-02-07")
    assert result.exit_code == 0, result.output
    events = lines(result.output)
    assert [e["event"] for e in events] == ["ASSAULT"] and events[0]["date"] == "2018-02-05"
    for event in events:
        jsonschema.validate(event, SCHEMA)


def test_negated_events_only_on_request(runner, tmp_path):
    text = "Turkey did not attack Kurdish forces on Tuesday."
    assert lines(run(runner, tmp_path, text).output) == []
    assert [e["status"] for e in lines(run(runner, tmp_path, text, "--include-negated").output)] == ["negated"]


def test_min_confidence_drops_less_certain_events(runner, tmp_path):
    text = "Turkish troops shelled Kurdish positions near Afrin on Monday."
    assert lines(run(runner, tmp_path, text, "--min-confidence", "0.99").output) == []


def test_jsonl_articles_are_coded_with_their_own_ids_and_dates(runner, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "text": "Russia and Turkey held talks in Moscow on Monday.", "published": "2020-01-08"},
        {"id": "a2", "text": "The EU imposed sanctions on Iran on Friday.", "published": "not a date"},
    ]), encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    events = lines(result.output)
    assert {(e["doc_id"], e["event"]) for e in events} == {("a1", "CONSULT"), ("a2", "SANCTION")}
    assert [e["date"] for e in events if e["doc_id"] == "a1"] == ["2020-01-06"]


@pytest.mark.parametrize("text", ["", "  ...!!! ?? ", "mot " * 300_000,
                                  "Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie."])
def test_uncodable_input_is_one_line_and_a_nonzero_exit(runner, tmp_path, text):
    result = run(runner, tmp_path, text)
    assert result.exit_code != 0
    assert "Traceback" not in result.output and "nothing to code" in result.output


def test_a_published_date_that_is_not_a_date_is_refused(runner, tmp_path):
    result = run(runner, tmp_path, "Turkey attacked Kurdish forces.", "--published", "yesterday")
    assert result.exit_code == 2 and "not a date" in result.output


def test_the_seed_article_from_the_command_line(runner):
    result = runner.invoke(cli, ["extract", str(need(SEED)), "--published", "2019-12-23"])
    assert result.exit_code == 0
    events = lines(result.output)
    assert {"CONSULT", "REQUEST", "AGREE", "SUPPORT"} <= {e["event"] for e in events}
