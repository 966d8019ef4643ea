"""Moving a reporting period (kỳ báo cáo) on: 2020 → 2021, Q4/2025 → Q1/2026, 12/2025 → 1/2026."""

from __future__ import annotations

from minutes.model import Period

_COUNT = {"quarter": 4, "half": 2, "month": 12}


def next_period(period: Period) -> Period:
    """Return the period that follows ``period`` (same kind).

    >>> next_period(Period("quarter", 2025, 4))
    Period(kind='quarter', year=2026, index=1)
    """
    if period.kind == "year":
        return Period("year", period.year + 1)
    count = _COUNT[period.kind]
    if period.index == count:
        return Period(period.kind, period.year + 1, 1)
    return Period(period.kind, period.year, (period.index or 0) + 1)


def previous_period(period: Period) -> Period:
    """Return the period before ``period`` (same kind).

    >>> previous_period(Period("month", 2025, 1))
    Period(kind='month', year=2024, index=12)
    """
    if period.kind == "year":
        return Period("year", period.year - 1)
    if period.index == 1:
        return Period(period.kind, period.year - 1, _COUNT[period.kind])
    return Period(period.kind, period.year, (period.index or 2) - 1)


def period_code(period: Period) -> str:
    """Return the outline form of a period: "2025", "Q3/2025", "H1/2025", "9/2025"."""
    prefix = {"year": "", "quarter": "Q", "half": "H", "month": ""}[period.kind]
    return str(period.year) if period.kind == "year" else f"{prefix}{period.index}/{period.year}"
