import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow

PUBLISHED = "2019-05-14"


def _dates(text: str, trigger: str) -> list[str | None]:
    return [e.date for e in code(text, PUBLISHED) if e.trigger == trigger]


@pytest.mark.parametrize("text,trigger", [
    ("During the second world war, German bombers attacked the port of Tobruk.", "attacked"),
    ("After the first world war, French troops occupied Damascus.", "occupied"),
    ("During the cold war, Washington supplied weapons to the mujahideen in Afghanistan.", "supplied"),
    ("During the Iran-Iraq war, Baghdad's jets attacked Iranian oil terminals.", "attacked"),
])
def test_an_event_set_in_a_war_long_over_is_not_of_the_publication_day(text, trigger):
    assert _dates(text, trigger) == [None]


@pytest.mark.parametrize("text,trigger", [
    ("Early in the civil war, Moscow sent military advisers to Damascus.", "sent"),
    ("At the start of the uprising, security forces arrested hundreds of students in Homs.", "arrested"),
    ("In the first months of the conflict, Turkey sent weapons to rebel commanders near the border.", "sent"),
])
def test_an_event_set_in_the_first_stage_of_a_war_is_not_of_the_publication_day(text, trigger):
    assert _dates(text, trigger) == [None]


@pytest.mark.parametrize("text,trigger", [
    ("Hamas, which once attacked Israeli towns with rockets, now seeks a truce.", "attacked"),
    ("Amman, which once expelled the Syrian ambassador, is now restoring ties with Damascus.", "expelled"),
])
def test_an_event_once_done_is_not_of_the_publication_day(text, trigger):
    assert _dates(text, trigger) == [None]


@pytest.mark.parametrize("text,trigger", [
    # a war still going on, "once" as a count, "once again" and a clause of "once" keep the news of the day
    ("Regime troops shelled the town during the war's latest offensive, activists said.", "shelled"),
    ("The drone struck the convoy only once, the ministry said.", "struck"),
    ("Russia once again vetoed the resolution at the security council.", "vetoed"),
    ("Once the talks collapsed, Russian jets bombed the rebel town, monitors said.", "bombed"),
    # a conjunct in the present is not of the time "once" sets its first verb in
    ("Ankara once backed the Nusra Front, and still backs Ahrar al-Sham, a hardline Salafist faction.", "backs"),
])
def test_a_war_still_going_on_or_once_as_a_count_keeps_the_publication_day(text, trigger):
    assert _dates(text, trigger) == [PUBLISHED]
