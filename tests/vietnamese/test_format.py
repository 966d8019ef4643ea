"""Tests for minutes.vietnamese.format: one parametrize table per function, plus properties."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.model import Period
from minutes.vietnamese import format as vnformat
from minutes.vietnamese.format import (
    end_sentence,
    format_change,
    format_count,
    format_date,
    format_date_short,
    format_number,
    format_percent,
    format_period,
    format_place_date,
    format_quantity,
    format_reference,
    format_time,
    list_line,
    pad2,
    person_line,
    roman,
    split_lines,
)

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
# No example database: failures are reproduced from the printed example instead.
PROPERTY = settings(database=None, max_examples=300, deadline=None)


def test_docstring_examples_hold() -> None:
    from minutes.vietnamese import numbers as vnnumbers

    results = [doctest.testmod(m, optionflags=doctest.ELLIPSIS) for m in (vnformat, vnnumbers)]
    assert sum(r.attempted for r in results) >= 18  # one example (at least) per public function
    assert sum(r.failed for r in results) == 0


def test_importing_does_not_import_babel() -> None:
    code = "import sys, minutes.vietnamese.format; print('babel' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# --- pad2 / format_count -------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0"), (1, "01"), (5, "05"), (9, "09"), (10, "10"), (99, "99"), (100, "100"),
     (999, "999"), (1000, "1.000"), (1248, "1.248"), (1234567, "1.234.567")],
)  # fmt: skip
def test_pad2(n: int, expected: str) -> None:
    assert pad2(n) == expected


@pytest.mark.parametrize(("bad", "error"), [(-1, ValueError), (True, TypeError), (1.0, TypeError)])
def test_pad2_rejects(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        pad2(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [(3, "đảng viên", "03 đảng viên"), (1, "tập thể", "01 tập thể"), (12, "cá nhân", "12 cá nhân"),
     (0, "cá nhân", "0 cá nhân"), (7, "", "07"), (7, "  đồng chí ", "07 đồng chí"),
     (1500, "hộ", "1.500 hộ")],
)  # fmt: skip
def test_format_count(n: int, noun: str, expected: str) -> None:
    assert format_count(n, noun) == expected


def test_format_count_rejects_negative() -> None:
    with pytest.raises(ValueError):
        format_count(-3, "người")


# --- dates and times -------------------------------------------------------------------

DATES = [
    # (date, full, short)
    (dt.date(2026, 2, 5), "ngày 05 tháng 02 năm 2026", "05/02/2026"),
    (dt.date(2021, 8, 26), "ngày 26 tháng 8 năm 2021", "26/8/2021"),
    (dt.date(2021, 1, 18), "ngày 18 tháng 01 năm 2021", "18/01/2021"),
    (dt.date(2025, 12, 10), "ngày 10 tháng 12 năm 2025", "10/12/2025"),
    (dt.date(2020, 3, 5), "ngày 05 tháng 3 năm 2020", "05/3/2020"),
    (dt.date(2024, 1, 1), "ngày 01 tháng 01 năm 2024", "01/01/2024"),
    (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024", "29/02/2024"),
    (dt.date(2024, 3, 9), "ngày 09 tháng 3 năm 2024", "09/3/2024"),
    (dt.date(2024, 9, 10), "ngày 10 tháng 9 năm 2024", "10/9/2024"),
    (dt.date(2024, 10, 31), "ngày 31 tháng 10 năm 2024", "31/10/2024"),
    (dt.date(2024, 11, 30), "ngày 30 tháng 11 năm 2024", "30/11/2024"),
    (dt.date(2025, 12, 1), "ngày 01 tháng 12 năm 2025", "01/12/2025"),
]


@pytest.mark.parametrize(("d", "full", "short"), DATES)
def test_format_date(d: dt.date, full: str, short: str) -> None:
    assert format_date(d) == full


@pytest.mark.parametrize(("d", "full", "short"), DATES)
def test_format_date_short(d: dt.date, full: str, short: str) -> None:
    assert format_date_short(d) == short


@pytest.mark.parametrize(
    ("place", "d", "expected"),
    [
        ("Tây Ninh", dt.date(2026, 2, 5), "Tây Ninh, ngày 05 tháng 02 năm 2026"),
        ("Hà Nội", dt.date(2020, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2020"),
        ("Thành phố Hồ Chí Minh", dt.date(2019, 6, 29),
         "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"),
        ("  Huế ", dt.date(2025, 12, 10), "Huế, ngày 10 tháng 12 năm 2025"),
        ("", dt.date(2026, 2, 5), "…………, ngày 05 tháng 02 năm 2026"),
        ("   ", dt.date(2021, 8, 26), "…………, ngày 26 tháng 8 năm 2021"),
    ],
)  # fmt: skip
def test_format_place_date(place: str, d: dt.date, expected: str) -> None:
    assert format_place_date(place, d) == expected


@pytest.mark.parametrize(
    ("t", "expected"),
    [(dt.time(8, 30), "8 giờ 30"), (dt.time(14, 0), "14 giờ 00"), (dt.time(21, 5), "21 giờ 05"),
     (dt.time(0, 0), "0 giờ 00"), (dt.time(23, 59), "23 giờ 59"), (dt.time(9, 0, 45), "9 giờ 00"),
     (dt.time(7, 15, tzinfo=dt.UTC), "7 giờ 15")],
)  # fmt: skip
def test_format_time(t: dt.time, expected: str) -> None:
    assert format_time(t) == expected


# --- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1248, "1.248"),
        (2450000000, "2.450.000.000"), (-1248, "-1.248"), (-5, "-5"),
        (10**30, "1" + ".000" * 10),
        (D("87.5"), "87,5"), (D("61.7"), "61,7"), (D("20.67"), "20,67"), (D("1.900"), "1,9"),
        (D("1.000"), "1"), (D("1900.00"), "1.900"), (D("1E+3"), "1.000"),
        (D("2.5E+6"), "2.500.000"),
        (D("0.5"), "0,5"), (D("-0.25"), "-0,25"), (D("-0"), "0"), (D("0.000"), "0"),
        (D("0.000001234"), "0,000001234"), (D("1E-10"), "0,0000000001"),
        (D("1234567.891011121314"), "1.234.567,891011121314"),
        (D("123456789012345678901234567890.123456789"),
         "123.456.789.012.345.678.901.234.567.890,123456789"),
        (1.5, "1,5"), (0.1, "0,1"), (1e20, "100.000.000.000.000.000.000"), (-0.0, "0"),
        (264821.45, "264.821,45"),
    ],
)  # fmt: skip
def test_format_number(x: int | Decimal | float, expected: str) -> None:
    assert format_number(x) == expected


@pytest.mark.parametrize(
    ("bad", "error"),
    [(D("NaN"), ValueError), (D("Infinity"), ValueError), (float("inf"), ValueError),
     ("12", TypeError), (True, TypeError), (None, TypeError)],
)  # fmt: skip
def test_format_number_rejects(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        format_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(2450000000, "đồng", "2.450.000.000 đồng"), (D("61.7"), "km", "61,7 km"),
     (12, "tuyến", "12 tuyến"), (D("87.5"), "%", "87,5%"), (100, "%", "100%"),
     (5, "", "5"), (1248, "  ", "1.248"), (D("8.43"), " triệu lượt ", "8,43 triệu lượt"),
     (D("99.63"), "% kế hoạch", "99,63% kế hoạch"), (D("1.9"), "tỷ USD", "1,9 tỷ USD")],
)  # fmt: skip
def test_format_quantity(value: int | Decimal, unit: str, expected: str) -> None:
    assert format_quantity(value, unit) == expected


@pytest.mark.parametrize(
    ("ratio", "digits", "expected"),
    [
        (D("0.267"), 1, "26,7%"), (1, 1, "100%"), (0.5, 1, "50%"), (D("0.5"), 1, "50%"),
        (D("0.2665"), 1, "26,7%"), (0.2665, 1, "26,7%"), (D("0.2664"), 1, "26,6%"),
        (D("0.00049"), 1, "0%"), (D("0.0005"), 1, "0,1%"), (D("0.9996"), 1, "100%"),
        (D("0.12345"), 2, "12,35%"), (D("0.1250"), 2, "12,5%"), (D("0.267"), 0, "27%"),
        (D("0.125"), 0, "13%"), (0, 1, "0%"), (D("-0.05"), 1, "-5%"), (D("-0.0004"), 1, "0%"),
        (D("12.5"), 1, "1.250%"), (10**30, 1, "100" + ".000" * 10 + "%"),
        (D("1E+30"), 1, "100" + ".000" * 10 + "%"),
    ],
)  # fmt: skip
def test_format_percent(ratio: int | Decimal | float, digits: int, expected: str) -> None:
    assert format_percent(ratio, digits) == expected


def test_format_percent_rejects_negative_digits() -> None:
    with pytest.raises(ValueError):
        format_percent(D("0.5"), -1)


@pytest.mark.parametrize(
    ("value", "previous", "expected"),
    [
        (1900000000, 1500000000, "tăng 26,7%"), (95, 100, "giảm 5%"), (7, 7, "không đổi"),
        (D("7.0"), 7, "không đổi"), (200, 100, "tăng 100%"), (0, 100, "giảm 100%"),
        (D("61.7"), D("50"), "tăng 23,4%"), (D("1.5"), D("2"), "giảm 25%"),
        (12, 0, "tăng 12"), (D("2.5"), 0, "tăng 2,5"), (-4, 0, "giảm 4"), (0, 0, "không đổi"),
        (1000001, 1000000, "tăng dưới 0,1%"), (999999, 1000000, "giảm dưới 0,1%"),
        (-50, -100, "tăng 50%"), (-150, -100, "giảm 50%"),
        (10**30 + 1, 1, "tăng 100" + ".000" * 10 + "%"), (11 * 10**39, 10**40, "tăng 10%"),
        (3 * 10**30, 10**30, "tăng 200%"), (D("1E-30"), D("2E-30"), "giảm 50%"),
        (10**30 + 1, 0, "tăng 1" + ".000" * 9 + ".001"),
    ],
)  # fmt: skip
def test_format_change(value: int | Decimal, previous: int | Decimal, expected: str) -> None:
    assert format_change(value, previous) == expected


# --- roman / period / reference ------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (10, "X"), (13, "XIII"),
     (14, "XIV"), (19, "XIX"), (39, "XXXIX"), (40, "XL"), (49, "XLIX"), (90, "XC"),
     (400, "CD"), (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX")],
)  # fmt: skip
def test_roman(n: int, expected: str) -> None:
    assert roman(n) == expected


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_roman_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        roman(n)


def test_roman_numerals_are_valid_and_distinct() -> None:
    valid = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
    numerals = [roman(n) for n in range(1, 4000)]
    assert all(valid.match(r) for r in numerals)
    assert len(set(numerals)) == 3999


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period("year", 2020), "năm 2020"),
        (Period("quarter", 2021, 1), "quý I năm 2021"),
        (Period("quarter", 2021, 3), "quý III năm 2021"),
        (Period("quarter", 2021, 4), "quý IV năm 2021"),
        (Period("month", 2025, 9), "tháng 9 năm 2025"),
        (Period("month", 2026, 1), "tháng 1 năm 2026"),
        (Period("month", 2026, 2), "tháng 2 năm 2026"),
        (Period("month", 2025, 12), "tháng 12 năm 2025"),
        (Period("half", 2025, 1), "6 tháng đầu năm 2025"),
        (Period("half", 2025, 2), "6 tháng cuối năm 2025"),
    ],
)
def test_format_period(period: Period, expected: str) -> None:
    assert format_period(period) == expected


@pytest.mark.parametrize(
    "period",
    [Period("week", 2025, 1), Period("Year", 2025), Period("year", 2025, 1),
     Period("quarter", 2025), Period("quarter", 2025, 0), Period("quarter", 2025, 5),
     Period("half", 2025, 3), Period("month", 2025, 0), Period("month", 2025, 13),
     Period("month", 2025, True)],  # type: ignore[arg-type]
)  # fmt: skip
def test_format_period_rejects(period: Period) -> None:
    with pytest.raises(ValueError):
        format_period(period)


@pytest.mark.parametrize(
    ("number", "doc", "org", "style", "expected"),
    [
        (7, "BB", "SNV", "state", "Số: 07/BB-SNV"),
        (1, "BB", "UBND", "state", "Số: 01/BB-UBND"),
        (10, "BB", "SNV", "state", "Số: 10/BB-SNV"),
        (125, "BB", "SNV", "state", "Số: 125/BB-SNV"),
        (1248, "BB", "SNV", "state", "Số: 1248/BB-SNV"),
        (3, "BB", "ĐU", "party", "Số 03-BB/ĐU"),
        (12, "BB", "CB", "party", "Số 12-BB/CB"),
        (4, "BB", "ĐTN", "youth", "Số: 04-BB/ĐTN"),
        (29, "HD", "TWĐTN-VP", "youth", "Số: 29-HD/TWĐTN-VP"),
        (None, "BB", "SNV", "state", "Số:      /BB-SNV"),
        (None, "BB", "ĐU", "party", "Số      -BB/ĐU"),
        (None, "BB", "ĐTN", "youth", "Số:      -BB/ĐTN"),
        (5, " BB ", " SNV ", "state", "Số: 05/BB-SNV"),
    ],
)
def test_format_reference(
    number: int | None, doc: str, org: str, style: str, expected: str
) -> None:
    assert format_reference(number, doc, org, style) == expected


@pytest.mark.parametrize(
    ("number", "doc", "org", "style"),
    [(1, "BB", "SNV", "front"), (1, "BB", "SNV", "State"), (1, "BB", "SNV", ""),
     (0, "BB", "SNV", "state"), (-2, "BB", "SNV", "party"), (1, "", "SNV", "state"),
     (1, "BB", " ", "youth")],
)  # fmt: skip
def test_format_reference_rejects(number: int, doc: str, org: str, style: str) -> None:
    with pytest.raises(ValueError):
        format_reference(number, doc, org, style)


# --- text lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "position", "expected"),
    [("Nguyễn Văn An", "Giám đốc Sở", "Nguyễn Văn An - Giám đốc Sở"),
     ("Trần Thị Bình", "", "Trần Thị Bình"), ("Trần Thị Bình", "   ", "Trần Thị Bình"),
     (" Lê Văn C ", " Phó Bí thư ", "Lê Văn C - Phó Bí thư")],
)  # fmt: skip
def test_person_line(name: str, position: str, expected: str) -> None:
    assert person_line(name, position) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị thống nhất", "Hội nghị thống nhất."), ("  abc  ", "abc."), ("abc.", "abc."),
        ("abc!", "abc!"), ("abc?", "abc?"), ("abc…", "abc…"), ("như sau:", "như sau:"),
        ("abc;", "abc;"), ("kết thúc./.", "kết thúc./."), ("abc.”", "abc.”"), ("abc.)", "abc.)"),
        ('abc?"', 'abc?"'), ("abc!»", "abc!»"), ("abc.”)", "abc.”)"),
        ("theo “Kế hoạch”", "theo “Kế hoạch”."), ("(xem phụ lục)", "(xem phụ lục)."),
        ("", ""), ("   ", ""), ("a", "a."), ("abc,", "abc,."),
    ],
)  # fmt: skip
def test_end_sentence(text: str, expected: str) -> None:
    assert end_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "last", "marker", "expected"),
    [
        ("UBND tỉnh (b/c)", False, "-", "- UBND tỉnh (b/c);"),
        ("UBND tỉnh (b/c);", False, "-", "- UBND tỉnh (b/c);"),
        ("UBND tỉnh (b/c).", False, "-", "- UBND tỉnh (b/c);"),
        ("Các phòng, ban,", False, "-", "- Các phòng, ban;"),
        ("Lưu: VT, TCCB", True, "-", "- Lưu: VT, TCCB."),
        ("Lưu: VT, TCCB.", True, "-", "- Lưu: VT, TCCB."),
        ("Lưu: VT;", True, "-", "- Lưu: VT."),
        ("Lưu: VT./.", True, "-", "- Lưu: VT."),
        ("  Như trên ; ", False, "-", "- Như trên;"),
        ("- Như trên;", False, "-", "- Như trên;"),
        ("-Như trên", False, "-", "- -Như trên;"),
        ("Lãnh đạo Sở", False, "+", "+ Lãnh đạo Sở;"),
        ("+ Lãnh đạo Sở", True, "+", "+ Lãnh đạo Sở."),
    ],
)
def test_list_line(text: str, last: bool, marker: str, expected: str) -> None:
    assert list_line(text, last, marker) == expected


@pytest.mark.parametrize("text", ["", "   ", ";", " . ", "-  ;"])
def test_list_line_rejects_empty(text: str) -> None:
    with pytest.raises(ValueError):
        list_line(text, last=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []), ("  \n\n \t\n", []), ("một dòng", ["một dòng"]),
        ("  Dòng một \n\n Dòng hai\n", ["Dòng một", "Dòng hai"]),
        ("a\r\nb\rc", ["a", "b", "c"]), ("a\n   \nb", ["a", "b"]),
    ],
)  # fmt: skip
def test_split_lines(text: str, expected: list[str]) -> None:
    assert split_lines(text) == expected


# --- properties ----------------------------------------------------------------------------------

DATE_RE = re.compile(r"^ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$")


@PROPERTY
@given(st.integers(min_value=0, max_value=10**60))
def test_format_number_int_digits_unchanged(n: int) -> None:
    assert format_number(n).replace(".", "") == str(n)


@PROPERTY
@given(st.integers(min_value=-(10**40), max_value=10**40))
def test_format_number_groups_of_three(n: int) -> None:
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*", format_number(n))


@PROPERTY
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15))
def test_format_number_decimal_round_trips(x: Decimal) -> None:
    text = format_number(x)
    assert "E" not in text and "e" not in text
    assert Decimal(text.replace(".", "").replace(",", ".")) == x


@PROPERTY
@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_format_date_shape(d: dt.date) -> None:
    text = format_date(d)
    assert DATE_RE.match(text)
    day, month, year = format_date_short(d).split("/")
    assert text == f"ngày {day} tháng {month} năm {year}"
    assert (int(day), int(month), int(year)) == (d.day, d.month, d.year)


@PROPERTY
@given(st.text())
def test_end_sentence_is_idempotent(text: str) -> None:
    once = end_sentence(text)
    assert end_sentence(once) == once
    assert once == "" or once.rstrip(vnformat._CLOSERS).endswith(vnformat._STOPS)


@PROPERTY
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))), st.booleans())
def test_list_line_is_idempotent(text: str, last: bool) -> None:
    try:
        line = list_line(text, last)
    except ValueError:
        return
    assert line.startswith("- ") and line.endswith("." if last else ";")
    assert list_line(line, last) == line


@pytest.mark.parametrize("day, expected", [
    (dt.date(2025, 8, 25), "thứ Hai"), (dt.date(2025, 8, 26), "thứ Ba"),
    (dt.date(2025, 8, 30), "thứ Bảy"), (dt.date(2025, 8, 31), "Chủ nhật"),
])
def test_format_weekday(day, expected):
    assert vnformat.format_weekday(day) == expected
