"""`tacitus events`: query the stored events with the filters used everywhere."""

from __future__ import annotations

import json

import click

from tacitus.cli.common import emit_csv, emit_json_lines, emit_table, get_settings
from tacitus.errors import InputError
from tacitus.store import EventFilter, open_store
from tacitus.store.exports import FORMATS, export_events

COLUMNS = ["date", "event", "mode", "actors", "recipients", "status", "place", "articles", "confidence", "id"]


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
@click.option("--mentions", is_flag=True, help="Every report of an event, not one row per merged event.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@click.pass_context
def events_command(ctx: click.Context, output_format: str, limit: int | None, mentions: bool,
                   **filters: object) -> None:
    """List stored events by date: one row per real-world event, its reports merged across articles."""
    event_filter = EventFilter.parse(**filters)
    with open_store(get_settings(ctx).db_url) as store:
        if mentions:
            rows = (e.to_dict() for e in store.iter_events(event_filter, limit=limit))
        else:
            rows = ({**e.to_dict(), **stats, "articles": stats["num_articles"]}
                    for e, stats in store.iter_canonical(event_filter, limit=limit))
        if output_format == "jsonl":
            emit_json_lines(rows)
        elif output_format == "csv":
            emit_csv((_row(r) for r in rows), COLUMNS)
        else:
            emit_table((_row(r) for r in rows), COLUMNS)


def _filters(function):  # type: ignore[no-untyped-def]
    for option in reversed([
        click.option("--country", metavar="ISO3", help="Any party from this country (TUR, RUS, UNO, ...)."),
        click.option("--event-type", metavar="CATEGORY", help="A PLOVER category (ASSAULT, CONSULT, ...)."),
        click.option("--status", help="asserted, planned, intended, hypothetical, negated or reported."),
        click.option("--start", metavar="YYYY-MM-DD"), click.option("--end", metavar="YYYY-MM-DD"),
        click.option("--publisher"), click.option("--min-confidence", type=float),
        click.option("--text", help="Words in the event's sentence.")]):
        function = option(function)
    return function


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="plover", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write ('-' for stdout).")
@_filters
@click.pass_context
def export_command(ctx: click.Context, fmt: str, output: str, **filters: object) -> None:
    """Export the merged events (written whole or not at all; see docs/exports.md).

    \b
    plover   PLOVER JSON lines (the event contract)
    csv      one flat row an event
    geojson  events with a place, as a FeatureCollection
    gdelt    GDELT 2.0 event table, tab-separated, 61 columns
    acled    ACLED-style CSV
    parquet  Apache Parquet (needs -o FILE)
    ftm      FollowTheMoney entities, JSON lines
    gexf     the actor network for Gephi (needs -o FILE)
    """
    event_filter = EventFilter.parse(**filters)
    with open_store(get_settings(ctx).db_url) as store:
        articles = {a.id: {"url": a.url, "publisher": a.publisher} for a in store.iter_articles()}
        count = export_events(store.iter_canonical(event_filter), fmt, output, articles=articles)
    if output != "-":
        click.echo(f"wrote {count} events to {output}", err=True)


@click.command("show")
@click.argument("event_id")
@click.pass_context
def show_command(ctx: click.Context, event_id: str) -> None:
    """Show an event with every report of it: sentence, article, URL, and why they were merged."""
    with open_store(get_settings(ctx).db_url) as store:
        explained = store.explain(event_id)
        if explained is None:
            raise InputError(f"no event {event_id!r} in {store.url} (ids are in `tacitus events --format jsonl`)")
    click.echo(json.dumps(explained, ensure_ascii=False, indent=2))


commands: list[click.Command] = [events_command, export_command, show_command]
