"""Charts as numbers for SVG templates (no script needed to draw them): the timeline's stacked bars and the
dyad network on a circle. Colours come from CSS classes q0..q4 (quad class; 0: none)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from tacitus.store.browse import Bucket, Dyad

WIDTH, HEIGHT = 900, 160
SIZE = 520


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    quad: str
    title: str


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    label: str
    anchor: str


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    quad: int
    title: str


def _every_period(first: str, last: str, days: int) -> list[str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(start + dt.timedelta(days=n)).isoformat() for n in range(0, (end - start).days + 1, days)]


def timeline_chart(buckets: list[Bucket], interval: str = "day") -> dict[str, object]:
    """Bars stacked by quad class, one column a period (quiet periods too, so that time reads evenly), scaled
    to the busiest period."""
    seen = sorted({b.period for b in buckets})
    periods = _every_period(seen[0], seen[-1], 7 if interval == "week" else 1) if seen else []
    if not periods:
        return {"bars": [], "width": WIDTH, "height": HEIGHT, "first": None, "last": None, "most": 0,
                "interval": interval}
    totals = {p: 0 for p in periods}
    for b in buckets:
        totals[b.period] += b.count
    most = max(totals.values())
    step = WIDTH / len(periods)
    bars, heights = [], {p: 0.0 for p in periods}
    columns = {p: i for i, p in enumerate(periods)}
    for bucket in sorted(buckets, key=lambda b: (b.period, b.key)):
        height = (HEIGHT - 10) * bucket.count / most
        column = columns[bucket.period]
        heights[bucket.period] += height
        bars.append(Bar(round(column * step, 2), round(HEIGHT - heights[bucket.period], 2),
                        round(max(step - 1, 1), 2), round(height, 2), bucket.key or "0",
                        f"{bucket.period}: {bucket.count} (quad {bucket.key or '-'})"))
    return {"bars": bars, "width": WIDTH, "height": HEIGHT, "first": periods[0], "last": periods[-1], "most": most,
            "interval": interval}


def network_chart(dyads: list[Dyad]) -> dict[str, object]:
    """Countries on a circle, the busiest first; a line a dyad, as wide as its count allows, coloured by its
    most frequent quad class."""
    volume: dict[str, int] = {}
    for dyad in dyads:
        for side in (dyad.actor, dyad.recipient):
            volume[side] = volume.get(side, 0) + dyad.count
    names = sorted(volume, key=lambda n: (-volume[n], n))
    centre, radius = SIZE / 2, SIZE / 2 - 60
    place = {}
    nodes = []
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / max(len(names), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        place[name] = (round(x, 1), round(y, 1))
        nodes.append(Node(round(x, 1), round(y, 1), name, "start" if math.cos(angle) >= 0 else "end"))
    most = max((d.count for d in dyads), default=1)
    edges = []
    for dyad in dyads:
        (x1, y1), (x2, y2) = place[dyad.actor], place[dyad.recipient]
        quad = max(dyad.by_quad, key=lambda q: dyad.by_quad[q]) if dyad.by_quad else 0
        edges.append(Edge(x1, y1, x2, y2, round(1 + 7 * dyad.count / most, 1), quad,
                          f"{dyad.actor} -> {dyad.recipient}: {dyad.count}"))
    return {"nodes": nodes, "edges": edges, "size": SIZE}
