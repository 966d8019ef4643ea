"""Pure formatting helpers for Vietnamese official text (NĐ 30/2020, HD 05-HD/VPTW).

Every function takes plain values and returns display text; nothing here reads
the outline or touches a document. Numbers use "." for thousands and "," for
decimals (as babel's ``vi`` locale writes them). Number formatting lives in
:mod:`minutes.vietnamese.numbers` and is re-exported here.
"""

from __future__ import annotations

import datetime as dt

from minutes.model import Period
from minutes.vietnamese.numbers import (  # noqa: F401 (re-exported: the numbers are part of this API)
    check_int,
    format_change,
    format_count,
    format_number,
    format_percent,
    format_quantity,
    pad2,
)

_BLANK = " " * 6
"""What a missing document number leaves on the Số line, to be filled in by hand."""

PLACE_BLANK = "…………"
"""What a missing địa danh leaves on the date line, to be filled in by hand."""

DATE_BLANK, DATE_SHORT_BLANK, TIME_BLANK = "ngày …… tháng …… năm ……", "……/……/……", "…… giờ ……"
"""What a date or a time still to fill leaves in the document (a next period's meeting
before the secretary confirms it), to be written in by hand."""

_STOPS = (".", "!", "?", "…", ":", ";")
_CLOSERS = "\"'”’»)]"
_ROMAN = tuple(zip((1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
                   ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]))  # fmt: skip
_REFERENCE = {  # style -> (after "Số", between number and type, between type and agency)
    "state": (":", "/", "-"),
    "party": ("", "-", "/"),
    "youth": (":", "-", "/"),
}


def _day_month(d: dt.date) -> tuple[str, str]:
    """Day and month under NĐ 30's rule: zero for days below 10 and for months 1-2."""
    return f"{d.day:02d}", f"{d.month:02d}" if d.month < 3 else str(d.month)


def format_date(d: dt.date | None) -> str:
    """A date written out in full; None (still to fill) gives dotted lines.

    >>> format_date(dt.date(2026, 2, 5)), format_date(dt.date(2021, 8, 26))
    ('ngày 05 tháng 02 năm 2026', 'ngày 26 tháng 8 năm 2021')
    """
    if d is None:
        return DATE_BLANK
    day, month = _day_month(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def format_date_short(d: dt.date | None) -> str:
    """A date in numeric form with the same zero rule as :func:`format_date` (None: dotted).

    >>> format_date_short(dt.date(2026, 2, 5)), format_date_short(dt.date(2021, 8, 26))
    ('05/02/2026', '26/8/2021')
    """
    if d is None:
        return DATE_SHORT_BLANK
    day, month = _day_month(d)
    return f"{day}/{month}/{d.year}"


def format_place_date(place: str, d: dt.date | None) -> str:
    """The địa danh line; without a place, a blank to write it in by hand (NĐ 30 needs one).

    >>> format_place_date("Tây Ninh", dt.date(2026, 2, 5))
    'Tây Ninh, ngày 05 tháng 02 năm 2026'
    >>> format_place_date("", dt.date(2026, 2, 5))
    '…………, ngày 05 tháng 02 năm 2026'
    """
    return f"{place.strip() or PLACE_BLANK}, {format_date(d)}"


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def format_weekday(d: dt.date | None) -> str:
    """The day of the week as NĐ 30 Phụ lục II writes it in running text.

    >>> format_weekday(dt.date(2025, 8, 26))
    'thứ Ba'
    """
    return "thứ ……" if d is None else _WEEKDAYS[d.weekday()]


def format_time(t: dt.time | None) -> str:
    """A clock time: hour without padding, minutes always two digits (seconds dropped);
    None (still to fill) gives dotted lines.

    >>> format_time(dt.time(8, 30)), format_time(dt.time(14, 0))
    ('8 giờ 30', '14 giờ 00')
    """
    return TIME_BLANK if t is None else f"{t.hour} giờ {t.minute:02d}"


def roman(n: int) -> str:
    """A Roman numeral (quý, Phần, Chương, Phụ lục) for 1..3999.

    >>> roman(3), roman(4), roman(9), roman(13), roman(1994)
    ('III', 'IV', 'IX', 'XIII', 'MCMXCIV')
    """
    check_int(n)
    if not 1 <= n <= 3999:
        raise ValueError(f"no Roman numeral for {n}")
    parts = []
    for amount, letters in _ROMAN:
        count, n = divmod(n, amount)
        parts.append(letters * count)
    return "".join(parts)


def format_period(p: Period) -> str:
    """A reporting period in running text (month numbers are never padded here).

    >>> format_period(Period("quarter", 2021, 3)), format_period(Period("month", 2026, 1))
    ('quý III năm 2021', 'tháng 1 năm 2026')
    >>> format_period(Period("half", 2025, 1)), format_period(Period("year", 2020))
    ('6 tháng đầu năm 2025', 'năm 2020')
    """
    limits = {"year": None, "quarter": 4, "half": 2, "month": 12}
    if p.kind not in limits:
        raise ValueError(f"unknown period kind: {p.kind!r}")
    top = limits[p.kind]
    if top is None:
        if p.index is not None:
            raise ValueError(f"a year takes no index, got {p.index!r}")
        return f"năm {p.year}"
    if isinstance(p.index, bool) or not isinstance(p.index, int) or not 1 <= p.index <= top:
        raise ValueError(f"bad index for {p.kind}: {p.index!r}")
    if p.kind == "quarter":
        return f"quý {roman(p.index)} năm {p.year}"
    if p.kind == "half":
        return f"6 tháng {'đầu' if p.index == 1 else 'cuối'} năm {p.year}"
    return f"tháng {p.index} năm {p.year}"


def format_reference(number: int | None, doc_code: str, org_code: str, style: str) -> str:
    """The "Số, ký hiệu" line; ``None`` leaves six spaces for a number written by hand.

    Document numbers below 10 take a leading zero and never get a thousands dot.

    >>> format_reference(7, "BB", "SNV", "state"), format_reference(3, "BB", "ĐU", "party")
    ('Số: 07/BB-SNV', 'Số 03-BB/ĐU')
    >>> format_reference(None, "BB", "ĐTN", "youth")
    'Số:      -BB/ĐTN'
    """
    if style not in _REFERENCE:
        raise ValueError(f"unknown style: {style!r}")
    doc_code, org_code = doc_code.strip(), org_code.strip()
    if not doc_code or not org_code:
        raise ValueError("both the document type code and the agency code are needed")
    colon, first, second = _REFERENCE[style]
    if number is not None:
        check_int(number, "number")
        if number < 1:
            raise ValueError(f"document numbers start at 1, got {number}")
    shown = _BLANK if number is None else f" {number:02d}"
    return f"Số{colon}{shown}{first}{doc_code}{second}{org_code}"


def person_line(name: str, position: str = "") -> str:
    """A person with their position, joined by " - ".

    >>> person_line("Nguyễn Văn An", "Giám đốc Sở"), person_line("Trần Thị Bình")
    ('Nguyễn Văn An - Giám đốc Sở', 'Trần Thị Bình')
    """
    name, position = name.strip(), position.strip()
    return f"{name} - {position}" if position else name


def end_sentence(text: str) -> str:
    """The text stripped, with a full stop added unless it already ends a sentence.

    Closing quotes and brackets are looked through: 'abc.”' and 'abc.)' are kept.

    >>> end_sentence(" Đồng ý thông qua "), end_sentence("Hết giờ?"), end_sentence("abc.)")
    ('Đồng ý thông qua.', 'Hết giờ?', 'abc.)')
    """
    text = text.strip()
    if not text:
        return text
    core = text.rstrip(_CLOSERS)
    return text if core.endswith(_STOPS) else text + "."


def list_line(text: str, last: bool, marker: str = "-") -> str:
    """A Nơi nhận / căn cứ line: marker, text, then ";" (or "." for the last line).

    Punctuation the user typed at the end, and a leading copy of the marker, are dropped.

    >>> list_line("UBND tỉnh (b/c).", last=False), list_line("- Lưu: VT", last=True)
    ('- UBND tỉnh (b/c);', '- Lưu: VT.')
    """
    body = text.strip()
    if marker and body.startswith(marker) and body[len(marker) : len(marker) + 1].isspace():
        body = body[len(marker) :].strip()
    while body.endswith((";", ",", ".")):
        body = body.removesuffix("./.").rstrip(";,. \t")
    if not body:
        raise ValueError(f"empty list line: {text!r}")
    return f"{marker} {body}{'.' if last else ';'}"


def split_lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped, one per paragraph.

    >>> split_lines("  Dòng một \\n\\n Dòng hai\\n")
    ['Dòng một', 'Dòng hai']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]
