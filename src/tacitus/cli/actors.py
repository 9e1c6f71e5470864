"""`tacitus actors list|show|activity`: browse the actor registry, and who is most active in the store."""

from __future__ import annotations

from typing import Any

import click

from tacitus.cli.common import COUNT, emit_json_lines, emit_table, get_settings
from tacitus.cli.store import filter_options
from tacitus.errors import InputError
from tacitus.knowledge import load_registry
from tacitus.knowledge.registry import RegistryData


def _rows(data: RegistryData, kind: str | None, country: str | None) -> list[dict[str, Any]]:
    rows = []
    if kind in (None, "country"):
        rows += [{"id": f"country:{c.iso3}", "kind": "country", "name": c.name, "country": c.iso3, "sector": None,
                  "detail": f"ISO2 {c.iso2}, GW {c.gw or '-'}, COW {c.cow or '-'}, capital {c.capital or '-'}"}
                 for c in data.countries.values()]
    if kind in (None, "organisation", "group"):
        rows += [{"id": f"org:{o.id}", "kind": o.kind, "name": o.name, "country": o.code, "sector": o.sector,
                  "detail": ""} for o in data.organisations.values() if kind in (None, o.kind)]
    if kind in (None, "person"):
        for person in data.people.values():
            latest = max(person.terms, key=lambda t: t.start)
            offices = "; ".join(f"{t.office} {t.country} {t.start}..{t.end or ''}" for t in person.terms)
            rows.append({"id": f"person:{person.id}", "kind": "person", "name": person.name,
                         "country": latest.country, "sector": latest.sector, "qid": person.qid, "detail": offices})
    return [r for r in rows if country is None or r["country"] == country.upper()]


@click.group("actors")
def actors() -> None:
    """The actor registry: countries, organisations, armed and political groups, people with dated offices."""


@actors.command("list")
@click.option("--kind", type=click.Choice(["country", "person", "organisation", "group"]))
@click.option("--country", metavar="ISO3")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.pass_context
def list_actors(ctx: click.Context, kind: str | None, country: str | None, output_format: str) -> None:
    """List registry entries."""
    rows = _rows(load_registry(get_settings(ctx)).data, kind, country)
    if output_format == "jsonl":
        emit_json_lines(rows)
    else:
        emit_table(rows, ["id", "kind", "name", "country", "sector", "detail"], optional=["detail"])


@actors.command("show")
@click.argument("name")
@click.pass_context
def show_actor(ctx: click.Context, name: str) -> None:
    """Show one registry entry by id (person:putin, org:UN, country:TUR) or by name."""
    data = load_registry(get_settings(ctx)).data
    wanted = name.lower()
    matches = [r for r in _rows(data, None, None) if r["id"].lower() == wanted or r["name"].lower() == wanted]
    if not matches:
        raise InputError(f"no registry entry {name!r} (try `tacitus actors list`)")
    emit_json_lines(matches)


@actors.command("activity")
@filter_options
@click.option("--limit", type=COUNT, default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.pass_context
def actor_activity(ctx: click.Context, /, limit: int, output_format: str, **filters: object) -> None:
    """Who is most active in the stored events: events as actor, as recipient, and by quad class."""
    from tacitus.store import EventFilter, open_store

    with open_store(get_settings(ctx).db_url) as store:
        rows = [{"country": r.country, "name": r.name, "as_actor": r.as_actor, "as_recipient": r.as_recipient,
                 **{f"quad_{q}": n for q, n in sorted(r.by_quad.items())}}
                for r in store.actor_activity(EventFilter.parse(**filters), limit=limit)]
    if output_format == "jsonl":
        emit_json_lines(rows)
    else:
        emit_table(rows, ["country", "name", "as_actor", "as_recipient", "quad_1", "quad_2", "quad_3", "quad_4"])


commands: list[click.Command] = [actors]
