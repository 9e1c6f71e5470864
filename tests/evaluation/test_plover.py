"""Scoring against PLOVER 0.5b1 gold records: the category names are mapped, the coders' conventions kept."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import cli

from tacitus.evaluation.plover import PloverGold, gold_from_record, is_0_5_record, score_plover
from tacitus.records import Entity, Event


def event(category: str, actor: str | None = "TUR", recipient: str | None = "RUS", status: str = "asserted",
          confidence: float = 0.9, actor_sector: str | None = None) -> Event:
    return Event(id="p", doc_id="d", event=category,
                 actor=[Entity(text="a", country=actor, sector=actor_sector)] if actor or actor_sector else [],
                 recipient=[Entity(text="r", country=recipient)] if recipient else [], date=None,
                 date_precision="unknown", status=status, sentence="s", confidence=confidence)  # type: ignore[arg-type]


def gold(category: str = "ACCUSE", sources: tuple[str, ...] = ("TUR",), targets: tuple[str, ...] = ("RUS",)) -> PloverGold:
    return PloverGold(id="g", text="s", category=category, sources=frozenset(sources), targets=frozenset(targets))


def test_0_5_names_map_to_the_current_categories():
    record = {"id": "x", "text": "t", "event": "DISAPPROVE", "version": "0.5b1",
              "source": [{"code": "JAP"}], "target": [{"code": "ITL"}]}
    parsed = gold_from_record(record, 1)
    assert is_0_5_record(record)
    assert parsed is not None and parsed.category == "ACCUSE"
    assert parsed.sources == {"JPN"} and parsed.targets == {"ITA"}
    assert gold_from_record({"text": "t", "event": "FIGHT"}, 1).category == "ASSAULT"  # type: ignore[union-attr]
    assert gold_from_record({"text": "t", "event": "DEMAND"}, 1).category == "REQUEST"  # type: ignore[union-attr]


def test_a_right_event_counts_in_every_figure():
    report = score_plover([([gold()], [event("ACCUSE")])])
    assert report.summary() == {"type_recall": 1.0, "top1_type": 1.0, "type_actor": 1.0, "full_tuple": 1.0,
                                "event_precision": 1.0, "events_per_sentence": 1.0, "no_event": 0.0}


def test_a_sentence_without_events_counts_as_no_event():
    report = score_plover([([gold()], [])])
    assert report.no_event == 1 and report.type_found == 0 and report.misses


def test_a_planned_or_intended_event_counts_as_agree():
    assert score_plover([([gold("AGREE")], [event("RETREAT", status="intended")])]).type_found == 1
    assert score_plover([([gold("AGREE")], [event("RETREAT", status="asserted")])]).type_found == 0


def test_a_negated_event_counts_as_reject():
    assert score_plover([([gold("REJECT")], [event("CONCEDE", status="negated")])]).type_found == 1


def test_a_wrong_recipient_fails_the_full_tuple_only():
    report = score_plover([([gold()], [event("ACCUSE", recipient="IRN")])])
    assert (report.type_found, report.type_actor, report.full_tuple) == (1, 1, 0)


def test_a_gold_event_without_target_wants_no_other_recipient():
    assert score_plover([([gold(targets=())], [event("ACCUSE", recipient=None)])]).full_tuple == 1
    assert score_plover([([gold(targets=())], [event("ACCUSE", recipient="IRN")])]).full_tuple == 0


def test_any_international_body_matches_the_gold_igo_code():
    report = score_plover([([gold(sources=("IGO",))], [event("ACCUSE", actor="UNO")])])
    assert report.type_actor == 1


def test_top1_reads_the_most_confident_event_and_precision_every_event():
    report = score_plover([([gold()], [event("ACCUSE", confidence=0.5), event("ASSAULT", confidence=0.9)])])
    assert report.type_found == 1 and report.top1 == 0 and report.precision == 0.5


@pytest.mark.slow
def test_eval_reads_plover_0_5_records_and_says_how_it_maps_them(runner: CliRunner, tmp_path: Path) -> None:
    records = [{"id": "r1", "date": "2019-06-03", "event": "DISAPPROVE", "version": "0.5b1",
                "source": [{"code": "TUR"}], "target": [{"code": "GRC"}],
                "text": "Turkey on Monday accused Greece of violating its airspace."},
               {"id": "r2", "date": "2019-06-03", "event": "FIGHT", "version": "0.5b1",
                "source": [{"code": "SYR"}], "target": [{"code": "TUR"}],
                "text": "The weather in Ankara was mild on Monday."}]
    gold_file = tmp_path / "plover.jsonl"
    gold_file.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = runner.invoke(cli, ["eval", str(gold_file), "--classifier", "off"])
    assert result.exit_code == 0, result.output
    assert "DISAPPROVE/INVESTIGATE->ACCUSE" in result.output
    assert "type recall: 0.500" in result.output and "sentences with no event: 1 (50.0%)" in result.output
    as_json = json.loads(runner.invoke(cli, ["eval", str(gold_file), "--classifier", "off", "--format", "json"]).output)
    assert as_json["plover"]["full_tuple"] == 0.5
    failing = runner.invoke(cli, ["eval", str(gold_file), "--classifier", "off", "--fail-under", "type_recall=0.9"])
    assert failing.exit_code == 1


def test_a_signed_agreement_counts_as_0_5_support_but_another_agree_does_not():
    signed = event("AGREE")
    signed.trigger = "signed"
    assert score_plover([([gold("SUPPORT")], [signed])]).type_found == 1
    agreed = event("AGREE")
    agreed.trigger = "agreed"
    assert score_plover([([gold("SUPPORT")], [agreed])]).type_found == 0


def _clash(*countries: str) -> Event:
    return Event(id="p", doc_id="d", event="ASSAULT", actor=[Entity(text=c, country=c) for c in countries],
                 recipient=[], date=None, date_precision="unknown", status="asserted", sentence="s", confidence=0.9)


def test_a_clash_between_two_forces_of_one_country_matches_its_gold_target():
    assert score_plover([([gold("ASSAULT", ("SDN",), ("SDN",))], [_clash("SDN", "SDN")])]).full_tuple == 1
    assert score_plover([([gold("ASSAULT", ("SDN",), ("SDN",))], [_clash("SDN")])]).full_tuple == 0


def test_a_clash_matches_its_other_side_only():
    assert score_plover([([gold("ASSAULT", ("TUR",), ("RUS",))], [_clash("TUR", "RUS")])]).full_tuple == 1
    assert score_plover([([gold("ASSAULT", ("TUR",), ("RUS",))], [_clash("TUR", "SYR")])]).full_tuple == 0
