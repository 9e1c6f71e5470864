"""Passive casualty reports whose when-clause names the attacker (when_clauses.py). The sentences are ours."""

import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_the_attacker_of_a_when_clause_and_only_that_did_the_killing_a_passive_names_no_agent_for():
    attack = only("Five Indian soldiers were killed when Kashmiri militants ambushed their convoy near Srinagar.",
                  "ASSAULT")
    assert [a.sector for a in attack.actor] == ["REB"] and countries(attack.recipient) == ["IND"]
    attack = only("Twelve people were wounded when Tamil Tiger rebels attacked a bus in eastern Sri Lanka.", "ASSAULT")
    assert countries(attack.actor) == ["LKA"]
    # (a when-clause that tells no attack names no attacker)
    attacks = [e for e in code("Two soldiers were killed when their truck hit a landmine in Angola.")
               if e.event == "ASSAULT"]
    assert all(not e.actor for e in attacks)
