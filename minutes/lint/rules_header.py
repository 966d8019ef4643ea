"""Checks of the header elements, found by their text: Quốc hiệu and Tiêu ngữ (state),
the tiêu đề (party, youth), and the names of the chủ quản and issuing bodies.
"""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import TOP, finding, in_range, pt, span_text
from minutes.lint.model import OFFICIAL_KEYS, Doc, Finding, Para, key, untagged
from minutes.lint.tables import QUOC_HIEU, TIEU_NGU, TIEU_NGU_SIZE, Rules

QUOC_HIEU_OLD = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
YOUTH_FULL = "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"
TITLE_KEYS = OFFICIAL_KEYS


def _find(doc: Doc, keys) -> tuple[Para, str, int, int] | None:
    """Return the first segment whose key is in ``keys``: in the header block, else near the top."""
    for pool in (doc.header_paras(), [p for p in doc.paras[:40] if p.clean and not p.tag]):
        for p in pool:
            for text, start, end in p.segments():
                if key(text) in keys:
                    return p, text, start, end
    return None


def _format(p: Para, start: int, end: int, size: tuple[float, float], bold: bool | None = True) -> list[str]:
    """Return what is wrong with the size and weight of a segment."""
    fmt = p.span(start, end)
    if fmt is None:
        return []
    problems = [] if in_range(fmt.size, size) else [_("cỡ {pt} (cần {span_text})").format(
        pt=pt(fmt.size), span_text=span_text(size))]
    if bold and not fmt.bold:
        problems.append(_("chưa in đậm"))
    if bold is False and fmt.bold:
        problems.append(_("không in đậm"))
    return problems


def check_header(doc: Doc, rules: Rules) -> list[Finding]:
    """Quốc hiệu and Tiêu ngữ (state) or the tiêu đề (party, youth), then the bodies at top left."""
    if rules.title is None:
        out = _element(doc, rules, "quoc-hieu", _("Quốc hiệu"), QUOC_HIEU, {"conghoaxahoichunghiavietnam"},
                       rules.heading_size, _quoc_hieu_text)
        out += _element(doc, rules, "tieu-ngu", _("Tiêu ngữ"), TIEU_NGU, {"doclaptudohanhphuc"}, TIEU_NGU_SIZE,
                        _tieu_ngu_text)
    else:
        out = _element(doc, rules, "tieu-de", _("Tiêu đề"), rules.title, set(rules.title_keys), rules.heading_size,
                       _title_text)
    return out + _bodies(doc, rules)


def _element(doc, rules, rule, label, expected, keys, size, text_check) -> list[Finding]:
    found = _find(doc, keys)
    if found is None:
        return [finding(rule, _("không thấy {label} “{expected}” ở đầu trang 1; {source} bắt buộc có, in "
                                "đậm, cỡ {span_text}").format(
            label=label, expected=expected, source=_(rules.source), span_text=span_text(size)), where=TOP)]
    p, text, start, end = found
    out = text_check(text, p, expected)
    problems = _format(p, start, end, size)
    if problems:
        out.append(finding(rule, _("{label} {problems}; {source}: {span_text}, in đậm: chọn dòng, sửa cỡ "
                                   "chữ và bấm B (Trang đầu → Phông)").format(
            label=label, problems=', '.join(problems), source=_(rules.source), span_text=span_text(size)), p))
    return out


def _quoc_hieu_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    if text == QUOC_HIEU_OLD:
        return [finding("quoc-hieu-text", _("Quốc hiệu viết “CỘNG HOÀ” (bỏ dấu kiểu cũ); NĐ 30 viết "
                                            "“{expected}”").format(
            expected=expected),
                        p, severity="warning")]
    problems = [_("viết in hoa toàn bộ")] if text != text.upper() else []
    problems += [_("thừa dấu cách")] if " ".join(text.split()) != text else []
    problems = problems or [_("sai chính tả hoặc dấu")]
    return [finding("quoc-hieu-text", _("Quốc hiệu {problems}; sửa thành “{expected}”").format(
        problems=', '.join(problems), expected=expected), p)]


def _tieu_ngu_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    problems = []
    if re.search("[\u2010-\u2015\u2212]", text):
        problems.append(_("dùng gạch ngang “–” thay cho dấu gạch nối “-”"))
    if re.search(r"\S[-\u2010-\u2015\u2212]|[-\u2010-\u2015\u2212]\S", text):
        problems.append(_("mỗi bên dấu “-” có đúng một dấu cách"))
    if "  " in text:
        problems.append(_("thừa dấu cách (hai dấu cách liền nhau)"))
    if text == text.upper():
        problems.append(_("Tiêu ngữ in thường, chỉ viết hoa chữ đầu mỗi cụm"))
    elif _words(text) != _words(expected) and _words(text.lower()) == _words(expected.lower()):
        problems.append(_("viết hoa chữ đầu mỗi cụm: Độc lập, Tự do, Hạnh phúc"))
    problems = problems or [_("sai chính tả hoặc dấu")]
    return [finding("tieu-ngu-text", _("Tiêu ngữ {problems}; sửa thành “{expected}”").format(
        problems='; '.join(problems), expected=expected), p)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _title_text(text: str, p: Para, expected: str) -> list[Finding]:
    if text == expected:
        return []
    if text == YOUTH_FULL:
        return [finding("tieu-de-text", _("tiêu đề viết đầy đủ; HD 29 viết “{expected}”").format(
            expected=expected), p, severity="warning")]
    return [finding("tieu-de-text", _("tiêu đề viết “{text}”; sửa thành “{expected}” (in hoa)").format(
        text=text, expected=expected), p)]


def _bodies(doc: Doc, rules: Rules) -> list[Finding]:
    """Check the chủ quản and issuing-body lines: upper-case lines at the top left."""
    lines = []
    for p in doc.header_lines():
        if p.tc is not None and p.col > 0:
            continue
        for text, start, end in p.segments():
            words = untagged(text).strip()  # a bold tag stands for the issuing body a template will hold
            span = (p.span(start, end) or p.span()) if p.tag and not words else None
            tag_only = span is not None and span.bold
            if key(text) in TITLE_KEYS or words != words.upper() or not (any(c.isalpha() for c in words) or tag_only):
                continue
            if not re.match(r"^S[ỐO]\b", text):
                lines.append((p, text, start, end))
    if not lines:
        return [] if doc.has_tags else [finding("co-quan", _("không thấy tên cơ quan ban hành (in hoa, góc trái đầu "
                                                             "trang 1)"), severity="warning", where=TOP)]
    bold = [(p.span(s, e) or p.span()) for p, _, s, e in lines]
    tail = len(lines)
    while tail > 0 and (last := bold[tail - 1]) is not None and last.bold:
        tail -= 1
    tail = min(tail, len(lines) - 1)
    out = []
    for i, (p, _text, start, end) in enumerate(lines):
        issuing = i >= tail
        what = _("tên cơ quan ban hành") if issuing else _("tên cơ quan chủ quản (cấp trên)")
        problems = _format(p, start, end, rules.body_size if issuing else rules.parent_size, True if issuing else None)
        if problems:
            size = rules.body_size if issuing else rules.parent_size
            out.append(finding("co-quan", f"{what} {', '.join(problems)}; {rules.source}: in hoa, {span_text(size)}"
                               + (_(", in đậm") if issuing else _(", đứng")), p))
        fmt = p.span(start, end)
        if not issuing and fmt is not None and fmt.bold:
            out.append(finding("co-quan", _("{what} in đậm; {source}: chỉ tên cơ quan ban hành in đậm").format(
                what=what, source=_(rules.source)),
                               p, severity="warning"))
    return out
