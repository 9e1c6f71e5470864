"""Names the registry reads (phrases we wrote)."""

import pytest

from tacitus.knowledge import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("text", ["Nato", "the Nato alliance", "Opec", "Asean"])
def test_an_acronym_said_as_a_word_is_known_with_one_capital(registry, text):
    party = registry.resolve(text)
    assert party is not None and party.country == "IGO", (text, party)


@pytest.mark.parametrize("text", ["Un", "Eu"])
def test_a_short_acronym_spelt_out_letter_by_letter_is_not_read_with_one_capital(registry, text):
    party = registry.resolve(text)
    assert party is None or party.country not in ("UNO", "EUR", "IGO"), (text, party)
