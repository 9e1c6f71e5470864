import csv
import io
import json

import jsonschema
import pytest

from tacitus.errors import InputError
from tacitus.store.exports import export_events, write_events
from tests.store.test_database import event


def schema():
    from importlib import resources

    return json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text())


def test_plover_lines_are_valid_and_future_cooperation_is_agree():
    planned = event(2, "a-1")
    planned.status = "planned"
    out = io.StringIO()
    assert write_events([(event(1, "a-1"), {}), (planned, {})], "plover", out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    for record in records:
        jsonschema.validate(record, schema())
    assert [r["event"] for r in records] == ["CONSULT", "AGREE"]


def test_csv_reads_back_with_the_csv_module():
    out = io.StringIO()
    write_events([(event(1, "a-1"), {})], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["actor_countries"] == "TUR" and rows[0]["place"] == "Istanbul"


def test_geojson_is_a_feature_collection_of_placed_events():
    unplaced = event(2, "a-1")
    unplaced.event_loc = None
    out = io.StringIO()
    write_events([(event(1, "a-1"), {}), (unplaced, {})], "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 1
    assert collection["features"][0]["geometry"]["coordinates"] == [28.9, 41.0]


def test_an_export_that_fails_leaves_no_half_written_file(tmp_path):
    target = tmp_path / "out.jsonl"

    def broken():
        yield event(1, "a-1"), {}
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        export_events(broken(), "plover", str(target))
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_an_unwritable_destination_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot write there"):
        export_events([(event(1, "a-1"), {})], "plover", str(tmp_path / "missing" / "out.jsonl"))


def pairs():
    return [(event(1, "a-1"), {"num_articles": 3, "num_sources": 2, "num_mentions": 3, "last_seen": "2020-01-09"}),
            (event(2, "a-1", category="ASSAULT", actor="SYR", recipient="TUR"), {})]


def test_gdelt_has_61_columns_in_order_with_fips_geo_codes():
    from tacitus.store.exports.tables import GDELT_COLUMNS

    out = io.StringIO()
    write_events(pairs(), "gdelt", out, articles={"a-1": {"url": "https://x.test/a"}})
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert len(GDELT_COLUMNS) == 61 and all(len(row) == 61 for row in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0]))
    assert first["SQLDATE"] == "20200108" and first["EventCode"] == "044" and first["NumArticles"] == "3"
    assert first["ActionGeo_CountryCode"] == "TU" and first["Actor1CountryCode"] == "TUR"
    assert first["SOURCEURL"] == "https://x.test/a"


def test_acled_rows_read_back():
    out = io.StringIO()
    write_events(pairs(), "acled", out, articles={"a-1": {"publisher": "Desk"}})
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[1]["event_type"] == "Battles" and rows[1]["country"] and rows[0]["source"] == "Desk"
    assert rows[0]["time_precision"] == "1" and rows[0]["iso"] == "792"


def test_parquet_reads_back_with_pyarrow(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export_events(pairs(), "parquet", str(path)) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2 and table.column("actor_countries").to_pylist()[1] == ["SYR"]


def test_gexf_reads_back_with_networkx(tmp_path):
    import networkx as nx

    path = tmp_path / "net.gexf"
    export_events(pairs(), "gexf", str(path))
    graph = nx.read_gexf(path)
    assert graph.has_edge("TUR", "RUS") and graph.has_edge("SYR", "TUR")


def test_ftm_entities_read_back_with_followthemoney():
    from followthemoney import model

    out = io.StringIO()
    write_events(pairs(), "ftm", out)
    entities = [model.get_proxy(json.loads(line)) for line in out.getvalue().splitlines()]
    events = [e for e in entities if e.schema.name == "Event"]
    assert len(events) == 2 and events[0].get("involved")
    assert {e.schema.name for e in entities} >= {"Event", "Organization"}


def test_binary_formats_need_a_file():
    with pytest.raises(InputError, match="-o FILE"):
        export_events(pairs(), "parquet", "-")
