"""`tacitus events`: query the stored events with the filters used everywhere."""

from __future__ import annotations

import click

from tacitus.cli.common import emit_csv, emit_json_lines, emit_table, get_settings
from tacitus.store import EventFilter, open_store

COLUMNS = ["date", "event", "mode", "actors", "recipients", "status", "place", "confidence", "id"]


def _row(event: dict) -> dict:
    return {**event, "actors": [a["country"] or a["text"] for a in event["actor"]],
            "recipients": [r["country"] or r["text"] for r in event["recipient"]],
            "place": (event.get("event_loc") or {}).get("name")}


@click.command("events")
@click.option("--country", metavar="ISO3", help="Any party from this country (TUR, RUS, UNO, ...).")
@click.option("--event-type", metavar="CATEGORY", help="A PLOVER category (ASSAULT, CONSULT, ...).")
@click.option("--status", help="asserted, planned, intended, hypothetical, negated or reported.")
@click.option("--start", metavar="YYYY-MM-DD")
@click.option("--end", metavar="YYYY-MM-DD")
@click.option("--publisher")
@click.option("--min-confidence", type=float)
@click.option("--text", help="Words in the event's sentence.")
@click.option("--limit", type=int, default=None)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@click.pass_context
def events_command(ctx: click.Context, output_format: str, limit: int | None, **filters: object) -> None:
    """List stored events, by date."""
    event_filter = EventFilter.parse(**filters)
    with open_store(get_settings(ctx).db_url) as store:
        rows = (e.to_dict() for e in store.iter_events(event_filter, limit=limit))
        if output_format == "jsonl":
            emit_json_lines(rows)
        elif output_format == "csv":
            emit_csv((_row(r) for r in rows), COLUMNS)
        else:
            emit_table((_row(r) for r in rows), COLUMNS)


commands: list[click.Command] = [events_command]
