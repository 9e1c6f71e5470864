"""Every export format, produced from the demo corpus and read back by a real reader."""

import csv
import json

import pytest

from tacitus.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from click.testing import CliRunner

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    assert CliRunner().invoke(cli, ["demo", "--db", db]).exit_code == 0
    return db


def export(runner, db, fmt, path):
    result = runner.invoke(cli, ["--db", db, "export", "--format", fmt, "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_every_format_reads_back(runner, demo_db, tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq
    from followthemoney import model

    plover = [json.loads(line) for line in export(runner, demo_db, "plover", tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(plover) > 50 and all(r["event"] for r in plover)
    gdelt = list(csv.reader(export(runner, demo_db, "gdelt", tmp_path / "e.tsv").open(), delimiter="\t"))
    assert len(gdelt) == len(plover) and all(len(row) == 61 for row in gdelt)
    acled = list(csv.DictReader(export(runner, demo_db, "acled", tmp_path / "e.csv").open()))
    assert len(acled) == len(plover) and acled[0]["event_date"]
    flat = list(csv.DictReader(export(runner, demo_db, "csv", tmp_path / "f.csv").open()))
    assert len(flat) == len(plover)
    geo = json.loads(export(runner, demo_db, "geojson", tmp_path / "e.geojson").read_text())
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert pq.read_table(export(runner, demo_db, "parquet", tmp_path / "e.parquet")).num_rows == len(plover)
    graph = nx.read_gexf(export(runner, demo_db, "gexf", tmp_path / "e.gexf"))
    assert graph.has_node("TUR") and graph.number_of_edges() > 5
    entities = [model.get_proxy(json.loads(line)) for line in
                export(runner, demo_db, "ftm", tmp_path / "e.ftm").read_text().splitlines()]
    assert sum(e.schema.name == "Event" for e in entities) == len(plover)
