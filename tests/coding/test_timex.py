"""The parts of the date resolver: its word table, TimeML values, holidays and the lean of a clause."""

import datetime as dt
import json
from importlib import resources

import pytest

from tacitus.coding.timex import values
from tacitus.coding.timex.grammar import TABLE, patterns, scan
from tacitus.coding.timex.headings import month_sections, section_at
from tacitus.coding.timex.holidays import easter, holiday_date, nth_weekday
from tacitus.coding.timex.periods import length
from tacitus.coding.timex.resolve import READERS
from tacitus.coding.timex.tense import lean_at
from tacitus.coding.timex.vocabulary import Holiday, parse_vocabulary, vocabulary
from tacitus.errors import ConfigError


def table():
    return json.loads(resources.files("tacitus.coding").joinpath("data", "dates.json").read_text(encoding="utf-8"))


def test_the_word_table_loads_with_every_month_weekday_and_season():
    vocab = vocabulary()
    assert set(vocab.months.values()) == set(range(1, 13)) and set(vocab.weekdays.values()) == set(range(7))
    assert set(vocab.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert vocab.references["currently"] == "PRESENT_REF" and vocab.references["recently"] == "PAST_REF"
    assert all(isinstance(h, Holiday) for h in vocab.holidays.values())


@pytest.mark.parametrize("section,key,bad", [
    ("months", "january", 13), ("weekdays", "monday", "first"), ("holidays", "christmas", {"lunar": 1}),
])
def test_a_malformed_word_table_is_a_config_error_naming_the_entry(section, key, bad):
    data = table()
    data[section][key] = bad
    with pytest.raises(ConfigError, match=key):
        parse_vocabulary(data)


def test_a_reference_phrase_listed_twice_is_a_config_error():
    data = table()
    data["references"]["FUTURE_REF"].append("recently")
    with pytest.raises(ConfigError, match="recently"):
        parse_vocabulary(data)


def test_every_kind_the_grammar_finds_has_a_reader():
    assert {kind for kind, *_ in TABLE} == set(READERS)
    assert len(patterns()) == len(TABLE)


def test_every_holiday_has_a_day_in_each_year():
    for name, holiday in vocabulary().holidays.items():
        for year in (1998, 2024):
            assert holiday_date(holiday, year) is not None, name


@pytest.mark.parametrize("year,expected", [(1998, "1998-04-12"), (2000, "2000-04-23"), (2019, "2019-04-21"),
                                           (2024, "2024-03-31"), (2038, "2038-04-25")])
def test_easter_sunday(year, expected):
    assert easter(year).isoformat() == expected


def test_nth_and_last_weekdays_of_a_month():
    assert nth_weekday(2023, 11, 3, 4) == dt.date(2023, 11, 23)  # Thanksgiving
    assert nth_weekday(2024, 5, 0, -1) == dt.date(2024, 5, 27)  # Memorial Day
    assert holiday_date(vocabulary().holidays["election day"], 2024) == dt.date(2024, 11, 5)
    assert holiday_date(vocabulary().holidays["election day"], 2020) == dt.date(2020, 11, 3)


@pytest.mark.parametrize("resolved,expected", [
    (values.week(dt.date(2019, 12, 31)), ("2019-12-30", "week", "2020-W01", "2019-12-30", "2020-01-05")),
    (values.weekend(dt.date(2024, 3, 13)), ("2024-03-16", "weekend", "2024-W11-WE", "2024-03-16", "2024-03-17")),
    (values.month(2024, 2), ("2024-02", "month", "2024-02", "2024-02-01", "2024-02-29")),
    (values.quarter(1989, 4), ("1989-10-01", "quarter", "1989-Q4", "1989-10-01", "1989-12-31")),
    (values.half(1990, 1), ("1990-01-01", "half", "1990-H1", "1990-01-01", "1990-06-30")),
    (values.season(1998, "WI"), ("1998-12-01", "season", "1998-WI", "1998-12-01", "1999-02-28")),
    (values.year(1995), ("1995", "year", "1995", "1995-01-01", "1995-12-31")),
    (values.decade(1987), ("1980-01-01", "decade", "198X", "1980-01-01", "1989-12-31")),
    (values.century(19), ("1900-01-01", "century", "19", "1900-01-01", "1999-12-31")),
    (values.clock(dt.date(2000, 4, 4), 9, 0), ("2000-04-04", "day", "2000-04-04T09:00", "2000-04-04", "2000-04-04")),
])
def test_each_value_names_its_span(resolved, expected):
    assert (resolved.date, resolved.precision, resolved.value, resolved.start, resolved.end) == expected


def test_a_span_shifted_by_years_keeps_its_kind():
    assert values.shift(values.quarter(1989, 3), -1).value == "1988-Q3"
    assert values.shift(values.day(dt.date(2024, 2, 29)), -1).value == "2023-02-28"
    assert values.season_of(dt.date(2024, 1, 15)) == (2023, "WI")


def test_a_year_out_of_the_calendar_is_refused():
    with pytest.raises(ValueError):
        values.year(10000)


@pytest.mark.parametrize("sentence,expression,lean", [
    ("The envoy will arrive on Thursday.", "Thursday", "ahead"),
    ("The envoy arrived on Thursday.", "Thursday", "back"),
    ("The minister said Monday that talks would resume.", "Monday", "back"),
    ("The minister said that talks would resume Thursday.", "Thursday", "ahead"),
    ("On Friday, the government announced new taxes.", "Friday", "back"),
    ("The team planned to leave on Thursday.", "Thursday", "near"),
    ("A conference is scheduled for Thursday.", "Thursday", "near"),
    ("The hearing was postponed until Thursday.", "Thursday", "ahead"),
    ("Talks could resume as soon as Thursday.", "Thursday", "ahead"),
    ("He has been missing since Thursday.", "Thursday", "back"),
    ("Tuesday's vote was close.", "Tuesday", "back"),
    ("The main opposition party will boycott Saturday's presidential runoff.", "Saturday", "ahead"),
    ("Election officials are preparing for Saturday's referendum.", "Saturday", "ahead"),
    ("The court will hear an appeal against Saturday's verdict.", "Saturday", "back"),  # a deed done
    ("Congress reconvenes Jan. 24.", "Jan. 24", "present"),
    ("The explosion went off at around 9:20 a.m. (0620 GMT) Friday.", "Friday", "back"),
    ("In January, a week after the anniversary of the ruling, a bomb at a clinic killed a guard.", "January",
     "back"),
    ("The port was the scene of a riot in March.", "March", "back"),  # a past copula keeps its tense
    ("The envoy was to visit the port in March.", "March", "near"),  # "was to": what was then to come
])
def test_the_lean_of_an_expressions_clause(sentence, expression, lean):
    start = sentence.index(expression)
    assert lean_at(sentence, start, start + len(expression)) == lean


def test_an_event_word_listed_under_two_events_is_a_config_error():
    data = table()
    data["events"]["attack"]["nouns"].append("bombing")
    with pytest.raises(ConfigError, match="bombing"):
        parse_vocabulary(data)


def test_a_period_unit_without_a_timeml_letter_is_a_config_error():
    data = table()
    data["periods"]["units"]["fortnight"] = ["F", 1]
    with pytest.raises(ConfigError, match="fortnight"):
        parse_vocabulary(data)


@pytest.mark.parametrize("unit,number,expected", [
    ("day", 1, "P1D"), ("weeks", 3, "P3W"), ("fortnight", 1, "P2W"), ("quarters", 2, "P6M"),
    ("decade", 1, "P10Y"), ("centuries", 2, "P200Y"), ("hours", 2, "PT2H"), ("minutes", 90, "PT90M"),
    ("years", None, "PXY"), ("hours", None, "PTXH"),
])
def test_a_length_is_written_as_a_timeml_duration(unit, number, expected):
    assert length(unit, number) == expected


def test_recurrences_and_lengths_are_found_in_running_text_but_a_bare_length_only_where_asked():
    sentence = "Crowds gathered every Monday for three weeks, two days after the strike began."
    assert [(m.kind, m.text) for m in scan(sentence)] == [("set_of", "every Monday"),
                                                           ("duration", "for three weeks")]
    start = sentence.index("two days")
    assert ("bare_duration", "two days") not in [(m.kind, m.text) for m in scan(sentence, loose=(start, start + 8))]
    assert [(m.kind, m.text) for m in scan("Talks lasted two days.", loose=(13, 21))] == [("bare_duration",
                                                                                          "two days")]


REVIEW = ("January The new government took office in Baghdad. Donors pledged $2bn for the reconstruction of Mosul. "
          "March Floods swept through the south. April Protesters filled the squares of Basra. "
          "June Ministers met in Geneva to discuss the refugee crisis.")


def test_month_headings_in_calendar_order_set_out_a_review_of_the_year():
    sections = month_sections(REVIEW, dt.date(2018, 12, 27))
    assert [month.value for _, month in sections] == ["2018-01", "2018-03", "2018-04", "2018-06"]
    assert section_at(sections, REVIEW.index("Donors")).value == "2018-01"
    assert section_at(sections, REVIEW.index("Protesters")).value == "2018-04"


def test_a_review_published_early_in_the_next_year_is_of_the_year_before():
    assert month_sections(REVIEW, dt.date(2019, 1, 3))[-1][1].value == "2018-06"


@pytest.mark.parametrize("text", [
    "June Almeida said the talks had failed. May Day marches were banned. April Ryan asked the spokesman.",  # no order
    "March Agencies warned of famine. April Aid arrived in the north.",  # two are not enough
    "Troops withdrew in March. The border reopened in April. Trade resumed in May.",  # no heading opens a sentence
])
def test_months_out_of_order_too_few_or_inside_sentences_make_no_sections(text):
    assert month_sections(text, dt.date(2018, 12, 27)) == []


def test_a_sentence_scanned_again_is_read_from_memory_into_a_list_of_the_callers_own():
    from tacitus.coding.timex import grammar

    text = "Talks resumed in Geneva on 4 March, a week after the vote."
    first = grammar.scan(text)
    hits = grammar._scanned.cache_info().hits
    first.clear()
    again = grammar.scan(text)
    assert again and [m.text for m in again] == [m.text for m in grammar._scanned.__wrapped__(text, None)]
    assert grammar._scanned.cache_info().hits == hits + 1
