"""all-MiniLM-L6-v2 read straight from its files: the BERT encoder in a few numpy operations.

The classifier needs only sentence embeddings (the first layers of the encoder, mean-pooled over the
tokens and normalised, as sentence-transformers computes them for this model). The arithmetic is written
out in numpy so that neither torch nor the Hugging Face libraries are needed at run time: importing torch
alone took 1.3 s of a cold start, and spaCy's thinc imports it whenever it is installed. ``tokenizers`` is
the same fast tokenizer the Hugging Face libraries use, with the model's own ``tokenizer.json``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from tacitus.errors import ConfigError

# The exact GELU needs erf, which numpy lacks. For z >= 0, erfc(z) = t * P(t) * exp(-z*z) with
# t = 1 / (1 + SCALE*z) (the form of Abramowitz and Stegun 7.1.26): P is smooth on t in (0, 1], so a
# polynomial of degree 9 fitted to the standard library's erfc on Chebyshev nodes is within 6e-8 of it for
# every z, below float32's resolution. In float32, GELU comes within 4e-7 of the exact one on [-12, 12]
# (torch's own within 1.1e-6; tests/coding/test_minilm.py checks against math.erfc). Fitted here, once per
# process (a few milliseconds), rather than copied in as constants.
_ERFC_SCALE = 0.47
_ERFC_DEGREE = 9


def _half_erfc_polynomial() -> np.ndarray:
    """P / 2, highest power first (for Horner's rule)."""
    nodes = 2000
    t = 0.5 * (1.0 - np.cos(np.pi * (np.arange(nodes) + 0.5) / nodes))
    z = (1.0 / t - 1.0) / _ERFC_SCALE
    # erfc(z) underflows past z ~ 26; the asymptotic series of erfc(z) * exp(z*z) is within 1e-10 there
    scaled = np.array([math.erfc(v) * math.exp(v * v) if v < 26.0 else
                       (1.0 - 0.5 / v**2 + 0.75 / v**4 - 1.875 / v**6) / (v * math.sqrt(math.pi)) for v in z])
    fit = np.polynomial.Chebyshev.fit(t, scaled / t, _ERFC_DEGREE, domain=[0.0, 1.0])
    coefficients = np.asarray(fit.convert(kind=np.polynomial.Polynomial).coef, dtype=np.float64) / 2.0
    return coefficients[::-1].astype(np.float32)


_HALF_ERFC = _half_erfc_polynomial()
_T_SCALE = np.float32(_ERFC_SCALE / math.sqrt(2.0))  # z = |x| / sqrt 2
_LINEAR = ("dense.weight", "query.weight", "key.weight", "value.weight")


# The linear layers of a layer, whose products rows_stand_alone checks (every layer has the same shapes).
_LINEAR_LAYERS = ("attention.self", "attention.output.dense", "intermediate.dense", "output.dense")
# Sentence lengths, in word pieces, that the check multiplies alone and together: every remainder of a BLAS
# kernel's tile of rows (at most 32 rows in OpenBLAS), and long sentences up to the model's 256. A sentence has
# two word pieces at least, [CLS] and [SEP]: a single row would take another routine (a product of a vector).
_CHECKED_LENGTHS = (*range(2, 41), 64, 100, 256)


def rows_stand_alone(weights: Sequence[np.ndarray], product: Callable[[np.ndarray, np.ndarray], np.ndarray] = np.matmul,
                     ) -> bool:
    """Whether ``product(x, w)`` gives each sentence's rows the same bits alone as among other sentences' rows,
    for each ``w``: then one product serves a whole batch, which takes a quarter less time than a product per
    sentence (OpenBLAS packs the weights anew for every product). OpenBLAS's SkylakeX, Sandybridge and Nehalem
    kernels do; its Haswell kernels (AMD EPYC before Zen 4) sum a row by its place in a tile of 12 rows and by
    how many rows there are, and do not. Checked on random rows when the encoder loads (20-50 ms), and for
    each shape of the parser's weights (nlp/products.py)."""
    rng = np.random.default_rng(0)
    for weight in weights:
        sentences = [rng.standard_normal((length, weight.shape[0]), dtype=np.float32) for length in _CHECKED_LENGTHS]
        together = product(np.concatenate(sentences), weight)
        start = 0
        for rows in sentences:
            if not np.array_equal(product(rows, weight), together[start:start + len(rows)]):
                return False
            start += len(rows)
    return True


# GELU runs its passes over a block of this many values at a time, which stays in the core's cache: over a whole
# (batch, length, 1536) array every pass went out to memory, and GELU took twice the time. Each value gets the
# same float32 operations in the same order, so the result is the same to the bit.
GELU_BLOCK = 1 << 15
# Word pieces that go through a linear layer in one product, from batches of different lengths: on one core,
# OpenBLAS's products of this model's shapes ran at 84 GFLOP/s on 140 rows (a batch of sentences of one length,
# typically) and 99 on 1,000 (AMD EPYC, SkylakeX kernels).
PRODUCT_ROWS = 1024


def gelu(x: np.ndarray) -> np.ndarray:
    """x * Phi(x), Phi the standard normal distribution function (BERT's "gelu", not the tanh approximation),
    in float32, as max(x, 0) - |x| * Phi(-|x|): the small tail Phi(-|x|) = erfc(|x| / sqrt 2) / 2 comes
    straight from the approximation above, without cancellation. About 25 passes over each block of values:
    a tenth of the encoder's time."""
    values = np.ascontiguousarray(x, dtype=np.float32)
    out = np.empty_like(values)
    source, target = values.reshape(-1), out.reshape(-1)
    scratch = np.empty((3, min(GELU_BLOCK, source.size)), dtype=np.float32)
    for start in range(0, source.size, GELU_BLOCK):
        _gelu_block(source[start:start + GELU_BLOCK], target[start:start + GELU_BLOCK], scratch)
    return out


def _gelu_block(x: np.ndarray, out: np.ndarray, scratch: np.ndarray) -> None:
    """GELU of the 1-D block ``x`` into ``out``, in the three rows of ``scratch``."""
    size = x.size
    magnitude, t, tail = scratch[0, :size], scratch[1, :size], scratch[2, :size]
    np.abs(x, out=magnitude)
    np.multiply(magnitude, _T_SCALE, out=t)
    t += 1.0
    np.reciprocal(t, out=t)
    np.multiply(t, _HALF_ERFC[0], out=tail)
    tail += _HALF_ERFC[1]
    for coefficient in _HALF_ERFC[2:]:
        tail *= t
        tail += coefficient
    tail *= t
    gauss = np.square(magnitude, out=t)
    gauss *= -0.5
    np.exp(gauss, out=gauss)
    tail *= gauss
    tail *= magnitude
    np.maximum(x, 0.0, out=out)
    out -= tail


class MiniLM:
    """The first ``layers`` layers of a BERT-style sentence encoder, on the CPU, in float32."""

    def __init__(self, path: str, layers: int) -> None:
        from safetensors.numpy import load_file
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        folder = Path(path)
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            max_length = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"]
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            weights = load_file(str(folder / "model.safetensors"))
        except (OSError, KeyError, ValueError, json.JSONDecodeError) as error:
            raise ConfigError(f"sentence embedding model {path!r} cannot be read ({error})") from None
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu" or \
                f"encoder.layer.{layers - 1}.output.dense.weight" not in weights:
            raise ConfigError("the sentence embedding model is not a BERT-style encoder like all-MiniLM-L6-v2")
        # One BLAS thread, as torch.set_num_threads(1) gave the torch version of this code: the matrices of a
        # small encoder are too small to share out, and on a busy machine (or beside the parser's processes)
        # the threads mostly wait for each other. 256 sentences on the 2-core machine under load: 1 thread
        # 1.1-1.2 s CPU and 3.5-4 s wall, numpy's default of 2 threads 2.5 s CPU and 7-9 s wall.
        self.threads = ThreadpoolController()
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()  # sentences are batched by length (encode)
        self.heads = int(config["num_attention_heads"])
        self.eps = np.float32(config["layer_norm_eps"])
        self.layers = layers
        # Linear layers store (out, in); kept transposed and contiguous so that each is one plain matrix product,
        # and a layer's query, key and value side by side: one product of three times the width is faster.
        used = ("embeddings.", *(f"encoder.layer.{layer}." for layer in range(layers)))
        self.w = {name: np.ascontiguousarray(value.T if name.endswith(_LINEAR) else value, dtype=np.float32)
                  for name, value in weights.items() if name.startswith(used)}
        for layer in range(layers):
            parts = [f"encoder.layer.{layer}.attention.self.{part}" for part in ("query", "key", "value")]
            for kind, axis in (("weight", 1), ("bias", 0)):
                self.w[f"encoder.layer.{layer}.attention.self.{kind}"] = np.concatenate(
                    [self.w.pop(f"{part}.{kind}") for part in parts], axis=axis)
        with self.threads.limit(limits=1, user_api="blas"):
            self.rows_stand_alone = rows_stand_alone(
                [self.w[f"encoder.layer.0.{name}.weight"] for name in _LINEAR_LAYERS])

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        centred: np.ndarray = x - x.mean(axis=-1, keepdims=True)
        variance = np.square(centred).mean(axis=-1, keepdims=True)
        centred /= np.sqrt(variance + self.eps)
        centred *= self.w[f"{name}.weight"]
        centred += self.w[f"{name}.bias"]
        return centred

    def _dense(self, x: np.ndarray, name: str, stack: tuple[int, ...] | None) -> np.ndarray:
        """``x @ weight + bias`` on rows of word pieces: one product of all the rows, or with ``stack`` (the
        sentences' shape, where this machine's rows do not stand alone) a stack of one product per sentence."""
        weight = self.w[f"{name}.weight"]
        if stack is None:
            out: np.ndarray = x @ weight
        else:
            out = (x.reshape(*stack, x.shape[-1]) @ weight).reshape(x.shape[0], weight.shape[1])
        out += self.w[f"{name}.bias"]
        return out

    def _forward(self, batches: list[np.ndarray]) -> list[np.ndarray]:
        """The hidden states of every token, (batch, length, hidden), of batches of sentences of one length each
        (no padding).

        The word pieces of all the batches go through a linear layer in one product where this machine's BLAS
        gives a row the same bits whatever rows surround it (``rows_stand_alone``); otherwise there is one
        batch, multiplied as a stack of one product per sentence: a sentence's embedding never changes with
        the sentences batched beside it. Only the attention reads a sentence as a whole, batch by batch."""
        w = self.w
        hidden = w["embeddings.word_embeddings.weight"].shape[1]
        size = hidden // self.heads
        stack = None if self.rows_stand_alone else batches[0].shape
        assert stack is None or len(batches) == 1, "rows that do not stand alone are multiplied a batch at a time"
        x = np.concatenate([(w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"]
                             [:ids.shape[1]] + w["embeddings.token_type_embeddings.weight"][0]).reshape(-1, hidden)
                            for ids in batches])
        bounds = np.cumsum([0] + [ids.size for ids in batches]).tolist()
        x = self._norm(x, "embeddings.LayerNorm")
        scale = np.float32(1.0 / math.sqrt(size))
        for layer in range(self.layers):
            name = f"encoder.layer.{layer}"
            together = self._dense(x, f"{name}.attention.self", stack)
            contexts = []
            for ids, start, end in zip(batches, bounds, bounds[1:]):
                batch, length = ids.shape
                # (3, batch, heads, length, size): query, key and value of every head
                q, k, v = together[start:end].reshape(batch, length, 3, self.heads, size).transpose(2, 0, 3, 1, 4)
                scores = q @ k.transpose(0, 1, 3, 2)
                scores *= scale
                scores -= scores.max(axis=-1, keepdims=True)
                np.exp(scores, out=scores)
                scores /= scores.sum(axis=-1, keepdims=True)
                contexts.append((scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden))
            attended = self._dense(np.concatenate(contexts), f"{name}.attention.output.dense", stack)
            attended += x
            x = self._norm(attended, f"{name}.attention.output.LayerNorm")
            inner = gelu(self._dense(x, f"{name}.intermediate.dense", stack))
            out = self._dense(inner, f"{name}.output.dense", stack)
            out += x
            x = self._norm(out, f"{name}.output.LayerNorm")
        return [x[start:end].reshape(*ids.shape, hidden) for ids, start, end in zip(batches, bounds, bounds[1:])]

    def encode(self, sentences: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Mean-pooled, normalised embeddings, one row per sentence, in order.

        Sentences are batched with others of exactly as many tokens: no padding is computed (a quarter of the
        work when lengths were only sorted), and a sentence's embedding no longer depends, in its last bit,
        on which sentences shared its batch: it is the one it has when encoded alone. Batches of different
        lengths share the linear layers' products, up to ``PRODUCT_ROWS`` rows."""
        out = np.zeros((len(sentences), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(sentences))
        by_length: dict[int, list[int]] = {}
        for i, encoding in enumerate(encodings):
            by_length.setdefault(len(encoding.ids), []).append(i)
        batches = [chosen[start:start + batch_size] for chosen in by_length.values()
                   for start in range(0, len(chosen), batch_size)]
        limit = PRODUCT_ROWS if self.rows_stand_alone else 0
        with self.threads.limit(limits=1, user_api="blas"):
            group: list[list[int]] = []
            rows = 0
            for number, batch in enumerate(batches):
                group.append(batch)
                rows += len(batch) * len(encodings[batch[0]].ids)
                if rows >= limit or number + 1 == len(batches):
                    self._encode_batches([np.array([encodings[i].ids for i in chosen], dtype=np.int64)
                                          for chosen in group], group, out)
                    group, rows = [], 0
        return out

    def _encode_batches(self, batches: list[np.ndarray], chosen: list[list[int]], out: np.ndarray) -> None:
        """Embed batches of sentences of one length each (the rows of each array) into their rows of ``out``."""
        for ids, rows, hidden in zip(batches, chosen, self._forward(batches)):
            pooled = hidden.sum(axis=1) / np.float32(ids.shape[1])
            # as sentence-transformers normalises (torch's normalize): a zero vector stays zero
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[rows] = pooled
