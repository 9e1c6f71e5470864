"""`tacitus events`, `tacitus show`, `tacitus export`: query, explain and export the stored events."""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, Iterator

import click

from tacitus.cli.common import COUNT, RegistryChoice, emit_csv, emit_json_lines, emit_table, get_settings
from tacitus.errors import InputError
from tacitus.plugins import exporters
from tacitus.records import Event
from tacitus.store.filters import FILTER_HELP, EventFilter
from tacitus.store.exports import export_events, formats, write_events
from tacitus.store.exports.plover import plover_record

COLUMNS = ["date", "event", "mode", "actors", "recipients", "status", "place", "articles", "sources", "confidence",
           "id"]


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The shared filters as flags: --country, --actor, --event-type, ... (names from tacitus.store.filters)."""
    for name in reversed(list(FILTER_HELP)):
        kind = float if name == "min_confidence" else str
        function = click.option(f"--{name.replace('_', '-')}", name, type=kind, help=FILTER_HELP[name])(function)
    return function


def _filters(values: dict[str, Any]) -> EventFilter:
    return EventFilter.parse(**{name: values.pop(name) for name in FILTER_HELP})


def _row(event: dict[str, Any]) -> dict[str, Any]:
    return {**event, "actors": [a["country"] or a["name"] or a["text"] for a in event["actor"]],
            "recipients": [r["country"] or r["name"] or r["text"] for r in event["recipient"]],
            "place": (event.get("event_loc") or {}).get("name"), "articles": event.get("num_articles"),
            "sources": event.get("num_sources")}


@click.command("events")
@filter_options
@click.option("--limit", type=COUNT, default=None, help="At most this many events.")
@click.option("--mentions", is_flag=True, help="Every report of an event, not one row per merged event.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv", "geojson"]), default="table",
              show_default=True)
@click.pass_context
def events_command(ctx: click.Context, /, output_format: str, limit: int | None, mentions: bool,
                   **values: Any) -> None:
    """List stored events by date: one row per real-world event, its reports merged across articles."""
    from tacitus.store import open_store

    event_filter = _filters(values)
    with open_store(get_settings(ctx).db_url) as store:
        pairs: Iterator[tuple[Event, dict[str, Any]]]
        if mentions:
            pairs = ((e, {"num_articles": 1, "num_sources": 1, "num_mentions": 1})
                     for e in store.iter_events(event_filter, limit=limit))
        else:
            pairs = store.iter_canonical(event_filter, limit=limit)
        if output_format == "geojson":
            write_events(pairs, "geojson", sys.stdout)
            return
        rows = (plover_record(event, stats) for event, stats in pairs)
        if output_format == "jsonl":
            emit_json_lines(rows)
        elif output_format == "csv":
            emit_csv((_row(r) for r in rows), COLUMNS)
        else:
            emit_table((_row(r) for r in rows), COLUMNS,
                       optional=["sources", "articles", "confidence", "mode", "place"])


@click.command("export")
@click.option("--format", "fmt", type=RegistryChoice(formats), default="plover", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write ('-' for stdout).")
@click.option("--since", metavar="TIMESTAMP", help="Only events created or updated after this ISO time "
              "(incremental sync: pass the time of your last export).")
@filter_options
@click.pass_context
def export_command(ctx: click.Context, /, fmt: str, output: str, since: str | None, **values: Any) -> None:
    """Export the merged events, written whole or not at all (formats: docs/exports.md).

    \b
    plover   PLOVER JSON lines (the event contract)
    csv      one flat row an event
    geojson  events with a place, as a FeatureCollection
    gdelt    GDELT 2.0 event table, tab-separated, 61 columns
    acled    ACLED-style CSV
    parquet  Apache Parquet (needs -o FILE)
    ftm      FollowTheMoney entities, JSON lines
    gexf     the actor network for Gephi (needs -o FILE)

    and those that installed packages add (docs/plugins.md).
    """
    from tacitus.store import open_store

    event_filter = _filters(values)
    if since:
        since = _timestamp(since)
    if output == "-" and exporters.get(fmt).write is None:
        raise InputError(f"--format {fmt} writes a file: give -o FILE")
    with open_store(get_settings(ctx).db_url) as store:
        count = export_events(store.iter_canonical(event_filter, since=since), fmt, output)
    if output != "-":
        click.echo(f"wrote {count} events to {output}", err=True)


def _timestamp(value: str) -> str:
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"--since {value!r} is not an ISO time (2024-05-01 or 2024-05-01T12:00:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


@click.command("show")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="The explanation as one JSON object.")
@click.pass_context
def show_command(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show an event with every report of it: sentence, article, URL, and why they were merged."""
    from tacitus.store import open_store

    with open_store(get_settings(ctx).db_url) as store:
        explained = store.explain(event_id)
        if explained is None:
            raise InputError(f"no event {event_id!r} in {store.url} (ids: tacitus events --format jsonl)")
    if as_json:
        click.echo(json.dumps(explained, ensure_ascii=False, indent=2))
        return
    e = explained
    parties = e["actor_countries"] + (f" -> {e['recipient_countries']}" if e["recipient_countries"] else "")
    click.echo(f"{e['id']}  {e['category']}{'/' + e['mode'] if e['mode'] else ''} ({e['status']})  {parties}")
    click.echo(f"  date {e['date'] or 'unknown'} ({e['date_precision']}); place {e['place_name'] or 'unknown'}")
    click.echo(f"  {e['num_mentions']} reports in {e['num_articles']} articles from {e['num_sources']} sources, "
               f"seen {e['first_seen'] or '?'} .. {e['last_seen'] or '?'}")
    for number, mention in enumerate(e["mentions"], start=1):
        article = mention["article"]
        click.echo(f"\n[{number}] {mention['id']}  {mention['event']} {mention['date'] or ''} "
                   f"({mention['date_precision']})  confidence {mention['confidence']:.2f}")
        click.echo(f"    \"{mention['sentence']}\"")
        click.echo(f"    {article['title'] or article['id']} | {article['publisher'] or '?'} | {article['url'] or '-'}")
        why = mention["why"]
        reason = "first report" if "first" in why else \
            "; ".join(f"{k}: {why[k]}" for k in ("category", "parties", "dates", "place")) + f" (as {why['matches']})"
        click.echo(f"    merged: {reason}")


commands: list[click.Command] = [events_command, export_command, show_command]
