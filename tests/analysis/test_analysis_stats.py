"""Poisson tails and calendar periods, against values worked out by hand."""

import math

import pytest

from tacitus.analysis.baseline import compare
from tacitus.analysis.periods import parse_period, parse_week, period_of, shift, span
from tacitus.analysis.stats import poisson_cdf, poisson_sf
from tacitus.errors import InputError


def test_at_least_eight_when_two_are_expected():
    # 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3 + 4/15 + 4/45 + 8/315) = 1 - e^-2 * 2325/315
    assert poisson_sf(8, 2.0) == pytest.approx(1 - math.exp(-2) * 2325 / 315, rel=1e-9)
    assert poisson_sf(8, 2.0) == pytest.approx(0.0010967, abs=1e-7)


def test_far_tail_keeps_its_digits():
    # P(X >= 41 | 9.5) is about 1.3e-13: summed upwards, not 1 - cdf (which would round to 0)
    expected = sum(math.exp(-9.5) * 9.5 ** k / math.factorial(k) for k in range(41, 120))
    assert poisson_sf(41, 9.5) == pytest.approx(expected, rel=1e-9)
    assert 0 < poisson_sf(41, 9.5) < 1e-12


def test_none_when_two_are_expected_is_e_to_the_minus_two():
    assert poisson_cdf(0, 2.0) == pytest.approx(math.exp(-2))
    assert poisson_sf(0, 2.0) == 1.0


def test_a_rise_of_eight_against_a_mean_of_two_is_significant():
    change = compare("all", 8, [1, 3, 2, 2, 1, 3, 2, 2, 1, 3, 2, 2])
    assert change.baseline_mean == 2.0 and change.ratio == 4.0 and change.direction == "up"
    assert change.p_value == pytest.approx(0.0010967, abs=1e-7)
    assert change.significant
    assert change.describe("this week") == "all: 8 this week vs 2 a week before (p = 0.001)"


def test_two_events_after_an_empty_baseline_are_below_the_minimum_count():
    change = compare("ASSAULT", 2, [0] * 12)
    assert change.p_value is None and not change.significant and change.ratio is None


def test_an_empty_baseline_expects_half_an_event_over_the_window():
    change = compare("ASSAULT", 3, [0] * 12)
    lam = 0.5 / 12
    assert change.p_value == pytest.approx(1 - math.exp(-lam) * (1 + lam + lam ** 2 / 2), rel=1e-6)


def test_iso_weeks_run_monday_to_sunday():
    week = parse_week("2019-W52")
    assert (week.start, week.end) == ("2019-12-23", "2019-12-29")
    assert period_of("2019-12-31", "week").key == "2020-W01"  # ISO: the week of 1 January 2020
    assert parse_week("2020-W53").start == "2020-12-28"  # 2020 had 53 weeks


def test_a_week_the_year_does_not_have_is_an_input_error():
    with pytest.raises(InputError, match="2019 has weeks 1 to 52"):
        parse_week("2019-W60")
    with pytest.raises(InputError, match="2019-W53"):
        parse_week("2019-W53")
    with pytest.raises(InputError, match="not an ISO week"):
        parse_week("2019-52")


def test_periods_shift_and_span():
    december = parse_period("2019-12-23", "month")
    assert december.key == "2019-12" and december.end == "2019-12-31"
    assert shift(december, "month", -12).key == "2018-12"
    assert [p.key for p in span(parse_week("2019-W51"), parse_week("2020-W02"), "week")] == \
        ["2019-W51", "2019-W52", "2020-W01", "2020-W02"]
