"""Docs that cannot drift: every setting and every command is documented, every docs/ link leads somewhere."""

import re
from pathlib import Path

import click
import pytest

from tacitus.cli import cli
from tacitus.config import environment_names

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md")))


def commands(group: click.Group, prefix: str = "tacitus") -> list[str]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix} {name}")
    return found


@pytest.mark.parametrize("variable", sorted(environment_names().values()))
def test_every_setting_is_documented(variable):
    assert re.search(rf"\b{variable}\b", DOCS), f"{variable} is read by tacitus.config but not documented"


@pytest.mark.parametrize("command", commands(cli))
def test_every_command_is_documented(command):
    assert f"`{command}" in DOCS or f"$ .venv/bin/{command}" in DOCS, f"`{command}` is in no doc"


def test_every_docs_link_of_the_readme_exists():
    links = set(re.findall(r"docs/[\w./-]+\.md", README))
    assert links
    assert [link for link in sorted(links) if not (ROOT / link).is_file()] == []


def test_no_doc_names_a_setting_tacitus_does_not_read():
    named = set(re.findall(r"\bTACITUS_[A-Z_]+\b", DOCS)) - {"TACITUS_DEBUG"}  # DEBUG: tracebacks, read by the CLI
    assert named <= set(environment_names().values())
