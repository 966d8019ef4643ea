"""Small pure parsers for the ways a Vietnamese secretary writes dates, times and figures.

Each parser takes what YAML gave (text, a number, a ``datetime.date``) and returns a
typed value, or raises ``ValueError`` with a Vietnamese message that says what is
accepted. Dates are always day/month/year; numbers use "." for thousands and ","
for decimals ("1.248" is one thousand two hundred forty-eight).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from minutes.i18n import N_, _
from minutes.model import Absence, Number, Period, Person

YEARS = range(1900, 2201)

DATE_FORMS = N_("hãy viết ngày/tháng/năm, ví dụ 26/8/2025, 26-8-2025 hoặc 2025-08-26")
TIME_FORMS = N_("hãy viết giờ như 14:00, 14h, 14h30 hoặc 14 giờ 30")
PERIOD_FORMS = N_("kỳ báo cáo viết như 2025 (năm), Q3/2025 (quý), H1/2025 (6 tháng) hoặc 9/2025 (tháng)")
NUMBER_FORMS = N_("hãy viết số như 1248 hoặc 1.248 (dấu chấm ngăn cách hàng nghìn), 87,5 (dấu phẩy thập phân)")


def _clean(value: str) -> str:
    """NFC, stripped, inner runs of spaces collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


def _shown(value: object) -> str:
    """``value`` as YAML would write it, for messages."""
    return str(value).lower() if isinstance(value, bool) or value is None else str(value)


def _year(year: int) -> int:
    if year not in YEARS:
        raise ValueError(_("năm {year} không hợp lệ: năm phải từ {years} đến {years2}, viết đủ 4 chữ số").format(
            year=year, years=YEARS[0], years2=YEARS[-1]))
    return year


_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})([/.-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d+)"),
    re.compile(r"(?:ngày )?(?P<d>\d{1,2}) tháng (?P<m>\d{1,2}),? năm (?P<y>\d+)"),
)


def parse_date(value: object) -> dt.date:
    """Return the date of ``value``: a date, "26/8/2025", "26-8-2025", "26.8.2025",
    "2025-08-26" or "ngày 26 tháng 8 năm 2025" (day before month, 4-digit year).

    >>> parse_date("5/2/2026")
    datetime.date(2026, 2, 5)
    """
    if isinstance(value, dt.date):  # an ISO date read by YAML: the same year range as the others
        date = value.date() if isinstance(value, dt.datetime) else value
        _year(date.year)
        return date
    if not isinstance(value, str):
        raise ValueError(_("'{value}' không phải một ngày; {date_forms}").format(
            value=_shown(value), date_forms=_(DATE_FORMS)))
    text = _clean(value).lower()
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _make_date(value.strip(), int(match["d"]), int(match["m"]), match["y"])
    raise ValueError(_("'{value}' không phải một ngày; {date_forms}").format(
        value=value.strip(), date_forms=_(DATE_FORMS)))


def _make_date(shown: str, day: int, month: int, year_text: str) -> dt.date:
    if len(year_text) != 4:
        century = "19" if len(year_text) == 2 and int(year_text) > 50 else "20"
        full = f"{century}{year_text.zfill(2)}" if len(year_text) <= 2 else _("năm đủ 4 chữ số")
        raise ValueError(_("'{shown}': năm phải viết đủ 4 chữ số (ví dụ {full}, không viết {year_text}); "
                           "{date_forms}").format(
            shown=shown, full=full, year_text=year_text, date_forms=_(DATE_FORMS)))
    year = _year(int(year_text))
    if not 1 <= month <= 12:
        raise ValueError(
            _("'{shown}': tháng {month} không tồn tại; ngày luôn viết trước tháng (ngày/tháng/năm)").format(
                shown=shown, month=month)
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(
            _("ngày {day:02d}/{month:02d}/{year} không tồn tại (tháng {month} năm {year} có {days} ngày)").format(
                day=day, month=month, year=year, days=days)
        )
    return dt.date(year, month, day)


_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:"
    r"(?:[:.](?P<m1>\d{2})(?::00)?)"
    r"|(?: ?(?:h|g|giờ) ?(?:(?P<m2>\d{1,2}) ?(?:phút|p)?)?)"
    r")?"
)


def parse_time(value: object) -> dt.time:
    """Return the time of ``value``: "14:00", "14.30", "14h", "14h30", "14 giờ 30 phút", "8g30",
    or a whole hour 0-23.

    >>> parse_time("14h30")
    datetime.time(14, 30)
    """
    if isinstance(value, dt.time):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return _make_time(str(value), value, 0)
    if not isinstance(value, str):
        raise ValueError(_("'{value}' không phải giờ; {time_forms}").format(
            value=_shown(value), time_forms=_(TIME_FORMS)))
    match = _TIME.fullmatch(_clean(value).lower())
    if not match:
        raise ValueError(_("'{value}' không phải giờ; {time_forms}").format(
            value=value.strip(), time_forms=_(TIME_FORMS)))
    minute = match["m1"] or match["m2"] or "0"
    return _make_time(value.strip(), int(match["h"]), int(minute))


def _make_time(shown: str, hour: int, minute: int) -> dt.time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(_("giờ '{shown}' không hợp lệ: giờ phải từ 0 đến 23, phút từ 0 đến 59").format(shown=shown))
    return dt.time(hour, minute)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_PERIODS = (
    (re.compile(r"(?:NĂM )?(?P<y>\d+)"), "year"),
    (re.compile(r"(?:Q|QUÝ) ?(?P<i>\d+|[IV]+) ?[/-] ?(?P<y>\d+)"), "quarter"),
    (re.compile(r"H ?(?P<i>\d+) ?[/-] ?(?P<y>\d+)"), "half"),
    (re.compile(r"(?:THÁNG )?(?P<i>\d{1,2}) ?[/-] ?(?P<y>\d+)"), "month"),
)
_PERIOD_SIZE = {"quarter": 4, "half": 2, "month": 12}
_PERIOD_NAME = {"quarter": N_("quý"), "half": N_("nửa năm (H)"), "month": N_("tháng")}


def parse_period(value: object) -> Period:
    """Return the reporting period of ``value``: 2025, "Q3/2025" (or "Quý III/2025"),
    "H1/2025" or "9/2025".

    >>> parse_period("Q3/2025")
    Period(kind='quarter', year=2025, index=3)
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return Period("year", _year(value))
    if not isinstance(value, str):
        raise ValueError(_("'{value}' không phải kỳ báo cáo; {period_forms}").format(
            value=_shown(value), period_forms=_(PERIOD_FORMS)))
    text = _clean(value).upper()
    for pattern, kind in _PERIODS:
        match = pattern.fullmatch(text)
        if match:
            return _make_period(value.strip(), kind, match)
    raise ValueError(_("'{value}' không phải kỳ báo cáo; {period_forms}").format(
        value=value.strip(), period_forms=_(PERIOD_FORMS)))


def _make_period(shown: str, kind: str, match: re.Match[str]) -> Period:
    if len(match["y"]) != 4:
        raise ValueError(_("'{shown}': năm phải viết đủ 4 chữ số; {period_forms}").format(
            shown=shown, period_forms=_(PERIOD_FORMS)))
    year = _year(int(match["y"]))
    if kind == "year":
        return Period("year", year)
    raw = match["i"]
    index = _ROMAN.get(raw, 0) if raw.isalpha() else int(raw)
    if not 1 <= index <= _PERIOD_SIZE[kind]:
        raise ValueError(
            _("'{shown}': {period_name} phải từ 1 đến {period_size}; {period_forms}").format(
                shown=shown, period_name=_(_PERIOD_NAME[kind]), period_size=_PERIOD_SIZE[kind],
                period_forms=_(PERIOD_FORMS))
        )
    return Period(kind, year, index)


_DASHES = re.compile("[-–—]")


def _split_dash(text: str) -> list[str]:
    """``text`` split at its first dash that has white space (or an end) on both sides.

    A scan over the dashes, in linear time (a regex with ``\\s+`` on both sides
    backtracks quadratically over long runs of spaces).
    """
    for match in _DASHES.finditer(text):
        k = match.start()
        if (k == 0 or text[k - 1].isspace()) and (k + 1 == len(text) or text[k + 1].isspace()):
            return [text[:k].rstrip(), text[k + 1 :].lstrip()]
    return [text]


def parse_person(value: object) -> Person:
    """Return the person written as "Họ tên - Chức vụ" (split on the first " - " or " – ").

    >>> parse_person("Trần Thị Bình - Chuyên viên - Văn phòng")
    Person(name='Trần Thị Bình', position='Chuyên viên - Văn phòng', role='')
    """
    if not isinstance(value, str):
        raise ValueError(_('hãy viết "Họ tên - Chức vụ" hoặc dùng các mục name và position'))
    parts = _split_dash(unicodedata.normalize("NFC", value).strip())
    name = parts[0].strip()
    if not name:
        raise ValueError(_('thiếu họ tên; hãy viết "Họ tên - Chức vụ"'))
    return Person(name, parts[1].strip() if len(parts) > 1 else "")




def _reason(text: str) -> tuple[str, str]:
    """``("Họ tên", "lý do")`` of ``"Họ tên (lý do)"``: the last bracket, if it ends the text and
    holds no bracket; else ``(text, "")``. Linear (no backtracking regex)."""
    if text.endswith(")"):
        start = text.rfind("(", 0, len(text) - 1)
        if start >= 0 and ")" not in text[start + 1 : -1]:
            return text[:start].rstrip(), text[start + 1 : -1].strip()
    return text, ""


def parse_absence(value: object) -> Absence:
    """Return the absentee written as "Họ tên (lý do)" or "Họ tên - Chức vụ (lý do)".

    >>> parse_absence("Phạm Văn Dũng (đi công tác)")
    Absence(name='Phạm Văn Dũng', reason='đi công tác', position='')
    """
    if not isinstance(value, str):
        raise ValueError(_('hãy viết "Họ tên (lý do)" hoặc dùng các mục name và reason'))
    text = unicodedata.normalize("NFC", value).strip()
    who, reason = _reason(text)
    person = parse_person(who)
    return Absence(person.name, reason, person.position)


_GROUPED = r"[1-9]\d{0,2}(?:\.\d{3})+"
_NUMBER = re.compile(rf"(?P<sign>[-+]?)(?P<int>{_GROUPED}|\d+)(?:,(?P<frac>\d+))?")
_POINT = re.compile(r"[-+]?\d+\.\d+")


def parse_number(value: object) -> Number:
    """Return ``value`` as ``int`` or exact ``Decimal``, reading Vietnamese notation.

    >>> parse_number("2.450.000.000"), parse_number("87,5")
    (2450000000, Decimal('87.5'))
    """
    if isinstance(value, bool):
        raise ValueError(_("'{value}' không phải số; {number_forms}").format(
            value=_shown(value), number_forms=_(NUMBER_FORMS)))
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (float, Decimal)) and not math.isfinite(value):
        raise ValueError(_("'{value}' không phải một số hữu hạn (quá lớn hoặc không phải số); {number_forms}").format(
            value=_shown(value), number_forms=_(NUMBER_FORMS)))
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str):
        raise ValueError(_("'{value}' không phải số; {number_forms}").format(
            value=_shown(value), number_forms=_(NUMBER_FORMS)))
    return _number_text(_clean(value))


def _number_text(text: str) -> Number:
    match = _NUMBER.fullmatch(text)
    if match:
        whole = match["sign"] + match["int"].replace(".", "")
        return Decimal(f"{whole}.{match['frac']}") if match["frac"] else int(whole)
    if _POINT.fullmatch(text):  # one "." not followed by a group of three: a decimal point
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            pass
    raise ValueError(_("'{text}' không phải số; {number_forms}").format(text=text, number_forms=_(NUMBER_FORMS)))
