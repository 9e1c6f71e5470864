import pytest

from tests.coding.helpers import code

PAST = "In 1994 the rebels seized the northern towns. "


def _dates(text: str, trigger: str, published: str) -> list[tuple[str | None, str]]:
    events = [e for e in code(text, published) if e.trigger == trigger]
    assert events, [e.trigger for e in code(text, published)]
    return [(e.date, e.date_precision) for e in events]


@pytest.mark.parametrize("between", [
    "The fighting was fierce. Food grew scarce in the hills. ",
    "The nights were cold. The roads were closed by snow. Many families fled south. ",
    "The siege lasted two winters. The hospitals ran out of drugs. ",
])
def test_a_past_told_on_without_an_event_keeps_the_deed_after_it_in_that_past(between):
    text = PAST + between + "Government troops bombed the rebel villages."
    assert _dates(text, "bombed", "2018-03-15") == [(None, "unknown")]


def test_a_when_clause_of_a_year_long_gone_sets_the_time_of_the_sentences_after_it():
    text = "When the uprising began in 2011, she was a student in Homs. It was a frightening time. " \
           "Soldiers arrested her brother at a checkpoint."
    assert _dates(text, "arrested", "2018-03-15") == [(None, "unknown")]


def test_a_day_of_the_news_ends_the_past_the_story_told():
    text = PAST + "The fighting was fierce. On Tuesday, government troops bombed the rebel villages."
    assert _dates(text, "bombed", "2018-03-15") == [("2018-03-13", "day")]


def test_sentences_told_in_the_present_do_not_keep_the_story_in_its_past():
    text = PAST + "The towns are still in ruins. Many families live in tents. Government troops bombed the villages."
    assert _dates(text, "bombed", "2018-03-15") == [("2018-03-15", "unknown")]


def test_a_dated_wire_items_report_after_a_recollection_keeps_the_day_of_the_news():
    text = "Police detained 40 people on Wednesday, the ministry said. In 2016 a faction of the army tried to " \
           "seize power. The plotters were quickly defeated. Thousands of officers lost their jobs. " \
           "Police detained two colonels as well, the ministry said."
    assert _dates(text, "detained", "2018-03-15")[-1] == ("2018-03-15", "unknown")


def test_a_review_of_the_year_keeps_its_month_headings_time_past_sentences_without_events():
    text = ("January The new cabinet was sworn in. March Rebels attacked an army base near the border. The fighting "
            "was fierce. The nights were cold. Police arrested dozens of looters in the capital. April Floods swept "
            "through the delta. June The Iraqi president met the Iranian foreign minister in Baghdad.")
    assert _dates(text, "arrested", "2018-12-27") == [("2018-03", "month")]
