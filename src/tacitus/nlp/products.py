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
of multiplying whose rows stand alone on this machine's BLAS is kept (``minilm.rows_stand_alone``, checked once
per shape and layout of weight, 70 ms in all for spaCy's small model): one product, a long weight in parts, or
the transposed product; where none does (OpenBLAS's Haswell kernels), the product stays with BLIS.
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
        # A weight by where its numbers are (thinc hands over a new view of a layer's weights at each call): the
        # weight (kept, so that its memory is not reused) and its product (None: BLIS's). A network's weights do
        # not change while it parses: a product may keep a copy of them.
        self.products: dict[tuple[int, tuple[int, ...], tuple[int, ...], bool], tuple[np.ndarray, Product | None]] = {}
        # Whether rows stand alone depends on the kernels BLAS picks, which depend on the shape and layout of the
        # weight and not on its numbers: the first way that does (an index in WAYS, None: none) per layout
        self.ways: dict[tuple[tuple[int, ...], tuple[int, ...], bool], int | None] = {}

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        key = (y.__array_interface__["data"][0], y.shape, y.strides, trans2)
        known = self.products.get(key)
        if known is None:
            weight = y.T if trans2 else y
            if key[1:] not in self.ways:
                self.ways[key[1:]] = _first_way(weight)
            way = self.ways[key[1:]]
            known = self.products[key] = (y, None if way is None else WAYS[way](weight))
        product = known[1]
        if product is None or trans1 or x.dtype != np.float32:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        if out is None:
            return product(x)
        out[...] = product(x)
        return out


WAYS = (_by_rows, _by_columns)


def _first_way(weight: np.ndarray) -> int | None:
    """The first of WAYS of multiplying by ``weight`` that gives each run of rows the bits it gets alone."""
    if weight.dtype != np.float32:
        return None
    for index, way in enumerate(WAYS):
        if rows_stand_alone([weight], _ignoring_weight(way(weight))):
            return index
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
