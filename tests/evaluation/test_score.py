"""The scorer on hand-built predictions: what counts as right, field by field."""

from tacitus.evaluation.gold import GoldDocument, GoldEvent
from tacitus.evaluation.score import score_documents
from tacitus.records import Entity, Event


def gold(**overrides) -> GoldEvent:
    values = dict(id="g1", categories=frozenset({"CONSULT"}), actors=frozenset({"TUR"}),
                  recipients=frozenset({"RUS"}), mode="visit", date="2019-12-23", status="asserted")
    values.update(overrides)
    return GoldEvent(**values)


def predicted(category="CONSULT", actor="TUR", recipient="RUS", date="2019-12-23", status="asserted") -> Event:
    return Event(id="p", doc_id="d", event=category, actor=[Entity(text=actor or "someone", country=actor)],
                 recipient=[Entity(text=recipient, country=recipient)] if recipient else [], date=date,
                 date_precision="day", status=status, sentence="s", confidence=0.9, mode="visit")


def score(gold_events, predictions):
    return score_documents([(GoldDocument(id="d", text="t", published="2019-12-23", events=gold_events), predictions)])


def test_a_perfect_prediction_scores_one():
    report = score([gold()], [predicted()])
    assert all(report.fields[f].f1 == 1.0 for f in ("category", "actor", "recipient", "date", "status", "mode"))


def test_a_wrong_category_lowers_precision_and_recall():
    report = score([gold()], [predicted(category="ASSAULT")])
    assert report.fields["category"].precision == 0 and report.fields["category"].recall == 0
    assert report.confusion[("none", "ASSAULT")] == 1 and report.confusion[("CONSULT", "none")] == 1


def test_a_spurious_event_lowers_precision_only():
    report = score([gold()], [predicted(), predicted(category="ACCUSE")])
    assert report.fields["category"].recall == 1.0 and report.fields["category"].precision == 0.5


def test_reciprocal_events_accept_either_direction():
    reciprocal = gold(actors=frozenset({"TUR", "RUS"}), recipients=frozenset())
    assert score([reciprocal], [predicted(actor="RUS", recipient="TUR")]).fields["recipient"].f1 == 1.0


def test_date_tolerance_is_respected():
    assert score([gold(date_tolerance_days=6)], [predicted(date="2019-12-17")]).fields["date"].f1 == 1.0
    assert score([gold()], [predicted(date="2019-12-17")]).fields["date"].f1 == 0.0


def test_negated_predictions_are_ignored_unless_the_gold_codes_a_negation():
    assert score([gold()], [predicted(status="negated")]).fields["category"].recall == 0
    assert score([gold(status="negated")], [predicted(status="negated")]).fields["status"].f1 == 1.0


def test_a_promised_visit_matches_gold_agree():
    assert score([gold(categories=frozenset({"AGREE"}))], [predicted(status="planned")]).fields["category"].f1 == 1.0


def test_an_event_with_unnamed_parties_aligns_and_is_scored_wrong_on_them():
    report = score([gold()], [predicted(actor=None, recipient=None)])
    assert report.fields["category"].f1 == 1.0 and report.fields["actor"].recall == 0


def test_a_gold_event_without_parties_is_found_by_its_category():
    report = score([gold(actors=frozenset(), recipients=frozenset())], [predicted(actor=None, recipient=None)])
    assert report.fields["category"].f1 == 1.0 and report.fields["actor"].f1 == 1.0


def test_an_event_between_other_parties_is_another_event():
    report = score([gold()], [predicted(actor="USA", recipient="CHN")])
    assert report.fields["category"].recall == 0 and report.fields["category"].precision == 0
