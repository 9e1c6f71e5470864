"""all-MiniLM-L6-v2 read straight from its files: the BERT encoder in a few torch operations.

The classifier needs only sentence embeddings (the first layers of the encoder, mean-pooled over the
tokens and normalised, as sentence-transformers computes them for this model). Importing
sentence-transformers, and the transformers and scikit-learn modules it pulls in, took most of a cold
start (about 8 s of 15 on a loaded machine); torch is loaded already (spaCy's thinc imports it), so the
same arithmetic written out here costs only reading the weights. ``tokenizers`` is the same fast tokenizer
the Hugging Face libraries use, with the model's own ``tokenizer.json``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from tacitus.errors import ConfigError


class MiniLM:
    """The first ``layers`` layers of a BERT-style sentence encoder, on the CPU."""

    def __init__(self, path: str, layers: int) -> None:
        import torch
        from safetensors.torch import load_file
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
        # One thread: the matrices of a small encoder are too small to share out, and on a busy machine (or
        # beside the parser's processes) the threads mostly wait for each other. Measured on 256 sentences
        # on the 2-core machine under load: 1 thread 4.5 s wall and 1.0 s CPU, 2 threads 21-26 s and 5-6 s.
        torch.set_num_threads(1)
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.layers = layers
        self.w: dict[str, Any] = weights
        self.torch = torch

    def _norm(self, x: Any, name: str) -> Any:
        return self.torch.nn.functional.layer_norm(x, x.shape[-1:], self.w[f"{name}.weight"], self.w[f"{name}.bias"],
                                                   self.eps)

    def _dense(self, x: Any, name: str) -> Any:
        return self.torch.nn.functional.linear(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"])

    def _forward(self, ids: Any, mask: Any) -> Any:
        torch, w = self.torch, self.w
        batch, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm")
        hidden = x.shape[-1]
        size = hidden // self.heads
        # padding is never attended to: the smallest float added before the softmax
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in range(self.layers):
            name = f"encoder.layer.{layer}"

            def heads(t: Any) -> Any:
                return t.view(batch, length, self.heads, size).transpose(1, 2)

            q, k, v = (heads(self._dense(x, f"{name}.attention.self.{part}")) for part in ("query", "key", "value"))
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(size) + bias
            context = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(batch, length, hidden)
            x = self._norm(self._dense(context, f"{name}.attention.output.dense") + x, f"{name}.attention.output.LayerNorm")
            inner = torch.nn.functional.gelu(self._dense(x, f"{name}.intermediate.dense"))
            x = self._norm(self._dense(inner, f"{name}.output.dense") + x, f"{name}.output.LayerNorm")
        return x

    def encode(self, sentences: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Mean-pooled, normalised embeddings, one row per sentence, in order."""
        torch = self.torch
        out = np.zeros((len(sentences), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))  # like lengths batch together
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                chosen = order[start:start + batch_size]
                encodings = self.tokenizer.encode_batch([sentences[i] for i in chosen])
                ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
                mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
                tokens = self._forward(ids, mask)
                weights = mask.unsqueeze(-1).to(tokens.dtype)
                pooled = (tokens * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                out[chosen] = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
        return out
