"""Periods named in Vietnamese text: find them, move them on, and keep how they are spelt.

"quý III năm 2021", "6 tháng đầu năm", "tháng 4/2026", "năm 2025": :func:`period_in`
reads the first one with a year, :func:`shift_text` moves every one on by as much as
one period moves to another. :func:`regroup`, :func:`index_like` and :func:`index_of`
rewrite a match in the words it was written with (Roman or Arabic, zero-padded, capital).
"""

from __future__ import annotations

import re

from minutes.model import Period
from minutes.vietnamese.format import roman

MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}
"""Length in months of each kind of period."""
_ROMANS = ("I", "II", "III", "IV")
_MENTION = re.compile(
    r"(?<!\w)(?:(?:6|sáu) tháng (?P<h>đầu|cuối) năm(?: (?P<hy>\d{4}))?"
    r"|quý (?P<q>IV|I{1,3}|[1-4])(?:(?: năm |/)(?P<qy>\d{4}))?"
    r"|(?<!ngày \d )(?<!ngày \d\d )tháng (?P<m>1[0-2]|0?[1-9])(?:(?: năm |/)(?P<my>\d{4}))?"
    r"|năm (?P<y>\d{4}))(?![\w/])",
    re.IGNORECASE,
)


def _mention(match: re.Match[str]) -> tuple[str, int, int | None]:
    """(kind, index, year or None) of a period named in text."""
    year = next((int(match[g]) for g in ("hy", "qy", "my", "y") if match[g]), None)
    if match["h"]:
        return "half", 1 if match["h"].lower() == "đầu" else 2, year
    if match["q"]:
        return "quarter", index_of(match["q"]), year
    return ("month", int(match["m"]), year) if match["m"] else ("year", 1, year)


def _ordinal(period: Period, kind: str = "") -> int:
    """Count of ``kind`` periods (default: its own) from year 0 to the one holding ``period``."""
    size, month = MONTHS[kind or period.kind], ((period.index or 1) - 1) * MONTHS[period.kind]
    return period.year * 12 // size + month // size


def shift_text(text: str, old: Period, new: Period) -> str:
    """Move every period named in ``text`` on as far as ``old`` → ``new``, in the same words."""

    def shift(match: re.Match[str]) -> str:
        kind, index, year = _mention(match)
        if MONTHS[kind] < MONTHS[old.kind]:
            return match.group()
        moved = _ordinal(Period(kind, year or 2000, index)) + _ordinal(new, kind) - _ordinal(old, kind)
        year2, index2 = divmod(moved, 12 // MONTHS[kind])
        values = {g: str(year2) for g in ("hy", "qy", "my", "y") if match[g]}
        for group in (g for g in ("h", "q", "m") if match[g]):
            values[group] = ("đầu", "cuối")[index2] if group == "h" else index_like(match[group], index2 + 1)
        return regroup(match, values)

    return _MENTION.sub(shift, text)


def regroup(match: re.Match[str], values: dict[str, str]) -> str:
    """Return the matched text with named groups replaced; a capital initial is kept ("Đầu")."""
    out, pos = "", match.start()
    for group in sorted(values, key=match.start):
        old, new = match[group], values[group]
        new = new.capitalize() if old[1:].islower() and old[0].isupper() else new
        out += match.string[pos:match.start(group)] + new
        pos = match.end(group)
    return out + match.string[pos:match.end()]


def index_like(token: str | None, index: int) -> str:
    """Return ``index`` written like ``token``: Roman (same case), zero-padded or plain."""
    if token and token.isalpha():
        return roman(index).lower() if token.islower() else roman(index)
    return str(index).zfill(len(token)) if token and token.startswith("0") else str(index)


def index_of(token: str) -> int:
    """Return the number written ``token``: "3", "03", "III" or "iii" (0 when it is none of them)."""
    if token.isdigit():
        return int(token)
    return _ROMANS.index(token.upper()) + 1 if token.upper() in _ROMANS else 0


def period_in(text: str) -> Period | None:
    """The first period with a year named in ``text`` ("tháng 3 năm 2026"), if any."""
    for match in _MENTION.finditer(text):
        kind, index, year = _mention(match)
        if year:
            return Period(kind, year, None if kind == "year" else index)
    return None


def periods_named(text: str) -> list[tuple[str, int, int | None]]:
    """Every period named in ``text``, as (kind, index, year or None), in order."""
    return [_mention(match) for match in _MENTION.finditer(text)]


_DATE = re.compile(r"(?<![\w/.])(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2})(?![\w/])"
                   r"|(?<!\w)ngày \d{1,2}(?!\w)|(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)", re.IGNORECASE)


def names_time(text: str, allowed: Period | None = None) -> bool:
    """True when ``text`` names a date, a month, a quarter, a half or a year other than
    ``allowed`` ("từ ngày 01/7 đến ngày 14/9/2025", "quý I năm 2026", "năm 2025").

    A mention of exactly ``allowed`` (with its year, or without one) does not count.
    """
    rest = text
    for match in _MENTION.finditer(text):
        kind, index, year = _mention(match)
        same = (allowed is not None and kind == allowed.kind and year in (None, allowed.year)
                and (kind == "year" or index == allowed.index))
        if not same:
            return True
        rest = rest.replace(match.group(), " ", 1)
    return _DATE.search(rest) is not None
