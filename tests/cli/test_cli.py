"""The command line as a user meets it: data on stdout, one-line errors on stderr, exit codes."""

import json
import sqlite3

import pytest

from tacitus.cli import cli
from tests.conftest import SEED, SEED_GOLD, need


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input)


def test_version_and_help(runner):
    assert run(runner, "--version").output.startswith("tacitus, version")
    for command in ("ingest", "articles", "events", "extract", "eval", "demo", ["resolve", "actor"],
                    ["resolve", "place"], ["resolve", "date"], ["actors", "list"]):
        args = command if isinstance(command, list) else [command]
        result = run(runner, *args, "--help")
        assert result.exit_code == 0 and "Usage" in result.output, args


def test_resolve_commands_print_json_and_null(runner):
    assert json.loads(run(runner, "resolve", "actor", "Erdogan", "--date", "2010-05-01").stdout)["country"] == "TUR"
    assert json.loads(run(runner, "resolve", "place", "Idlib").stdout)["country"] == "SYR"
    assert run(runner, "resolve", "actor", "Nobody Atall").stdout.strip() == "null"
    result = run(runner, "resolve", "date", "Jan. 8", "--published", "2019-12-23", "--context", "He will visit Jan. 8.")
    assert json.loads(result.stdout) == {"date": "2020-01-08", "precision": "day", "value": "2020-01-08",
                                         "start": "2020-01-08", "end": "2020-01-08", "kind": "date"}


def test_resolve_jsonl_keeps_order_and_survives_a_bad_line(runner):
    lines = '{"text": "Putin", "date": "2009-06-01"}\nnot json\n{"text": "the Kremlin"}\n'
    result = run(runner, "resolve", "actor", "--jsonl", "-", input=lines)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["name"] == "Vladimir Putin" and "error" in rows[1] and rows[2]["country"] == "RUS"


def test_a_published_date_that_is_not_a_date_is_one_error_line(runner):
    result = run(runner, "resolve", "date", "today", "--published", "soon")
    assert result.exit_code != 0 and "is not a date" in result.stderr and "Traceback" not in result.output


@pytest.mark.slow
def test_extract_prints_schema_valid_json_lines(runner):
    import jsonschema
    from importlib import resources

    schema = json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text())
    result = run(runner, "extract", "-", "--published", "2020-01-08",
                 input="Russian and Turkish troops held a joint patrol near Kobani on Tuesday.")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and rows
    for row in rows:
        jsonschema.validate(row, schema)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "?!... ---", "Die Regierung hat heute in Berlin den Haushalt beschlossen und vertagt."])
def test_extract_refuses_what_cannot_be_coded(runner, text):
    result = run(runner, "extract", "-", input=text)
    assert result.exit_code != 0 and "nothing to code" in result.stderr


@pytest.mark.slow
def test_extract_survives_a_one_megabyte_sentence(runner):
    result = run(runner, "extract", "-", "--published", "2020-01-08",
                 input="word " * 200_000 + "\n\nTurkish troops shelled Kurdish positions on Monday.")
    assert result.exit_code == 0
    assert any(json.loads(line)["event"] == "ASSAULT" for line in result.stdout.splitlines())


@pytest.mark.slow
def test_ingest_then_query_then_reingest(runner, tmp_path):
    db = str(tmp_path / "t.db")
    article = tmp_path / "a.txt"
    article.write_text("Talks in Moscow\n\nMar 5, 2020\n\nPutin and Erdogan agreed a ceasefire in Idlib on Thursday.",
                       encoding="utf-8")
    first = run(runner, "--db", db, "ingest", str(article))
    assert first.exit_code == 0, first.output
    events = [json.loads(line) for line in run(runner, "--db", db, "events", "--format", "jsonl").stdout.splitlines()]
    assert events and events[0]["event"] == "AGREE" and events[0]["date"] == "2020-03-05"
    again = run(runner, "--db", db, "ingest", str(article))
    assert again.exit_code == 0 and "duplicates skipped 1" in again.stderr
    listed = [json.loads(line) for line in run(runner, "--db", db, "articles", "--format", "jsonl").stdout.splitlines()]
    assert [a["title"] for a in listed] == ["Talks in Moscow"]


@pytest.mark.slow
def test_bad_inputs_are_reported_and_the_rest_is_ingested(runner, tmp_path):
    db = str(tmp_path / "t.db")
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nPolice arrested twenty protesters in Tehran on Friday.", encoding="utf-8")
    assert run(runner, "--db", db, "ingest", str(good)).exit_code == 0
    empty, binary = tmp_path / "empty.txt", tmp_path / "x.bin"
    empty.write_text("")
    binary.write_bytes(b"\x00\x01\x02")
    result = run(runner, "--db", db, "ingest", str(empty), str(binary), str(tmp_path / "missing.txt"))
    assert result.exit_code != 0
    assert "empty.txt: empty" in result.stderr and "binary" in result.stderr and "no such file" in result.stderr
    assert len(run(runner, "--db", db, "articles", "--format", "jsonl").stdout.splitlines()) == 1


def test_a_database_that_is_not_one_is_a_clear_error(runner, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 200)
    result = run(runner, "--db", str(path), "events")
    assert result.exit_code == 4 and "not a Tacitus database" in result.stderr


def test_a_locked_database_is_a_clear_error(runner, tmp_path):
    from tacitus.store import open_store

    path = tmp_path / "locked.db"
    open_store(str(path)).close()
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        good = tmp_path / "a.txt"
        good.write_text("T\n\nTroops withdrew.", encoding="utf-8")
        result = run(runner, "--db", str(path), "ingest", "--no-code", str(good))
        assert result.exit_code == 4 and "locked by another writer" in result.stderr
    finally:
        holder.rollback()
        holder.close()


def test_unknown_filter_values_are_named(runner, tmp_path):
    result = run(runner, "--db", str(tmp_path / "t.db"), "events", "--country", "ZZZ")
    assert result.exit_code != 0 and "--country 'ZZZ'" in result.stderr


@pytest.mark.slow
def test_eval_on_the_seed_finds_every_required_event(runner):
    need(SEED)
    result = run(runner, "eval", str(need(SEED_GOLD)), "--format", "json")
    report = json.loads(result.stdout)
    assert all(report["required_found"].values())
    assert report["predictions_matching_gold"] >= 0.8


def test_eval_rejects_a_malformed_gold_file(runner, tmp_path):
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"text": "ok", "event": "CONSULT"}\n{broken\n')
    result = run(runner, "eval", str(gold))
    assert result.exit_code != 0 and "bad.jsonl:2" in result.stderr and "Traceback" not in result.output


@pytest.mark.slow
def test_actor_activity_counts_with_the_shared_filters(runner, tmp_path):
    db = str(tmp_path / "a.db")
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nTurkish troops shelled Kurdish positions near Afrin on Monday. "
                       "Russia and Turkey held talks in Moscow on Tuesday.", encoding="utf-8")
    assert runner.invoke(cli, ["--db", db, "ingest", str(article)]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "actors", "activity", "--country", "RUS", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and {r["country"] for r in rows} >= {"RUS", "TUR"}
    assert all(r["as_actor"] + r["as_recipient"] >= 1 for r in rows)


def test_a_bad_actors_file_is_one_error_line_naming_file_and_line(runner, tmp_path, monkeypatch):
    path = tmp_path / "mine.csv"
    path.write_text("# our analysts' list\nperson_id,name\njdoe,Jane Doe\n", encoding="utf-8")
    monkeypatch.setenv("TACITUS_ACTORS", str(path))
    result = run(runner, "resolve", "actor", "Putin")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [f"tacitus: error: {path}:2: missing column 'aliases' (the header "
                                                  "must name person_id, name, aliases, country, office, sector, "
                                                  "start, end)"]


def test_resolve_place_takes_the_publications_place(runner):
    story = "Springfield woman charged. Police said the fire on Orchard Street was set on purpose."
    lines = "\n".join(json.dumps({"text": "Springfield", "context": story, "source_place": where})
                      for where in ("Springfield, Ill.", "Springfield, Mass.")) + "\n"
    rows = [json.loads(line) for line in run(runner, "resolve", "place", "--jsonl", "-", input=lines).stdout.splitlines()]
    assert [(row["country"], row["admin1_code"]) for row in rows] == [("USA", "IL"), ("USA", "MA")]
    flag = run(runner, "resolve", "place", "Springfield", "--context", story, "--source-place", "Springfield, Mo.")
    assert json.loads(flag.stdout)["admin1_code"] == "MO"
    bad = run(runner, "resolve", "place", "--jsonl", "-", input='{"text": "Springfield", "source_place": 5}\n')
    assert "error" in json.loads(bad.stdout.splitlines()[0])


def test_resolve_place_answers_odd_input_with_null_or_a_place_and_no_traceback(runner, tmp_path):
    article = tmp_path / "big.txt"
    article.write_text("word " * 1_000_000, encoding="utf-8")  # a 5 MB context
    for name, context in (("", []), ("x" * 10_000, []), ("دمشق", []), ("Москва", ["--context-file", str(article)])):
        result = run(runner, "resolve", "place", name, *context)
        answer = json.loads(result.stdout)
        assert result.exit_code == 0 and result.exception is None, name[:20]
        assert answer is None or answer["lat"] is not None


def test_resolve_place_reads_the_mentions_offset(runner):
    story = "Fans of Washington State filled the stadium. Later, Washington officials in the capital spoke."
    lines = "\n".join(json.dumps({"text": "Washington", "context": story, "start": start})
                      for start in (story.index("Washington"), story.rindex("Washington"), "x", -1, 10**9)) + "\n"
    rows = [json.loads(line) for line in run(runner, "resolve", "place", "--jsonl", "-", input=lines).stdout.splitlines()]
    # the offset of each mention decides its kind; a bad one is ignored (all mentions read)
    assert [row["feature_code"] for row in rows] == ["ADM1", "PPLC", "ADM1", "ADM1", "ADM1"]
