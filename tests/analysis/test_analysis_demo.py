"""On the demo corpus: the brief of 16-23 December 2019, the watchlist and the week in review say what the
articles report (the acceptance criteria of issue 14)."""

import json

import pytest
from click.testing import CliRunner

from tacitus.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    pytest.importorskip("tacitus.pipeline")
    path = str(tmp_path_factory.mktemp("analysis-demo") / "demo.db")
    result = CliRunner().invoke(cli, ["--db", path, "demo", "--format", "json"])
    assert result.exit_code == 0, result.output
    return path


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def brief(demo_db):
    args = ["brief", "--country", "TUR", "--recipient", "RUS", "--start", "2019-12-16", "--end", "2019-12-23"]
    return run(demo_db, *args), json.loads(run(demo_db, *args, "--format", "json"))


def test_brief_leads_with_the_delegations_talks_in_moscow(brief):
    markdown, data = brief
    lead = data["sections"][0]["sentences"]
    assert lead[0]["text"] == "A Turkish delegation held talks with Russian officials in Moscow on 23 December 2019."
    assert markdown.startswith("# Türkiye and Russia: A Turkish delegation held talks with Russian officials in Moscow")


def test_brief_tells_of_the_idlib_offensive_and_the_phone_calls(brief):
    markdown, data = brief
    cited = data["events"]
    why = data["sections"][1]["sentences"]
    offensive = [s for s in why for e in s["events"]
                 if cited[e]["category"] == "ASSAULT" and "offensive in Idlib" in cited[e]["sentence"]]
    assert offensive, [s["text"] for s in why]
    assert "Russian warplanes carried out air strikes in Idlib" in offensive[0]["text"]
    calls = [s["text"] for section in data["sections"] for s in section["sentences"] if "by telephone" in s["text"]]
    # (a call in which a ceasefire in Libya was discussed is not placed in Libya)
    assert "Erdogan spoke by telephone with Russian President Vladimir Putin on 11 December 2019." in calls


def test_whats_next_lists_putins_visit_on_8_january_which_happened(brief):
    markdown, data = brief
    upcoming = [s["text"] for s in data["sections"][2]["sentences"]]
    assert "Putin is expected to visit Turkey in Istanbul on 8 January 2020; since then reported as happened." in upcoming
    assert "**What's next:** " in markdown


def test_every_sentence_of_the_brief_is_cited(brief):
    markdown, data = brief
    sentences = [data["title"]] + [s for section in data["sections"] for s in section["sentences"]]
    assert all(s["events"] and s["urls"] for s in sentences)
    assert all(e in data["events"] for s in sentences for e in s["events"])
    assert all(url.startswith("https://demo.tacitus.invalid/") for s in sentences for url in s["urls"])


def test_watchlist_marks_the_visit_happened(demo_db):
    data = json.loads(run(demo_db, "watchlist", "--from", "2019-12-23", "--format", "json"))
    visit, = [i for i in data["items"] if i["date"] == "2020-01-08" and i["mode"] == "visit"]
    assert visit["sentence"]["text"] == "Putin is expected to visit Turkey in Istanbul on 8 January 2020."
    assert visit["outcome"] == "happened" and visit["outcome_event"]
    assert (visit["actor_countries"], visit["recipient_countries"]) == (["RUS"], ["TUR"])
    table = run(demo_db, "watchlist", "--from", "2019-12-23")
    assert "Putin is expected to visit Turkey in Istanbul on 8 January 2020." in table


def test_week_in_review_runs_and_tells_the_weeks_stories(demo_db):
    markdown = run(demo_db, "review", "--week", "2019-W52")
    assert "A Turkish delegation held talks with Russian officials in Moscow on 23 December 2019." in markdown
    # the offensive's story, told by whichever of its two seizures the classifier trusts more
    syria = markdown.split("**Syria:**", 1)[1].split("**", 1)[0]
    assert " seized " in syria and " villages " in syria
    assert run(demo_db, "review", "--week", "2019-W52", "--format", "html").startswith("<!DOCTYPE html>")


def test_search_finds_the_idlib_ceasefire_articles(demo_db):
    data = json.loads(run(demo_db, "search", "Idlib ceasefire", "--country", "TUR", "--start", "2019-12-01",
                          "--format", "json"))
    titles = [h["title"] for h in data["hits"]]
    assert "Putin and Erdogan agree Idlib ceasefire after Kremlin talks" in titles[:3]
    assert all(h["events"] for h in data["hits"])


def test_the_readme_shows_the_brief_as_produced(brief):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    markdown, _ = brief
    assert "````markdown\n" + markdown + "````" in readme
