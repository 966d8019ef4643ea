"""Small pure functions over one line of text: list markers, labels, people, dates, times.

Nothing here knows the document: each function takes a string and returns parts
of it, so each is tested on its own. Dates and times are read with the loader's
own parsers (:mod:`minutes.vietnamese.parse`), so what the import finds is what
``check`` accepts.
"""

from __future__ import annotations

import datetime as dt
import re

from minutes.reading.model import key
from minutes.vietnamese.parse import parse_date, parse_person, parse_time

MARKER = re.compile(
    r"^\s*(?:(?P<dash>[-–—‒])|(?P<plus>\+)|(?P<bullet>[•·◦▪●○■□∙*\uf0b7\uf0a7\uf0d8])"
    r"|(?P<num>\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|\d{1,2}-(?=\s)|\d{1,2}/\.)|(?P<roman>[IVX]{1,5}/?[.)]|[IVX]{1,5}-(?=\s))"
    r"|(?P<letter>[a-zđA-ZĐ][.)]|\([a-zđ]\))"
    r"|(?P<part>(?:PHẦN|Phần)\s+(?:[IVX]{1,5}|\d{1,2}|THỨ\s+\w+|thứ\s+\w+)\s*[.:)\-–]?))(?P<space>\s*)(?P<rest>.*)$",
    re.S,
)
STOPS = ("..", "./.", "…")
MONTHS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
"""Months written out ("tháng Mười", "tháng Giêng"), as a long date in a speech or a Party minute has them."""
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?:ngày\s*)?(\d{1,2})\s*(?:tháng\s*(\d{1,2}|" + _MONTH_WORD + r")\s*(?:,?\s*năm\s*|/\s*)(\d{4})"
    r"|\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}))(?!\d)", re.I)
_TIME = re.compile(r"(\d{1,2})\s*(?:giờ|h|g|:)\s*(\d{1,2})?(?:\s*phút|p)?(?![/\d])", re.I)
_DAY_PART = re.compile(r"\s*(?:phút|p|['’′])?\s*,?\s*(?:buổi\s+)?(?P<part>sáng|trưa|chiều|tối|đêm)\b", re.I)
"""The part of the day said after an hour: "2 giờ chiều", "7 giờ 30 tối" (the afternoon hours are +12)."""
_SPOKEN = re.compile(r"\s*(?:(?P<half>rưỡi)|kém\s*(?:(?P<less>\d{1,2})\s*(?:phút|p|['’′])?"
                     r"|(?P<quarter>một khắc|mười lăm)))(?![^\W\d_])", re.I)
"""The minutes said the spoken way after a bare hour: "8 giờ rưỡi" (08:30), "10 giờ kém 15 phút" (09:45),
"9 giờ kém một khắc" (08:45)."""
_BLANK = re.compile(r"^[\s.…_\-]*$")
HONORIFICS = ("đồng chí", "đ/c", "ông (bà)", "ông/bà", "ông", "bà", "anh", "chị", "thầy", "cô", "em")


def split_marker(text: str) -> tuple[str, str, str]:
    """Return (kind, marker, rest) of a list line: kind is dash, plus, bullet, num, num2 (2.1.),
    letter, roman or "" when the line has no marker."""
    match = MARKER.match(text)
    if not match:
        return "", "", text.strip()
    rest = match["rest"].strip()
    kind = next(k for k in ("dash", "plus", "bullet", "num", "roman", "letter", "part") if match[k])
    marker = match[kind]
    if kind == "part":  # "PHẦN I. THÀNH PHẦN THAM DỰ", "Phần thứ hai:": a heading's number
        kind = "roman"
    if kind in ("num", "letter", "roman") and (not rest or rest[0].isdigit()):
        return "", "", text.strip()
    if kind in ("letter", "roman") and not match["space"]:
        return "", "", text.strip()
    if kind in ("dash", "plus") and rest[:1].isdigit() and not match["space"]:
        return "", "", text.strip()
    if kind == "num" and marker.count(".") > 1 or (kind == "num" and marker.count(".") == 1 and marker.endswith(")")):
        kind = "num2"
    return kind, marker, rest


def bare(text: str) -> str:
    """``text`` stripped, without one final "." or ";" (the renderer adds the full stop back), and
    without the dotted fill of a form left after it ("Lê Thị Hoa (tổ 4)………", "Chi hội trưởng……")."""
    text = unfilled(text.strip())
    if text.endswith(STOPS):
        return text
    return text[:-1].rstrip() if text.endswith((".", ";", ",")) else text


FILL_CHARS = " \t.…_"


def unfilled(text: str) -> str:
    """``text`` without the run of dots a form's dotted line left after the value (two ellipses or
    more, or five dots): not the value's own "…" or "./."; a line of dots alone is kept."""
    kept = text.rstrip(FILL_CHARS)
    run = text[len(kept):].replace(" ", "").replace("\t", "")
    units = run.count("…") + run.count(".") // 3 + run.count("_") // 3
    return kept if kept.strip() and (units >= 2 or len(run) >= 5) else text


def is_blank(text: str) -> bool:
    """True for an empty line or one of dots or dashes left to write on by hand, also when
    it holds only a blank form's field names ("Họ và tên ……… Chức vụ ………", "…… giờ …… ngày ……")."""
    if _BLANK.match(text):
        return True
    rest = _FORM_WORDS.sub(" ", text.lower())
    filled = re.search(r"\d", text) and not re.search(r"[.…_]{2,}|…", text)  # "14 giờ 00 phút, ngày 05/3/2026"
    return bool(_BLANK.match(re.sub(r"[\d/:,;()\s]", "", rest))) and rest != text.lower() and not filled or (
        bool(_DOTS.search(text)) and not re.search(r"[^\W\d_]", _FORM_WORDS.sub(" ", _DOTS.sub(" ", text.lower()))))


def is_placeholder(text: str) -> bool:
    """True for :func:`is_blank` text, or a template's fields only ("{{TenChuTri}}{#Tên người chủ trì #}")."""
    return is_blank(_FIELDS.sub(" ", text))


_FIELDS = re.compile(r"\{\{.*?\}\}|\{#.*?#\}|\{%.*?%\}|«[^»]*»|<<[^>]*>>")
_DOTS = re.compile(r"(?:\.{3,}|…+)")
_FORM_WORDS = re.compile(r"\b(?:họ và tên|họ tên|chức vụ|đơn vị|ký, ghi rõ họ tên|ghi rõ họ tên|ký tên|giờ|phút|"
                         r"ngày|tháng|năm|địa điểm|số|người|đồng chí|ông|bà)\b")


def split_label(text: str, longest: int = 60) -> tuple[str, str] | None:
    """Return ("Chủ trì", "Nguyễn Văn An - Giám đốc") for "Chủ trì: Nguyễn Văn An - Giám đốc"."""
    at = text.find(":")
    if at <= 0 or at > longest:
        return None
    return text[:at].strip(), text[at + 1:].strip()


def strip_honorific(text: str) -> str:
    """``text`` without a leading "Đồng chí", "Ông", "Bà"…"""
    low = text.lower()
    for word in HONORIFICS:
        if low.startswith((word + " ", word + ":")):
            return text[len(word) + 1:].strip(" :")
    return text.strip()


def looks_like_name(text: str) -> bool:
    """True for 2 to 6 words that all start with a capital letter (a Vietnamese full name)."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words)


def person(text: str) -> tuple[str, str]:
    """Return (name, position) from "Name - position", "Name, position" or "Name (position)"."""
    text = strip_honorific(bare(_NAME_LABEL.sub("", text.strip())))
    labelled = _POSITION_LABEL.search(text)
    if labelled and labelled.start():  # "A<tab>Chức vụ: B"; a blank form's "Chức vụ: ……" says nothing
        name = strip_honorific(bare(text[:labelled.start()]))
        position = labelled["position"] or ""  # "A……Chức vụ……": the form's label left empty
        return name, "" if is_blank(position) else bare(position)
    comma = text.split(", ", 1)[0]
    if ", " in text and looks_like_name(comma) and not re.search(r"\s[-–—]\s", comma):
        return comma.strip(), text.split(", ", 1)[1].strip()  # "Sơn Văn Út, công chức Nông nghiệp – Môi trường"
    if re.search(r"\s[-–—]\s", text):
        found = parse_person(text)
        return found.name, found.position
    if ", " in text and looks_like_name(text.split(", ", 1)[0]):
        name, position = text.split(", ", 1)
        return name.strip(), position.strip()
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
    if match and looks_like_name(match[1]):
        return match[1].strip(), match[2].strip()
    return _position_first(text) or (text, "")


_POSITION_WORDS = re.compile(r"^(?:phó\s+)?(?:giám đốc|chủ tịch|bí thư|hiệu trưởng|chánh|ủy viên|uỷ viên|chuyên viên|"
                             r"giáo viên|bác sĩ|điều dưỡng|kế toán|cán bộ|công chức|trưởng|[^\W\d_]+ trưởng)\b", re.I)


_BODY_WORDS = {"Sở", "Phòng", "Ban", "Trường", "Khoa", "Chi", "Hội", "Đoàn", "Xã", "Huyện", "Tỉnh", "Công", "Cục",
               "Viện", "Trạm", "Tổ", "Đảng", "Ủy", "Uỷ", "Lớp", "Ấp", "Thôn", "Phường", "Quận"}


def _position_first(text: str) -> tuple[str, str] | None:
    """(name, position) from "Giám đốc Nguyễn Văn An", "Bí thư Chi bộ Lê Văn Bình": a position first,
    then two to four capitalised words; None when the text is not so."""
    words = text.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper() and words[-1 - run].replace("'", "").isalpha() \
            and not (len(words[-1 - run]) > 1 and words[-1 - run].isupper()) and words[-1 - run] not in _BODY_WORDS:
        run += 1  # the name's words, from the end, up to a body's word ("Sở", "UBND") or a lower-case word
    if not 2 <= run <= 4 or run == len(words):
        return None
    position = " ".join(words[:-run])
    return (" ".join(words[-run:]), position) if _POSITION_WORDS.match(position) else None


_NAME_LABEL = re.compile(r"^(?:họ và tên|họ tên)\s*:\s*", re.I)
_POSITION_LABEL = re.compile(r"[\s,;.\-–—]*\b(?:chức vụ|chức danh)\s*:\s*(?P<position>.+)$"
                             r"|(?:\.{3}|…)[.…\s]*+(?:chức vụ|chức danh)\s*:?(?P<blank>[\s.…_]*+)$", re.I)
"""A form's labels around a person: "Họ và tên: Nguyễn Văn A<tab>Chức vụ: Hiệu trưởng"."""


def trailing_group(text: str) -> tuple[str, str] | None:
    """Split "text (group)" into ("text", "group"), brackets inside the group allowed."""
    text = text.rstrip()
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return (text[:i].rstrip(), text[i + 1:-1].strip()) if i > 0 else None
    return None


def find_date(text: str) -> dt.date | None:
    """The first date written in ``text`` ("ngày 05 tháng 3 năm 2026", "05/3/2026"), or None."""
    for match in _DATE.finditer(text):
        day, month, year = match[1], match[2] or match[4], match[3] or match[5]
        month = str(MONTHS.get(month.lower(), month))
        try:
            return parse_date(f"{int(day)}/{int(month)}/{year}")
        except ValueError:
            continue
    return None


_TIME_DOT = re.compile(r"(?<![\d/.])(\d{1,2})[.,](\d{2})\s*(?:giờ|h)\b", re.I)
"""An hour typed with a point before the word: "8.30 giờ", "14,00 h"."""


def find_time(text: str) -> dt.time | None:
    """The first clock time in ``text`` ("14 giờ 30", "7h30", "14:00", "8.30 giờ"), or None."""
    dotted = _TIME_DOT.search(text)
    if dotted and not _TIME.search(text[:dotted.start()]):
        try:
            return parse_time(f"{int(dotted[1])}:{int(dotted[2]):02d}")
        except ValueError:
            pass
    for match in _TIME.finditer(text):
        before = text[max(0, match.start() - 1):match.start()]
        if before and (before.isdigit() or before in "/."):
            continue
        hour, minute, end = int(match[1]), int(match[2] or 0), match.end()
        spoken = _SPOKEN.match(text, end) if match[2] is None and match[0][-1:] not in ":" else None
        if spoken is not None:
            hour, minute, end = (*_spoken(hour, spoken), spoken.end())
        part = _DAY_PART.match(text, end)
        if part and part["part"].lower() in ("chiều", "tối", "đêm") and 1 <= hour < 12:
            hour += 12  # "2 giờ chiều" is 14:00, "7 giờ 30 tối" 19:30
        try:
            return parse_time(f"{hour}:{minute:02d}")
        except ValueError:
            continue
    return None


def _spoken(hour: int, spoken: re.Match) -> tuple[int, int]:
    """(hour, minute) of a bare hour and its spoken minutes: "rưỡi" is half past, "kém 15" is 15
    minutes before the hour."""
    if spoken["half"]:
        return hour, 30
    less = 15 if spoken["quarter"] else int(spoken["less"])
    if not 0 < less < 60:
        return hour, 0
    return (hour - 1) % 24, 60 - less


def small_hour(moment: dt.time, text: str) -> bool:
    """True for an hour from 1 to 5 said with no part of the day ("lúc 2 giờ 30"): no meeting starts
    at night, so it is the afternoon, to be checked; "2 giờ sáng" is taken as written."""
    return 1 <= moment.hour <= 5 and not re.search(r"\b(?:sáng|rạng sáng|đêm)\b", text, re.I)


def afternoon(moment: dt.time) -> dt.time:
    """``moment`` twelve hours later (2:30 → 14:30)."""
    return moment.replace(hour=moment.hour + 12)


def date_text(day: dt.date) -> str:
    """A date as the outline writes it: 05/3/2026."""
    return f"{day.day:02d}/{day.month}/{day.year}" if day.month >= 3 else f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_text(moment: dt.time) -> str:
    """A time as the outline writes it: 14:00."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def number_in(text: str) -> int | None:
    """The first whole number in ``text``, or None."""
    match = re.search(r"\d+", text)
    return int(match[0]) if match else None


def starts(text: str, *prefixes: str) -> bool:
    """True when the matching key of ``text`` starts with one of ``prefixes`` (keys too)."""
    k = key(text)
    return any(k.startswith(p) for p in prefixes)
