"""Patterns of the lines every văn bản has, shared by ``minutes lint`` and ``minutes import``.

:data:`SO_START` finds a Số line, :data:`DATE_LINE` the place-and-date line (also with
the day or month left blank to fill in when signing). The national and organisation
titles are :data:`minutes.reading.model.OFFICIAL_KEYS`.
"""

from __future__ import annotations

import re

SO_START = re.compile(r"^(?:Số|SỐ|số)(?=[\s:\d.…/-]|$)")
"""The start of a Số line ("Số: 12/BB-UBND", "Số       /BB", "SỐ 05")."""

DATE_LINE = re.compile(r"[Nn]gày[\s.…]*\d{0,2}[\s.…]*tháng[\s.…]*\d{0,2}[\s.…]*năm")
"""The date line, also with the day or month left blank to fill in when signing ("ngày      tháng 01 năm")."""
