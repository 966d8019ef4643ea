"""The date a document carries, and so the rule set in force on it.

HD 05-HD/VPTW (27/5/2026) replaced HD 36-HD/VPTW (2018) for Party documents: a Party document
dated before 27/5/2026 is judged by HD 36 (its Nơi nhận items end with ","), one dated from
then on by HD 05. A document whose date is left blank accepts both, and lint says so once.
"""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import TOP, finding
from minutes.lint.model import Doc, Finding
from minutes.lint.tables import HD05_SINCE, PARTY_36, PARTY_EITHER, RULES, Rules

DATE = re.compile(r"ngày[\s.…]*(\d{1,2})?[\s.…]*tháng[\s.…]*(\d{1,2})?[\s.…]*năm[\s.…]*(\d{4})?", re.IGNORECASE)


def document_date(doc: Doc) -> tuple[int | None, int | None, int | None]:
    """Return (year, month, day) of the place/date line at the top; a part left blank is None."""
    for p in doc.paras[:60]:
        if p.tag:
            continue
        m = DATE.search(p.clean)
        if m and (p.header or p.index <= (doc.title.index if doc.title else 20)):
            day, month, year = (int(g) if g else None for g in m.groups())
            return year, month, day
    return None, None, None


def in_force(date: tuple[int | None, int | None, int | None], since: tuple[int, int, int]) -> bool | None:
    """True when ``date`` is on or after ``since``, False before, None when its blanks leave it open."""
    for part, bound in zip(date, since):
        if part is None:
            return None
        if part != bound:
            return part > bound
    return True


def rules_for(doc: Doc) -> tuple[Rules, list[Finding]]:
    """Return the rule set for ``doc`` and any note on how it was chosen."""
    if doc.style != "party":
        return RULES[doc.style], []
    newer = in_force(document_date(doc), HD05_SINCE)
    if newer is True:
        return RULES["party"], []
    if newer is False:
        return PARTY_36, []
    if doc.has_tags:  # a template: each document made from it carries its own date
        return PARTY_EITHER, []
    return PARTY_EITHER, [finding("party-rules", _("văn bản chưa ghi đủ ngày tháng năm: HD 05-HD/VPTW áp dụng từ "
                                                   "27/5/2026, trước đó là HD 36-HD/VPTW; dòng nơi nhận kết thúc "
                                                   "bằng “;” hay “,” đều được chấp nhận"), severity="info", where=TOP)]
