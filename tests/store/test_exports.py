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
    assert write_events([event(1, "a-1"), planned], "plover", out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    for record in records:
        jsonschema.validate(record, schema())
    assert [r["event"] for r in records] == ["CONSULT", "AGREE"]


def test_csv_reads_back_with_the_csv_module():
    out = io.StringIO()
    write_events([event(1, "a-1")], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["actor_countries"] == "TUR" and rows[0]["place"] == "Istanbul"


def test_geojson_is_a_feature_collection_of_placed_events():
    unplaced = event(2, "a-1")
    unplaced.event_loc = None
    out = io.StringIO()
    write_events([event(1, "a-1"), unplaced], "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 1
    assert collection["features"][0]["geometry"]["coordinates"] == [28.9, 41.0]


def test_an_export_that_fails_leaves_no_half_written_file(tmp_path):
    target = tmp_path / "out.jsonl"

    def broken():
        yield event(1, "a-1")
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        export_events(broken(), "plover", str(target))
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_an_unwritable_destination_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot write there"):
        export_events([event(1, "a-1")], "plover", str(tmp_path / "missing" / "out.jsonl"))
