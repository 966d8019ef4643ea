"""Periods move on correctly across year ends."""

from __future__ import annotations

import pytest

from minutes.model import Period
from minutes.vietnamese.periods import next_period, period_code


@pytest.mark.parametrize("period, expected", [
    (Period("year", 2020), Period("year", 2021)),
    (Period("quarter", 2021, 3), Period("quarter", 2021, 4)),
    (Period("quarter", 2025, 4), Period("quarter", 2026, 1)),
    (Period("half", 2025, 2), Period("half", 2026, 1)),
    (Period("half", 2025, 1), Period("half", 2025, 2)),
    (Period("month", 2025, 12), Period("month", 2026, 1)),
    (Period("month", 2025, 9), Period("month", 2025, 10)),
])
def test_next_period(period, expected):
    assert next_period(period) == expected


@pytest.mark.parametrize("period, code", [
    (Period("year", 2020), "2020"), (Period("quarter", 2021, 3), "Q3/2021"),
    (Period("half", 2025, 1), "H1/2025"), (Period("month", 2025, 9), "9/2025"),
])
def test_period_code_round_trips_through_the_parser(period, code):
    from minutes.vietnamese.parse import parse_period

    assert period_code(period) == code and parse_period(code) == period
