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


@pytest.mark.parametrize("text", [
    # the next sentence codes no event: its subject points back at the party the lede named
    "A Kenyan aid worker was shot dead in Mogadishu, her agency said. She was killed on Monday evening near the "
    "airport.",
    "A Turkish soldier has been killed in a rocket attack in Idlib, the ministry said. He died on Monday at an "
    "observation post.",
    # or the deed is named as what happened
    "Jets bombed a rebel arms depot near Idlib, a monitoring group said. The raid happened late on Monday.",
    "Two policemen were killed in a suicide bombing in Kabul, officials said. The attack occurred on Monday at a "
    "checkpoint.",
])
def test_a_lede_takes_the_day_a_next_sentence_tells_of_the_same_deed_pointed_back_at(text):
    events = code(text)
    assert [e.date for e in events if e.event == "ASSAULT" and e.sentence_index == 0] == ["2020-01-06"]


@pytest.mark.parametrize("text", [
    "A Kenyan aid worker was shot dead in Mogadishu, her agency said. They killed a second worker on Monday near "
    "the airport.",
    "Jets bombed a rebel arms depot near Idlib, a monitoring group said. They bombed another depot on Monday.",
    # the day a stretch began is no day of a deed in it
    "Twelve civilians have been killed in the offensive, monitors said. The offensive began on Monday.",
])
def test_another_deed_told_next_or_the_start_of_a_stretch_gives_no_day(text):
    events = code(text)
    assert [e.date_precision for e in events if e.event == "ASSAULT" and e.sentence_index == 0] == ["unknown"]
