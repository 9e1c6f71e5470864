"""``tacitus demo``: fills the database once, prints a summary, and a second run adds nothing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rich.console import Console

from tacitus.cli import cli
from tacitus.cli.demo import print_summary
from tacitus.demo import load_corpus
from tacitus.demo.summary import IngestCounts, NextStep, summarize
from tacitus.records import Article, Entity, Event


def test_table_output_shows_counts_pairs_and_next_commands():
    articles = [Article(id="a", raw_text="x", body="x", url="https://demo.tacitus.invalid/a",
                        publisher="Tacitus Wire", published="2020-03-05")]
    events = [Event(id="ev-1", doc_id="a", event="AGREE", actor=[Entity("Putin", country="RUS")],
                    recipient=[Entity("Erdogan", country="TUR")], date="2020-03-05", date_precision="day",
                    status="asserted", sentence="...", confidence=0.8)]
    summary = summarize(articles, events, run=IngestCounts(1, 0, 0, 0, 1))
    console = Console(record=True, width=120)
    print_summary(summary, console)
    text = console.export_text()
    assert "1 articles from 1 outlets" in text
    assert "AGREE" in text and "RUS" in text and "TUR" in text
    assert "tacitus show ev-1" in text
    assert isinstance(summary.next_steps[0], NextStep)


@pytest.mark.slow
def test_demo_twice_into_a_temporary_database(tmp_path):
    pytest.importorskip("tacitus.pipeline")
    pytest.importorskip("tacitus.store")
    db = tmp_path / "demo.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["demo", "--db", str(db), "--format", "json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["articles"] == len(load_corpus())
    assert summary["run"]["ingested"] == len(load_corpus())
    assert summary["run"]["failed"] == 0
    assert summary["events"] > 0
    assert summary["by_category"] and summary["top_pairs"]

    second = runner.invoke(cli, ["demo", "--db", str(db), "--format", "json"])
    assert second.exit_code == 0, second.output
    again = json.loads(second.stdout)
    assert again["run"]["ingested"] == 0
    assert again["run"]["duplicates"] == len(load_corpus())
    assert {k: again[k] for k in ("articles", "events", "by_category", "top_pairs")} == \
        {k: summary[k] for k in ("articles", "events", "by_category", "top_pairs")}


@pytest.mark.slow
def test_demo_table_goes_to_stdout(tmp_path):
    pytest.importorskip("tacitus.pipeline")
    result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "What to run next" in result.stdout
    assert "tacitus --db" in result.stdout


@pytest.mark.slow
def test_the_march_5_moscow_agreement_is_one_event_from_several_articles(tmp_path):
    from tacitus.store import EventFilter, open_store

    db = tmp_path / "demo.db"
    assert CliRunner().invoke(cli, ["demo", "--db", str(db)]).exit_code == 0
    with open_store(str(db)) as store:
        found = [(e, stats) for e, stats in store.iter_canonical(EventFilter.parse(event_type="AGREE", country="RUS",
                                                                                     start="2020-03-05", end="2020-03-05"))]
    assert any(stats["num_articles"] >= 3 and {a.country for a in e.actor} == {"RUS", "TUR"} for e, stats in found)
