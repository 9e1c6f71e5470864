"""A command starts without the models it does not use and takes the shared options where users type them."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tacitus.cli import cli
from tacitus.store import open_store
from tests.store.factories import article, report

MODULES_AFTER = """
import sys
from tacitus.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("loaded:", " ".join(sorted(m for m in ("torch", "spacy", "tacitus.coding.extract", "tacitus.nlp")
                                 if m in sys.modules)))
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("startup") / "events.db")
    with open_store(path) as store:
        store.save_article(article("a", publisher="AP"), events=[report(1, article_id="a")])
    return path


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["events"], ["events", "--format", "jsonl"],
                                  ["articles"], ["export", "--format", "csv"], ["show", "e-none"]])
def test_reading_commands_start_without_spacy_or_torch(db, args):
    shared = [] if args[0].startswith("--") else ["--db", db]
    result = subprocess.run([sys.executable, "-c", MODULES_AFTER, *args, *shared], capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.splitlines()[-1].strip() == "loaded:", result.stdout[-300:] + result.stderr[-300:]


def test_the_shared_options_may_follow_the_command(tmp_path, db):
    runner = CliRunner()
    before = runner.invoke(cli, ["--db", db, "events", "--format", "jsonl"])
    after = runner.invoke(cli, ["events", "--format", "jsonl", "--db", db])
    assert after.exit_code == 0 and after.stdout == before.stdout and json.loads(after.stdout.splitlines()[0])
    article_file = tmp_path / "note.txt"
    article_file.write_text("A short note about the weather in Paris.", encoding="utf-8")
    other = str(tmp_path / "other.db")
    result = runner.invoke(cli, ["ingest", str(article_file), "--no-code", "--db", other, "-v"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["articles", "--db", other, "--format", "jsonl"]).stdout.splitlines()
    assert len(listed) == 1


def test_options_after_a_subcommand_of_a_group_reach_it(db):
    result = CliRunner().invoke(cli, ["actors", "activity", "--format", "jsonl", "--db", db])
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["country"]
