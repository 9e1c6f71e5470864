"""Fit the sentence classifier's softmax layer on our labelled sentences and write ``classifier.npz``.

    python -m tacitus.coding.train_classifier [--training FILE] [--output FILE] [--folds 5]

The training file holds one ``{"text": ..., "labels": [CATEGORY, ...]}`` a line (``[]``: no event).
Training is deterministic (zero start, full-batch gradient descent), so the same file gives the same
weights; the file's digest is stored with them and a test checks that the two agree. Cross-validation
figures go to stderr so a change to the training set shows what it did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np

from tacitus.coding.classifier import LABELS, NONE, SentenceEmbedder, SoftmaxWeights
from tacitus.errors import InputError

L2 = 1e-4
STEPS = 3000
LEARNING_RATE = 8.0


def packaged(name: str) -> Path:
    return Path(str(resources.files("tacitus.coding").joinpath("data", name)))


def read_training(path: Path) -> tuple[list[str], np.ndarray]:
    """Texts and soft targets: a sentence with two labels gives each half its weight."""
    texts, targets = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            labels = record["labels"] or [NONE]
            target = np.zeros(len(LABELS))
            for label in labels:
                target[LABELS.index(label)] += 1 / len(labels)
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{number}: expected {{\"text\": ..., \"labels\": [PLOVER categories]}}") from None
        texts.append(record["text"])
        targets.append(target)
    return texts, np.array(targets)


def fit(embeddings: np.ndarray, targets: np.ndarray, digest: str = "") -> SoftmaxWeights:
    """Multinomial logistic regression with an L2 penalty, by plain gradient descent."""
    n, dims = embeddings.shape
    weights = np.zeros((dims, targets.shape[1]))
    bias = np.zeros(targets.shape[1])
    model = SoftmaxWeights(LABELS, weights, bias, digest)
    for _ in range(STEPS):
        error = model.probabilities(embeddings) - targets
        weights -= LEARNING_RATE * (embeddings.T @ error / n + L2 * weights)
        bias -= LEARNING_RATE * error.mean(axis=0)
    return model


def cross_validate(embeddings: np.ndarray, targets: np.ndarray, folds: int) -> dict[str, float]:
    """Held-out accuracy of the top label, and how often each abstention threshold would be wrong."""
    order = np.random.default_rng(0).permutation(len(targets))
    predicted = np.zeros_like(targets)
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        predicted[test] = fit(embeddings[train], targets[train]).probabilities(embeddings[test])
    gold_top = targets.argmax(axis=1)
    none = LABELS.index(NONE)
    is_event = targets[:, none] == 0
    report = {"accuracy": float((predicted.argmax(axis=1) == gold_top).mean())}
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        vetoed = predicted[:, none] >= threshold
        report[f"none>={threshold}: events lost"] = float((vetoed & is_event).sum() / max(is_event.sum(), 1))
        report[f"none>={threshold}: non-events caught"] = float((vetoed & ~is_event).sum() / max((~is_event).sum(), 1))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--training", type=Path, default=packaged("training.jsonl"))
    parser.add_argument("--output", type=Path, default=packaged("classifier.npz"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        texts, targets = read_training(args.training)
    except (OSError, InputError) as error:
        print(f"tacitus: {error}", file=sys.stderr)
        return 2
    digest = hashlib.sha256(args.training.read_bytes()).hexdigest()
    embeddings = SentenceEmbedder().embed(texts)
    if args.folds > 1:
        for name, value in cross_validate(embeddings, targets, args.folds).items():
            print(f"{name}: {value:.3f}", file=sys.stderr)
    fit(embeddings, targets, digest).save(args.output)
    print(f"wrote {args.output} from {len(texts)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
