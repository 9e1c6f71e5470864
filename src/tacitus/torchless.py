"""Keep spaCy's thinc from importing torch, which Tacitus never runs.

When thinc is first imported (``thinc.compat``) it probes for torch and, if torch is installed, loads all of
it: 1.3 s of a 5 s cold start. torch is installed only because the embedding model's PyPI package declares
it; our encoder runs in numpy (``coding/minilm.py``) and the default spaCy pipelines do not need it. This
finder refuses torch to that probe only, while ``thinc.compat`` is being initialised; any other import of
torch, before or after, works as usual. Transformer pipelines ("..._trf") do need torch in thinc: with
one of those named in TACITUS_SPACY_MODEL the probe is let through.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType


class _ThincTorchProbe(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] != "torch":
            return None
        compat = sys.modules.get("thinc.compat")
        if compat is None or hasattr(compat, "has_torch") or _model_needs_torch():
            return None
        raise ModuleNotFoundError("torch is not loaded for spaCy's thinc (tacitus.torchless)", name=fullname)


def _model_needs_torch() -> bool:
    from tacitus.config import load_settings

    return "trf" in load_settings().spacy_model


def keep_torch_from_thinc() -> None:
    """Install the finder once per process."""
    if not any(isinstance(finder, _ThincTorchProbe) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ThincTorchProbe())
