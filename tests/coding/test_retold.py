"""A deed told without a day and told again in the next sentence with its day happened that day (sentences we
wrote)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def test_a_lede_without_a_day_takes_the_day_of_its_retelling():
    events = code("Rebels attacked an army post in Beni, officials said. The rebels stormed the post on Monday, "
                  "burning two trucks.")
    assert [e.date for e in events if e.event == "ASSAULT"] == ["2020-01-06", "2020-01-06"]


def test_a_deed_of_another_kind_told_next_gives_no_day():
    events = code("Rebels attacked an army post in Beni, officials said. The governor visited the town on Monday.")
    attack = [e for e in events if e.event == "ASSAULT"][0]
    assert attack.date_precision == "unknown"
