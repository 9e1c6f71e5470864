"""Matrix products: the parser's by numpy's BLAS, in a way that gives each row the bits it gets alone.

spaCy's networks multiply through thinc, which hands its products to BLIS. The BLIS wheel picks its kernels
by the processor it finds, and on the development machine (AMD EPYC) those take three times as long as
OpenBLAS's (numpy's BLAS) on the tok2vec layers' shapes: half of the parse went into them. The sums then run
in another order, so the floats differ in their last bits; the parse they decide did not: every token's text,
tag, part of speech, morphology, lemma, dependency, head, sentence start and entity was the same on 277,891
tokens (the 249 Guardian articles and the PLOVER dev records), as it is the same wherever BLIS picks another
kernel for another processor.

A product of a batch must give each document's rows the bits they get alone, or a document's parse would
depend on the documents batched with it (and so on the number of processes). For each weight, the first way
of multiplying whose rows stand alone on this machine's BLAS (``minilm.rows_stand_alone``, checked once per
weight, 10-50 ms) is kept: one product, or a long weight in parts, or the transposed product; where none does
(OpenBLAS's Haswell kernels), the product stays with BLIS.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from spacy.language import Language
from thinc.api import NumpyOps

from tacitus.coding.minilm import rows_stand_alone


# A product sums over at most this many rows of the weights at once: beyond it (the first tok2vec layer has 576) one
# product of OpenBLAS's SkylakeX kernels sums a row differently alone and among others; two products of 288, added
# in order, do not.
MAX_SUMMED_ROWS = 384
Product = Callable[[np.ndarray], np.ndarray]  # x -> x @ weight


def _by_rows(weight: np.ndarray) -> Product:
    """x @ weight, the weight's rows in equal parts of at most MAX_SUMMED_ROWS, their products added in order."""
    parts = -(-weight.shape[0] // MAX_SUMMED_ROWS)
    bounds = [weight.shape[0] * part // parts for part in range(parts + 1)]
    pieces = [(start, end, np.ascontiguousarray(weight[start:end])) for start, end in zip(bounds, bounds[1:])]

    def product(x: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.dot(x[:, :bounds[1]], pieces[0][2])
        for start, end, piece in pieces[1:]:
            out += np.dot(x[:, start:end], piece)
        return out
    return product


def _by_columns(weight: np.ndarray) -> Product:
    """x @ weight as (weight.T @ x.T).T: the rows of x become the columns of the product, which BLAS's kernels
    of some machines sum the same way wherever they are (the tagger's 50 outputs on OpenBLAS's SkylakeX)."""
    columns = np.ascontiguousarray(weight).T
    return lambda x: np.ascontiguousarray(np.dot(columns, x.T).T)


class NumpyProducts(NumpyOps):  # type: ignore[misc]  # thinc's NumpyOps is a compiled class without types
    """thinc's NumpyOps with its products by numpy, for each weight in the first way whose rows stand alone, else
    by BLIS."""

    def __init__(self) -> None:
        super().__init__()
        # (id of a weight, transposed?): the weight (kept, so that its id is not reused) and its product (None: BLIS)
        self.products: dict[tuple[int, bool], tuple[np.ndarray, Product | None]] = {}

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        known = self.products.get((id(y), trans2))
        if known is None or known[0] is not y:
            known = self.products[(id(y), trans2)] = (y, _product(y.T if trans2 else y))
        product = known[1]
        if product is None or trans1 or x.dtype != np.float32:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        if out is None:
            return product(x)
        out[...] = product(x)
        return out


def _product(weight: np.ndarray) -> Product | None:
    """The first way of multiplying by ``weight`` that gives each run of rows the bits it gets alone."""
    if weight.dtype != np.float32:
        return None
    for way in (_by_rows(weight), _by_columns(weight)):
        if rows_stand_alone([weight], _ignoring_weight(way)):
            return way
    return None


def _ignoring_weight(way: Product) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    return lambda x, _: way(x)


def multiply_with_numpy(nlp: Language) -> None:
    """The networks of ``nlp``'s components multiply with numpy's BLAS, in one thread.

    One thread: the layers' products are too small to share out, and beside the coder's thread or the other
    worker processes a second BLAS thread would only wait for a core (numpy's default is one per core). The
    limit holds for this whole process, as the sentence encoder (``coding/minilm.py``) wants it too."""
    from threadpoolctl import ThreadpoolController

    ThreadpoolController().limit(limits=1, user_api="blas")
    ops = NumpyProducts()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
