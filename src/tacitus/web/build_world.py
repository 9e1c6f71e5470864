"""Build ``static/world.geojson``, the dashboard map's country outlines, from the world-atlas TopoJSON.

The outlines are Natural Earth's 1:110m countries (public domain) as the npm package world-atlas 2.0.2 packs
them (TopoJSON, ISC licence, Mike Bostock). The map must draw with no tile server, so the converted outlines
ship inside the wheel; coordinates are rounded to 0.1 degree, plenty at the zoom a world view needs.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m tacitus.web.build_world package/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("static") / "world.geojson"
DIGITS = 1

Point = list[float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Absolute longitude/latitude points of every arc (TopoJSON stores quantized deltas)."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + translate[0], DIGITS), round(y * scale[1] + translate[1], DIGITS)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc[1:] if points else arc
    deduplicated = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return deduplicated


def feature(geometry: dict[str, Any], arcs: list[list[Point]]) -> dict[str, Any] | None:
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return None
    shapes = [[ring(r, arcs) for r in polygon] for polygon in polygons]
    shapes = [[r for r in shape if len(r) >= 4] for shape in shapes]
    shapes = [shape for shape in shapes if shape]
    if not shapes:
        return None
    return {"type": "Feature", "properties": {"name": geometry.get("properties", {}).get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": shapes}}


def convert(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    features = [f for g in topology["objects"]["countries"]["geometries"] if (f := feature(g, arcs))]
    return {"type": "FeatureCollection",
            "source": "Natural Earth 1:110m countries (public domain), via world-atlas 2.0.2",
            "features": features}


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit("usage: python -m tacitus.web.build_world countries-110m.json")
    collection = convert(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    OUTPUT.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(collection['features'])} countries to {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
