"""The parser's matrix products: by numpy, in the first way that gives each row the bits it gets alone, else by
BLIS."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import NumpyOps

from tacitus.config import Settings
from tacitus.nlp import products
from tacitus.nlp.pipeline import _load
from tacitus.nlp.products import MAX_SUMMED_ROWS, NumpyProducts

RNG = np.random.default_rng(7)
X = RNG.standard_normal((37, 24), dtype=np.float32)
W = RNG.standard_normal((24, 10), dtype=np.float32)


@pytest.mark.parametrize("trans2", [False, True], ids=["weights as they are", "weights transposed"])
def test_a_product_is_the_product_thinc_asks_for_into_its_output_when_given(trans2):
    weight = np.ascontiguousarray(W.T) if trans2 else W
    ours = NumpyProducts()
    assert np.allclose(ours.gemm(X, weight, trans2=trans2), X @ W, atol=1e-5)
    out = np.empty((37, 10), dtype=np.float32)
    assert ours.gemm(X, weight, out=out, trans2=trans2) is out and np.allclose(out, X @ W, atol=1e-5)


def test_a_long_weight_is_summed_in_equal_parts_added_in_order():
    rows = 2 * MAX_SUMMED_ROWS - 192
    x = RNG.standard_normal((5, rows), dtype=np.float32)
    weight = RNG.standard_normal((rows, 8), dtype=np.float32)
    half = rows // 2
    expected = np.dot(x[:, :half], weight[:half])
    expected += np.dot(x[:, half:], weight[half:])
    assert np.array_equal(products._by_rows(weight)(x), expected)


def test_weights_whose_rows_stand_alone_in_no_way_keep_blis(monkeypatch):
    checked = []
    monkeypatch.setattr(products, "rows_stand_alone", lambda weights, product: bool(checked.append(1)))
    ours = NumpyProducts()
    expected = NumpyOps().gemm(X, W)
    assert np.array_equal(ours.gemm(X, W), expected)
    assert np.array_equal(ours.gemm(X[:5], W.reshape(24, 10)), expected[:5])  # thinc's new view of a weight
    assert np.array_equal(ours.gemm(X, W * 2), 2 * expected)  # another weight of the same shape
    assert len(checked) == 2  # both ways, once for this shape and layout


def test_the_first_way_whose_rows_stand_alone_is_taken(monkeypatch):
    answers = iter([False, True])  # not by rows, by columns
    monkeypatch.setattr(products, "rows_stand_alone", lambda weights, product: next(answers))
    assert np.array_equal(NumpyProducts().gemm(X, W), products._by_columns(W)(X))


def test_a_transposed_first_operand_keeps_blis():
    ours = NumpyProducts()
    assert np.array_equal(ours.gemm(np.ascontiguousarray(X.T), W, trans1=True), NumpyOps().gemm(X, W))


def test_the_loaded_pipelines_networks_multiply_with_numpy():
    nlp = _load(Settings().spacy_model)
    for name in ("tok2vec", "parser", "ner"):
        assert all(isinstance(node.ops, NumpyProducts) for node in nlp.get_pipe(name).model.walk())


def test_a_document_parses_the_same_alone_and_batched_with_others_to_the_last_bit_of_its_vectors():
    nlp = _load(Settings().spacy_model)
    texts = ["Kenyan police dispersed protesters in Nairobi on Tuesday, witnesses said.",
             "The Chilean foreign minister flew to Lima for talks with his Peruvian counterpart.",
             "Rebels shelled two villages near the border overnight, and the army sent reinforcements."]

    def annotations(doc):
        return [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

    batched = list(nlp.pipe(texts * 5, batch_size=8))
    alone = [nlp(text) for text in texts * 5]
    assert [annotations(doc) for doc in batched] == [annotations(doc) for doc in alone]
    assert all(np.array_equal(one.tensor, other.tensor) for one, other in zip(batched, alone))
