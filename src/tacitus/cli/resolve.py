"""Placeholder: `tacitus resolve actor|place|date` (owned by the knowledge work)."""

import click

from tacitus.cli.resolve_date import date_command


@click.group("resolve")
def resolve() -> None:
    """Resolve an actor, a place or a date the way the coder does."""


resolve.add_command(date_command)
commands = [resolve]
