"""Pure formatting helpers for Vietnamese official text (NĐ 30/2020, HD 05-HD/VPTW).

Every function takes plain values and returns display text; nothing here reads
the outline or touches a document. Numbers use "." for thousands and "," for
decimals (babel's ``vi`` locale); babel is imported inside the functions that
need it so that ``minutes --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, localcontext

from minutes.model import Period

_BLANK = " " * 6
"""What a missing document number leaves on the Số line, to be filled in by hand."""

PLACE_BLANK = "…………"
"""What a missing địa danh leaves on the date line, to be filled in by hand."""

_STOPS = (".", "!", "?", "…", ":", ";")
_CLOSERS = "\"'”’»)]"
_ROMAN = tuple(zip((1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
                   "M CM D CD C XC L XL X IX V IV I".split()))  # fmt: skip
_REFERENCE = {  # style -> (after "Số", between number and type, between type and agency)
    "state": (":", "/", "-"),
    "party": ("", "-", "/"),
    "youth": (":", "-", "/"),
}


def _to_decimal(x: int | Decimal | float) -> Decimal:
    """Exact ``Decimal`` of a number; floats go through ``repr`` (0.1 -> 0.1)."""
    if isinstance(x, bool) or not isinstance(x, (int, Decimal, float)):
        raise TypeError(f"expected a number, got {type(x).__name__}")
    d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if not d.is_finite():
        raise ValueError(f"not a finite number: {x!r}")
    return d


def _precision(d: Decimal, extra: int = 0) -> int:
    """A context precision large enough to handle ``d`` exactly (plus ``extra`` digits)."""
    _, digits, exponent = d.as_tuple()
    return max(28, len(digits) + abs(int(exponent)) + extra + 2)


def _check_int(n: int, name: str = "n") -> None:
    """Raise TypeError unless ``n`` is an ``int`` (a ``bool`` is refused)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"{name} must be an int, got {type(n).__name__}")


def format_number(x: int | Decimal | float) -> str:
    """A number with "." thousands and "," decimals, all its own digits, no trailing zeros.

    >>> format_number(2450000000), format_number(Decimal("87.50")), format_number(-1248)
    ('2.450.000.000', '87,5', '-1.248')
    """
    d = _to_decimal(x)
    from babel.numbers import format_decimal

    with localcontext() as ctx:
        ctx.prec = _precision(d, 3)  # babel quantizes to at least 3 places first
        d = d.normalize() if d else Decimal(0)  # also turns -0 into 0
        return format_decimal(d, locale="vi", decimal_quantization=False)


def pad2(n: int) -> str:
    """A count as officials write it: 1-9 take a leading zero, 0 stays "0".

    >>> pad2(5), pad2(0), pad2(12), pad2(1248)
    ('05', '0', '12', '1.248')
    """
    _check_int(n)
    if n < 0:
        raise ValueError(f"negative count: {n}")
    return f"0{n}" if 1 <= n <= 9 else format_number(n)


def _day_month(d: dt.date) -> tuple[str, str]:
    """Day and month under NĐ 30's rule: zero for days below 10 and for months 1-2."""
    return f"{d.day:02d}", f"{d.month:02d}" if d.month < 3 else str(d.month)


def format_date(d: dt.date) -> str:
    """A date written out in full.

    >>> format_date(dt.date(2026, 2, 5)), format_date(dt.date(2021, 8, 26))
    ('ngày 05 tháng 02 năm 2026', 'ngày 26 tháng 8 năm 2021')
    """
    day, month = _day_month(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def format_date_short(d: dt.date) -> str:
    """A date in numeric form with the same zero rule as :func:`format_date`.

    >>> format_date_short(dt.date(2026, 2, 5)), format_date_short(dt.date(2021, 8, 26))
    ('05/02/2026', '26/8/2021')
    """
    day, month = _day_month(d)
    return f"{day}/{month}/{d.year}"


def format_place_date(place: str, d: dt.date) -> str:
    """The địa danh line; without a place, a blank to write it in by hand (NĐ 30 needs one).

    >>> format_place_date("Tây Ninh", dt.date(2026, 2, 5))
    'Tây Ninh, ngày 05 tháng 02 năm 2026'
    >>> format_place_date("", dt.date(2026, 2, 5))
    '…………, ngày 05 tháng 02 năm 2026'
    """
    return f"{place.strip() or PLACE_BLANK}, {format_date(d)}"


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def format_weekday(d: dt.date) -> str:
    """The day of the week as NĐ 30 Phụ lục II writes it in running text.

    >>> format_weekday(dt.date(2025, 8, 26))
    'thứ Ba'
    """
    return _WEEKDAYS[d.weekday()]


def format_time(t: dt.time) -> str:
    """A clock time: hour without padding, minutes always two digits (seconds dropped).

    >>> format_time(dt.time(8, 30)), format_time(dt.time(14, 0))
    ('8 giờ 30', '14 giờ 00')
    """
    return f"{t.hour} giờ {t.minute:02d}"


def format_quantity(value: int | Decimal | float, unit: str) -> str:
    """A number and its unit, one space apart; "%" sticks to the number.

    >>> format_quantity(Decimal("61.7"), "km"), format_quantity(Decimal("87.5"), "%")
    ('61,7 km', '87,5%')
    """
    unit = unit.strip()
    number = format_number(value)
    if not unit:
        return number
    return number + unit if unit.startswith("%") else f"{number} {unit}"


def format_count(n: int, noun: str = "") -> str:
    """A head count padded with :func:`pad2`, then the noun.

    >>> format_count(3, "đảng viên"), format_count(12, "cá nhân"), format_count(0)
    ('03 đảng viên', '12 cá nhân', '0')
    """
    noun = noun.strip()
    return f"{pad2(n)} {noun}" if noun else pad2(n)


def format_percent(ratio: int | Decimal | float, digits: int = 1) -> str:
    """A ratio as a percentage, rounded half up to ``digits`` places, trailing zeros dropped.

    >>> format_percent(Decimal("0.267")), format_percent(1), format_percent(0.2665)
    ('26,7%', '100%', '26,7%')
    """
    _check_int(digits, "digits")
    if digits < 0:
        raise ValueError(f"digits must not be negative: {digits}")
    d = _to_decimal(ratio)
    with localcontext() as ctx:
        ctx.prec = _precision(d, digits + 2)
        rounded = (d * 100).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return format_number(rounded) + "%"


def format_change(value: int | Decimal | float, previous: int | Decimal | float) -> str:
    """How an indicator moved against the previous period, in words.

    The percentage is relative to ``abs(previous)``; when ``previous`` is 0 no
    percentage exists and the absolute difference is given instead. A change
    that rounds to 0% is written "dưới 0,1%".

    >>> format_change(1900000000, 1500000000), format_change(95, 100), format_change(7, 7)
    ('tăng 26,7%', 'giảm 5%', 'không đổi')
    >>> format_change(12, 0)
    'tăng 12'
    """
    new, old = _to_decimal(value), _to_decimal(previous)
    with localcontext() as ctx:
        ctx.prec = max(_precision(new), _precision(old)) + 2
        diff = new - old
        size = abs(diff)  # abs() rounds to the context too
        if diff == 0:
            return "không đổi"
    word = "tăng" if diff > 0 else "giảm"
    if old == 0:
        return f"{word} {format_number(size)}"
    ratio = size / abs(old)  # default context: 28 significant digits are plenty
    text = format_percent(ratio)
    return f"{word} {'dưới 0,1%' if text == '0%' else text}"


def roman(n: int) -> str:
    """A Roman numeral (quý, Phần, Chương, Phụ lục) for 1..3999.

    >>> roman(3), roman(4), roman(9), roman(13), roman(1994)
    ('III', 'IV', 'IX', 'XIII', 'MCMXCIV')
    """
    _check_int(n)
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
        _check_int(number, "number")
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
