"""FollowTheMoney entities, JSON lines: each canonical event an FtM ``Event`` (name, summary, start date,
location, country, source URL, publisher) whose ``involved`` parties are entities of their own: a state as a
``PublicBody``, a person as a ``Person``, anyone else as an ``Organization``. Each party is written once,
before the first event that involves it."""

from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from tacitus.plugins import Exporter
from tacitus.records import Entity, Event, plover_category

SCHEMATA = {"state": "PublicBody", "person": "Person"}


def party_entity(party: Entity):  # type: ignore[no-untyped-def]
    from followthemoney import model

    proxy = model.make_entity(SCHEMATA.get(party.kind or "", "Organization"))
    proxy.make_id("tacitus-party", party.entity_id or f"{party.country}|{party.name or party.text}")
    proxy.add("name", party.name or party.text)
    if party.name and party.text != party.name:
        proxy.add("alias", party.text)
    proxy.add("country", party.country, quiet=True)  # IGO, UNO... are not countries: dropped quietly
    return proxy


def event_entity(event: Event, stats: dict[str, Any], parties: list[Any]):  # type: ignore[no-untyped-def]
    from followthemoney import model

    proxy = model.make_entity("Event")
    proxy.id = event.id
    proxy.add("name", " ".join(filter(None, [plover_category(event.event, event.status), event.mode, "-",
                                             ", ".join(p.caption for p in parties)])))
    proxy.add("summary", event.sentence[:4000])
    if event.date:
        proxy.add("startDate", event.date)
    if event.event_loc is not None:
        proxy.add("location", event.event_loc.name)
        proxy.add("country", event.event_loc.country, quiet=True)
    proxy.add("sourceUrl", stats.get("url"), quiet=True)
    proxy.add("publisher", stats.get("publisher"))
    proxy.add("involved", [p.id for p in parties])
    return proxy


def write(pairs: Iterable[tuple[Event, dict[str, Any]]], out: TextIO) -> int:
    written: set[str] = set()
    count = 0
    for event, stats in pairs:
        parties = [party_entity(p) for p in event.actor + event.recipient]
        for party in parties:
            if party.id not in written:
                out.write(json.dumps(party.to_dict(), ensure_ascii=False) + "\n")
                written.add(party.id)
        out.write(json.dumps(event_entity(event, stats, parties).to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


EXPORTER = Exporter("ftm", write=write, description="FollowTheMoney entities, JSON lines")
