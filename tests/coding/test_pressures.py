import pytest

from tests.coding.helpers import code, countries, only

pytestmark = pytest.mark.slow


def test_a_leader_resigning_under_the_pressure_of_protests_concedes():
    conceded = only("Ecuador's president resigned on Friday under pressure from a week of street protests.", "CONCEDE")
    assert countries(conceded.actor) == ["ECU"]
    assert only("The Lebanese prime minister resigned under pressure from mass demonstrations.", "CONCEDE")
    # a resignation for other reasons is a retreat
    assert only("The Polish prime minister resigned, citing poor health.", "RETREAT")
    assert not [e for e in code("The interior minister resigned after a car bomb killed 12 people.")
                if e.event == "CONCEDE"]


def test_a_leader_an_uprising_forced_to_step_down_concedes():
    assert only("Weeks of protests forced the Kyrgyz president to step down.", "CONCEDE")
    assert only("The revolt that forced the long-serving ruler to step down in 2011 began in the south.", "CONCEDE")

