"""The gold suite: every file is valid, and the coder stays above the floors measured on it."""

import json
from pathlib import Path

import pycountry
import pytest

from tacitus.cli import cli
from tacitus.coding.scores import known_modes
from tacitus.evaluation.gold import ALIASES
from tacitus.records import CATEGORIES, STATUSES

GOLD = Path(__file__).resolve().parents[1] / "gold"
FILES = sorted(GOLD.glob("*.jsonl"))
CODES = {c.alpha_3 for c in pycountry.countries} | set(ALIASES) | set(ALIASES.values()) | {"IGO", "NGO", "IMG", "XKX"}
# Measured on 2026-11-24 (see README); a drop below is a regression.
FLOORS = {"core.jsonl": {"category_f1": 0.90, "actor_f1": 0.88, "date_f1": 0.85},
          "holdout.jsonl": {"category_f1": 0.85, "actor_f1": 0.85, "date_f1": 0.80},
          "extended.jsonl": {"category_f1": 0.82, "actor_f1": 0.80, "date_f1": 0.72},
          # written blind on 2026-11-25 and scored before any fix: category F1 0.72, actor 0.68, date 0.73
          "holdout2.jsonl": {"category_f1": 0.78, "actor_f1": 0.74, "date_f1": 0.78}}
# The whole suite, against the targets (category F1 >= 0.85, actor-country F1 >= 0.80).
SUITE_FLOORS = {"category_f1": 0.87, "actor_f1": 0.85, "date_f1": 0.80}


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_records_are_valid(path):
    ids = set()
    modes = known_modes()
    for record in records(path):
        assert record["id"] not in ids
        ids.add(record["id"])
        assert record["text"].strip() and len(record["date"]) == 10
        if record["event"] is None:
            continue
        assert record["event"] in CATEGORIES and record["status"] in STATUSES
        assert record["mode"] is None or record["mode"] in modes[record["event"]], record["id"]
        for party in record["source"] + record["target"]:
            assert party["code"] in CODES, record["id"]


def test_the_suite_covers_every_category_mode_and_status():
    modes = {category: set(names) for category, names in known_modes().items()}
    statuses = set()
    for path in FILES:
        for record in records(path):
            if record["event"] is not None:
                modes[record["event"]].discard(record["mode"])
                statuses.add(record["status"])
    assert {category: left for category, left in modes.items() if left} == {}
    assert statuses == set(STATUSES)


@pytest.mark.slow
def test_the_whole_suite_meets_the_targets(runner):
    floors = sum((["--fail-under", f"{metric}={value}"] for metric, value in SUITE_FLOORS.items()), [])
    result = runner.invoke(cli, ["eval", *map(str, FILES), *floors])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_coder_stays_above_its_floors(runner, name):
    floors = [f"{metric}={value}" for metric, value in FLOORS[name].items()]
    result = runner.invoke(cli, ["eval", str(GOLD / name), *sum((["--fail-under", f] for f in floors), [])])
    assert result.exit_code == 0, result.output
