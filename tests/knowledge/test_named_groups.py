"""Groups the registry does not know, named by their members (phrases we wrote)."""

import pytest

from tacitus.knowledge import load_registry
from tacitus.knowledge.named_groups import group_named_by_members


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("text, group", [
    ("MS-13 members", "MS-13"),
    ("Tren de Aragua members", "Tren de Aragua"),
    ("three Barrio 18 members", "Barrio 18"),
])
def test_members_of_a_group_written_as_a_name_name_that_group(text, group):
    assert group_named_by_members(text) == group


@pytest.mark.parametrize("text", ["gang members", "party members", "Members", "three members",
                                  "members of the Black Axe"])
def test_members_of_something_not_written_as_a_name_name_no_group(text):
    assert group_named_by_members(text) is None


def test_an_unknown_group_named_by_its_members_is_a_party_of_unknown_country_and_sector(registry):
    party = registry.resolve("MS-13 members")
    assert party is not None
    assert (party.kind, party.name, party.country, party.sector) == ("group", "MS-13", None, None)


def test_maoists_alone_are_insurgents(registry):
    assert registry.resolve("Maoists").sector == "REB"
