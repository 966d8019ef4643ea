"""Checks of ô 5a and of the rules drawn in the header: the tên loại, the trích yếu under it,
and separators typed as a row of "-" where the rules want a solid line."""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import finding, in_range, pt, span_text
from minutes.lint.model import Doc, Finding, Para

DASH_ROW = re.compile(r"^[-\u2010-\u2015]{3,}$")
"""A row of hyphens or dashes prints broken; a row of underscores prints as a solid line and is accepted."""
STOP = re.compile(r"^(?:\(|Kính (?:gửi|trình)|Căn cứ|Thực hiện|Hôm nay|Vào (?:hồi|lúc)|-\s|\+\s|\d+[.)]\s"
                  r"|[IVX]+[.)]\s|[a-zđ]\)\s|(?!V/v|Về việc)[^:\n]{2,30}:\s*\S)")
"""Where the body starts: a numbered heading ("1.", "I.", "a)"), a bullet, an opening sentence, or a
labelled line ("Thời gian: …", "Địa điểm: …") — never part of a trích yếu."""


def check_title(doc: Doc, rules) -> list[Finding]:
    """Tên loại and trích yếu: size and weight of each (NĐ 30 §II.7; HD 05 Phụ lục 2 mục 5)."""
    if doc.title is None:
        return []
    out = []
    fmt = doc.title.span()
    if fmt is not None:
        problems = [] if in_range(fmt.size, rules.title_size) else [_("cỡ {pt}").format(pt=pt(fmt.size))]
        problems += [] if fmt.bold else [_("chưa in đậm")]
        if problems:
            out.append(finding("ten-loai", _("tên loại “{clean}” {problems}; {source}: in hoa, {span_text}, "
                                             "đậm").format(
                clean=doc.title.clean, problems=', '.join(problems), source=_(rules.source),
                span_text=span_text(rules.title_size)), doc.title))
    for p in summary_paras(doc):
        out.extend(_summary(p, rules))
    return out


def summary_paras(doc: Doc) -> list[Para]:
    """Return the paragraphs of the trích yếu: those right under the tên loại, up to a blank line,
    a separator or the start of the body (at most three)."""
    out: list[Para] = []
    if doc.title is None:
        return out  # no tên loại, so no trích yếu under it
    start = doc.paras.index(doc.title) + 1
    for p in doc.paras[start:start + 3]:
        text = p.clean
        if (not text or p.tc is not None or p.control or DASH_ROW.match(text) or STOP.match(text) or len(text) > 250
                or text.endswith(":")):
            break
        if p.fmt is not None and p.fmt.alignment is not None and "CENTER" not in str(p.fmt.alignment):
            break
        if _centred(doc.title) and not _centred(p):
            break  # a left-aligned line under a centred title is the body, not the trích yếu
        if out and text == text.upper():
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN…" of a quyết định follows its trích yếu
        out.append(p)
    return out


def _centred(p: Para) -> bool:
    return p.fmt is not None and "CENTER" in str(p.fmt.alignment)


def _summary(p: Para, rules) -> list[Finding]:
    fmt = p.span()
    if fmt is None:
        return []
    problems = [] if in_range(fmt.size, rules.summary_size) else [_("cỡ {pt}").format(pt=pt(fmt.size))]
    problems += [] if fmt.bold else [_("chưa in đậm")]
    letters = [c for c in p.clean if c.isalpha()]
    if len(p.clean.split()) > 2 and letters and p.clean == p.clean.upper() and not p.tag:
        problems.append(_("viết in hoa (trích yếu in thường)"))
    if not problems:
        return []
    return [finding("trich-yeu", _("trích yếu {problems}; {source}: in thường, {span_text}, đậm").format(
        problems=', '.join(problems), source=_(rules.source), span_text=span_text(rules.summary_size)), p)]


def check_dash_rules(doc: Doc, rules) -> list[Finding]:
    """A row of "-" typed as the rule under the bodies, the Quốc hiệu or the tiêu đề (and, outside
    Party documents, under the trích yếu), where the rules draw a solid line."""
    paras = list(doc.header_paras())
    if doc.title is not None and not rules.dash_rules:
        after = doc.paras.index(doc.title) + 1 + len(summary_paras(doc))
        paras += [p for p in doc.paras[after:after + 2] if p.tc is None]
    out = []
    for p in paras:
        rows = [line.strip() for line in p.clean.split("\n") if DASH_ROW.match(line.strip())]
        if rows:
            out.append(finding("duong-ke", _("đường kẻ gõ bằng dãy dấu “{rows}”; {source}: đường kẻ nét "
                                             "liền (xoá dãy dấu; chọn dòng chữ phía trên → Đường viền → "
                                             "Viền dưới, hoặc Chèn → Hình → Đường thẳng)").format(
                rows=rows[0], source=_(rules.source)), p))
    return out
