"""Helpers shared by the CLI modules: settings from the context, output formats, logging."""

from __future__ import annotations

import csv
import json
import logging
import sys
from typing import Any, Iterable, Mapping

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from tacitus.config import Settings

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

stderr_console = Console(stderr=True)


def setup_logging(*, verbose: int = 0, quiet: bool = False) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    root = logging.getLogger("tacitus")
    root.handlers[:] = [RichHandler(console=stderr_console, show_path=False, show_time=False)]
    root.setLevel(level)
    root.propagate = False


def get_settings(ctx: click.Context) -> Settings:
    settings = ctx.find_root().obj
    if not isinstance(settings, Settings):  # a command invoked outside the group (tests)
        from tacitus.config import load_settings

        settings = load_settings()
        ctx.find_root().obj = settings
    return settings


def emit_json_lines(rows: Iterable[Mapping[str, Any]]) -> int:
    count = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    out.flush()
    return count


def emit_csv(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> int:
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _flat(row.get(k)) for k in columns})
        count += 1
    return count


def emit_table(rows: Iterable[Mapping[str, Any]], columns: list[str], *, title: str | None = None) -> int:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    count = 0
    for row in rows:
        table.add_row(*(_flat(row.get(c)) for c in columns))
        count += 1
    Console(width=max(100, Console().width)).print(table)
    return count


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
