"""What ``minutes lint`` reports: a :class:`Finding`, and the error for a file it cannot read.

The document model the checks read (:class:`Doc`, :class:`Para`, :class:`RunFmt`, :func:`key`)
lives below lint, in :mod:`minutes.reading.model`, shared with ``minutes import``; it is
named here again so that the checks import from one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.i18n import N_
from minutes.reading.model import (  # noqa: F401 (the checks' one import)
    CONTROL,
    OFFICIAL_KEYS,
    QUOTE_LENGTH,
    SEPARATOR,
    TAG,
    Doc,
    Para,
    RunFmt,
    UnreadableDocx,
    key,
    shorten,
    untagged,
)

STYLE_NAMES = {"state": N_("nhà nước (NĐ 30/2020)"), "party": N_("Đảng (HD 05-HD/VPTW)"),
               "youth": N_("Đoàn (HD 29-HD/TWĐTN-VP)")}
"""The styles' names as messages show them (``_(STYLE_NAMES[style])``)."""


class LintInputError(UnreadableDocx):
    """Raised when a file given to lint cannot be opened as a .docx."""


@dataclass(frozen=True)
class Finding:
    """One deviation from the rules: what, how bad, the fix, the text and where it is."""

    rule: str  # short id, e.g. "margins"
    severity: str  # "error" | "warning" | "info" (a note, not a deviation)
    message: str  # Vietnamese: what is wrong and how to fix it
    quote: str = ""  # the offending paragraph's text, shortened
    where: str = ""  # "trang 1, đầu văn bản" / "đoạn 12" / "tiêu đề trang"
