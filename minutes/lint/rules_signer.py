"""Check of the signature blocks' lettering: quyền hạn, chức vụ and họ tên of each signer
(NĐ 30 §II.10: in hoa 13-14 pt đậm, họ tên in thường 13-14 pt đậm; HD 05 Phụ lục 2 mục 7:
quyền hạn 14 pt đậm, chức vụ 14 pt đứng không đậm, họ tên 14 pt đậm)."""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import finding, in_range, pt, span_text
from minutes.lint.model import Doc, Finding, Para, key

PREFIX = re.compile(r"^(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)[.\s]")
TITLE_WORDS = tuple(key(w) for w in (
    "THƯ KÝ", "CHỦ TỌA", "CHỦ TOẠ", "CHỦ TRÌ", "NGƯỜI GHI BIÊN BẢN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC", "BÍ THƯ", "PHÓ BÍ THƯ", "TRƯỞNG", "PHÓ TRƯỞNG", "ĐẠI DIỆN", "TỔ TRƯỞNG", "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TỔNG GIÁM ĐỐC", "HIỆU TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG",
    "CHÁNH THANH TRA", "VIỆN TRƯỞNG", "KẾ TOÁN TRƯỞNG", "NGƯỜI LẬP"))
Line = tuple  # (paragraph, text, start, end)


def check_signer_format(doc: Doc, rules) -> list[Finding]:
    """Size and weight of the title lines and the name of every signature block in a table cell."""
    cells: dict[int, list[Para]] = {}
    closing = doc.closing_index()
    last = max((p.index for p in doc.paras if p.clean), default=0)
    low, high = (closing - 40, closing + 40) if closing < 10 ** 9 else (last - 40, last)
    for p in doc.after_header():
        if p.tc is not None and not p.control and low <= p.index <= high:
            cells.setdefault(id(p.tc), []).append(p)
    out = []
    for paras in cells.values():
        block = _block(paras)
        if block:
            out.extend(_judge(*block, rules))
    return out


def _lines(paras: list[Para]) -> list[Line]:
    out: list[Line] = []
    for p in paras:
        pos = 0
        for text in p.text.split("\n"):
            stripped = text.replace("\u00a0", " ").strip()
            start = p.text.find(stripped, pos) if stripped else pos
            out.append((p, stripped, start, start + len(stripped)))
            pos += len(text) + 1
    return out


def _is_title(text: str) -> bool:
    return (bool(text) and text == text.upper() and any(c.isalpha() for c in text) and len(text) <= 80
            and not text.startswith(("-", "+", "(")) and key(text) != "noinhan")


def _block(paras: list[Para]) -> tuple[list[Line], Line | None] | None:
    """Return (title lines, name line) of a cell that holds a signature block, else None."""
    lines = list(_lines(paras))
    first = next((i for i, x in enumerate(lines) if x[1]), None)
    if first is None or not _is_title(lines[first][1]):
        return None
    head = lines[first][1]
    if not (PREFIX.match(head) or key(head).startswith(TITLE_WORDS)):
        return None
    titles, i = [], first
    while i < len(lines) and _is_title(lines[i][1]):
        titles.append(lines[i])
        i += 1
    name = None
    for line in lines[i:]:
        text = line[1]
        if key(text).startswith("noinhan"):
            break
        if text and not text.startswith(("(", "[", "-", "+")) and any(c.isalpha() for c in text) and len(text) <= 60:
            name = line
    return titles, name


def _judge(titles: list[Line], name: Line | None, rules) -> list[Finding]:
    size = rules.signer_size
    problems = []
    for p, text, start, end in titles:
        fmt = p.span(start, end)
        if fmt is None:
            continue
        if not in_range(fmt.size, size):
            problems.append(_("“{text}” cỡ {pt}").format(text=text, pt=pt(fmt.size)))
        authority = bool(PREFIX.match(text)) or key(text) in {key(s) for s in rules.signers}
        if (authority or rules.position_bold) and not fmt.bold:
            problems.append(_("“{text}” chưa in đậm").format(text=text))
        elif not authority and not rules.position_bold and fmt.bold:
            problems.append(_("chức vụ “{text}” không in đậm").format(text=text))
    out = []
    if problems:
        want = (_("in hoa, {span_text}, đậm").format(span_text=span_text(size)) if rules.position_bold
                else _("in hoa, {span_text}; quyền hạn đậm, chức vụ không đậm").format(span_text=span_text(size)))
        out.append(finding("signature", _("quyền hạn, chức vụ người ký: {fromkeys}; {source}: {want}").format(
            fromkeys='; '.join(dict.fromkeys(problems)), source=_(rules.source), want=want), titles[0][0]))
    if name is not None:
        out.extend(_name(name, rules))
    return out


def _name(line: Line, rules) -> list[Finding]:
    p, text, start, end = line
    fmt = p.span(start, end)
    if fmt is None:
        return []
    problems = [] if in_range(fmt.size, rules.signer_size) else [_("cỡ {pt}").format(pt=pt(fmt.size))]
    problems += [] if fmt.bold else [_("chưa in đậm")]
    if text == text.upper() and len(text.split()) >= 2 and not p.tag:
        problems.append(_("viết in hoa (họ tên in thường)"))
    if not problems:
        return []
    return [finding("signature", _("họ tên người ký “{text}” {problems}; {source}: in thường, {span_text}, "
                                   "đậm").format(
        text=text, problems=', '.join(problems), source=_(rules.source), span_text=span_text(rules.signer_size)), p)]
