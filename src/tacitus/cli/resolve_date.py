"""Placeholder until the date resolver lands: `tacitus resolve date`."""

import click


@click.command("date")
def date_command() -> None:
    """Resolve a temporal expression against a publication date."""
    raise click.ClickException("not built yet")
