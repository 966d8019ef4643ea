"""The blocks every template is made of: header (ô 1-4), title (ô 5a), content helpers,
signatures (ô 7) and Nơi nhận (ô 9b). Each takes a Form, so one code path serves every style.
"""

from __future__ import annotations

import docxkit as kit
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt, RGBColor
from forms import Form

Line = tuple[str, str]  # (text, style id)


def new_document(form: Form):
    """Return an empty document with the form's page, fonts, styles and page-number header."""
    doc = Document()
    kit.remove_body_paragraphs(doc)
    kit.set_page(doc.sections[0], form.margins_mm)
    for spec in form.styles:
        kit.add_paragraph_style(doc, spec)
    kit.set_fonts(doc, 14)
    kit.style_by_id(doc, "LenhMau").font.color.rgb = RGBColor.from_string("808080")
    section = doc.sections[0]
    page = section.header.paragraphs[0]
    page.style = kit.style_by_id(doc, "SoTrang")
    kit.add_page_field(page)
    section.first_page_header.paragraphs[0].style = kit.style_by_id(doc, "SoTrang")
    return doc


def fill(container, lines: list[Line]) -> None:
    """Write ``(text, style_id)`` lines into a document or cell, one paragraph each."""
    for text, style in lines:
        kit.para(container, text, style)
    if hasattr(container, "_tc"):
        kit.clear_cell(container)


def tag(text: str) -> Line:
    """Return a docxtpl control paragraph (removed when rendering)."""
    return (text, "LenhMau")


def loop(expr: str, style: str, body: str = "{{ line }}", var: str = "line") -> list[Line]:
    """Return the paragraphs of a docxtpl paragraph loop over ``expr``."""
    return [tag(f"{{%p for {var} in {expr} %}}"), (body, style), tag("{%p endfor %}")]


def when(expr: str, lines: list[Line]) -> list[Line]:
    """Return ``lines`` wrapped in a paragraph-level ``if``: no trace when ``expr`` is empty."""
    return [tag(f"{{%p if {expr} %}}"), *lines, tag("{%p endif %}")]


def header_block(doc, form: Form, date_line: bool) -> None:
    """Add ô 1-4 as a borderless table; row 2 puts Số and the date line on one level."""
    widths = list(form.header_widths_mm)
    table = kit.layout_table(doc, widths, indent_mm=form.header_indent_mm)
    left, right = table.rows[0].cells
    separator = ("", "DuongKeNgan") if not form.separator_left else (form.separator_left, "DauSao")
    fill(left, [
        *when("organization.parent_lines", loop("organization.parent_lines", "CoQuanChuQuan")),
        *loop("organization.name_lines", "CoQuanBanHanh"),
        separator,
    ])
    fill(right, [*form.title_right, ("", "DuongKeDai")])
    number, date = kit.add_row(table, widths).cells
    fill(number, [("{{ so_ky_hieu }}", "SoKyHieu")])
    fill(date, [("{{ dia_danh_ngay }}", "DiaDanhNgay")] if date_line else [("", "SoKyHieu")])


def title_block(doc, form: Form, ten_loai: str, trich_yeu: str = "{{ trich_yeu }}") -> None:
    """Add ô 5a: tên loại, trích yếu and the rule (or "-----") under them."""
    separator = (form.title_separator, "GachNoi") if form.title_separator else ("", "DuongKeNgan")
    fill(doc, [(ten_loai, "TenLoai"), (trich_yeu, "TrichYeu"), separator])


def content(doc, form: Form, sections) -> None:
    """Add numbered content sections ``(name, heading)``; the indicators section holds a table."""
    for name, heading in sections:
        if name == "indicators":
            indicator_tables(doc, heading, text_width_mm(form))
        else:
            fill(doc, numbered_section(name, heading))


def numbered_section(name: str, heading: str, body: list[Line] | None = None) -> list[Line]:
    """Return a numbered heading and its lines, all absent when the outline has no data."""
    lines = body if body is not None else loop(name, "NoiDung")
    return when(name, [(f"{{{{ so_muc.{name} }}}}. {heading}", "MucNoiDung"), *lines])


INDICATOR_COLUMNS = (
    # (heading, cell text, style, width mm, only with previous values)
    ("TT", "{{ row.stt }}", "BangGiua", 9, False),
    ("Chỉ tiêu", "{{ row.name }}", "BangChu", 52, False),
    ("Đơn vị tính", "{{ row.unit }}", "BangGiua", 19, False),
    ("Kỳ này", "{{ row.value }}", "BangSo", 32, False),
    ("Kỳ trước", "{{ row.previous }}", "BangSo", 32, True),
    ("So sánh", "{{ row.change }}", "BangGiua", 21, True),
)


def indicator_tables(doc, heading: str, width_mm: float) -> None:
    """Add the indicators section: its table has 'Kỳ trước' and 'So sánh' when any value has one."""
    fill(doc, [tag("{%p if indicators %}"), ("{{ so_muc.indicators }}. " + heading, "MucNoiDung"),
               tag("{%p if has_previous %}")])
    indicator_table(doc, list(INDICATOR_COLUMNS), width_mm)
    fill(doc, [tag("{%p else %}")])
    indicator_table(doc, [c for c in INDICATOR_COLUMNS if not c[4]], width_mm)
    fill(doc, [tag("{%p endif %}"), tag("{%p endif %}")])


def indicator_table(doc, columns, width_mm: float) -> None:
    """Add one bordered indicators table (the name column takes the spare width)."""
    widths = [c[3] for c in columns]
    widths[1] += width_mm - sum(widths)
    table = kit.layout_table(doc, widths, borders=True)
    for cell, column in zip(table.rows[0].cells, columns):
        fill(cell, [(column[0], "BangTieuDe")])
    kit.add_row(table, widths).cells[0].paragraphs[0].text = "{%tr for row in indicators %}"
    for cell, column in zip(kit.add_row(table, widths).cells, columns):
        fill(cell, [(column[1], column[2])])
    kit.add_row(table, widths).cells[0].paragraphs[0].text = "{%tr endfor %}"
    kit.repeat_header(table)


def signature_block(doc, form: Form, left_title: str, right_title: str,
                    left_name: str, right_name: str) -> None:
    """Add ô 7 and 9b: two signers side by side, Nơi nhận under the left one (Mẫu 1.9)."""
    table = kit.layout_table(doc, list(form.signature_widths_mm))
    left, _gap, right = table.rows[0].cells
    fill(left, [
        (left_title, "ChuKyQuyenHan"),
        (left_name, "ChuKyHoTen"),
        ("Nơi nhận:", "NoiNhan"),
        *loop("noi_nhan", "NoiNhanMuc"),
    ])
    fill(right, [(right_title, "ChuKyQuyenHan"), (right_name, "ChuKyHoTen")])
    kit.keep_together(table)


def single_signature_block(doc, form: Form) -> None:
    """Add ô 9b and 7 of a notice, report or invitation: Nơi nhận left, the signer right."""
    table = kit.layout_table(doc, list(form.single_signature_widths_mm))
    left, right = table.rows[0].cells
    fill(left, [("Nơi nhận:", "NoiNhan"), *loop("noi_nhan", "NoiNhanMuc")])
    fill(right, [
        tag("{%p if signer.authority %}"),
        ("{{ signer.authority }}", "ChuKyQuyenHan"),
        ("{{ signer.position }}", "ChuKyChucVu"),
        tag("{%p else %}"),
        ("{{ signer.position }}", "ChuKyChucVuDau"),
        tag("{%p endif %}"),
        ("{{ signer.name }}", "ChuKyHoTen"),
    ])
    kit.keep_together(table)


KINH_GUI_DASH_MM = 45
"""Where the dashes of a "Kính gửi:" list stand, from the left margin (the label ends before it)."""
KINH_GUI_LABEL_MM = 22
"""Room for the label "Kính gửi:" before the dashes."""


def kinh_gui_block(doc, form: Form) -> None:
    """Add ô 9a, "Kính gửi: …", only when the outline names an addressee: one name on the
    line, centred; two or more as "- name;" lines with their dashes aligned after the colon
    (NĐ 30 Phụ lục I, II.9.d)."""
    fill(doc, [tag("{%p if kinh_gui %}")])
    p = kit.para(doc, "", "KinhGui")
    label = p.add_run("Kính gửi: ")
    label.italic = form.kinh_gui_italic or None
    p.add_run("{{ kinh_gui }}")
    fill(doc, [tag("{%p endif %}"), tag("{%p if kinh_gui_list %}")])
    first = _kinh_gui_line(doc, form, after=False)
    label = first.add_run("Kính gửi:")
    label.italic = form.kinh_gui_italic or None
    first.add_run().add_tab()
    first.add_run("{{ kinh_gui_list[0] }}")
    fill(doc, [tag("{%p for line in kinh_gui_list[1:] %}")])
    rest = _kinh_gui_line(doc, form, after=True)
    rest.paragraph_format.space_before = Pt(0)
    rest.add_run().add_tab()
    rest.add_run("{{ line }}")
    fill(doc, [tag("{%p endfor %}"), tag("{%p endif %}")])


def _kinh_gui_line(doc, form: Form, after: bool):
    """A left-aligned "Kính gửi" paragraph whose hanging indent puts the dashes in one column."""
    p = kit.para(doc, "", "KinhGui")
    fmt = p.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.left_indent, fmt.first_line_indent = Mm(KINH_GUI_DASH_MM), Mm(-KINH_GUI_LABEL_MM)
    fmt.keep_with_next = True
    body = next(s for s in form.styles if s.style_id == "NoiDung")
    if body.line_exact_pt:  # HD 05: exact line spacing, as the body
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(body.line_exact_pt)
    if not after:
        fmt.space_after = Pt(0)
    return p


def text_width_mm(form: Form) -> float:
    """Return the width between the margins, in mm."""
    return 210 - form.margins_mm[2] - form.margins_mm[3]
