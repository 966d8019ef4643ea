"""Tests of minutes.vietnamese.parse: the small parsers for Vietnamese dates, times, periods, people, numbers."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutes.model import Absence, Period, Person
from minutes.vietnamese.parse import (
    parse_absence,
    parse_date,
    parse_number,
    parse_period,
    parse_person,
    parse_time,
)

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(2026, 2, 5), D(2026, 2, 5)),
        (dt.datetime(2026, 2, 5, 14, 30), D(2026, 2, 5)),
        ("2026-02-05", D(2026, 2, 5)),
        ("2026-2-5", D(2026, 2, 5)),
        ("5/2/2026", D(2026, 2, 5)),
        ("05/02/2026", D(2026, 2, 5)),
        ("5-2-2026", D(2026, 2, 5)),
        ("5.2.2026", D(2026, 2, 5)),
        (" 5/2/2026 ", D(2026, 2, 5)),
        ("ngày 5 tháng 2 năm 2026", D(2026, 2, 5)),
        ("Ngày 05 tháng 02 năm 2026", D(2026, 2, 5)),
        ("5 tháng 2 năm 2026", D(2026, 2, 5)),
        ("29/2/2024", D(2024, 2, 29)),
        ("12/11/2025", D(2025, 11, 12)),  # day first, never month first
    ],
)
def test_parse_date_accepts(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2025", "ngày 31/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)"),
        ("29/2/2025", "ngày 29/02/2025 không tồn tại (tháng 2 năm 2025 có 28 ngày)"),
        ("31/4/2025", "tháng 4 năm 2025 có 30 ngày"),
        ("08/26/2025", "tháng 26 không tồn tại; ngày luôn viết trước tháng"),
        ("5/2/26", "năm phải viết đủ 4 chữ số"),
        ("5/2/1800", "năm phải từ 1900 đến 2200"),
        ("hôm nay", "hãy viết ngày/tháng/năm"),
        ("5/2-2026", "hãy viết ngày/tháng/năm"),
        (20260205, "hãy viết ngày/tháng/năm"),
        (True, "'true' không phải một ngày"),
        (None, "không phải một ngày"),
    ],
)
def test_parse_date_rejects(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_date(value)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_parse_date_reads_every_written_form(day):
    forms = [
        f"{day.day}/{day.month}/{day.year}",
        f"{day:%d/%m/%Y}",
        f"{day.day}-{day.month}-{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        f"ngày {day.day} tháng {day.month} năm {day.year}",
    ]
    assert {parse_date(form) for form in forms} == {day}


T = dt.time


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("8:30", T(8, 30)),
        ("08:30", T(8, 30)),
        ("14:00:00", T(14, 0)),
        ("14h", T(14, 0)),
        ("14h30", T(14, 30)),
        ("14H30", T(14, 30)),
        ("19h30", T(19, 30)),
        ("14 h 30", T(14, 30)),
        ("21 giờ 05", T(21, 5)),
        ("21 giờ", T(21, 0)),
        ("8 giờ 30 phút", T(8, 30)),
        ("8g30", T(8, 30)),
        ("14.30", T(14, 30)),
        ("0:00", T(0, 0)),
        ("23:59", T(23, 59)),
        (14, T(14, 0)),
        (0, T(0, 0)),
        (T(9, 15), T(9, 15)),
    ],
)
def test_parse_time_accepts(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("25:70", "giờ phải từ 0 đến 23, phút từ 0 đến 59"),
        ("24h", "giờ phải từ 0 đến 23"),
        ("14h60", "phút từ 0 đến 59"),
        (24, "giờ phải từ 0 đến 23"),
        (-1, "giờ phải từ 0 đến 23"),
        ("8:5", "hãy viết giờ như 14:00, 14h, 14h30 hoặc 14 giờ 30"),
        ("buổi chiều", "không phải giờ"),
        (14.5, "không phải giờ"),
        (False, "'false' không phải giờ"),
    ],
)
def test_parse_time_rejects(value, message):
    with pytest.raises(ValueError, match=message):
        parse_time(value)


@given(st.times())
def test_parse_time_reads_every_written_form(moment):
    h, m = moment.hour, moment.minute
    forms = [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}", f"{h} giờ {m} phút", f"{h}g{m}"]
    assert {parse_time(form) for form in forms} == {T(h, m)}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2025, Period("year", 2025)),
        ("2025", Period("year", 2025)),
        ("năm 2025", Period("year", 2025)),
        ("Q3/2025", Period("quarter", 2025, 3)),
        ("q3/2025", Period("quarter", 2025, 3)),
        ("Q1-2026", Period("quarter", 2026, 1)),
        ("Quý III/2025", Period("quarter", 2025, 3)),
        ("quý 4/2025", Period("quarter", 2025, 4)),
        ("H1/2025", Period("half", 2025, 1)),
        ("h2/2025", Period("half", 2025, 2)),
        ("9/2025", Period("month", 2025, 9)),
        ("09/2025", Period("month", 2025, 9)),
        ("tháng 12/2025", Period("month", 2025, 12)),
    ],
)
def test_parse_period_accepts(value, expected):
    assert parse_period(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("Q5/2025", "quý phải từ 1 đến 4"),
        ("Q0/2025", "quý phải từ 1 đến 4"),
        ("Quý V/2025", "quý phải từ 1 đến 4"),
        ("H3/2025", r"nửa năm \(H\) phải từ 1 đến 2"),
        ("13/2025", "tháng phải từ 1 đến 12"),
        ("0/2025", "tháng phải từ 1 đến 12"),
        (1899, "năm phải từ 1900 đến 2200"),
        ("2201", "năm phải từ 1900 đến 2200"),
        ("Q3/25", "năm phải viết đủ 4 chữ số"),
        ("quý ba", r"kỳ báo cáo viết như 2025 \(năm\), Q3/2025"),
        (2025.5, "không phải kỳ báo cáo"),
    ],
)
def test_parse_period_rejects(value, message):
    with pytest.raises(ValueError, match=message):
        parse_period(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nguyễn Văn An - Giám đốc Sở", Person("Nguyễn Văn An", "Giám đốc Sở")),
        ("Nguyễn Văn An – Giám đốc Sở", Person("Nguyễn Văn An", "Giám đốc Sở")),
        ("Nguyễn Văn An", Person("Nguyễn Văn An")),
        ("  Nguyễn Văn An  -  Giám đốc  ", Person("Nguyễn Văn An", "Giám đốc")),
        ("Trần Bình - Phó Giám đốc - Trưởng phòng", Person("Trần Bình", "Phó Giám đốc - Trưởng phòng")),
        ("Lê Thị-Hoa - Chuyên viên", Person("Lê Thị-Hoa", "Chuyên viên")),
        ("Nguyễn Văn An -", Person("Nguyễn Văn An")),
    ],
)
def test_parse_person(value, expected):
    assert parse_person(value) == expected


@pytest.mark.parametrize("value", ["", "   ", " - Giám đốc", "– Giám đốc", 5, None])
def test_parse_person_rejects(value):
    with pytest.raises(ValueError, match="Họ tên"):
        parse_person(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Phạm Văn Dũng (đi công tác)", Absence("Phạm Văn Dũng", "đi công tác")),
        ("Phạm Văn Dũng(ốm)", Absence("Phạm Văn Dũng", "ốm")),
        ("Phạm Văn Dũng - Phó Giám đốc (đi học)", Absence("Phạm Văn Dũng", "đi học", "Phó Giám đốc")),
        ("Phạm Văn Dũng", Absence("Phạm Văn Dũng")),
    ],
)
def test_parse_absence(value, expected):
    assert parse_absence(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1248, 1248),
        (0, 0),
        (-5, -5),
        (87.5, Decimal("87.5")),
        (0.1, Decimal("0.1")),
        (Decimal("1.5"), Decimal("1.5")),
        ("1248", 1248),
        ("1.248", 1248),
        ("2.450.000.000", 2450000000),
        ("87,5", Decimal("87.5")),
        ("1.248,5", Decimal("1248.5")),
        ("0,25", Decimal("0.25")),
        ("-1.248", -1248),
        (" 12.450 ", 12450),
        ("12.34", Decimal("12.34")),  # not a group of three: a decimal point
        ("0.500", Decimal("0.500")),  # "0." never starts a thousands group
        ("1234.567", Decimal("1234.567")),
    ],
)
def test_parse_number_accepts(value, expected):
    result = parse_number(value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("value", ["abc", "", "1,248.5", "1.24.8", "12.3456.789", "1 tỷ", True, None, [1]])
def test_parse_number_rejects(value):
    with pytest.raises(ValueError, match=r"hãy viết số như 1248 hoặc 1\.248"):
        parse_number(value)


@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_vietnamese_thousands(number):
    written = f"{number:,}".replace(",", ".")
    assert parse_number(written) == number
