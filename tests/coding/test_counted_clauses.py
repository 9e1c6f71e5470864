import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,published,trigger,expected", [
    ("Israel closed the crossings into Gaza on Thursday, a day after gunmen attacked a border post.", "2006-06-30",
     "attacked", "2006-06-28"),
    ("Army tanks entered Jenin on Tuesday, two days after militants bombed a bus in Haifa.", "2002-04-10",
     "bombed", "2002-04-07"),
    ("Rebels shelled the capital on Monday, two days before the government and the rebels opened talks in Geneva.",
     "1999-03-10", "talks", "1999-03-10"),
    ("Police arrested two men in Ankara on Friday, hours after they bombed a bus station.", "2016-03-19",
     "bombed", "2016-03-18"),
])
def test_a_deed_counted_from_the_main_clauses_day_is_that_many_days_off(text, published, trigger, expected):
    events = code(text, published)
    assert [e.date for e in events if e.trigger == trigger] == [expected]


def test_a_vague_count_from_the_main_clauses_day_gives_no_day():
    events = code("Police arrested two men in Ankara on Friday, several days after they bombed a bus station.",
                  "2016-03-19")
    assert [e.date for e in events if e.trigger == "bombed"] == [None]


def test_the_main_clause_keeps_its_own_day():
    events = code("Israel closed the crossings into Gaza on Thursday, a day after gunmen attacked a border post.",
                  "2006-06-30")
    assert [e.date for e in events if e.trigger == "closed"] == ["2006-06-29"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Karachi on Monday. The attack came a day after police arrested two militants.",
    "Gunmen attacked a police station in Karachi on Monday. It came a day after police arrested two militants.",
])
def test_a_count_from_a_deed_the_sentence_before_dated_counts_from_its_day(text):
    events = code(text, "1996-09-04")
    assert [e.date for e in events if e.trigger == "arrested"] == ["1996-09-01"]


def test_a_count_from_a_new_deed_with_no_day_gives_the_old_answer():
    events = code("Gunmen attacked a police station in Karachi on Monday. Officials met a day after police arrested "
                  "two militants.", "1996-09-04")
    assert [e.date for e in events if e.trigger == "arrested"] != ["1996-09-01"]
