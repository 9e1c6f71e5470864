import pytest

from tests.coding.helpers import countries, only

pytestmark = pytest.mark.slow


def test_every_people_listed_with_commas_before_a_coordination_is_a_side():
    attack = only("Russian, Syrian and Iranian forces shelled the village on Monday.", "ASSAULT")
    assert countries(attack.actor) == ["IRN", "RUS", "SYR"]
    condemn = only("French, German, Italian and Spanish diplomats condemned the vote.", "ACCUSE")
    assert countries(condemn.actor) == ["DEU", "ESP", "FRA", "ITA"]
