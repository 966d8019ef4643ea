"""Checks of the documents that follow a meeting (thông báo, báo cáo, giấy mời), from one file.

* ``followup-signer``: a collective body (Ủy ban nhân dân, Mặt trận, Công đoàn, Đoàn…)
  signs "TM. <BODY>" with the short chức vụ below (NĐ 30 Phụ lục I, II.7); a long job
  title in capitals with no authority line is how the form is filled wrongly.
* ``followup-invitation-date``: a giấy mời is issued before the meeting it announces.
* ``followup-party-title``: a Party trích yếu is in lower case, from its first letter on (HD 05:
  "kết quả đại hội chi bộ nhiệm kỳ 2025 - 2030"), not in capitals.
* ``followup-kinh-gui``: a báo cáo sent upward ("(b/c)" recipients) has a "Kính gửi:" block.
"""

from __future__ import annotations

import datetime as dt
import re

from minutes.documents.signing import collective
from minutes.i18n import N_, _
from minutes.lint.common import finding
from minutes.lint.model import Doc, Finding, Para, key
from minutes.lint.tables import Rules

KINDS = {"thongbao": N_("thông báo"), "baocao": N_("báo cáo"), "giaymoi": N_("giấy mời")}
AUTHORITY = re.compile(r"^\s*(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)[./ ]", re.IGNORECASE)
FULL_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
SHORT_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def kind_of(doc: Doc) -> str:
    """The follow-up kind of ``doc`` ("thongbao", "baocao", "giaymoi"), or ""."""
    if doc.title is None:
        return ""
    found = key(doc.title.clean)
    return found if found in KINDS else ""


def check_followup(doc: Doc, rules: Rules) -> list[Finding]:
    """Run the follow-up checks on a thông báo, báo cáo or giấy mời (nothing on other documents)."""
    kind = kind_of(doc)
    if not kind or doc.has_tags:
        return []
    out = check_signer(doc, kind) + check_party_title(doc, rules, kind)
    if kind == "giaymoi":
        out += check_invitation_date(doc)
    if kind == "baocao":
        out += check_kinh_gui(doc)
    return out


def issuing_body(doc: Doc) -> str:
    """The issuing body's name: the bold capitals of the header's left column."""
    lines = [p.clean for p in doc.header_paras() if p.col == 0 and p.clean.isupper()
             and (f := p.span()) is not None and f.bold and not p.clean.startswith("SỐ")]
    return " ".join(lines)


def signature_lines(doc: Doc) -> list[Para]:
    """The paragraphs of the signature column: capitals after "Nơi nhận", right of it."""
    body = [p for p in doc.after_header() if p.clean]
    return [p for p in body[-14:] if p.clean.isupper() and any(c.isalpha() for c in p.clean)
            and key(p.clean) != "noinhan" and p is not doc.title]


def check_signer(doc: Doc, kind: str) -> list[Finding]:
    """A collective body's document signed with a long job title and no authority line."""
    body = collective(issuing_body(doc))
    lines = signature_lines(doc)
    if not body or not lines or any(AUTHORITY.match(p.clean) for p in lines):
        return []
    title = lines[-1]
    if len(title.clean.split()) <= 3:
        return []
    return [finding("followup-signer", _("{kinds} của tập thể ký “{quote}”: ghi quyền hạn “TM. {body}” và "
                                         "dưới đó chức vụ ngắn (CHỦ TỊCH, BÍ THƯ…), không ghi cả chức danh "
                                         "(NĐ 30 Phụ lục I, II.7)").format(
        kinds=_(KINDS[kind]), quote=title.quote, body=body),
                    title)]


def _date(text: str) -> dt.date | None:
    for pattern in (FULL_DATE, SHORT_DATE):
        m = pattern.search(text)
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def check_invitation_date(doc: Doc) -> list[Finding]:
    """A giấy mời dated on or after the day of the meeting it announces."""
    dated = next(((p, d) for p in doc.header_paras() if (d := _date(p.clean)) and ", ngày" in p.clean), None)
    meeting = next((d for p in doc.after_header() if key(p.clean).startswith("thoigian")
                    and (d := _date(p.clean))), None)
    if dated is None or meeting is None or dated[1] < meeting:
        return []
    return [finding("followup-invitation-date", _("giấy mời ghi ngày ban hành {dated:%d/%m/%Y}, không trước "
                                                  "ngày họp {meeting:%d/%m/%Y}; giấy mời phát hành trước "
                                                  "cuộc họp (ghi ngày ban hành thật, hoặc để trống ngày cho "
                                                  "văn thư điền)").format(
        dated=dated[1], meeting=meeting), dated[0])]


def check_party_title(doc: Doc, rules: Rules, kind: str) -> list[Finding]:
    """A Party trích yếu written all in capitals (HD 05: chữ in thường)."""
    if rules.name != "party" or doc.title is None:
        return []
    after = [p for p in doc.after_header() if p.clean and p.index > doc.title.index]
    if not after:
        return []
    trich_yeu = after[0]
    letters = [c for c in trich_yeu.clean if c.isalpha()]
    if len(letters) < 8 or not trich_yeu.clean.isupper():
        return []
    return [finding("followup-party-title", _("trích yếu của {kinds} viết in hoa “{quote}”; HD 05: chữ in "
                                              "thường, kể cả chữ đầu (ví dụ “kết quả đại hội chi bộ…”)").format(
        kinds=_(KINDS[kind]), quote=trich_yeu.quote), trich_yeu)]


def check_kinh_gui(doc: Doc) -> list[Finding]:
    """A báo cáo with "(b/c)" recipients and no "Kính gửi:" block."""
    body = doc.after_header()
    if any(key(p.clean).startswith("kinhgui") for p in body):
        return []
    upward = [p for p in body if re.search(r"\(\s*b/c\s*\)", p.clean, re.IGNORECASE)]
    if not upward:
        return []
    return [finding("followup-kinh-gui", _("báo cáo gửi cấp trên (nơi nhận có “(b/c)”) chưa có khối “Kính gửi:” "
                                           "dưới trích yếu; ghi “Kính gửi: …” và mở đầu Nơi nhận bằng “- Như trên;” "
                                           "(NĐ 30 Phụ lục I, II.9)"),
                    upward[0])]


FOLLOWUP_HELP = {
    "followup-signer": "thông báo, báo cáo, giấy mời của tập thể ký “TM. <TẬP THỂ>” và chức vụ ngắn",
    "followup-invitation-date": "giấy mời ghi ngày ban hành trước ngày họp",
    "followup-party-title": "trích yếu văn bản của Đảng viết chữ thường, kể cả chữ đầu",
    "followup-kinh-gui": "báo cáo gửi cấp trên (“(b/c)”) có khối “Kính gửi:”",
}
"""The rule ids of this module, added to :data:`minutes.lint.tables.RULES_HELP` by ``checks``."""
