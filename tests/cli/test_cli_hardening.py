"""Small hardening of the command line (issue 17, item 6): bounded numbers, OS errors as one line, no
leftover temporary files."""

import os
import subprocess
import sys

import pytest

from tacitus.cli import cli
from tacitus.config import Settings
from tacitus.pipeline import ingest_sources


@pytest.fixture
def db(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Police arrested ten protesters in Beirut on Monday.", encoding="utf-8")
    path = tmp_path / "t.db"
    ingest_sources([str(article)], settings=Settings(db_url=f"sqlite:///{path}"), code=False)
    return str(path)


@pytest.mark.parametrize("command", [["events"], ["actors", "activity"]])
def test_a_huge_limit_is_a_usage_error(runner, db, command):
    result = runner.invoke(cli, [*command, "--limit", "99999999999999999999", "--db", db])
    assert result.exit_code == 2 and "--limit" in result.output and "internal error" not in result.output


def test_a_full_disk_is_one_clear_line(db):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-c", "from tacitus.cli import main; main()", "articles", "--format", "jsonl", "--db", db],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 74
    assert result.stderr.strip().splitlines() == ["tacitus: error: No space left on device"]


def test_the_next_export_removes_what_a_killed_one_left(runner, db, tmp_path):
    dead = tmp_path / ".out.jsonl.999999999.abc.part"  # beyond any pid: its process is gone
    running = tmp_path / f".out.jsonl.{os.getpid()}.abc.part"  # an export still running keeps its file
    dead.write_text("half")
    running.write_text("half")
    result = runner.invoke(cli, ["export", "-o", str(tmp_path / "out.jsonl"), "--db", db])
    assert result.exit_code == 0, result.output
    assert not dead.exists() and running.exists() and (tmp_path / "out.jsonl").exists()
