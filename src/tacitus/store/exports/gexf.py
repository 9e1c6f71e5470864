"""GEXF (for Gephi), written with networkx: the actor network. Nodes are actors (their country code, or their
name when they have none), edges actor -> recipient (between the parties of a reciprocal event: one edge, lower
id first) weighted by the number of events, with their mean PLOVER score."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from tacitus.plugins import Exporter
from tacitus.records import Entity, Event


def _node(entity: Entity) -> str:
    return entity.country or entity.name or entity.text


def edges(event: Event) -> set[tuple[str, str]]:
    actors = {_node(a) for a in event.actor}
    if event.recipient:
        return {(a, b) for a in actors for b in {_node(r) for r in event.recipient} if a != b}
    return {(a, b) for a in actors for b in actors if a < b}


def write_file(pairs: Iterable[tuple[Event, dict[str, Any]]], path: str) -> int:
    import networkx as nx

    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    nodes: set[str] = set()
    count = 0
    for event, _ in pairs:
        nodes.update(_node(party) for party in event.actor + event.recipient)
        for edge in edges(event):
            scores[edge].append(event.score or 0.0)
        count += 1
    graph = nx.DiGraph()
    graph.add_nodes_from(sorted(nodes))  # actors without a counterpart are in the network too
    for (source, target), values in sorted(scores.items()):
        graph.add_edge(source, target, weight=len(values), mean_score=round(sum(values) / len(values), 3))
    nx.write_gexf(graph, path)
    return count


EXPORTER = Exporter("gexf", write_file=write_file, description="the actor network for Gephi (needs -o FILE)")
