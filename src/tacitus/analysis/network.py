"""The actor network: countries as nodes, directed edges actor -> recipient (the event_dyads of the merged
events) weighted by the number of events and their mean PLOVER score, with centrality figures from networkx.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from tacitus.analysis.selection import conditions
from tacitus.errors import InputError
from tacitus.store.database import Store
from tacitus.store.filters import EventFilter
from tacitus.store.schema import event_dyads, events

FORMATS = ("json", "gexf", "graphml")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    events: int
    mean_score: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "events": self.events,
                "mean_score": None if self.mean_score is None else round(self.mean_score, 3)}


@dataclass(frozen=True)
class Node:
    id: str
    out_events: int  # weighted out-degree: events as actor
    in_events: int  # weighted in-degree: events as recipient
    degree_centrality: float
    betweenness: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "out_events": self.out_events, "in_events": self.in_events,
                "degree_centrality": round(self.degree_centrality, 4), "betweenness": round(self.betweenness, 4)}


@dataclass
class Network:
    filters: dict[str, str]
    min_events: int
    nodes: list[Node]
    edges: list[Edge]

    def to_dict(self) -> dict[str, Any]:
        return {"filters": self.filters, "min_events": self.min_events, "nodes": [n.to_dict() for n in self.nodes],
                "edges": [e.to_dict() for e in self.edges]}

    def graph(self) -> Any:
        """The networkx DiGraph (node and edge attributes as in to_dict)."""
        import networkx as nx

        graph = nx.DiGraph()
        for node in self.nodes:
            graph.add_node(node.id, **{k: v for k, v in node.to_dict().items() if k != "id"})
        for edge in self.edges:
            graph.add_edge(edge.source, edge.target, weight=edge.events,
                           mean_score=edge.mean_score if edge.mean_score is not None else 0.0)
        return graph

    def serialize(self, output_format: str) -> str:
        import networkx as nx

        if output_format == "gexf":
            return "\n".join(nx.generate_gexf(self.graph())) + "\n"
        if output_format == "graphml":
            return "\n".join(nx.generate_graphml(self.graph())) + "\n"
        if output_format == "json":
            import json

            return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        raise InputError(f"--format {output_format!r} is not one of {', '.join(FORMATS)}")


def network(store: Store, filters: EventFilter, *, min_events: int = 1) -> Network:
    """Dyads with at least ``min_events`` events under the filters (asserted and reported ones by default)."""
    import networkx as nx

    if min_events < 1:
        raise InputError(f"--min-events {min_events} must be at least 1")
    query = (select(event_dyads.c.side_a, event_dyads.c.side_b,
                    func.count(func.distinct(event_dyads.c.event_id)).label("n"),
                    func.avg(event_dyads.c.score).label("mean_score"))
             .join(events, events.c.id == event_dyads.c.event_id)
             .where(*conditions(filters), event_dyads.c.side_a != event_dyads.c.side_b)
             .group_by(event_dyads.c.side_a, event_dyads.c.side_b))
    with store.reading() as conn:
        rows = conn.execute(query).fetchall()
    edges = sorted((Edge(r.side_a, r.side_b, int(r.n), None if r.mean_score is None else float(r.mean_score))
                    for r in rows if r.n >= min_events), key=lambda e: (-e.events, e.source, e.target))
    graph = nx.DiGraph()
    for edge in edges:
        graph.add_edge(edge.source, edge.target, weight=edge.events)
    degree = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {n: 0.0 for n in graph}
    # distance = 1/weight: a dyad with many events is a short path
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    between = nx.betweenness_centrality(graph, weight="distance") if graph.number_of_nodes() > 2 else \
        {n: 0.0 for n in graph}
    nodes = [Node(n, int(graph.out_degree(n, weight="weight")), int(graph.in_degree(n, weight="weight")),
                  float(degree[n]), float(between[n])) for n in graph]
    nodes.sort(key=lambda n: (-(n.out_events + n.in_events), n.id))
    return Network(filters=dict(filters.to_params()), min_events=min_events, nodes=nodes, edges=edges)
