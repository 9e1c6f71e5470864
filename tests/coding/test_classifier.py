"""The learned second opinion: its training data, its weights, and how the coder uses it."""

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from tacitus.coding.classifier import (ENCODER_LAYERS, LABELS, NONE, SentenceClassifier, SentenceEmbedder,
                                       SoftmaxWeights, load_classifier)
from tacitus.coding.review import review_events
from tacitus.coding.review import VetoPolicy, verdict
from tacitus.coding.train_classifier import choose_thresholds, class_weights, fit, packaged, read_training
from tacitus.records import Event
from tacitus.config import load_settings
from tacitus.errors import ConfigError
from tacitus.records import CATEGORIES

from tests.conftest import SHARED, need

GOLD = Path(__file__).resolve().parents[1] / "gold"


def training_records():
    lines = packaged("training.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_training_sentences_are_labelled_with_plover_categories_and_cover_all_of_them():
    records = training_records()
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts))
    counts = {label: 0 for label in LABELS}
    for record in records:
        assert all(label in CATEGORIES for label in record["labels"])
        for label in record["labels"] or [NONE]:
            counts[label] += 1
    assert min(counts.values()) >= 30, counts


def test_no_gold_sentence_is_in_the_training_set():
    training = {r["text"].strip().lower() for r in training_records()}
    for path in GOLD.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert json.loads(line)["text"].strip().lower() not in training, path.name


def test_no_sentence_of_the_plover_dev_records_is_in_the_training_set():
    # the dev records measure the veto; training on them would make the measure meaningless
    dev = need(SHARED / "dev" / "plover-gsr-dev.jsonl")
    texts = {json.loads(line)["text"].strip().lower()
             for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not texts & {r["text"].strip().lower() for r in training_records()}


def test_the_packaged_weights_were_fitted_on_the_packaged_training_file():
    weights = SoftmaxWeights.load()
    assert weights.training_digest == hashlib.sha256(packaged("training.jsonl").read_bytes()).hexdigest()
    assert weights.labels == LABELS and weights.weights.shape == (384, len(LABELS))
    assert weights.encoder_layers == ENCODER_LAYERS


def test_weights_remember_the_encoder_layers_they_were_fitted_on(tmp_path):
    weights = SoftmaxWeights(LABELS, np.zeros((384, len(LABELS))), np.zeros(len(LABELS)), "digest", encoder_layers=6)
    weights.save(tmp_path / "w.npz")
    assert SoftmaxWeights.load(tmp_path / "w.npz").encoder_layers == 6


def test_weights_remember_the_veto_thresholds_chosen_when_they_were_trained(tmp_path):
    weights = SoftmaxWeights(LABELS, np.zeros((384, len(LABELS))), np.zeros(len(LABELS)), "digest",
                             none_veto=0.75, confirmation=0.25)
    weights.save(tmp_path / "w.npz")
    assert VetoPolicy.of(SoftmaxWeights.load(tmp_path / "w.npz")) == VetoPolicy(none_veto=0.75, confirmation=0.25)


def test_each_label_weighs_the_same_in_the_loss_however_many_sentences_it_has():
    targets = np.zeros((4, len(LABELS)))
    targets[:3, LABELS.index(NONE)] = 1
    targets[3, LABELS.index("ASSAULT")] = 1
    weights = class_weights(targets)
    assert weights[3] == pytest.approx(3 * weights[0])
    assert np.array_equal(class_weights(targets, balance=0.0), np.ones(4))


def _one_hot(labels):
    return np.eye(len(LABELS))[[LABELS.index(label) for label in labels]]


def test_the_veto_threshold_is_the_lowest_that_spares_held_out_events():
    # held-out P(no event) of six event sentences: the veto at 0.6 would drop the one at 0.65
    targets = _one_hot(["ASSAULT"] * 6 + [NONE] * 4)
    predicted = np.full((10, len(LABELS)), 0.0)
    predicted[:6, LABELS.index(NONE)] = [0.1, 0.2, 0.3, 0.4, 0.55, 0.65]
    predicted[:6, LABELS.index("ASSAULT")] = 0.01
    predicted[6:, LABELS.index(NONE)] = 0.9
    none_veto, _ = choose_thresholds(predicted, targets)
    assert none_veto == 0.7


def test_the_confirmation_threshold_best_separates_held_out_events_from_non_events():
    # events have their category on top at 0.45; non-events put some category on top at 0.22 or 0.28
    targets = _one_hot(["AGREE"] * 4 + [NONE] * 4)
    predicted = np.full((8, len(LABELS)), 0.01)
    predicted[:4, LABELS.index("AGREE")] = 0.45
    predicted[4:6, LABELS.index("ASSAULT")] = 0.22
    predicted[6:, LABELS.index("ASSAULT")] = 0.28
    predicted[4:, LABELS.index(NONE)] = 0.15
    _, confirmation = choose_thresholds(predicted, targets)
    assert 0.28 < confirmation <= 0.45


def test_a_vetoed_event_needs_both_a_sure_no_event_and_a_faint_category():
    event = Event(id="e", doc_id="d", event="ASSAULT", actor=[], recipient=[], date=None, date_precision="unknown",
                  status="asserted", sentence="s", confidence=0.8)
    policy = VetoPolicy(none_veto=0.8, confirmation=0.3)
    assert verdict(event, {NONE: 0.85, "ASSAULT": 0.02}, policy) == "veto"
    assert verdict(event, {NONE: 0.85, "ASSAULT": 0.10}, policy) == "keep"
    assert verdict(event, {NONE: 0.75, "ASSAULT": 0.02}, policy) == "keep"
    event.needs_confirmation = True
    assert verdict(event, {NONE: 0.2, "ASSAULT": 0.35, "COERCE": 0.3}, policy) == "keep"
    assert verdict(event, {NONE: 0.2, "ASSAULT": 0.25, "COERCE": 0.3}, policy) == "unconfirmed"


def test_fitting_is_deterministic_and_learns_what_it_is_taught():
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(len(LABELS), 16))
    labels = np.repeat(np.arange(len(LABELS)), 10)
    points = centres[labels] + 0.1 * rng.normal(size=(len(labels), 16))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    targets = np.eye(len(LABELS))[labels]
    first, second = fit(points, targets), fit(points, targets)
    assert np.array_equal(first.weights, second.weights)
    assert (first.probabilities(points).argmax(axis=1) == labels).mean() > 0.95


def test_a_sentence_with_two_labels_gives_each_half_the_weight(tmp_path):
    path = tmp_path / "train.jsonl"
    path.write_text('{"text": "Troops shelled the town and arrested ten men.", "labels": ["ASSAULT", "COERCE"]}\n'
                    '{"text": "The weather was mild.", "labels": []}\n', encoding="utf-8")
    texts, targets = read_training(path)
    assert targets[0][LABELS.index("ASSAULT")] == 0.5 and targets[1][LABELS.index(NONE)] == 1.0


def test_a_malformed_training_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "train.jsonl"
    path.write_text('{"text": "fine", "labels": []}\n{"text": "bad", "labels": ["PARTY"]}\n', encoding="utf-8")
    with pytest.raises(Exception, match="train.jsonl:2"):
        read_training(path)


def test_the_classifier_setting_is_on_or_off():
    assert load_settings({}).classifier == "on"
    assert load_settings({"TACITUS_CLASSIFIER": "off"}).classifier == "off"
    with pytest.raises(ConfigError, match="TACITUS_CLASSIFIER"):
        load_settings({"TACITUS_CLASSIFIER": "maybe"})


@pytest.mark.slow
def test_the_classifier_tells_an_attack_from_background_prose():
    classifier = load_classifier()
    attack, background = classifier.classify([
        "Government warplanes bombed a market in the rebel-held town on Tuesday, killing at least 12 people.",
        "The city, once famous for its soap and its covered souks, sits on an ancient trade route.",
    ])
    assert max(attack, key=attack.get) == "ASSAULT"
    assert max(background, key=background.get) == NONE


@pytest.mark.slow
def test_review_abstains_where_the_classifier_is_sure_there_is_no_event():
    from tacitus import extract

    events = extract("Russian troops shelled the village of Pisky on Monday.", published="2022-03-02",
                     settings=load_settings({"TACITUS_CLASSIFIER": "off"}))
    assert [e.event for e in events] == ["ASSAULT"]
    # A softmax layer whose bias puts nearly all weight on "no event", whatever the sentence.
    bias = np.full(len(LABELS), -5.0)
    bias[LABELS.index(NONE)] = 5.0
    sure_of_nothing = SentenceClassifier(SoftmaxWeights(LABELS, np.zeros((384, len(LABELS))), bias, ""),
                                         SentenceEmbedder())
    assert review_events(events, sure_of_nothing) == []
    # An even-handed one keeps the event and tempers its confidence.
    even = SentenceClassifier(SoftmaxWeights(LABELS, np.zeros((384, len(LABELS))), np.zeros(len(LABELS)), ""),
                              SentenceEmbedder())
    before = events[0].confidence
    kept = review_events(events, even)
    assert len(kept) == 1 and kept[0].confidence < before


@pytest.mark.slow
def test_the_classifier_confirms_a_reading_the_lexicon_only_half_supports():
    from tacitus import extract

    text = "Iran freed the seized British tanker on Wednesday after two months in detention."
    assert [e.event for e in extract(text, published="2023-05-11")] == ["CONCEDE"]
    # Without the classifier nobody confirms it, and the coder abstains.
    assert extract(text, published="2023-05-11", settings=load_settings({"TACITUS_CLASSIFIER": "off"})) == []


@pytest.mark.slow
def test_articles_reviewed_in_one_batch_keep_the_events_they_keep_alone():
    from tacitus.coding.extract import DocumentInput, code_documents

    texts = ["Iran freed two French sailors on Wednesday after more than two years in detention.",
             "The ceasefire has largely held since March, analysts said.",
             "Russian troops shelled the village of Pisky on Monday. Ukraine protested to Moscow."]
    docs = [DocumentInput(f"d{i}", text, "2023-05-11") for i, text in enumerate(texts)]

    def summary(coded):
        return [(e.event, e.trigger, e.confidence) for e in coded.events]

    together = [summary(coded) for coded in code_documents(docs)]
    alone = [summary(next(code_documents([doc]))) for doc in docs]
    assert together == alone and sum(map(len, together)) >= 3
