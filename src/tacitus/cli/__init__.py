"""The ``tacitus`` command: a thin shell over the library.

Each module listed in ``COMMAND_MODULES`` exposes ``commands: list[click.Command]``; the group adds them.
Data goes to stdout; logs, progress and errors go to stderr. A ``TacitusError`` becomes one line on
stderr and its exit code, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys

import click

from tacitus import __version__
from tacitus.cli.common import (CONTEXT_SETTINGS, DB_HELP, QUIET_HELP, SPACY_MODEL_HELP, VERBOSE_HELP,
                                add_shared_options, setup_logging)
from tacitus.config import load_settings, normalize_db_url
from tacitus.errors import TacitusError

COMMAND_MODULES = ("ingest", "extract", "resolve", "actors", "evaluate", "store", "analysis", "serve", "demo", "batch",
                   "watch")


class TacitusGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TacitusError as error:
            click.echo(f"tacitus: error: {error}", err=True)
            ctx.exit(error.exit_code)
        except BrokenPipeError:
            # The reader of stdout went away (| head): not an error of ours.
            sys.stderr.close()
            ctx.exit(0)
        except OSError as error:  # a full disk, a vanished folder: the system's reason, in one line
            where = f": {error.filename}" if error.filename else ""
            click.echo(f"tacitus: error: {error.strerror or error}{where}", err=True)
            _drop_pending_output()
            ctx.exit(74)  # EX_IOERR
        except KeyboardInterrupt:
            click.echo("tacitus: interrupted", err=True)
            ctx.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as error:  # the last guard: one line, the details only on request
            if os.environ.get("TACITUS_DEBUG"):
                raise
            click.echo(f"tacitus: internal error: {type(error).__name__}: {error} "
                       "(set TACITUS_DEBUG=1 for the traceback)", err=True)
            ctx.exit(70)
        return None


@click.group(cls=TacitusGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="tacitus")
@click.option("--db", metavar="URL|PATH", help=DB_HELP)
@click.option("--spacy-model", metavar="NAME", help=SPACY_MODEL_HELP)
@click.option("-v", "--verbose", count=True, help=VERBOSE_HELP)
@click.option("-q", "--quiet", is_flag=True, help=QUIET_HELP)
@click.pass_context
def cli(ctx: click.Context, db: str | None, spacy_model: str | None, verbose: int, quiet: bool) -> None:
    """Tacitus turns news into structured geopolitical events: who did what to whom, when and where.

    \b
    Start here:
      tacitus demo                      ingest and code the bundled sample corpus
      tacitus extract article.txt       code an article, print PLOVER events as JSON lines
      tacitus ingest PATH|URL|-         store articles (text, HTML, JSONL, CSV, RSS/Atom, WARC)
      tacitus events --country TUR      query what is stored

    The options above may also follow the command: `tacitus ingest news.jsonl --db events.db -v`.
    """
    ctx.meta.update({"tacitus.verbose": verbose, "tacitus.quiet": quiet})
    setup_logging(verbose=verbose, quiet=quiet)
    try:
        settings = load_settings(db_url=normalize_db_url(db) if db else None, spacy_model=spacy_model)
    except TacitusError as error:
        click.echo(f"tacitus: error: {error}", err=True)
        ctx.exit(error.exit_code)
    ctx.obj = settings


for _name in COMMAND_MODULES:
    _module = importlib.import_module(f"tacitus.cli.{_name}")
    for _command in _module.commands:
        add_shared_options(_command)
        cli.add_command(_command)


def _drop_pending_output() -> None:
    """Point stdout at /dev/null, so that what could not be written is not tried again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's)
        pass


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds like an error: half-written exports are removed on the way out


def main(argv: list[str] | None = None) -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli.main(args=argv, prog_name="tacitus")
