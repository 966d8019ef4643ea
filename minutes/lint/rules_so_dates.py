"""Checks of Số and dates: the số, ký hiệu line, the zero rule of dates, the địa danh and date line."""

from __future__ import annotations

import re

from minutes.i18n import _
from minutes.lint.common import TOP, finding, in_range, pt, span_text
from minutes.lint.model import Doc, Finding, untagged
from minutes.lint.tables import Rules
from minutes.reading.patterns import DATE_LINE, SO_START

# --- số, ký hiệu ------------------------------------------------------------------------

SO_PARTS = re.compile(r"^\w+\s*(:?)(\s*)(\d*)\s*([/-]?)\s*(.*)$")


def check_so(doc: Doc, rules: Rules) -> list[Finding]:
    """The Số line under the issuing body: "Số: 05/BB-UBND" (state), "Số 05-BB/ĐU" (party)…"""
    hits = [(p, t, s, e) for p in doc.header_paras() for t, s, e in p.segments() if SO_START.match(t)]
    if not hits:
        return [] if doc.has_tags else [finding("so-format", _("không thấy số, ký hiệu văn bản (ví dụ "
                                                               "“{so_example}”) dưới tên cơ quan").format(
            so_example=rules.so_example), severity="warning",
                                                 where=TOP)]
    p, text, start, end = hits[0]
    out = []
    if not rules.so.match(text):
        out.append(finding("so-format", _so_problem(text, rules), p))
    elif rules.so_colon and rules.so_join == "/" and (year := _year_in_so(text)):
        out.append(finding("so-format", _("số, ký hiệu có năm “/{year}/”: số của văn bản hành chính không "
                                          "ghi năm (chỉ văn bản quy phạm pháp luật mới ghi); sửa thành "
                                          "“{replace}” ({source}: “{so_example}”)").format(
            year=year, replace=text.replace(f'/{year}', '', 1), source=_(rules.source),
            so_example=rules.so_example), p))
    fmt = p.span(start, end)
    if fmt is not None and abs(fmt.size - rules.so_size) > 0.01:
        out.append(finding("so-format", _("số, ký hiệu cỡ {pt}; {source}: {pt2}").format(
            pt=pt(fmt.size), source=_(rules.source), pt2=pt(rules.so_size)),
                           p, severity="warning"))
    return out


NORMATIVE = {"QĐ", "NQ", "TT", "NĐ", "CT", "TTLT", "L", "PL", "QH", "UBTVQH"}
"""Types whose số may carry a year: văn bản quy phạm pháp luật (Luật Ban hành VBQPPL), not NĐ 30's."""


def _year_in_so(text: str) -> str:
    """Return the year written inside the số of an administrative document ("/2026/GM-UBND"), else ""."""
    m = re.search(r"/((?:19|20)\d\d)/([^/\s-]+)", text)
    return m.group(1) if m and m.group(2) not in NORMATIVE else ""


def _so_problem(text: str, rules: Rules) -> str:
    """Return what is wrong with a Số line and the corrected line."""
    parts = SO_PARTS.match(text)
    if parts is None:  # a line broken inside: the lint guard reports it as a check that could not run
        raise ValueError(f"not a Số line: {text!r}")
    colon, space, num, join, symbol = parts.groups()
    problems = []
    if not text.startswith("Số"):
        problems.append(_("viết “Số” (chữ S hoa)"))
    if rules.so_colon and not colon:
        problems.append(_("thiếu dấu hai chấm sau “Số”"))
    elif not rules.so_colon and colon:
        problems.append(_("văn bản của Đảng không có dấu hai chấm sau “Số”"))
    elif colon and not space:
        problems.append(_("cần một dấu cách sau dấu hai chấm"))
    lead = re.match(r"\w+(\s*)", text)  # matches wherever SO_PARTS does
    gap = space if colon else (lead.group(1) if lead else "")
    if len(gap) > 1 or gap.strip(" "):
        problems.append(_("chỉ một dấu cách thường sau “Số{value}”").format(value=':' if colon else ''))
    if num and join and re.search(rf"\d\s+{re.escape(join)}|{re.escape(join)}\s", text):
        problems.append(_("không có dấu cách quanh dấu “{join}”").format(join=join))
    if len(num) == 1:
        problems.append(_("số nhỏ hơn 10 phải có số 0 phía trước"))
    if num and join != rules.so_join:
        problems.append(_("giữa số và ký hiệu dùng “{so_join}”").format(so_join=rules.so_join))
    compact = re.sub(r"\s+", "", symbol)
    if compact != symbol:
        problems.append(_("không có dấu cách trong ký hiệu"))
    fixed_symbol = compact if rules.name == "state" else compact.upper()
    if fixed_symbol != compact:
        problems.append(_("ký hiệu viết in hoa"))
    problems = problems or [_("không đúng mẫu “{so_example}”").format(so_example=rules.so_example)]
    number = num.zfill(2) if num else "    "
    fix = f"Số{':' if rules.so_colon else ''} {number}{rules.so_join}{fixed_symbol}"
    if rules.so.match(fix):
        return _("số, ký hiệu: {problems}; sửa thành “{fix}” ({source}: “{so_example}”)").format(
            problems='; '.join(problems), fix=fix, source=_(rules.source), so_example=rules.so_example)
    return _("số, ký hiệu: {problems}; viết theo mẫu “{so_example}”").format(
        problems='; '.join(problems), so_example=rules.so_example)


# --- dates --------------------------------------------------------------------------

DATE = re.compile(r"\b[Nn]gày\s+(\d{1,4})\s+tháng\s+(\d{1,4})\b")
MONTH_ZERO = re.compile(r"\btháng\s+0([3-9])\b")


def check_dates(doc: Doc, rules: Rules) -> list[Finding]:
    """"ngày 05 tháng 01 năm 2020": zero before days < 10 and months 1-2, none before months 3-12."""
    out = []
    for p in doc.paras:
        if p.tag or "tháng" not in p.text:
            continue
        spans = []
        for m in DATE.finditer(p.text):
            spans.append(m.span())
            day, month = m.groups()
            if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
                continue
            fday = f"{int(day):02d}"
            fmonth = f"{int(month):02d}" if int(month) < 3 else str(int(month))
            problems = [_("ngày nhỏ hơn 10 phải có số 0 phía trước")] if day != fday and int(day) < 10 else []
            problems += [_("bỏ số 0 thừa ở ngày")] if day != fday and int(day) >= 10 else []
            if month != fmonth:
                problems.append(_("tháng 1, 2 phải có số 0 phía trước") if int(month) < 3
                                else _("tháng 3 đến 12 không có số 0 phía trước"))
            if problems:
                out.append(finding("date-zero", _("“{group}”: {problems}; sửa thành “ngày {fday} tháng "
                                                  "{fmonth}”").format(
                    group=m.group(0), problems='; '.join(problems), fday=fday, fmonth=fmonth), p))
        for m in MONTH_ZERO.finditer(p.text):
            if not any(a <= m.start() < b for a, b in spans):
                out.append(finding("date-zero", _("“{group}”: tháng 3 đến 12 không có số 0 phía trước; sửa "
                                                  "thành “tháng {group2}”").format(
                    group=m.group(0), group2=m.group(1)), p))
    return out


PLACE_DATE = re.compile(r"^[^\s,.…][^,]*, ngày ")


HAND_BLANK = re.compile(r"^\s*(?:…|\.){3,}\s*, ngày ")
"""A date line whose place is left as dots, to be written in by hand (what an outline without
``place`` gives)."""


def check_date_line(doc: Doc, rules: Rules) -> list[Finding]:
    """Ô 4: "Hà Nội, ngày 05 tháng 01 năm 2026", italic, under the title (none in a state biên bản)."""
    hits = [(p, t, s, e) for p in doc.header_lines() for t, s, e in p.segments()
            if DATE_LINE.search(" ".join(untagged(t).split()))]
    if not hits:
        optional = doc.is_bien_ban and rules.title is None  # Mẫu 1.9 has no ô 4
        return [] if optional or doc.has_tags else [finding(
            "date-line", _("không thấy dòng địa danh, ngày tháng năm dưới Quốc hiệu/tiêu đề; thêm, ví dụ “Hà Nội, "
                           "ngày 05 tháng 01 năm 2026” (in nghiêng)"), where=TOP)]
    p, text, start, end = hits[0]
    out = []
    if p.tag:  # a template's date line: its text comes later, its formatting is already final
        pass
    elif HAND_BLANK.match(text):
        out.append(finding("date-line", _("địa danh để trống (dấu chấm) để ghi tay; nhớ điền trước khi ký (văn bản "
                                          "do minutes soạn: ghi khóa place trong đề cương)"), p, severity="warning"))
    elif not PLACE_DATE.match(text):
        problem = (_("thiếu địa danh") if re.match(r"^[Nn]gày", text)
                   else _("sau địa danh có dấu phẩy, rồi “ngày” viết thường"))
        out.append(finding("date-line", _("dòng ngày tháng {problem}; {source}: “Hà Nội, ngày 05 tháng 01 "
                                          "năm 2026” (tên đơn vị hành chính nơi cơ quan đóng trụ sở)").format(
            problem=problem, source=_(rules.source)), p))
    fmt = p.span(start, end)
    if fmt is not None:
        problems = [] if in_range(fmt.size, rules.date_size) else [_("cỡ {pt}").format(pt=pt(fmt.size))]
        problems += [] if fmt.italic else [_("chưa in nghiêng")]
        if problems:
            out.append(finding("date-line", _("dòng địa danh, ngày tháng {problems}; {source}: {span_text}, "
                                              "in nghiêng").format(
                problems=', '.join(problems), source=_(rules.source), span_text=span_text(rules.date_size)), p))
    return out
