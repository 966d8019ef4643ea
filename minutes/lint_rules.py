"""The rule tables and checks of ``minutes lint``, as they were importable before the split.

They now live in the :mod:`minutes.lint` package: the tables in :mod:`minutes.lint.tables`,
the checks in its ``rules_*`` modules and :mod:`minutes.lint.checks`. This module only
re-exports them, so ``from minutes.lint_rules import RULES_HELP`` keeps working.
"""

from __future__ import annotations

from minutes.lint.checks import check_empty, check_structure, checks_for
from minutes.lint.common import finding, in_range, pt, span_text
from minutes.lint.rules_closing import check_noi_nhan, check_signature
from minutes.lint.rules_header import check_header
from minutes.lint.rules_page import check_fonts, check_page, check_page_number
from minutes.lint.rules_so_dates import check_date_line, check_dates, check_so
from minutes.lint.rules_spacing import check_line_spacing
from minutes.lint.tables import (
    CLIP_RATIO, DOT_PREFIXES, PARTY, QUOC_HIEU, RULES, RULES_HELP, SLASH_PREFIXES, STATE, TIEU_NGU, TIEU_NGU_SIZE,
    TOLERANCE_MM, YOUTH, Rules,
)

__all__ = [
    "CLIP_RATIO", "DOT_PREFIXES", "PARTY", "QUOC_HIEU", "RULES", "RULES_HELP", "SLASH_PREFIXES", "STATE", "TIEU_NGU",
    "TIEU_NGU_SIZE", "TOLERANCE_MM", "YOUTH", "Rules", "check_date_line", "check_dates", "check_empty",
    "check_fonts", "check_header", "check_line_spacing", "check_noi_nhan", "check_page", "check_page_number",
    "check_signature", "check_so", "check_structure", "checks_for", "finding", "in_range", "pt", "span_text",
]
