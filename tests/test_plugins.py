"""Formats come from one registry: Tacitus's own through entry points, a user's through code or their package."""

import json
import textwrap

import pytest
from click.testing import CliRunner

import tacitus
from tacitus.cli import cli
from tacitus.errors import InputError
from tacitus.ingest.sources import read_sources
from tacitus.plugins import Exporter, Reader, Registry, exporters, readers
from tacitus.records import Article
from tacitus.store import open_store
from tests.store.factories import article, report


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "events.db")
    with open_store(path) as store:
        store.save_article(article("a", publisher="AP"), events=[report(1, article_id="a")])
    return path


@pytest.fixture
def kml():
    @tacitus.register_exporter("kml", description="events as KML placemarks")
    def write_kml(pairs, out):
        count = 0
        for event, _stats in pairs:
            out.write(f"<Placemark><name>{event.event}</name></Placemark>\n")
            count += 1
        return count

    yield write_kml
    exporters.unregister("kml")


def test_the_built_in_formats_are_registered_as_plugins_are():
    assert {"plover", "csv", "geojson", "gdelt", "acled", "parquet", "ftm", "gexf"} <= set(exporters.names())
    assert exporters.get("parquet").write_file is not None and exporters.get("plover").write is not None


def test_a_format_registered_in_code_is_offered_by_tacitus_export(db, kml):
    runner = CliRunner()
    assert "kml" in runner.invoke(cli, ["export", "--help"]).output
    result = runner.invoke(cli, ["export", "--format", "kml", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<Placemark><name>")


def test_an_unknown_format_names_those_on_offer():
    with pytest.raises(InputError, match="unknown export format 'kml' .*plover"):
        exporters.get("kml")


def test_an_exporter_writes_to_a_stream_or_a_file_not_both():
    with pytest.raises(ValueError):
        Exporter("both")


def test_a_package_adds_a_format_through_an_entry_point(tmp_path, monkeypatch):
    # What `pip install tacitus-tsv` would leave on the path: a module and its distribution's entry points.
    (tmp_path / "tacitus_tsv.py").write_text(textwrap.dedent('''
        from tacitus.plugins import Exporter

        def write(pairs, out):
            rows = [f"{event.id}\\t{event.event}" for event, _ in pairs]
            out.write("\\n".join(rows))
            return len(rows)

        EXPORTER = Exporter("tsv", write=write)
        BROKEN = "not an exporter"
    '''))
    info = tmp_path / "tacitus_tsv-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tacitus-tsv\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[tacitus.exporters]\ntsv = tacitus_tsv:EXPORTER\n"
                                           "broken = tacitus_tsv:BROKEN\nmissing = tacitus_nowhere:EXPORTER\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = Registry("tacitus.exporters", Exporter, "export format")
    assert {"tsv", "plover"} <= set(registry.names())
    assert registry.get("tsv").write is not None
    assert {"broken", "missing"}.isdisjoint(e.name for e in registry.all())  # skipped with a warning


def test_a_registered_reader_reads_the_files_it_claims(tmp_path):
    def read_news_xml(source, data):
        for number, line in enumerate(data.decode().splitlines(), start=1):
            yield Article(id=f"n-{number}", raw_text=line, body=line, source_path=source)

    readers.register(Reader("newsxml", (".newsxml",), read_news_xml))
    try:
        path = tmp_path / "feed.newsxml"
        path.write_text("Turkey and Russia agreed a ceasefire.\nProtesters marched in Beirut.\n")
        results = list(read_sources([str(path)]))
    finally:
        readers.unregister("newsxml")
    assert [r.id for r in results] == ["n-1", "n-2"] and results[0].body.startswith("Turkey")
    assert json.dumps([r.source_path for r in results]) == json.dumps([str(path)] * 2)
