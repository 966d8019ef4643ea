"""Checks of the page: paper and margins, fonts (defaults, styles, runs), page numbers.

Each check is ``check(doc, rules) -> list[Finding]`` over the :class:`~minutes.lint.model.Doc`
model; a check that cannot apply returns [].
"""

from __future__ import annotations

import re

from minutes.i18n import N_, _
from minutes.lint.common import finding, in_range, pt, span_text, vn_decimal
from minutes.lint.model import Doc, Finding, Para
from minutes.lint.tables import TOLERANCE_MM, Rules

# --- paper and margins --------------------------------------------------------------

SIDES = (N_("trên"), N_("dưới"), N_("trái"), N_("phải"))


def check_page(doc: Doc, rules: Rules) -> list[Finding]:
    """A4 portrait on every section; margins of the portrait sections inside the ranges."""
    out = []
    sections = list(doc.document.sections)
    if not sections:
        return [finding("paper", _("văn bản không khai báo khổ giấy và lề; chọn Bố cục → Khổ giấy → A4 và đặt lề"),
                        where=_("bố cục trang"))]
    for number, section in enumerate(sections, 1):
        where = _("bố cục trang") + (_(" (phần {number})").format(number=number) if len(sections) > 1 else "")
        width, height = section.page_width, section.page_height
        if width is None or height is None:
            out.append(finding("paper", _("không khai báo khổ giấy; chọn Bố cục → Khổ giấy → A4"), where=where))
            continue
        w, h = sorted((width.mm, height.mm))
        if abs(w - 210) > 0.5 or abs(h - 297) > 0.5:
            out.append(finding("paper", _("khổ giấy {w:.0f} x {h:.0f} mm; {source} yêu cầu A4 (210 x 297 "
                                          "mm): Bố cục → Khổ giấy → A4").format(
                w=w, h=h, source=_(rules.source)), where=where))
        if width.mm > height.mm:
            if number == 1:
                out.append(finding("paper", _("trang đầu nằm ngang; văn bản trình bày theo chiều dài khổ A4: Bố cục "
                                              "→ Hướng → Dọc"), where=where))
                continue
            out.extend(_landscape_margins(section, rules, where))
            continue
        out.extend(_margins(section, rules, where))
    return out


def _landscape_margins(section, rules: Rules, where: str) -> list[Finding]:
    """A landscape page (a wide table) keeps the margins of the portrait page, turned with it either way:
    the binding edge (left on a portrait page) at the top or at the bottom of the landscape page."""
    read = [_mm(v) for v in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)]
    values = [v for v in read if v is not None]
    if len(values) < len(read):
        return _margins(section, rules, where)
    top, bottom, left, right = rules.margins_mm
    turnings = ((left, right, top, bottom), (right, left, bottom, top), (top, bottom, left, right))
    for bounds in turnings:
        if all(lo - TOLERANCE_MM <= v <= hi + TOLERANCE_MM for v, (lo, hi) in zip(values, bounds)):
            return []
    def failing(bounds):
        return [(side, v, b) for side, v, b in zip(SIDES, values, bounds)
                if not (b[0] - TOLERANCE_MM <= v <= b[1] + TOLERANCE_MM)]

    wrong = min((failing(b) for b in turnings), key=len)
    shown = ", ".join(_("lề {side} {vn_decimal} mm (cần {span_text})").format(
        side=_(side), vn_decimal=vn_decimal(round(v, 1)), span_text=span_text(b, 'mm')) for side, v, b in wrong)
    return [finding("margins", _("trang nằm ngang: {shown}; {source}: trang ngang giữ lề của trang dọc xoay "
                                 "theo: Bố cục → Lề → Lề tùy chỉnh").format(
        shown=shown, source=_(rules.source)), where=where)]


def _mm(value) -> float | None:
    return value.twips * 25.4 / 1440 if value is not None else None


def _margins(section, rules: Rules, where: str) -> list[Finding]:
    out = []
    values = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    for side, value, bounds, index in zip(SIDES, values, rules.margins_mm, range(4)):
        mm = value.twips * 25.4 / 1440 if value is not None else None
        if mm is None or not (bounds[0] - TOLERANCE_MM <= mm <= bounds[1] + TOLERANCE_MM):
            fix = min(max(mm or bounds[0], bounds[0]), bounds[1]) / 10
            shown = _("không khai báo") if mm is None else vn_decimal(round(mm, 1)) + " mm"
            out.append(finding("margins", _("lề {side} {shown}; {source} yêu cầu {span_text}: Bố cục → Lề → "
                                            "Lề tùy chỉnh → {capitalize} {vn_decimal} cm").format(
                side=_(side), shown=shown, source=_(rules.source), span_text=span_text(bounds, 'mm'),
                capitalize=_(side).capitalize(), vn_decimal=vn_decimal(fix)), where=where))
        elif rules.margins_usual and abs(mm - rules.margins_usual[index]) > TOLERANCE_MM:
            usual = rules.margins_usual[index]
            out.append(finding("margins", _("lề {side} {mm:.0f} mm; hướng dẫn của Đoàn thường dùng "
                                            "{usual:g} mm").format(
                side=_(side), mm=mm, usual=usual),
                               severity="warning", where=where))
    return out


# --- fonts --------------------------------------------------------------------------

FONT = "Times New Roman"
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
FACES = re.compile(r"^Times New Roman(?: (?:Bold|Italic|Bold Italic))?$", re.IGNORECASE)
"""Times New Roman, also under the names of its faces ("Times New Roman Bold"): Word draws the same letters."""


def is_tnr(font: str) -> bool:
    """True for Times New Roman (or one of its faces), and for a run that names no font at all
    (Word then draws Times New Roman)."""
    return not font or bool(FACES.match(font.strip()))


def check_fonts(doc: Doc, rules: Rules) -> list[Finding]:
    """Times New Roman on the text that is shown: the effective font of every visible run.

    A font set in the document defaults or in a style is judged only through the text that
    uses it; defaults and styles that no visible text uses are mentioned once, as information
    (typing into the document would use them).
    """
    out = []
    for p in doc.paras + doc.page_paras:
        if not p.control:
            out.extend(_run_fonts(p))
    unused = _unused_fonts(doc)
    if unused:
        out.append(finding("font", _("{names} đặt phông khác {font} nhưng không đoạn chữ nào đang dùng; nên "
                                     "đặt {font} để chữ gõ thêm đúng phông (Trang đầu → Kiểu → Sửa đổi → "
                                     "Phông)").format(
            names=_names(unused), font=FONT),
                           severity="info", where=_("kiểu văn bản")))
    return out


def _unused_fonts(doc: Doc) -> list[str]:
    """Return the defaults and styles that name another font (or a theme font) and that no visible text uses."""
    from docx.oxml.ns import qn

    out = []
    rpr = doc.defaults.get("rpr")
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if rfonts is not None and _foreign(rfonts):
        out.append(_("phông mặc định ({foreign})").format(foreign=_foreign(rfonts)))
    for style in doc.document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) in doc.used_styles:
            continue
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else style.get(qn("w:styleId"), "?")
        for rf in style.iter(qn("w:rFonts")):
            if _foreign(rf):
                out.append(_("kiểu “{name}” ({foreign})").format(name=name, foreign=_foreign(rf)))
                break
    return out


def _foreign(rf) -> str:
    """Return the first font of a w:rFonts that is not Times New Roman ("theme" for a theme font), or ""."""
    attrs = {k.split("}")[-1]: v for k, v in rf.attrib.items()}
    if any(a.lower().endswith("theme") and not a.startswith(("eastAsia", "cs")) for a in attrs):
        return _("phông theo chủ đề")
    return next((attrs[s] for s in ("ascii", "hAnsi") if s in attrs and not is_tnr(attrs[s])), "")


def _names(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    shown = ", ".join(unique[:4])
    return shown + (_(" và {count} kiểu khác").format(count=len(unique) - 4) if len(unique) > 4 else "")


def _run_fonts(p: Para) -> list[Finding]:
    visible = [r for r in p.runs if r.text.strip()]
    themed = sorted({r.font for r in visible if r.font_from.endswith("+theme")})
    others = sorted({r.font for r in visible if not is_tnr(r.font) and not r.font_from.endswith("+theme")})
    out = []
    if themed:
        out.append(finding("font-theme", _("chữ dùng phông theo chủ đề (theme: {themed}); chọn đoạn và đặt "
                                           "phông {font}").format(
            themed=', '.join(themed), font=FONT), p))
    if others:
        out.append(finding("font", _("chữ dùng phông {others}; chọn đoạn và đặt phông {font} (Times New "
                                     "Roman, Unicode TCVN 6909:2001)").format(
            others=', '.join(others), font=FONT), p))
    return out


# --- page numbers -------------------------------------------------------------------

PAGE_FIELD = re.compile(r"(?<![A-Z])PAGE(?![A-Z])")


def _page_field_paras(header_footer) -> list:
    """Return the w:p of a header or footer (not linked to the previous one) that hold a PAGE field."""
    from docx.oxml.ns import qn

    out = []
    for p in header_footer.part.element.iter(qn("w:p")):  # the w:hdr or w:ftr of its own definition
        instr = "".join(f.get(qn("w:instr"), "") for f in p.iter(qn("w:fldSimple")))
        instr += "".join(t.text or "" for t in p.iter(qn("w:instrText")))
        if PAGE_FIELD.search(instr):
            out.append(p)
    return out


def _fields(part) -> list:
    return [] if part is None or part.is_linked_to_previous else _page_field_paras(part)


def check_page_number(doc: Doc, rules: Rules) -> list[Finding]:
    """A PAGE field centred in the default header of section 1, none on page 1 (titlePg).

    A document of one page needs no number (none shows on page 1); it is only told when a
    number does show on its page 1.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.text.paragraph import Paragraph

    from minutes.docx.read import effective
    from minutes.lint.pagecount import page_count

    where = _("tiêu đề trang")
    if not len(doc.document.sections):
        return [finding("page-number", _("văn bản không có số trang: Chèn → Số trang → Đầu trang → Giữa"), where=where)]
    section = doc.document.sections[0]
    if page_count(doc) <= 1:
        return _number_on_page_one(section, where)
    fields = _fields(section.header)
    if not fields:
        footer = _fields(section.footer) or _fields(section.first_page_footer)
        message = (_("số trang đang ở chân trang; {s}: canh giữa ở lề trên") if footer
                   else _("văn bản không có số trang; {s}: số trang canh giữa ở lề trên, không hiện ở trang 1"))
        return [finding("page-number", message.format(s=_(rules.source))
                        + _(": Chèn → Số trang → Đầu trang → Giữa, rồi chọn “Trang đầu khác”"), where=where)]
    out = []
    paragraph = Paragraph(fields[0], section.header)
    if effective(paragraph, doc.document).alignment != WD_ALIGN_PARAGRAPH.CENTER:
        out.append(finding("page-number", _("số trang chưa canh giữa; chọn số trang → Trang đầu → Căn giữa"),
                           where=where))
    para = next((p for p in doc.page_paras if p.element is fields[0]), None)
    fmt = para.span() if para is not None else None
    if fmt is not None and not in_range(fmt.size, rules.page_size):
        out.append(finding("page-number", _("số trang cỡ {pt}; {source}: {span_text}").format(
            pt=pt(fmt.size), source=_(rules.source), span_text=span_text(rules.page_size)),
                           severity="warning", where=where))
    if not section.different_first_page_header_footer:
        out.append(finding("page-number", _("trang 1 không được đánh số: Chèn → Đầu trang → Sửa đầu trang → đánh "
                                            "dấu “Trang đầu khác” (Different First Page)"), where=where))
    elif _fields(section.first_page_header):
        out.append(finding("page-number", _("trang 1 đang hiện số trang; xoá số trang ở đầu trang của trang 1"),
                           where=where))
    distance = section.header_distance
    if rules.header_mm and distance is not None and abs(distance.mm - rules.header_mm) > 0.5:
        out.append(finding("page-number", _("số trang cách mép trên {mm:.0f} mm; {source}: {header_mm:g} "
                                            "mm: Bố cục → Lề → Lề tùy chỉnh → Bố trí → Đầu trang 1 cm").format(
            mm=distance.mm, source=_(rules.source), header_mm=rules.header_mm),
                           severity="warning", where=where))
    return out


def _number_on_page_one(section, where: str) -> list[Finding]:
    """A one-page document: an error only when a page number shows on its page 1."""
    if section.different_first_page_header_footer:
        shown = _fields(section.first_page_header) or _fields(section.first_page_footer)
    else:
        shown = _fields(section.header) or _fields(section.footer)
    if not shown:
        return []
    return [finding("page-number", _("văn bản một trang đang hiện số trang ở trang 1; trang 1 không được đánh số: "
                                     "xoá số trang hoặc chọn “Trang đầu khác”"), where=where)]
