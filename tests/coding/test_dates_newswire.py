"""Forms of 1990s wire copy the resolver missed (sentences written for these tests)."""

import datetime as dt

import pytest

from tacitus.coding.dates import find_dates, resolve_date

FRIDAY_13 = dt.date(1998, 2, 13)


def value(expression, sentence, published=FRIDAY_13):
    resolved = resolve_date(expression, published, context=sentence)
    return resolved.value if resolved else None


@pytest.mark.parametrize("expression,sentence,published,expected", [
    ("the 20th", "The consulate will reopen on the 20th, a spokeswoman said.", FRIDAY_13, "1998-02-20"),
    ("the 28th", "The ultimatum expired on the 28th without a reply.", FRIDAY_13, "1998-01-28"),
    ("the 2nd", "Parliament will reconvene on the 2nd to debate the levy.", FRIDAY_13, "1998-03-02"),
    ("the 4th", "The envoys met on the 4th and agreed on nothing.", FRIDAY_13, "1998-02-04"),
    ("the 3rd of last month", "The levy was raised on the 3rd of last month.", FRIDAY_13, "1998-01-03"),
    ("the 20th", "The walkout began in March and ended on the 20th.", dt.date(1998, 5, 11), "1998-03-20"),
])
def test_a_day_of_the_month_is_of_the_month_its_sentence_or_clause_points_to(expression, sentence, published,
                                                                               expected):
    assert value(expression, sentence, published) == expected


def test_a_day_of_the_month_is_found_in_running_text_but_a_rank_is_not():
    assert [m.resolved.value for m in find_dates("The strike will end on the 20th.", FRIDAY_13)] == ["1998-02-20"]
    for sentence in ("He holed a putt on the 15th green.", "The town marked the 20th anniversary of the flood.",
                     "She finished the 12th stage in third place."):
        assert find_dates(sentence, FRIDAY_13) == [], sentence


def test_a_former_office_holder_is_of_the_past():
    assert value("former", "The former mayor was charged with fraud.") == "PAST_REF"


@pytest.mark.parametrize("expression,sentence", [
    ("at the time", "The garrison commander said at the time that no shots had been fired."),
    ("at that time", "At that time the port was still under blockade."),
])
def test_the_time_a_story_looks_back_to_is_of_the_past(expression, sentence):
    assert value(expression, sentence) == "PAST_REF"


@pytest.mark.parametrize("sentence,expected", [
    ("The smuggler was remanded in custody until his trial on 2 April.", ("2 April", "1998-04-02", "until")),
    ("The embassy stayed shut until the funeral on March 1.", ("March 1", "1998-03-01", "until")),
    # a clause after the bound has a verb of its own, whose date it is
    ("The garrison held out until the rebels stormed the fort in 1996.", ("1996", "1996", None)),
])
def test_a_date_of_what_a_bound_waits_for_is_a_bound_and_the_nearest_such_day(sentence, expected):
    assert [(m.text, m.resolved.value, m.bound) for m in find_dates(sentence, FRIDAY_13, tense="past")] == [expected]


@pytest.mark.parametrize("expression,sentence,expected", [
    ("the September quarter", "Freight volumes slipped 2 percent in the September quarter.", "1997-Q3"),
    ("the March quarter", "The airline expects to return to profit in the March quarter.", "1998-Q1"),
    ("the June quarter of 1996", "Margins widened in the June quarter of 1996.", "1996-Q2"),
])
def test_a_quarter_named_by_its_last_month_is_that_calendar_quarter(expression, sentence, expected):
    assert value(expression, sentence) == expected


@pytest.mark.parametrize("expression,sentence,expected", [
    ("in two weeks", "The tribunal sits again in two weeks.", "1998-W09"),
    ("in three days", "The envoy returns to Lima in three days.", "1998-02-16"),
    ("a week from today", "The runoff takes place a week from today.", "1998-02-20"),
    # a stretch a rank is measured against is no date
    ("in two years", "Wheat prices are at their highest in two years.", None),
    ("in a decade", "The yard builds its first tanker in a decade.", None),
])
def test_a_time_from_now_in_a_present_tense_schedule_is_a_coming_date(expression, sentence, expected):
    assert value(expression, sentence) == expected


@pytest.mark.parametrize("expression,sentence,expected", [
    ("Thursday afternoon", "Riot police cleared the square on Thursday afternoon.", "1998-02-12TAF"),
    ("Monday evening", "The cabinet will meet again on Monday evening.", "1998-02-16TEV"),
    ("this afternoon", "The minister briefs the press this afternoon.", "1998-02-13TAF"),
    ("yesterday evening", "Two rockets hit the port yesterday evening.", "1998-02-12TEV"),
    # a morning and a night keep the day, as wire annotators most often write them
    ("Tuesday night", "Gunfire was heard near the barracks on Tuesday night.", "1998-02-10"),
    ("this morning", "The border post reopened this morning.", "1998-02-13"),
])
def test_an_afternoon_or_evening_of_a_named_day_is_that_part_of_the_day(expression, sentence, expected):
    resolved = resolve_date(expression, FRIDAY_13, context=sentence)
    assert (resolved.value, resolved.date, resolved.precision) == (expected, expected[:10], "day")



@pytest.mark.parametrize("expression,sentence,published,expected", [
    ("Thursday next week", "The envoy will convene talks in Geneva on Thursday next week.", dt.date(2019, 1, 16),
     "2019-01-24"),
    ("Tuesday last week", "The ministers agreed on Tuesday last week to freeze arms sales.", dt.date(2019, 1, 16),
     "2019-01-08"),
    ("next week on Friday", "The president will visit Beirut next week on Friday.", dt.date(2019, 1, 16),
     "2019-01-25"),
    ("Monday of this week", "The talks broke down on Monday of this week.", dt.date(2019, 1, 18), "2019-01-14"),
])
def test_a_weekday_of_a_named_week_is_that_weekday_of_that_week(expression, sentence, published, expected):
    assert value(expression, sentence, published) == expected


@pytest.mark.parametrize("published,expected", [
    (dt.date(2018, 12, 30), "2018-W52"),  # a Sunday: the week that ends that day
    (dt.date(2018, 12, 29), "2018-W51"),
    (dt.date(2019, 1, 2), "2018-W52"),
])
def test_last_week_in_a_sunday_paper_is_the_week_just_ending(published, expected):
    assert value("last week", "The envoys met in Moscow last week.", published) == expected


@pytest.mark.parametrize("sentence,published,expected", [
    ("Negotiators will reconvene in Oslo this week, the mediator said.", dt.date(2018, 1, 21), "2018-W04"),  # a Sunday
    ("Negotiators will reconvene in Oslo this week, the mediator said.", dt.date(2018, 1, 20), "2018-W03"),
    ("The envoys met in Moscow this week.", dt.date(2018, 1, 21), "2018-W03"),
])
def test_this_week_to_come_in_a_sunday_paper_is_the_week_that_starts_next_day(sentence, published, expected):
    assert value("this week", sentence, published) == expected
