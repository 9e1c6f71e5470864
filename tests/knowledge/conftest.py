import pytest

from tacitus.knowledge import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()
