import csv
import io
import json
from importlib import resources

import jsonschema
import pytest

from tacitus.errors import InputError
from tacitus.store import open_store
from tacitus.store.exports import export_events, formats, write_events
from tacitus.store.exports.gdelt import COLUMNS as GDELT_COLUMNS
from tests.store.factories import article, report


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        for key, publisher in (("a", "Reuters"), ("b", "AP")):
            opened.save_article(article(key, publisher=publisher, url=f"https://news.test/{key}"), events=[
                report(1, article_id=key, date="2020-03-05", status="planned"),
                report(2, article_id=key, category="ASSAULT", mode="aerial", actors=("SYR",), recipients=("TUR",),
                       date="2020-02-27", place=None, quad=4, score=-9.0)])
        yield opened


def text_export(store, fmt):
    out = io.StringIO()
    count = write_events(store.iter_canonical(), fmt, out)
    return count, out.getvalue()


def test_plover_lines_are_valid_one_per_event_and_future_cooperation_is_agree(store):
    schema = json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text())
    count, text = text_export(store, "plover")
    records = [json.loads(line) for line in text.splitlines()]
    for record in records:
        jsonschema.validate(record, schema)
    assert count == 2 and [(r["event"], r["num_articles"]) for r in records] == [("ASSAULT", 2), ("AGREE", 2)]
    assert records[1]["action"] == "CONSULT"
    assert [e.event for e, _ in store.iter_canonical()] == ["ASSAULT", "CONSULT"]  # the store keeps the action


def test_plover_modes_come_from_the_plover_vocabulary_and_finer_ones_go_to_mode_detail(store_url):
    with open_store(store_url) as opened:
        opened.save_article(article("o"), events=[
            report(1, article_id="o", category="ASSAULT", mode="occupy", actors=("RUS",), recipients=("UKR",), quad=4),
            report(2, article_id="o", category="ASSAULT", mode="aerial", actors=("SYR",), recipients=("TUR",), quad=4),
            report(3, article_id="o", category="CONSULT", mode="visit", status="planned")])
        records = {r["mode_detail"]: r for r in map(json.loads, text_export(opened, "plover")[1].splitlines())}
    assert (records["occupy"]["event"], records["occupy"]["mode"]) == ("ASSAULT", None)
    assert (records["aerial"]["event"], records["aerial"]["mode"]) == ("ASSAULT", "aerial")
    assert (records["visit"]["event"], records["visit"]["mode"], records["visit"]["action"]) == ("AGREE", None, "CONSULT")


def test_plover_dates_are_written_as_spans_and_acled_takes_every_precision(store_url):
    schema = json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text())
    with open_store(store_url) as opened:
        opened.save_article(article("m"), events=[
            report(1, article_id="m", date="2020-02", precision="month"),
            report(2, article_id="m", category="ASSAULT", date="2019-10-01", precision="quarter", actors=("SYR",)),
            report(3, article_id="m", category="PROTEST", date="2020-03-06", precision="unknown", actors=("IRQ",))])
        records = [json.loads(line) for line in text_export(opened, "plover")[1].splitlines()]
        acled = list(csv.DictReader(io.StringIO(text_export(opened, "acled")[1])))
    assert sorted(row["time_precision"] for row in acled) == ["3", "3", "3"]
    for record in records:
        jsonschema.validate(record, schema)
    assert sorted((r["date"], r["enddate"], r["date_precision"]) for r in records) == [
        ("2019-10-01", "2019-12-31", "quarter"), ("2020-02-01", "2020-02-29", "month"), ("2020-03-06", None, "unknown")]


def test_gdelt_rows_have_61_columns_in_order_with_fips_geo_codes(store):
    _, text = text_export(store, "gdelt")
    rows = [dict(zip(GDELT_COLUMNS, row)) for row in csv.reader(io.StringIO(text), delimiter="\t")]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows) and GDELT_COLUMNS[-1] == "SOURCEURL"
    assault, visit = rows
    assert (assault["SQLDATE"], assault["Actor1CountryCode"], assault["Actor2CountryCode"]) == ("20200227", "SYR", "TUR")
    assert (assault["QuadClass"], assault["NumArticles"], assault["NumSources"], assault["AvgTone"]) == ("4", "2", "2", "")
    assert visit["ActionGeo_CountryCode"] == "TU" and visit["ActionGeo_FullName"] == "Istanbul"  # FIPS, not ISO
    assert visit["SOURCEURL"].startswith("https://news.test/") and visit["GLOBALEVENTID"].isdigit()


def test_acled_rows_read_back_with_the_csv_module(store):
    _, text = text_export(store, "acled")
    assault, visit = csv.DictReader(io.StringIO(text))
    assert (assault["event_type"], assault["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (visit["iso"], visit["location"], visit["time_precision"], visit["fatalities"]) == ("792", "Istanbul", "1", "")
    assert visit["source"] in ("AP", "Reuters")


def test_csv_and_geojson_read_back(store):
    _, text = text_export(store, "csv")
    assert [r["event"] for r in csv.DictReader(io.StringIO(text))] == ["ASSAULT", "AGREE"]
    count, text = text_export(store, "geojson")
    collection = json.loads(text)
    assert count == 1 and collection["type"] == "FeatureCollection"  # the assault has no place
    assert collection["features"][0]["geometry"]["coordinates"] == [28.97, 41.01]


def test_parquet_reads_back_with_pyarrow(store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export_events(store.iter_canonical(), "parquet", str(path)) == 2
    table = pq.read_table(path)
    assert table.column("actor_countries").to_pylist() == [["SYR"], ["TUR"]]
    assert table.column("num_articles").to_pylist() == [2, 2]


def test_gexf_reads_back_with_networkx(store, tmp_path):
    import networkx as nx

    path = tmp_path / "net.gexf"
    export_events(store.iter_canonical(), "gexf", str(path))
    graph = nx.read_gexf(path)
    assert graph["SYR"]["TUR"]["weight"] == 1 and graph["SYR"]["TUR"]["mean_score"] == -9.0
    assert graph.has_edge("TUR", "RUS")


def test_ftm_entities_read_back_with_followthemoney(store):
    from followthemoney import model

    _, text = text_export(store, "ftm")
    entities = [model.get_proxy(json.loads(line)) for line in text.splitlines()]
    events = [e for e in entities if e.schema.name == "Event"]
    bodies = {e.id: e for e in entities if e.schema.name == "PublicBody"}
    assert len(events) == 2 and len(bodies) == 3
    assert all(set(e.get("involved")) <= set(bodies) for e in events)
    assert bodies[events[0].get("involved")[0]].get("country") == ["sy"]


def test_an_export_that_fails_leaves_no_half_written_file(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("the previous export\n")

    def broken():
        yield report(1, article_id="a"), {}
        raise RuntimeError("the store went away")

    for fmt in formats():
        with pytest.raises(RuntimeError):
            export_events(broken(), fmt, str(target))
    assert target.read_text() == "the previous export\n" and [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_an_unwritable_destination_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot write there"):
        export_events([], "plover", str(tmp_path / "missing" / "out.jsonl"))
    with pytest.raises(InputError, match="-o FILE"):
        export_events([], "parquet", "-")


def test_places_keep_their_geonames_feature_and_gdelt_types_them(store_url):
    from tacitus.records import Place
    from tacitus.store.exports.gdelt import geo_type

    sindh = Place(text="Sindh", name="Sindh", country="PAK", admin1="Sindh", geonameid=1164807, lat=25.9, lon=68.5,
                  precision="admin1", feature_class="A", feature_code="ADM1", admin1_code="05")
    with open_store(store_url) as opened:
        opened.save_article(article("s"), events=[report(1, article_id="s", place=sindh)])
        (event, _), = opened.iter_canonical()
        assert event.event_loc == sindh
        _, text = text_export(opened, "gdelt")
    row = dict(zip(GDELT_COLUMNS, next(csv.reader(io.StringIO(text), delimiter="\t"))))
    assert (row["ActionGeo_Type"], row["ActionGeo_ADM1Code"], row["ActionGeo_FeatureID"]) == ("5", "PK05", "1164807")
    city = Place(text="Tulsa", name="Tulsa", country="USA", precision="city", admin1_code="OK")
    state = Place(text="Ohio", name="Ohio", country="USA", precision="admin1", admin1_code="OH")
    country = Place(text="Russia", name="Russia", country="RUS", precision="country", geonameid=2017370)
    assert [geo_type(p) for p in (city, state, country, sindh)] == ["3", "2", "1", "5"]


@pytest.mark.parametrize("fmt", ["csv", "acled", "gdelt"])
def test_no_spreadsheet_cell_is_a_formula(store_url, fmt):
    from tacitus.records import Entity

    hostile = report(1, article_id="x", category="ASSAULT", actors=("SYR",), score=-9.0, quad=4,
                     sentence='=HYPERLINK("http://evil.test","click")')
    hostile.actor = [Entity(text="@SUM(1+1)", name="+cmd|' /C calc'!A0", country="SYR", kind="state")]
    with open_store(store_url) as opened:
        opened.save_article(article("x", url="-2+3"), events=[hostile])
        text = text_export(opened, fmt)[1]
    delimiter = "\t" if fmt == "gdelt" else ","
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
    formulas = [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")
                or cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()]
    assert formulas == []
    assert any(cell.startswith("'=HYPERLINK") for cell in cells) or fmt == "gdelt"  # GDELT has no sentence
    if fmt == "csv":
        assert "-9.0" in cells  # a negative number stays a number
