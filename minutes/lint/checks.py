"""Which checks ``minutes lint`` runs on a document, in report order.

The page set-up, fonts, page numbers and line spacing are checked once for the whole file
(:data:`FILE_CHECKS`); the elements of a văn bản once per document the file holds
(:func:`checks_for`, with the rule set in force on that document's date and the checks of
its family, :mod:`minutes.lint.families`).
"""

from __future__ import annotations

from minutes.i18n import _
from minutes.lint.common import finding
from minutes.lint.families import family_checks
from minutes.lint.model import Doc, Finding, key
from minutes.lint.rules_closing import check_noi_nhan, check_signature
from minutes.lint.rules_followup import FOLLOWUP_HELP, check_followup
from minutes.lint.rules_header import check_header
from minutes.lint.rules_linebreak import check_name_breaks
from minutes.lint.rules_page import check_fonts, check_page, check_page_number
from minutes.lint.rules_signer import check_signer_format
from minutes.lint.rules_so_dates import check_date_line, check_dates, check_so
from minutes.lint.rules_spacing import check_line_spacing
from minutes.lint.rules_title import check_dash_rules, check_title
from minutes.lint.tables import RULES_HELP, Rules
from minutes.reading.lines import convert

RULES_HELP.update(FOLLOWUP_HELP)  # the follow-up documents' checks (minutes.lint.rules_followup)


def check_empty(doc: Doc, rules: Rules) -> list[Finding]:
    """A body without text: only the page set-up, fonts and page numbers could be checked."""
    return [finding("empty", _("văn bản chưa có chữ; chỉ kiểm tra được khổ giấy, lề, phông và số trang"),
                    severity="warning", where=_("toàn văn bản"))]


def _legacy_frame(doc: Doc) -> str:
    """The old font (.VnTime, VNI-Times…) whose text, converted, shows the frame of a văn bản
    near the top; "" when there is none. Its Quốc hiệu cannot be read as typed, so the
    document is a văn bản lint cannot check rather than "not a văn bản"."""
    for p in doc.paras[:40]:
        for run in p.runs or []:
            font = run.font or run.fonts.get("ascii") or run.fonts.get("hAnsi") or ""
            converted = convert(run.text, font)
            if converted != run.text and any(k in key(converted) for k in ("conghoaxahoichunghiavietnam",
                                                                          "dangcongsanvietnam", "doantncshochiminh")):
                return font
    return ""


OWN_FRAMES = {"hoinongdanvietnam": "Hội Nông dân", "hoilienhiepphunuvietnam": "Hội Liên hiệp Phụ nữ",
              "hoicuuchienbinhvietnam": "Hội Cựu chiến binh"}
"""Tiêu đề of the organisations whose documents follow their own rules, not NĐ 30, HD 36 or HD 29."""


def own_frame(doc: Doc) -> str:
    """The tiêu đề ("HỘI NÔNG DÂN VIỆT NAM") of a document typed in the frame of an organisation with
    rules of its own, with no Quốc hiệu; "" otherwise."""
    segments = [s for p in doc.paras[:40] if not p.tag for s, _, _ in p.segments()]
    if any(key(s) == "conghoaxahoichunghiavietnam" for s in segments):
        return ""
    return next((s for s in segments if key(s) in OWN_FRAMES), "")


def check_own_frame(doc: Doc, rules: Rules) -> list[Finding]:
    """A document in an organisation's own frame: say so, and check the layout only."""
    title = own_frame(doc)
    return [finding("structure", _("văn bản theo thể thức riêng của {own_frames} (tiêu đề “{title}”, không "
                                   "có Quốc hiệu): minutes chưa có quy định thể thức này; chỉ kiểm tra khổ "
                                   "giấy, lề, phông, số trang, ngày tháng và giãn dòng").format(
        own_frames=OWN_FRAMES[key(title)], title=title), severity="warning", where=_("toàn văn bản"))]


def petition(doc: Doc) -> str:
    """The title line of a đơn (a citizen's petition: "ĐƠN KHỞI KIỆN" over "Kính gửi: …"), which no
    tên loại of NĐ 30 names and whose form the decree does not set; "" for anything else."""
    if doc.title is not None:
        return ""
    top = [p.clean for p in doc.paras[:15] if p.clean and not p.tag]
    if not any(key(text).startswith("kinhgui") for text in top):
        return ""
    return next((t for t in top if t == t.upper() and (t.startswith("ĐƠN ") or t == "ĐƠN")), "")


def check_petition(doc: Doc, rules: Rules) -> list[Finding]:
    """A đơn: say what it is, and check the layout only."""
    return [finding("structure", _("đây là đơn (“{petition}”), không phải văn bản hành chính của cơ quan: "
                                   "NĐ 30 không quy định thể thức đơn; chỉ kiểm tra khổ giấy, lề, phông, số "
                                   "trang, ngày tháng và giãn dòng").format(
        petition=petition(doc)[:60]), severity="warning", where=_("toàn văn bản"))]


def check_structure(doc: Doc, rules: Rules) -> list[Finding]:
    """A text that is not a văn bản (no tên loại, title or Số): the layout checks only."""
    legacy = _legacy_frame(doc)
    if legacy:
        return [finding("structure", _("văn bản gõ bằng bảng mã cũ (phông {legacy}): chưa soát được thể "
                                       "thức (Quốc hiệu, tên cơ quan, số, tên loại, chữ ký); chuyển mã sang "
                                       "Unicode (như bằng công cụ chuyển mã của Unikey) rồi soát lại").format(
            legacy=legacy), severity="warning", where=_("toàn văn bản"))]
    return [finding("structure", _("không nhận ra thể thức văn bản (không có Quốc hiệu, tiêu đề, số, ký hiệu hay "
                                   "tên loại); chỉ kiểm tra khổ giấy, lề, phông, số trang, ngày tháng và giãn dòng"),
                    severity="warning", where=_("toàn văn bản"))]


FILE_CHECKS = [check_page, check_fonts, check_page_number, check_line_spacing]
DOCUMENT_CHECKS = [check_header, check_so, check_date_line, check_title, check_dash_rules, check_dates,
                   check_noi_nhan, check_signature, check_signer_format, check_name_breaks,
                   check_followup]


ATTACHED_CHECKS = [check_header, check_title, check_dash_rules, check_dates]
"""A document issued with the one before it (a quy chế "ban hành kèm theo Quyết định số …") has no số,
date line, Nơi nhận or signature of its own."""


def checks_for(doc: Doc) -> list:
    """Return the checks of one document's text, in report order.

    An empty body gets none (and the "empty" warning); a text that is not a văn bản (a news
    item, a letter) its dates and the "structure" warning.
    """
    if not doc.has_text:
        return [check_empty]
    if own_frame(doc):
        return [check_dates, check_own_frame]
    if petition(doc):
        return [check_dates, check_petition]
    if not doc.is_official:
        return [check_dates, check_structure]
    if doc.attached:
        return ATTACHED_CHECKS
    return DOCUMENT_CHECKS + family_checks(doc)
