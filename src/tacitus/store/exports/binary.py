"""File exports: Parquet (pyarrow), FollowTheMoney entities (JSON lines) and GEXF actor networks (networkx)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable, TextIO

from tacitus.records import Event

PARQUET_ROW_GROUP = 50_000


def write_parquet(pairs: Iterable[tuple[Event, dict]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("date", pa.string()), ("date_precision", pa.string()),
                        ("event", pa.string()), ("mode", pa.string()), ("status", pa.string()),
                        ("actor_countries", pa.list_(pa.string())), ("recipient_countries", pa.list_(pa.string())),
                        ("place", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
                        ("quad_class", pa.int64()), ("goldstein", pa.float64()), ("confidence", pa.float64()),
                        ("num_articles", pa.int64()), ("sentence", pa.string())])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for event, stats in pairs:
            place = event.event_loc
            batch.append({"id": event.id, "date": event.date, "date_precision": event.date_precision,
                          "event": event.event, "mode": event.mode, "status": event.status,
                          "actor_countries": [a.country for a in event.actor if a.country],
                          "recipient_countries": [r.country for r in event.recipient if r.country],
                          "place": place.name if place else None, "lat": place.lat if place else None,
                          "lon": place.lon if place else None, "quad_class": event.quad_class,
                          "goldstein": event.goldstein, "confidence": event.confidence,
                          "num_articles": stats.get("num_articles", 1), "sentence": event.sentence})
            count += 1
            if len(batch) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count


def write_ftm(pairs: Iterable[tuple[Event, dict]], out: TextIO) -> int:
    """Each event as an FtM `Event`, its parties as `Organization`/`Person` entities it involves."""
    from followthemoney import model

    written: set[str] = set()
    count = 0
    for event, _ in pairs:
        entity = model.make_entity("Event")
        entity.id = event.id
        entity.add("name", f"{event.event} {event.mode or ''}".strip())
        entity.add("summary", event.sentence[:1000])
        if event.date and event.date_precision != "unknown":
            entity.add("date", event.date)
        if event.event_loc is not None:
            entity.add("location", event.event_loc.name)
        for party in event.actor + event.recipient:
            party_id = party.entity_id or f"text:{party.text}"
            if party_id not in written:
                schema = "Person" if party.kind == "person" else "Organization"
                node = model.make_entity(schema)
                node.id = party_id.replace("|", "-").replace(":", "-")
                node.add("name", party.name or party.text)
                if party.country and len(party.country) == 3 and party.country.isalpha():
                    node.add("country", party.country)
                out.write(json.dumps(node.to_dict(), ensure_ascii=False) + "\n")
                written.add(party_id)
            entity.add("involved", party_id.replace("|", "-").replace(":", "-"))
        out.write(json.dumps(entity.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_gexf(pairs: Iterable[tuple[Event, dict]], path: str) -> int:
    """The actor network: countries as nodes, an edge per actor→recipient pair weighted by events."""
    import networkx as nx

    weights: dict[tuple[str, str], list[float]] = defaultdict(list)
    count = 0
    for event, _ in pairs:
        actors = [a.country for a in event.actor if a.country]
        targets = [r.country for r in event.recipient if r.country] or actors[1:]
        for source in actors[:1] if not event.recipient else actors:
            for target in targets:
                if source != target:
                    weights[(source, target)].append(event.goldstein or 0.0)
        count += 1
    graph = nx.DiGraph()
    for (source, target), scores in sorted(weights.items()):
        graph.add_edge(source, target, weight=len(scores), mean_goldstein=round(sum(scores) / len(scores), 3))
    nx.write_gexf(graph, path)
    return count
