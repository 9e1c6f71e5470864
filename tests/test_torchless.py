"""spaCy loads without torch under Tacitus, and torch still loads for whoever asks for it."""

import subprocess
import sys

import pytest

PROBE = "import sys, tacitus, spacy; print('torch' in sys.modules); import thinc.compat; print(thinc.compat.has_torch)"


def run(code: str, **env: str) -> list[str]:
    import os

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, **env})
    return result.stdout.split()


def test_spacy_under_tacitus_does_not_load_torch():
    assert run(PROBE) == ["False", "False"]


def test_torch_still_loads_when_something_asks_for_it():
    pytest.importorskip("torch")
    assert run("import tacitus, spacy, torch; print(torch.tensor([1]).sum().item())") == ["1"]


def test_a_transformer_pipeline_lets_thinc_have_torch():
    pytest.importorskip("torch")
    assert run(PROBE, TACITUS_SPACY_MODEL="en_core_web_trf") == ["True", "True"]
