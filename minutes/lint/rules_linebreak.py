"""A name broken in the middle of a word: the header's bodies and the signer's lines.

"ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN / THỂ HUYỆN" splits "đoàn thể"; "ỦY BAN MTTQ VIỆT NAM TỈNH /
GIA LAI" leaves "TỈNH" away from its name. Lines are the paragraphs (or the parts
of a paragraph set apart by line breaks) of one name: consecutive upper-case lines
of the header's left column with the same weight, or of one signature cell. Where
a line breaks against the rules is decided by :func:`minutes.vietnamese.linebreak.bad_breaks`.
"""

from __future__ import annotations

from minutes.i18n import _
from minutes.lint.common import finding
from minutes.lint.model import Doc, Finding, Para
from minutes.lint.tables import Rules
from minutes.vietnamese.linebreak import bad_breaks

RULE = "name-break"


def check_name_breaks(doc: Doc, rules: Rules) -> list[Finding]:
    """Report each upper-case name whose lines break inside a word or after an administrative unit."""
    out = []
    for group in _groups(doc):
        lines = [text for _, text in group]
        for index, where in bad_breaks(lines):
            para = group[index][0]
            out.append(finding(RULE, _("tên “{lines}” xuống dòng giữa “{where}”; hãy xuống dòng ở chỗ trọn "
                                       "nghĩa (không tách một từ hai âm tiết, không tách “tỉnh”, “huyện”… "
                                       "khỏi địa danh) hoặc để minutes tự ngắt dòng").format(
                lines=' '.join(lines), where=where), para, severity="warning"))
    return out


def _groups(doc: Doc) -> list[list[tuple[Para, str]]]:
    """Return the runs of consecutive upper-case lines of one cell with the same weight."""
    groups: list[list[tuple[Para, str]]] = []
    previous = None
    for p in doc.paras:
        if p.tag or p.tc is None or not (p.header or _signature(p)):
            previous = None
            continue
        for text, start, end in p.segments():
            fmt = p.span(start, end)
            key = (id(p.tc), bool(fmt and fmt.bold))
            if not _upper(text):
                previous = None
                continue
            if previous == key:
                groups[-1].append((p, text))
            else:
                groups.append([(p, text)])
            previous = key
    return [g for g in groups if len(g) > 1]


def _upper(text: str) -> bool:
    return text == text.upper() and any(c.isalpha() for c in text)


def _signature(p: Para) -> bool:
    """True for a paragraph in the signature table: a cell after the body holding a TM./KT. line."""
    return not p.header and p.tc is not None and p.clean.isupper()
