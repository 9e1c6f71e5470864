import datetime as dt

import pytest

from tacitus.coding.dates import default_date, detect_tense, find_dates, resolve_date

MONDAY = dt.date(2019, 12, 23)


def first(sentence, published=MONDAY):
    mentions = find_dates(sentence, published)
    return (mentions[0].resolved.date, mentions[0].resolved.precision) if mentions else None


def test_today_is_the_publication_date():
    assert first("A delegation visited Moscow today for talks.") == ("2019-12-23", "day")


def test_sunday_in_a_past_tense_sentence_is_the_sunday_before():
    assert first("On Sunday, Erdogan said Turkey could not cope.") == ("2019-12-22", "day")


def test_sunday_in_a_future_tense_sentence_is_the_next_sunday():
    assert first("Erdogan will travel to Berlin on Sunday.") == ("2019-12-29", "day")


def test_jan_8_in_a_future_sentence_of_december_is_next_year():
    assert first("Putin is expected to visit Turkey Jan. 8.") == ("2020-01-08", "day")


def test_a_december_date_in_a_past_sentence_of_january_is_last_year():
    assert first("The leaders met on Dec. 30.", dt.date(2020, 1, 8)) == ("2019-12-30", "day")


def test_two_coordinated_dates_are_two_mentions():
    mentions = find_dates("On Dec. 11 and Dec. 17, the two leaders had two phone conversations.", MONDAY)
    assert [m.resolved.date for m in mentions] == ["2019-12-11", "2019-12-17"]


def test_an_explicit_year_wins():
    assert first("They visited the air show on Aug. 27, 2019.") == ("2019-08-27", "day")
    assert first("The summit opened on 8 January 2020.") == ("2020-01-08", "day")


@pytest.mark.parametrize("sentence,expected", [
    ("Fighting intensified last week.", ("2019-12-16", "week")),
    ("Talks are planned for next week.", ("2019-12-30", "week")),
    ("Clashes erupted in recent weeks.", ("2019-12-23", "week")),
    ("The ministers met last month.", ("2019-11", "month")),
    ("The deal was signed in March.", ("2019-03", "month")),
    ("The troops arrived three days ago.", ("2019-12-20", "day")),
    ("The army launched the offensive in 2018.", ("2018", "year")),
    ("The rebels struck yesterday.", ("2019-12-22", "day")),
    ("Talks resume tomorrow.", ("2019-12-24", "day")),
    ("The vote took place on 2019-11-05.", ("2019-11-05", "day")),
    ("The protest took place last Tuesday.", ("2019-12-17", "day")),
])
def test_relative_expressions_keep_their_precision(sentence, expected):
    assert first(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Turkey may launch a new operation.",
    "The army approached one of 12 Turkish observation posts.",
    "Turkey bought the S-400 system.",
    "Turkey hosts more than 3.5 million refugees.",
    "Thousands joined a march on the capital.",
])
def test_numbers_and_modal_may_are_not_dates(sentence):
    assert find_dates(sentence, MONDAY) == []


def test_tense_detection():
    assert detect_tense("Putin is expected to visit Turkey.") == "future"
    assert detect_tense("The ministers met in Sochi.") == "past"
    assert detect_tense("Turkey hosts refugees.") == "present"


def test_resolve_date_uses_the_context_tense():
    assert resolve_date("on Sunday", MONDAY, context="Erdogan will speak on Sunday").date == "2019-12-29"
    assert resolve_date("on Sunday", MONDAY, context="Erdogan spoke on Sunday").date == "2019-12-22"
    assert resolve_date("no date here", MONDAY) is None


def test_an_event_without_a_date_takes_the_publication_date_with_unknown_precision():
    assert default_date(MONDAY).to_dict() == {"date": "2019-12-23", "precision": "unknown"}
