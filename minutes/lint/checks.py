"""Which checks ``minutes lint`` runs on a document, in report order."""

from __future__ import annotations

from minutes.lint.common import finding
from minutes.lint.model import Doc, Finding
from minutes.lint.rules_closing import check_noi_nhan, check_signature
from minutes.lint.rules_followup import FOLLOWUP_HELP, check_followup
from minutes.lint.rules_header import check_header
from minutes.lint.rules_page import check_fonts, check_page, check_page_number
from minutes.lint.rules_so_dates import check_date_line, check_dates, check_so
from minutes.lint.rules_spacing import check_line_spacing
from minutes.lint.tables import RULES_HELP, Rules

RULES_HELP.update(FOLLOWUP_HELP)  # issue 17's checks (minutes.lint.rules_followup)


def check_empty(doc: Doc, rules: Rules) -> list[Finding]:
    """A body without text: only the page set-up, fonts and page numbers could be checked."""
    return [finding("empty", "văn bản chưa có chữ; chỉ kiểm tra được khổ giấy, lề, phông và số trang",
                    severity="warning", where="toàn văn bản")]


def check_structure(doc: Doc, rules: Rules) -> list[Finding]:
    """A text that is not a văn bản (no tên loại, title or Số): the layout checks only."""
    return [finding("structure", "không nhận ra thể thức văn bản (không có Quốc hiệu, tiêu đề, số, ký hiệu hay tên "
                    "loại); chỉ kiểm tra khổ giấy, lề, phông, số trang, ngày tháng và giãn dòng",
                    severity="warning", where="toàn văn bản")]


def checks_for(doc: Doc) -> list:
    """Return the checks to run on ``doc``, in report order.

    An empty body gets the page, font and page-number checks; a text that is not a
    văn bản (a news item, a letter) also the date and line-spacing ones.
    """
    if not doc.has_text:
        return [check_page, check_fonts, check_page_number, check_empty]
    if not doc.is_official:
        return [check_page, check_fonts, check_dates, check_page_number, check_line_spacing, check_structure]
    return [check_page, check_fonts, check_header, check_so, check_date_line, check_dates, check_page_number,
            check_line_spacing, check_noi_nhan, check_signature, check_followup]
