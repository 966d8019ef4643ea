"""Checks of the page: paper and margins, fonts (defaults, styles, runs), page numbers.

Each check is ``check(doc, rules) -> list[Finding]`` over the :class:`~minutes.lint.model.Doc`
model; a check that cannot apply returns [].
"""

from __future__ import annotations

import re

from minutes.lint.common import finding, in_range, pt, span_text, vn_decimal
from minutes.lint.model import Doc, Finding, Para
from minutes.lint.tables import TOLERANCE_MM, Rules


# --- paper and margins --------------------------------------------------------------

SIDES = ("trên", "dưới", "trái", "phải")


def check_page(doc: Doc, rules: Rules) -> list[Finding]:
    """A4 portrait on every section; margins of the portrait sections inside the ranges."""
    out = []
    sections = list(doc.document.sections)
    if not sections:
        return [finding("paper", "văn bản không khai báo khổ giấy và lề; chọn Bố cục → Khổ giấy → A4 và đặt lề",
                        where="bố cục trang")]
    for number, section in enumerate(sections, 1):
        where = "bố cục trang" + (f" (phần {number})" if len(sections) > 1 else "")
        width, height = section.page_width, section.page_height
        if width is None or height is None:
            out.append(finding("paper", "không khai báo khổ giấy; chọn Bố cục → Khổ giấy → A4", where=where))
            continue
        w, h = sorted((width.mm, height.mm))
        if abs(w - 210) > 0.5 or abs(h - 297) > 0.5:
            out.append(finding("paper", f"khổ giấy {w:.0f} x {h:.0f} mm; {rules.source} yêu cầu A4 (210 x 297 mm): "
                               "Bố cục → Khổ giấy → A4", where=where))
        if width.mm > height.mm:
            if number == 1:
                out.append(finding("paper", "trang đầu nằm ngang; văn bản trình bày theo chiều dài khổ A4: "
                                   "Bố cục → Hướng → Dọc", where=where))
            continue
        out.extend(_margins(section, rules, where))
    return out


def _margins(section, rules: Rules, where: str) -> list[Finding]:
    out = []
    values = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    for side, value, bounds, index in zip(SIDES, values, rules.margins_mm, range(4)):
        mm = value.twips * 25.4 / 1440 if value is not None else None
        if mm is None or not (bounds[0] - TOLERANCE_MM <= mm <= bounds[1] + TOLERANCE_MM):
            fix = min(max(mm or bounds[0], bounds[0]), bounds[1]) / 10
            shown = "không khai báo" if mm is None else vn_decimal(round(mm, 1)) + " mm"
            out.append(finding("margins", f"lề {side} {shown}; {rules.source} yêu cầu {span_text(bounds, 'mm')}: "
                               f"Bố cục → Lề → Lề tùy chỉnh → {side.capitalize()} {vn_decimal(fix)} cm", where=where))
        elif rules.margins_usual and abs(mm - rules.margins_usual[index]) > TOLERANCE_MM:
            usual = rules.margins_usual[index]
            out.append(finding("margins", f"lề {side} {mm:.0f} mm; hướng dẫn của Đoàn thường dùng {usual:g} mm",
                               severity="warning", where=where))
    return out


# --- fonts --------------------------------------------------------------------------

FONT = "Times New Roman"
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def check_fonts(doc: Doc, rules: Rules) -> list[Finding]:
    """Times New Roman in the defaults, every style and every run; no theme fonts.

    Defaults and styles must name it for all four slots (ascii, hAnsi, eastAsia, cs).
    A run is judged on the slots Vietnamese text is drawn with (ascii, hAnsi, cs): Word
    writes an East Asian font on runs typed with an input method, and it shows nowhere.
    """
    from docx.oxml.ns import qn

    out = []
    rpr = doc.defaults.get("rpr")
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if rfonts is None:
        out.append(finding("font", f"phông mặc định của tài liệu không khai báo; đặt {FONT}: Trang đầu → Phông → "
                           "Đặt làm mặc định", severity="warning", where="phông mặc định"))
    else:
        out.extend(_rfonts_findings(rfonts, "phông mặc định của tài liệu", "phông mặc định", qn))
    themed, other = [], []
    for style in doc.document.styles.element.iterchildren(qn("w:style")):
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else style.get(qn("w:styleId"), "?")
        for rf in style.iter(qn("w:rFonts")):
            attrs = _attrs(rf)
            if any(a.lower().endswith("theme") for a in attrs):
                themed.append(name)
            if any(attrs.get(s, FONT) != FONT for s in SLOTS):
                other.append(f"{name} ({_other_font(attrs)})")
    if themed:
        out.append(finding("font-theme", f"kiểu {_names(themed)} dùng phông theo chủ đề (theme); đặt {FONT} cụ thể "
                           "cho kiểu: Trang đầu → Kiểu → Sửa đổi → Phông", where="kiểu văn bản"))
    if other:
        out.append(finding("font", f"kiểu {_names(other)} dùng phông khác {FONT}; sửa phông của kiểu thành {FONT}",
                           where="kiểu văn bản"))
    for p in doc.paras + doc.page_paras:
        if not p.control:
            out.extend(_run_fonts(p))
    return out


def _attrs(rf) -> dict[str, str]:
    return {k.split("}")[-1]: v for k, v in rf.attrib.items()}


def _other_font(attrs: dict[str, str]) -> str:
    return next((attrs[s] for s in SLOTS if attrs.get(s, FONT) != FONT), "")


def _names(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    shown = ", ".join(f"“{n}”" for n in unique[:5])
    return shown + (f" và {len(unique) - 5} kiểu khác" if len(unique) > 5 else "")


def _rfonts_findings(rf, what: str, where: str, qn) -> list[Finding]:
    attrs, out = _attrs(rf), []
    if any(a.lower().endswith("theme") for a in attrs):
        out.append(finding("font-theme", f"{what} là phông theo chủ đề (theme, thường là Calibri/Cambria); đặt {FONT}: "
                           "Trang đầu → Phông → chọn Times New Roman → Đặt làm mặc định", where=where))
    missing = [s for s in SLOTS if s not in attrs]
    wrong = [s for s in SLOTS if attrs.get(s, FONT) != FONT]
    if wrong:
        out.append(finding("font", f"{what} là {_other_font(attrs)}; {FONT} cho mọi bảng mã", where=where))
    elif missing and not out:
        out.append(finding("font", f"{what} chưa đặt {FONT} cho {', '.join(missing)}", severity="warning", where=where))
    return out


def _run_fonts(p: Para) -> list[Finding]:
    out = []
    visible = [r for r in p.runs if r.text.strip()]
    if any(r.themes for r in visible):
        out.append(finding("font-theme", f"chữ dùng phông theo chủ đề (theme); chọn đoạn và đặt phông {FONT}", p))
    others = sorted({f for r in visible for s, f in r.fonts.items() if f != FONT and s in SLOTS and s != "eastAsia"})
    if others:
        out.append(finding("font", f"chữ dùng phông {', '.join(others)}; chọn đoạn và đặt phông {FONT} "
                           "(Times New Roman, Unicode TCVN 6909:2001)", p))
    return out


# --- page numbers -------------------------------------------------------------------

PAGE_FIELD = re.compile(r"(?<![A-Z])PAGE(?![A-Z])")


def _page_field_paras(part) -> list:
    """Return the w:p of a header/footer part that hold a PAGE field."""
    from docx.oxml.ns import qn

    out = []
    for p in part._element.iter(qn("w:p")):
        instr = "".join(f.get(qn("w:instr"), "") for f in p.iter(qn("w:fldSimple")))
        instr += "".join(t.text or "" for t in p.iter(qn("w:instrText")))
        if PAGE_FIELD.search(instr):
            out.append(p)
    return out


def _fields(part) -> list:
    return [] if part is None or part.is_linked_to_previous else _page_field_paras(part)


def check_page_number(doc: Doc, rules: Rules) -> list[Finding]:
    """A PAGE field centred in the default header of section 1, none on page 1 (titlePg)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.text.paragraph import Paragraph

    from minutes.docx.read import effective

    where = "tiêu đề trang"
    if not len(doc.document.sections):
        return [finding("page-number", "văn bản không có số trang: Chèn → Số trang → Đầu trang → Giữa", where=where)]
    section = doc.document.sections[0]
    fields = _fields(section.header)
    if not fields:
        footer = _fields(section.footer) or _fields(section.first_page_footer)
        message = ("số trang đang ở chân trang; {s}: canh giữa ở lề trên" if footer else "văn bản không có số trang; "
                   "{s}: số trang canh giữa ở lề trên, không hiện ở trang 1")
        return [finding("page-number", message.format(s=rules.source) + ": Chèn → Số trang → Đầu trang → Giữa, "
                        "rồi chọn “Trang đầu khác”", where=where)]
    out = []
    paragraph = Paragraph(fields[0], section.header)
    if effective(paragraph, doc.document).alignment != WD_ALIGN_PARAGRAPH.CENTER:
        out.append(finding("page-number", "số trang chưa canh giữa; chọn số trang → Trang đầu → Căn giữa", where=where))
    para = next((p for p in doc.page_paras if p.element is fields[0]), None)
    fmt = para.span() if para is not None else None
    if fmt is not None and not in_range(fmt.size, rules.page_size):
        out.append(finding("page-number", f"số trang cỡ {pt(fmt.size)}; {rules.source}: {span_text(rules.page_size)}",
                           severity="warning", where=where))
    if not section.different_first_page_header_footer:
        out.append(finding("page-number", "trang 1 không được đánh số: Chèn → Đầu trang → Sửa đầu trang → đánh dấu "
                           "“Trang đầu khác” (Different First Page)", where=where))
    elif _fields(section.first_page_header):
        out.append(finding("page-number", "trang 1 đang hiện số trang; xoá số trang ở đầu trang của trang 1",
                           where=where))
    distance = section.header_distance
    if rules.header_mm and distance is not None and abs(distance.mm - rules.header_mm) > 0.5:
        out.append(finding("page-number", f"số trang cách mép trên {distance.mm:.0f} mm; {rules.source}: "
                           f"{rules.header_mm:g} mm: Bố cục → Lề → Lề tùy chỉnh → Bố trí → Đầu trang 1 cm",
                           severity="warning", where=where))
    return out
