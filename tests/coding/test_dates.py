"""Temporal expressions of wire copy, resolved against the publication date (sentences written for these tests)."""

import datetime as dt
import re

import pytest

from tacitus.coding.dates import Narrative, default_date, detect_tense, find_dates, resolve_date

MONDAY = dt.date(2019, 12, 23)
FRIDAY = dt.date(2024, 3, 15)
WEDNESDAY = dt.date(2024, 3, 13)
OCTOBER_1989 = dt.date(1989, 10, 25)


def first(sentence, published=MONDAY):
    mentions = find_dates(sentence, published)
    return (mentions[0].resolved.date, mentions[0].resolved.precision) if mentions else None


def value(expression, published, sentence=None):
    resolved = resolve_date(expression, published, context=sentence)
    return resolved.value if resolved else None


def values(sentence, published):
    return [m.resolved.value for m in find_dates(sentence, published)]


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
    "The army sent 2000 troops to the border.",
    "Troops imposed a 5 p.m. curfew on the town.",
    "Clashes erupted in recent weeks.",
    "The council meets every Monday.",
    "The talks were the first of their kind in seven years.",
])
def test_numbers_modals_sets_and_vague_spans_are_not_dates(sentence):
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
    assert default_date(MONDAY).to_dict() == {"date": "2019-12-23", "precision": "unknown", "value": None,
                                              "start": None, "end": None, "kind": "date"}


# the publication day's own weekday ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Rebels shelled the port city on Friday, witnesses said.",
    "The foreign ministers will meet again Friday in Doha.",
    "Friday's talks ended without a statement.",
])
def test_friday_in_a_friday_story_is_that_friday(sentence):
    assert value("Friday", FRIDAY, sentence) == "2024-03-15"


def test_last_and_next_friday_in_a_friday_story_are_a_week_away():
    assert value("last Friday", FRIDAY) == "2024-03-08"
    assert value("next Friday", FRIDAY) == "2024-03-22"


# weekdays with tense --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The envoy will arrive in Cairo on Thursday.", "2024-03-14"),
    ("The envoy arrived in Cairo on Thursday.", "2024-03-07"),
    ("The delegation planned to leave Nairobi on Thursday for Dar es Salaam.", "2024-03-14"),
    ("The court postponed until Thursday any ruling on the appeal.", "2024-03-14"),
    ("Talks could resume as early as Thursday, a mediator said.", "2024-03-14"),
])
def test_a_weekday_looks_ahead_when_its_clause_does(sentence, expected):
    assert value("Thursday", WEDNESDAY, sentence) == expected


def test_a_fronted_weekday_takes_the_tense_of_the_verb_after_it():
    sentence = "On Friday, the government planned to pay the first compensation to the families."
    assert value("Friday", WEDNESDAY, sentence) == "2024-03-08"


def test_the_said_clause_and_the_reported_clause_keep_their_own_days():
    sentence = "The minister said Monday that the talks would resume Thursday in Geneva."
    assert values(sentence, WEDNESDAY) == ["2024-03-11", "2024-03-14"]


def test_a_possessive_weekday_names_what_has_happened():
    sentence = "Opposition leaders said they would look for ways around Tuesday's ruling."
    assert value("Tuesday", WEDNESDAY, sentence) == "2024-03-12"


def test_a_plan_made_for_a_weekday_is_the_nearest_one():
    assert value("Saturday", WEDNESDAY, "A memorial service planned for Saturday was cancelled.") == "2024-03-16"
    assert value("Saturday", dt.date(2024, 3, 17), "A memorial service planned for Saturday was cancelled.") \
        == "2024-03-16"


# dates without a year --------------------------------------------------------------------------------------

def test_a_month_day_in_a_past_clause_is_the_last_one():
    sentence = "Police have searched for the gunman since the Oct. 23 attack on the clinic."
    assert value("Oct. 23", dt.date(2024, 4, 10), sentence) == "2023-10-23"


def test_a_stated_weekday_picks_the_year_of_a_month_day():
    sentence = "He was shot as he stood in his kitchen on the night of Friday, Oct. 20."
    assert value("Friday, Oct. 20", dt.date(2024, 1, 9), sentence) == "2023-10-20"


def test_a_deadline_is_the_nearest_such_day_passed_or_coming():
    assert value("Jan. 14", dt.date(2024, 1, 9), "The ministry gave no reason for the Jan. 14 deadline.") \
        == "2024-01-14"
    assert value("Jan. 14", dt.date(2024, 1, 16), "The boy must be returned to his father by Jan. 14.") \
        == "2024-01-14"


def test_a_second_day_after_a_date_shares_its_month():
    assert values("The summit will be held on April 24 and 25.", dt.date(2024, 2, 28)) == ["2024-04-24", "2024-04-25"]


@pytest.mark.parametrize("sentence", [
    "On 9 March 2023, 4 farmers were killed by gunmen near Bokkos (Plateau).",
    "On March 9, 2023, 12 protesters were arrested in Dakar.",
])
def test_a_count_after_a_full_date_is_no_second_day(sentence):
    assert values(sentence, dt.date(2023, 3, 14)) == ["2023-03-09"]


def test_a_weekday_before_a_date_and_a_colon_after_it_keep_the_date():
    assert value("Monday, Oct. 26", dt.date(2020, 10, 25), "The paper said in an editorial on Monday, Oct. 26:") \
        == "2020-10-26"


# months, years, quarters, seasons, decades ------------------------------------------------------------------

@pytest.mark.parametrize("expression,published,sentence,expected", [
    ("April", dt.date(2023, 12, 5), "The two countries are expected to join the alliance in April.", "2024-04"),
    ("December", dt.date(2024, 4, 10), "The car was found abandoned at the airport in December.", "2023-12"),
    ("October", dt.date(2024, 4, 10), "Prosecutors have gathered evidence in the October killing of the judge.",
     "2023-10"),
    ("early March", dt.date(2024, 2, 7), "The alliance has decided to admit the two countries in early March.",
     "2024-03"),
    ("October", dt.date(2024, 12, 3), "The lower house approved the treaty in early October this year.", "2024-10"),
    ("April", dt.date(2024, 12, 3), "The two states are scheduled to join in April next year.", "2025-04"),
    ("last October", dt.date(2024, 2, 6), None, "2023-10"),
    ("late November", dt.date(2024, 1, 6), "The boat sank in late November.", "2023-11"),
    ("January 1998", dt.date(2024, 1, 6), None, "1998-01"),
])
def test_a_month_takes_the_year_its_clause_points_to(expression, published, sentence, expected):
    assert value(expression, published, sentence) == expected


def test_years_written_alone_are_years():
    assert value("1996", FRIDAY, "He is charged in the 1996 bombing of the stadium.") == "1996"
    assert values("The attacks took place between 1994 and 1997.", FRIDAY) == ["1994", "1997"]
    assert value("mid-1998", FRIDAY) == "1998"
    assert value("post-1959", FRIDAY, "The post-1959 politics split thousands of families.") == "1959"


def test_a_fiscal_year_has_a_value_but_no_calendar_day():
    resolved = resolve_date("fiscal 1990", OCTOBER_1989)
    assert (resolved.value, resolved.date, resolved.precision) == ("FY1990", None, "year")


@pytest.mark.parametrize("expression,sentence,expected", [
    ("Third-quarter", "Third-quarter net income fell 20%.", "1989-Q3"),
    ("fourth-quarter", "The company expects fourth-quarter earnings to rise.", "1989-Q4"),
    ("a year earlier", "Profit rose to $5 million in the third quarter from $4 million a year earlier.", "1988-Q3"),
    ("the year-earlier quarter", "Sales in the third quarter fell from the year-earlier quarter.", "1988-Q3"),
    ("the first half of 1990", None, "1990-H1"),
    ("the second half", "The company expects the market to recover in the second half.", "1989-H2"),
    ("last quarter", "Profits fell last quarter.", "1989-Q3"),
    ("the first quarter of next year", None, "1990-Q1"),
])
def test_quarters_and_halves(expression, sentence, expected):
    assert value(expression, OCTOBER_1989, sentence) == expected


@pytest.mark.parametrize("expression,published,sentence,expected", [
    ("last fall", dt.date(2024, 4, 10), "The doctor was killed last fall.", "2023-FA"),
    ("this summer", dt.date(2024, 4, 10), "The new terminal will open this summer.", "2024-SU"),
    ("next spring", dt.date(2024, 4, 10), None, "2025-SP"),
    ("the winter of 1998", dt.date(2024, 4, 10), None, "1998-WI"),
    ("the spring", dt.date(2024, 1, 9), "The country will hold elections in the spring.", "2024-SP"),
])
def test_seasons(expression, published, sentence, expected):
    assert value(expression, published, sentence) == expected


@pytest.mark.parametrize("expression,expected", [
    ("the 1990s", "199X"), ("the early '80s", "198X"), ("the nineties", "199X"), ("the late 1960s", "196X"),
    ("the 20th century", "19"), ("this century", "20"),
])
def test_decades_and_centuries(expression, expected):
    assert value(expression, FRIDAY) == expected


# spans counted from publication -----------------------------------------------------------------------------

@pytest.mark.parametrize("expression,expected", [
    ("last week", "2024-W10"), ("this week", "2024-W11"), ("next week", "2024-W12"), ("the past week", "2024-W11"),
    ("earlier this month", "2024-03"), ("last month", "2024-02"), ("the end of the month", "2024-03"),
    ("this year", "2024"), ("late last year", "2023"), ("next year", "2025"), ("this quarter", "2024-Q1"),
    ("last quarter", "2023-Q4"), ("two weeks ago", "2024-W09"), ("11 days ago", "2024-03-04"),
    ("two months ago", "2024-01"), ("41 years ago", "1983"), ("a decade ago", "2014"),
    ("almost four years ago", "2020"), ("the weekend", "2024-W11-WE"), ("yesterday morning", "2024-03-14"),
    ("this morning", "2024-03-15"), ("tonight", "2024-03-15"), ("the day before yesterday", "2024-03-13"),
])
def test_spans_counted_from_publication(expression, expected):
    assert value(expression, FRIDAY) == expected


def test_a_week_value_is_written_in_the_iso_year_of_the_week():
    assert value("next week", MONDAY) == "2020-W01"


def test_in_two_weeks_is_a_date_only_when_the_clause_looks_ahead():
    assert value("in two weeks", FRIDAY, "The talks will resume in two weeks.") == "2024-W13"
    assert value("in seven years", FRIDAY, "It was the first visit by a minister in seven years.") is None


# anchored and vague expressions --------------------------------------------------------------------------

def test_later_that_year_counts_from_the_sentences_own_date():
    assert value("later that year", FRIDAY, "She fled to Florida in June 1998 and returned later that year.") == "1998"


def test_two_days_later_counts_from_the_date_before_it():
    sentence = "Fighting broke out on March 3 and a truce was signed two days later."
    assert value("two days later", FRIDAY, sentence) == "2024-03-05"


@pytest.mark.parametrize("expression,sentence", [
    ("Earlier that day", "Earlier that day, the family had warned the police."),
    ("the next morning", "He appeared in court the next morning."),
    ("two days later", "A truce was signed two days later."),
])
def test_an_expression_anchored_to_an_unnamed_day_is_unresolved(expression, sentence):
    assert resolve_date(expression, FRIDAY, context=sentence) is None


# holidays --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression,published,sentence,expected", [
    ("last Thanksgiving", dt.date(2024, 1, 9), None, "2023-11-23"),
    ("Thanksgiving Day", dt.date(2024, 1, 9), "The boy was found at sea on Thanksgiving Day.", "2023-11-23"),
    ("Christmas", dt.date(2024, 12, 3), "The truce will hold until Christmas.", "2024-12-25"),
    ("Election Day", dt.date(2024, 10, 28), "Crime will be our theme from now to Election Day.", "2024-11-05"),
    ("Easter week", dt.date(2024, 4, 1), "Protesters prayed as Easter week began.", "2024-W13"),
    ("Good Friday", dt.date(2024, 4, 1), "The accord was signed on Good Friday.", "2024-03-29"),
    ("the Fourth of July", dt.date(2024, 6, 12), "The parade will take place on the Fourth of July.", "2024-07-04"),
])
def test_holidays(expression, published, sentence, expected):
    assert value(expression, published, sentence) == expected


# times of day, references -------------------------------------------------------------------------------

def test_a_time_takes_the_day_named_beside_it():
    sentence = "The explosion went off at around 9:20 a.m. (0620 GMT) Friday, flattening a warehouse."
    assert value("9:20 a.m.", dt.date(2024, 3, 16), sentence) == "2024-03-15T09:20"
    sentence = "Officials have given the family until 9 a.m. Tuesday to sign the agreement."
    assert value("9 a.m. Tuesday", dt.date(2024, 3, 11), sentence) == "2024-03-12T09:00"


def test_now_recently_and_the_future_are_references_to_publication():
    now = resolve_date("now", FRIDAY, context="The embassy is now operating from a hotel.")
    assert now.to_dict() == {"date": "2024-03-15", "precision": "unknown", "value": "PRESENT_REF",
                             "start": "2024-03-15", "end": "2024-03-15", "kind": "date"}
    assert resolve_date("recently", FRIDAY).to_dict() == {"date": None, "precision": "unknown", "value": "PAST_REF",
                                                          "start": None, "end": "2024-03-15", "kind": "date"}
    assert value("the future", FRIDAY, "Nobody knows what the future holds.") == "FUTURE_REF"


def test_overnight_is_the_night_before_the_story_but_no_date_of_an_event():
    assert value("overnight", FRIDAY, "Drones hit an oil depot overnight.") == "2024-03-14"
    assert find_dates("Drones hit an oil depot overnight.", FRIDAY) == []


def test_a_deadline_is_marked_as_a_bound():
    mentions = find_dates("France will withdraw its troops by the end of the year.", FRIDAY)
    assert [(m.resolved.value, m.bound) for m in mentions] == [("2024", "by")]


# bad input ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression,published", [
    ("", FRIDAY), ("   ", FRIDAY), ("in 99999", FRIDAY), ("tomorrow", dt.date(9999, 12, 31)),
    ("Jan. 8, 99999", FRIDAY), ("the year 99999", FRIDAY), ("the 99990s", FRIDAY), ("next week", dt.date(9999, 12, 31)),
    ("Sunday", dt.date(1, 1, 1)), ("the 100th century", FRIDAY), ("20000 years ago", FRIDAY),
    ("next year", dt.date(9999, 6, 1)), ("Feb. 30", FRIDAY),
])
def test_what_cannot_be_placed_is_none(expression, published):
    assert resolve_date(expression, published) is None


def test_a_date_keeps_the_year_written_after_it_or_is_refused():
    assert value("Jan. 8, 9999", FRIDAY) == "9999-01-08"
    assert value("Jan. 8", FRIDAY, "Rebels said that on Jan. 8, 3000 fighters crossed the river.") == "2024-01-08"


# more forms of wire copy ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Voters go to the polls on Sunday.", "2024-03-17"),
    ("The summit opens Monday in Brussels.", "2024-03-18"),
    ("Turnout in the vote on Sunday was low.", "2024-03-10"),
])
def test_a_present_tense_with_a_weekday_tells_what_is_scheduled(sentence, expected):
    assert values(sentence, WEDNESDAY) == [expected]


@pytest.mark.parametrize("expression,sentence,expected", [
    ("'97", "The plant closed in '97.", "1997"),
    ("the year earlier", "Third-quarter sales fell 3% from the year earlier.", "1988-Q3"),
    ("the next few months", "Prices will rise in the next few months.", "FUTURE_REF"),
    ("earlier in the week", "Shares fell earlier in the week.", "1989-W43"),
    ("3 p.m.", "The meeting began at 3 p.m. local time.", "1989-10-25T15:00"),
    ("the fall", "The fall of the wall changed everything.", None),
])
def test_other_forms(expression, sentence, expected):
    assert value(expression, OCTOBER_1989, sentence) == expected


# the end, beginning or middle of a unit counted from publication -------------------------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("the end of last year", "The central bank ran out of reserves at the end of last year.", "2023"),
    ("the beginning of next month", "The new cabinet is to be sworn in at the beginning of next month.", "2024-04"),
    ("the middle of last week", "Shelling resumed in the middle of last week.", "2024-W10"),
    ("the end of the year", "The mission will wind down by the end of the year.", "2024"),
    ("the past year", "Food prices have doubled over the past year.", "2024"),
])
def test_the_end_of_last_year_is_in_last_year(expression, sentence, expected):
    assert value(expression, FRIDAY, sentence) == expected


# this season -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression,published,sentence,expected", [
    ("this fall", dt.date(2024, 3, 13), "The new parliament building opens this fall.", "2024-FA"),
    ("this summer", dt.date(2024, 2, 6), "The ministry says the dam is finished this summer.", "2024-SU"),
    ("this spring", dt.date(2024, 11, 5), "The harvest failed this spring.", "2024-SP"),
    ("this winter", dt.date(2024, 3, 20), "Heavy snow this winter cut off the mountain villages.", "2023-WI"),
    ("this winter", dt.date(2024, 10, 2), "Gas supplies will run short this winter.", "2024-WI"),
    ("this winter", dt.date(2024, 1, 20), "The river froze this winter.", "2023-WI"),
])
def test_this_season_is_the_season_of_this_year(expression, published, sentence, expected):
    assert value(expression, published, sentence) == expected


# a week of a month -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("the last week of April", "Negotiators are to meet again in the last week of April.", "2024-W17"),
    ("the first week of March", "The border crossing stayed shut in the first week of March.", "2024-W10"),
    ("the second week of May", "A donor conference is planned for the second week of May.", "2024-W19"),
    ("the third week of January 1999", None, "1999-W03"),
])
def test_a_numbered_week_of_a_month_is_an_iso_week(expression, sentence, expected):
    assert value(expression, WEDNESDAY, sentence) == expected


# the next day, the previous week: counted from the sentence's own date ----------------------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("the following month", "The envoy left Kabul in June 2021 and returned the following month.", "2021-07"),
    ("the next day", "Fighting broke out on March 3 and a truce was signed the next day.", "2024-03-04"),
    ("the previous week", "The strike began on Feb. 20 after talks had failed the previous week.", "2024-W07"),
    ("the next day", "The two men were released and appeared in court the next day.", None),
    ("the previous day", "Police said the car had been stolen the previous day.", None),
    ("the following week", "The ministers agreed to meet again the following week.", "2024-W12"),
])
def test_the_next_day_counts_from_the_sentences_date_or_is_unresolved(expression, sentence, expected):
    assert value(expression, WEDNESDAY, sentence) == expected


# years spelled out -----------------------------------------------------------------------------------------

def test_a_year_spelled_out_is_that_year():
    assert values("The dam was finished in nineteen eighty-six, the ministry said.", WEDNESDAY) == ["1986"]
    assert values("Fares have not risen since two thousand and nine.", WEDNESDAY) == ["2009"]
    assert value("the year two thousand", WEDNESDAY, "Banks feared the year two thousand would crash them.") \
        == "2000"
    assert value("twenty twelve", WEDNESDAY, "The port reopened in twenty twelve.") == "2012"


@pytest.mark.parametrize("sentence", [
    "Nineteen ninety-five delegates voted for the motion.",
    "Nineteen soldiers and twenty-two civilians were hurt.",
    "Two thousand people crossed the border.",
])
def test_a_count_spelled_out_is_no_year(sentence):
    assert find_dates(sentence, WEDNESDAY) == []


def test_a_decade_without_its_apostrophe_is_read_only_where_it_is_asked_for():
    assert value("the 90s", WEDNESDAY, "The civil war of the 90s left the valley empty.") == "199X"
    assert value("the early 80s", WEDNESDAY, "Oil money built the tower in the early 80s.") == "198X"
    assert find_dates("Temperatures stayed in the 90s all week.", WEDNESDAY) == []


# quarters and halves named by their months ------------------------------------------------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("the first three months of the year", "Arms imports doubled in the first three months of the year.", "1989-Q1"),
    ("the last six months of 1987", "The mine produced no ore in the last six months of 1987.", "1987-H2"),
    ("the first six months of next year", "Elections must be held in the first six months of next year.",
     "1990-H1"),
    ("the July-September quarter", "The airline lost money in the July-September quarter.", "1989-Q3"),
    ("the April-June quarter of 1988", None, "1988-Q2"),
    ("the February-April period", "Exports rose in the February-April period.", None),
])
def test_a_quarter_or_half_named_by_its_months(expression, sentence, expected):
    assert value(expression, OCTOBER_1989, sentence) == expected


# the year, year end ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("the year", "Net income for the year rose 12%, the company said.", "1989"),
    ("the year", "In 1986, the year the refinery burned, output fell.", "1986"),
    ("year end", "The merger should be completed by year end.", "1989"),
    ("the year", "It was the year of the great flood.", None),
])
def test_the_year_asked_about_is_this_one_or_the_sentences(expression, sentence, expected):
    assert value(expression, OCTOBER_1989, sentence) == expected


def test_the_year_in_running_text_is_no_date():
    assert find_dates("Net income for the year rose 12%.", OCTOBER_1989) == []


@pytest.mark.parametrize("sentence,expected", [
    ("The truce expires Sunday, and neither side has asked to extend it.", "2024-03-17"),
    ("The tribunal reconvenes Monday and the general testifies Tuesday.", "2024-03-18"),
    ("Polling stations open Sunday at dawn.", "2024-03-17"),
])
def test_a_deadline_or_session_in_the_present_tense_is_the_coming_day(sentence, expected):
    assert values(sentence, WEDNESDAY)[0] == expected


# the rest of the forms issue 13 lists ------------------------------------------------------------------------

@pytest.mark.parametrize("expression,expected", [
    ("next month", "2024-04"), ("this month", "2024-03"), ("next quarter", "2024-Q2"), ("last year", "2023"),
    ("six months from now", "2024-09"), ("two years from now", "2026"), ("three weeks from now", "2024-W14"),
    ("ten days from now", "2024-03-25"), ("eleven days ago", "2024-03-04"), ("twenty-one days ago", "2024-02-23"),
    ("a couple of weeks ago", "2024-W09"), ("the beginning of the month", "2024-03"),
    ("the middle of next year", "2025"),
])
def test_spans_counted_from_publication_in_words(expression, expected):
    assert value(expression, FRIDAY) == expected


def test_a_day_earlier_counts_from_the_date_before_it():
    assert value("a day earlier", FRIDAY, "The border reopened on March 4, a day earlier than planned.") \
        == "2024-03-03"


# sets and durations (TimeML SET and DURATION): values of their own, never a date ------------------------

@pytest.mark.parametrize("expression,sentence,expected", [
    ("every Monday", "The council has met every Monday since the war.", "XXXX-WXX-1"),
    ("every Sunday night", "Families light candles in the square every Sunday night.", "XXXX-WXX-7TNI"),
    ("on Fridays", "Protesters gather outside the parliament in Tbilisi on Fridays.", "XXXX-WXX-5"),
    ("each year", "Thousands of pilgrims arrive each year.", "P1Y"),
    ("every summer", "Wildfires return to the hills above Athens every summer.", "XXXX-SU"),
    ("every two weeks", "IAEA inspectors visit the plant every two weeks.", "P2W"),
    ("twice a year", "The two foreign ministers have met twice a year since 2015.", "P1Y"),
    ("daily", "The ministry publishes casualty figures daily.", "P1D"),
    ("every night", "Air-raid sirens sound in Kharkiv every night.", "XXXX-XX-XXTNI"),
    ("on Sunday mornings", "The opposition leader speaks on the radio on Sunday mornings.", "XXXX-WXX-7TMO"),
    ("at weekends", "Militia checkpoints close at weekends.", "XXXX-WXX-WE"),
])
def test_a_recurrence_is_a_set_with_its_timeml_value(expression, sentence, expected):
    resolved = resolve_date(expression, FRIDAY, context=sentence)
    assert (resolved.kind, resolved.value, resolved.date, resolved.precision) == ("set", expected, None, "unknown")


@pytest.mark.parametrize("expression,sentence,expected", [
    ("for three weeks", "The siege lasted for three weeks.", "P3W"),
    ("for weeks", "Talks in Doha dragged on for weeks.", "PXW"),
    ("a decade", "The civil war has lasted more than a decade.", "P10Y"),
    ("two days", "Negotiators in Vienna met for two days.", "P2D"),
    ("hours", "The standoff at the border post lasted hours.", "PTXH"),
    ("90 minutes", "Biden and Xi spoke by phone for 90 minutes.", "PT90M"),
    ("over the past three years", "Food prices have doubled over the past three years.", "P3Y"),
])
def test_a_length_of_time_is_a_duration_with_its_timeml_value(expression, sentence, expected):
    resolved = resolve_date(expression, FRIDAY, context=sentence)
    assert (resolved.kind, resolved.value, resolved.date) == ("duration", expected, None)


@pytest.mark.parametrize("expression,sentence,expected", [
    ("for the past week", "Rebels have shelled the city for the past week.", "2024-W11"),
    ("this century", "It is the worst drought of this century.", "20"),
    ("the past few weeks", "Fighting has intensified in the past few weeks.", "PAST_REF"),
])
def test_a_span_named_with_the_words_of_a_length_stays_a_date(expression, sentence, expected):
    resolved = resolve_date(expression, FRIDAY, context=sentence)
    assert (resolved.kind, resolved.value) == ("date", expected)


@pytest.mark.parametrize("expression,sentence", [
    ("week", "In May, a week after the ceasefire, the shelling resumed."),
    ("days", "Witnesses recalled the days of the siege."),
    ("day", "It was a great day for the country, the president said."),
    ("for a second", "Erdogan ran for a second presidential term."),
])
def test_a_unit_that_names_a_day_or_counts_from_an_event_is_no_length(expression, sentence):
    assert resolve_date(expression, FRIDAY, context=sentence) is None


def test_find_dates_leaves_out_sets_and_durations_and_keeps_the_date_beside_them():
    sentence = "Protesters have marched every Friday for six months, and daily since the vote on March 3."
    mentions = find_dates(sentence, FRIDAY, tense="past")
    assert [m.resolved.value for m in mentions if m.placed] == ["2024-03-03"]
    # (the six months are kept unplaced: a length no event of the publication day lasts)
    assert [(m.text, m.resolved.value) for m in mentions if not m.placed] == [("for six months", "P6M")]
    assert find_dates("Inspectors visit the site twice a year for two days.", FRIDAY) == []


@pytest.mark.parametrize("sentence", [
    "Turnout was high for a Sunday, observers said.",
    "The market rarely moves much on a Friday.",
])
def test_a_weekday_after_a_is_any_such_day_and_no_date(sentence):
    assert find_dates(sentence, WEDNESDAY) == []


def test_a_weekday_after_a_that_qualifies_a_noun_is_that_day():
    assert values("Hundreds attended a Sunday evening vigil for the victims.", WEDNESDAY) == ["2024-03-10TEV"]


# a story's reference time: the last day it dated anchors "the next day" of a sentence with no date ---------

def read_story(published, *pairs):
    """Each (expression, sentence) of one document in order, resolved as one story."""
    story = Narrative()
    return [(r.value if (r := resolve_date(e, published, context=s, story=story)) else None) for e, s in pairs]


def test_the_next_day_counts_from_the_day_the_story_dated_before():
    assert read_story(FRIDAY, ("March 3", "Rebels seized the town on March 3."),
                      ("The next day", "The next day, the army shelled it.")) == ["2024-03-03", "2024-03-04"]


@pytest.mark.parametrize("expression,sentence,expected", [
    ("That night", "That night, the army shelled the town.", "2024-03-03"),
    ("the day before", "Aid convoys had reached the town the day before.", "2024-03-02"),
    ("Earlier that day", "Earlier that day, the mayor had fled.", "2024-03-03"),
    ("two days later", "The army retook the town two days later.", "2024-03-05"),
    ("three days earlier", "The mayor had warned of an attack three days earlier.", "2024-02-29"),
    ("the following week", "Talks on a truce began the following week.", "2024-W10"),
    ("10 p.m.", "The first shells fell at 10 p.m., residents said.", "2024-03-03T22:00"),
])
def test_anchored_expressions_of_a_dateless_sentence_count_from_the_storys_day(expression, sentence, expected):
    story = read_story(FRIDAY, ("March 3", "Rebels seized the town on March 3."), (expression, sentence))
    assert story[1] == expected


def test_the_next_day_moves_on_with_the_story():
    assert read_story(FRIDAY, ("March 3", "Rebels seized the town on March 3."),
                      ("The next day", "The next day, the army shelled it."),
                      ("the next day", "The rebels withdrew the next day.")) == ["2024-03-03", "2024-03-04",
                                                                                  "2024-03-05"]


def test_a_date_of_the_sentence_itself_wins_over_the_story():
    assert read_story(FRIDAY, ("March 3", "Rebels seized the town on March 3."),
                      ("the next day", "A truce was agreed on March 9 and broken the next day.")) \
        == ["2024-03-03", "2024-03-10"]


def test_with_no_day_dated_before_the_next_day_stays_unresolved():
    assert read_story(FRIDAY, ("The next day", "The next day, the army shelled it.")) == [None]


def test_a_month_or_a_year_does_not_move_the_storys_day():
    assert read_story(FRIDAY, ("March 3", "Rebels seized the town on March 3."),
                      ("last year", "The town had changed hands twice last year."),
                      ("the next day", "The army shelled it the next day.")) == ["2024-03-03", "2023", "2024-03-04"]


def test_a_clock_time_read_on_the_publication_day_is_no_day_of_the_story():
    assert read_story(FRIDAY, ("5 p.m.", "A curfew starts at 5 p.m."),
                      ("the next day", "Shops reopened the next day.")) == ["2024-03-15T17:00", None]


def test_the_coder_passes_the_articles_day_as_the_reference():
    reference = resolve_date("March 3", FRIDAY)
    assert [m.resolved.value for m in find_dates("The next day, the army shelled the town.", FRIDAY,
                                                 story=Narrative(reference))] == ["2024-03-04"]
    # without the story's day it is kept unplaced: the event is not of the publication day, nor of any known one
    assert [(m.text, m.placed) for m in find_dates("The next day, the army shelled the town.", FRIDAY)] \
        == [("The next day", False)]


def test_that_same_day_of_a_month_without_a_day_is_that_month():
    sentence = "The envoy was killed last October, and his office was searched that same day."
    assert value("that same day", FRIDAY, sentence) == "2023-10"


def test_a_day_counted_from_an_assumed_clock_day_is_no_day_of_the_story():
    assert read_story(FRIDAY, ("the next day", "A curfew began at 5 p.m. and was lifted the next day."),
                      ("That night", "That night, the army shelled the town.")) == ["2024-03-16", None]


# an expression counted from an event its own sentence names: from the date the story gave that event -----

KILLING = ("March 4", "Gunmen shot dead a provincial judge outside his home in Quetta on March 4.")
ARREST = ("March 11", "Police arrested two suspects in a raid on March 11.")


@pytest.mark.parametrize("expression,sentence,expected", [
    ("ten days before the killing", "A witness saw the gunmen's car near the court ten days before the killing.",
     "2024-02-23"),
    ("the day after his death", "His colleagues went on strike the day after his death.", "2024-03-05"),
    ("two weeks after the shooting", "The bar council met two weeks after the shooting.", "2024-03-18"),
    ("hours after the killing", "The province's chief minister visited the family hours after the killing.",
     "2024-03-04"),
])
def test_a_count_from_an_event_starts_at_the_date_the_story_gave_it(expression, sentence, expected):
    # the arrest in between is the story's last day; the killing keeps its own date
    assert read_story(FRIDAY, KILLING, ARREST, (expression, sentence))[2] == expected


def test_an_event_named_by_its_verb_is_found_by_its_noun():
    assert read_story(FRIDAY, ("March 4", "Two car bombs exploded near the central market on March 4."),
                      ("the day after", "Hospitals ran out of blood the day after the bombing.")) == \
        ["2024-03-04", "2024-03-05"]


@pytest.mark.parametrize("killing,expected", [
    (("Feb. 26", "A retired general was killed in an ambush on Feb. 26."), "2024-02"),
    # the weeks before March 4 reach back into February: no one month holds them
    (("March 4", "A retired general was killed in an ambush on March 4."), None),
    (("last month", "The bombing of the ministry last month killed nine people."), "2024-02"),
    (("last fall", "The mayor was assassinated at a rally last fall."), "2023-FA"),
])
def test_the_weeks_before_an_event_are_the_month_or_season_that_holds_them(killing, expected):
    sentence = "Investigators say the killers watched the house in the weeks before the killing."
    event = "killing" if "killed" in killing[1] or "assassinated" in killing[1] else "bombing"
    assert read_story(FRIDAY, killing, ("weeks", sentence.replace("killing.", event + ".")))[1] == expected


def test_a_clock_time_in_a_sentence_naming_the_event_is_of_the_events_day():
    assert read_story(FRIDAY, KILLING, ARREST,
                      ("8 p.m.", "The judge was shot dead at 8 p.m. as he stepped out of his car."))[2] == \
        "2024-03-04T20:00"


def test_an_event_the_story_never_dated_leaves_the_count_unresolved():
    assert read_story(FRIDAY, ARREST, ("ten days before", "A witness saw the car ten days before the killing.")) \
        == ["2024-03-11", None]


@pytest.mark.parametrize("sentence", [
    "A former guard was indicted Thursday on a murder count over the killing of the judge.",
    "The gunman whose bullets killed the judge was identified on Thursday.",
    "Police said on Thursday that the judge was killed by a hired gunman.",
])
def test_a_date_of_another_clause_or_deed_dates_no_event(sentence):
    assert read_story(FRIDAY, ("Thursday", sentence),
                      ("ten days", "The car was seen ten days before the killing.")) == ["2024-03-14", None]


def test_a_coarser_date_of_a_known_event_keeps_its_day():
    assert read_story(FRIDAY, KILLING, ("March", "The March killing shocked lawyers across the province."),
                      ("the day after", "Courts closed the day after the killing.")) == \
        ["2024-03-04", "2024-03", "2024-03-05"]


def test_the_coder_counts_from_the_events_its_article_dated():
    story = Narrative()
    find_dates(KILLING[1], FRIDAY, story=story)
    assert [m.resolved.value for m in find_dates("Lawyers marched three days after the killing.", FRIDAY,
                                                 story=story)] == ["2024-03-07"]


def test_an_expression_of_a_time_and_a_day_written_apart_keeps_the_time():
    sentence = "A neighbour saw the motorbike at 6 a.m. ten days before the killing."
    assert read_story(FRIDAY, KILLING, ("6 a.m. ten days", sentence))[1] == "2024-02-23T06:00"


def test_a_later_date_of_the_same_kind_of_event_is_background_and_keeps_the_first():
    assert read_story(FRIDAY, ("Saturday", "A car bomb killed 12 people at a checkpoint in Mogadishu on Saturday."),
                      ("October 2017", "It was the deadliest blast since a truck bomb in October 2017 killed 500."),
                      ("the day after", "Schools stayed shut the day after the killing."))[2] == "2024-03-10"


def test_a_day_within_the_known_month_of_an_event_makes_it_finer():
    assert read_story(FRIDAY, ("last month", "The envoy's killing last month was condemned."),
                      ("Feb. 12", "The envoy was shot dead outside his residence on Feb. 12."),
                      ("the day after", "The embassy closed the day after the killing."))[2] == "2024-02-13"


def test_the_day_of_a_saying_dates_no_event_of_the_report():
    assert read_story(FRIDAY, ("Thursday", "Police said Thursday gunmen killed a shopkeeper in the old city."),
                      ("the day after", "Traders closed their shops the day after the killing.")) == \
        ["2024-03-14", None]


@pytest.mark.parametrize("expression,sentence,expected", [
    ("the night of the killing", "Neighbours heard two shots on the night of the killing.", "2024-03-04"),
    ("the eve of the vote", "The opposition called for a boycott on the eve of the vote.", "2024-03-09"),
    ("the morning after", "Crowds gathered at the hospital the morning after the shooting.", "2024-03-05"),
    ("the week before", "Leaflets were handed out in the week before the shooting.", "2024-W09"),
])
def test_a_day_or_week_named_by_its_event_is_counted_from_the_events_date(expression, sentence, expected):
    vote = ("Sunday's", "Turnout in Sunday's vote for the provincial assembly was low.")
    assert read_story(FRIDAY, KILLING, vote, (expression, sentence))[2] == expected


def test_a_counted_stretch_before_an_event_is_its_month_only_when_it_stays_in_it():
    death = ("Feb. 26", "The volunteer was killed by a mine on Feb. 26.")
    assert read_story(FRIDAY, death, ("the two weeks", "In the two weeks before his death he cleared roads."),
                      ("the six weeks", "In the six weeks before his death he cleared roads."))[1:] == ["2024-02", None]


def test_a_year_named_before_an_event_word_is_not_counted_from_it():
    assert value("last year", FRIDAY, "She spent six weeks in custody last year after her arrest in May.") == "2023"


def test_a_count_from_an_event_the_same_sentence_dates_needs_no_story():
    sentence = "Ten days before he was shot dead on March 4, the judge had asked the police for protection."
    assert value("Ten days before", FRIDAY, sentence) == "2024-02-23"


@pytest.mark.parametrize("dated,expression,sentence,expected", [
    ("Saturday's", "a few days after", "Aid convoys reached the valley a few days after the gas attack.", "2024-03"),
    ("Saturday's", "the day after", "Mourners filled the mosque the day after the funeral.", "2024-03-10"),
    ("Saturday's", "a week after", "Talks resumed a week after the ceasefire.", "2024-03-16"),
])
def test_other_events_a_story_dates_are_counted_from_too(dated, expression, sentence, expected):
    event = re.search(r"the (?:gas )?(\w+)\.$", sentence)[1]
    story = read_story(FRIDAY, (dated, f"Witnesses described Saturday's {event} in the north of the city."),
                       (expression, sentence))
    assert story == ["2024-03-09", expected]


@pytest.mark.parametrize("deed", [
    "A rocket attack killed four soldiers at a base near the border on March 5.",
    "The bombing killed nine people at a bus station on March 5.",
])
def test_an_event_noun_that_is_the_subject_of_a_dated_deed_takes_its_day(deed):
    assert read_story(FRIDAY, ("March 5", deed),
                      ("two days after", "Drones struck the launch site two days after the "
                       + ("attack." if "attack" in deed else "bombing."))) == ["2024-03-05", "2024-03-07"]


@pytest.mark.parametrize("sentence,expression,bound", [
    ("The army was accused of razing villages after 1988.", "1988", "after"),
    ("Exports fell after March, the ministry said.", "March", "after"),
    # a day after "after" is still a day of what follows it: its own deed's
    ("Police arrested two men after Friday's raid.", "Friday", None),
])
def test_a_month_or_year_after_after_is_a_bound(sentence, expression, bound):
    mention = next(m for m in find_dates(sentence, FRIDAY) if m.text.startswith(expression))
    assert mention.bound == bound


def test_an_attack_the_story_dated_only_as_a_killing_counts_from_the_killing():
    assert read_story(FRIDAY, ("March 5", "Gunmen killed six pilgrims near the shrine on March 5."),
                      ("hours after", "Troops sealed the district hours after the attack.")) == \
        ["2024-03-05", "2024-03-05"]
