"""Build the built-in .docx templates in templates/ from code, reproducibly.

Usage: ``python tools/build_templates.py`` (rewrites templates/*.docx) or
``python tools/build_templates.py --check`` (exit 1 if a committed file differs
from what this script builds). The templates are ordinary Word documents with
docxtpl tags: a secretary may open one in Word, change a label, and render with
``-t``. Variable names are those of minutes.glossary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import docxkit as kit  # noqa: E402
from forms import FORMS, Form  # noqa: E402

from minutes.docxio import document_bytes  # noqa: E402
from minutes.layout import fit_rules  # noqa: E402

BUILT_AT = dt.datetime(2026, 1, 1)

SECTIONS = (
    ("agenda", "Chương trình cuộc họp"),
    ("review", "Kết quả thực hiện nhiệm vụ kỳ trước"),
    ("achievements", "Kết quả đạt được"),
    ("indicators", "Một số chỉ tiêu chủ yếu"),
    ("discussion", "Ý kiến thảo luận"),
    ("directions", "Ý kiến chỉ đạo"),
    ("tasks", "Nhiệm vụ thời gian tới"),
    ("commendations", "Khen thưởng"),
    ("conclusion", "Kết luận"),
    ("vote", "Biểu quyết"),
)
"""Content sections of a biên bản, in the order of the meeting: (context name, heading)."""


def new_document(form: Form):
    """Return an empty document with the form's page, fonts, styles and page-number header."""
    doc = Document()
    kit.remove_body_paragraphs(doc)
    kit.set_page(doc.sections[0], form.margins_mm)
    for spec in form.styles:
        kit.add_paragraph_style(doc, spec)
    kit.set_fonts(doc, 14)
    doc.styles["Lệnh mẫu"].font.color.rgb = kit_rgb("808080")
    header = doc.sections[0].header
    page = header.paragraphs[0]
    page.style = doc.styles["Số trang"]
    kit.add_page_field(page)
    first = doc.sections[0].first_page_header
    first.paragraphs[0].style = doc.styles["Số trang"]
    return doc


def kit_rgb(hex_color: str):
    """Return a python-docx RGBColor."""
    from docx.shared import RGBColor

    return RGBColor.from_string(hex_color)


def fill(cell, lines: list[tuple[str, str]]) -> None:
    """Write ``(text, style_id)`` lines into ``cell``, one paragraph each."""
    for text, style in lines:
        kit.para(cell, text, style)
    kit.clear_cell(cell)


def loop(var: str, expr: str, style: str, body: str) -> list[tuple[str, str]]:
    """Return the paragraphs of a docxtpl paragraph loop over ``expr``."""
    return [(f"{{%p for {var} in {expr} %}}", "LenhMau"), (body, style), ("{%p endfor %}", "LenhMau")]


def header_block(doc, form: Form) -> None:
    """Add ô 1-4: the borderless two-column header table."""
    table = kit.layout_table(doc, form.header_widths_mm)
    left, right = table.rows[0].cells
    fill(left, [
        ("{%p if organization.parent_lines %}", "LenhMau"),
        *loop("line", "organization.parent_lines", "CoQuanChuQuan", "{{ line }}"),
        ("{%p endif %}", "LenhMau"),
        *loop("line", "organization.name_lines", "CoQuanBanHanh", "{{ line }}"),
        ("", "DuongKeNgan"),
        ("{{ so_ky_hieu }}", "SoKyHieu"),
    ])
    right_lines = [(form.title_right[0], "QuocHieu"), (form.title_right[1], "TieuNgu"), ("", "DuongKeDai")]
    if form.has_date_line:
        right_lines.append(("{{ dia_danh_ngay }}", "DiaDanhNgay"))
    fill(right, right_lines)


def title_block(doc) -> None:
    """Add ô 5a: tên loại, trích yếu and the short rule under them."""
    kit.para(doc, "BIÊN BẢN", "TenLoai")
    kit.para(doc, "{{ trich_yeu }}", "TrichYeu")
    kit.para(doc, "", "DuongKeNgan")


def opening(doc) -> None:
    """Add the fixed lines of Mẫu 1.9 before the content."""
    lines = [
        ("Thời gian bắt đầu: {{ meeting.start }}, {{ meeting.date }}.", "NoiDung"),
        ("Địa điểm: {{ meeting.location }}.", "NoiDung"),
        ("Thành phần tham dự:", "NoiDung"),
        *loop("line", "attendance", "NoiDung", "{{ line }}"),
        ("Chủ trì (chủ tọa): {{ chair.line }}.", "NoiDung"),
        ("Thư ký (người ghi biên bản): {{ secretary.line }}.", "NoiDung"),
        ("Nội dung (theo diễn biến cuộc họp):", "NoiDung"),
    ]
    for text, style in lines:
        kit.para(doc, text, style)


def section(doc, name: str, heading: str) -> None:
    """Add one content section: nothing at all when the outline has no data for it."""
    kit.para(doc, f"{{%p if {name} %}}", "LenhMau")
    kit.para(doc, f"{{{{ numbers.{name} }}}}. {heading}", "MucNoiDung")
    if name == "indicators":
        indicator_tables(doc)
    else:
        for text, style in loop("line", name, "NoiDung", "{{ line }}"):
            kit.para(doc, text, style)
    kit.para(doc, "{%p endif %}", "LenhMau")


INDICATOR_COLUMNS = (
    # (heading, cell text, style, width mm, only with previous values)
    ("TT", "{{ row.stt }}", "BangGiua", 9, False),
    ("Chỉ tiêu", "{{ row.name }}", "BangChu", 52, False),
    ("Đơn vị tính", "{{ row.unit }}", "BangGiua", 19, False),
    ("Kỳ này", "{{ row.value }}", "BangSo", 32, False),
    ("Kỳ trước", "{{ row.previous }}", "BangSo", 32, True),
    ("So sánh", "{{ row.change }}", "BangGiua", 21, True),
)


def indicator_tables(doc) -> None:
    """Add the indicators table: with 'Kỳ trước' and 'So sánh' when any value has one."""
    kit.para(doc, "{%p if has_previous %}", "LenhMau")
    indicator_table(doc, list(INDICATOR_COLUMNS))
    kit.para(doc, "{%p else %}", "LenhMau")
    columns = [c for c in INDICATOR_COLUMNS if not c[4]]
    widths = [c[3] for c in columns]
    widths[1] += 165 - sum(widths)
    indicator_table(doc, [(*c[:3], w, c[4]) for c, w in zip(columns, widths)])
    kit.para(doc, "{%p endif %}", "LenhMau")


def indicator_table(doc, columns) -> None:
    """Add one bordered indicators table with a docxtpl row loop."""
    widths = [c[3] for c in columns]
    table = kit.layout_table(doc, widths, borders=True)
    for cell, column in zip(table.rows[0].cells, columns):
        fill(cell, [(column[0], "BangTieuDe")])
    for texts in (["{%tr for row in indicators %}"], [c[1] for c in columns], ["{%tr endfor %}"]):
        row = kit.add_row(table, widths)
        for cell, text, column in zip(row.cells, texts + [""] * len(columns), columns):
            fill(cell, [(text, column[2] if len(texts) > 1 else "LenhMau")])


def closing(doc, form: Form) -> None:
    """Add the closing sentence with its end mark."""
    kit.para(doc, f"Cuộc họp kết thúc vào {{{{ meeting.closing }}}}{form.ending}", "NoiDung")


def signatures(doc, form: Form) -> None:
    """Add ô 7 and 9b: THƯ KÝ left with Nơi nhận under it, CHỦ TỌA right."""
    table = kit.layout_table(doc, form.signature_widths_mm)
    left, _gap, right = table.rows[0].cells
    fill(left, [
        (form.secretary_title, "ChuKyChucVu"),
        ("{{ secretary.name }}", "ChuKyHoTen"),
        ("Nơi nhận:", "NoiNhan"),
        *loop("line", "noi_nhan", "NoiNhanMuc", "{{ line }}"),
    ])
    fill(right, [(form.chair_title, "ChuKyChucVu"), ("{{ chair.name }}", "ChuKyHoTen")])


def build_bien_ban(form: Form):
    """Return the biên bản template of ``form`` as a python-docx Document."""
    doc = new_document(form)
    header_block(doc, form)
    title_block(doc)
    opening(doc)
    for name, heading in SECTIONS:
        section(doc, name, heading)
    closing(doc, form)
    signatures(doc, form)
    fit_rules(doc)
    doc.core_properties.title = "Biên bản"
    doc.core_properties.language = "vi-VN"
    doc.core_properties.author = "minutes"
    return doc


def built_templates() -> dict[str, bytes]:
    """Return every built-in template as {file name: bytes}."""
    return {
        f"bien-ban.{name}.docx": document_bytes(build_bien_ban(form), BUILT_AT)
        for name, form in FORMS.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Write the templates, or with --check compare them with the committed files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    for name, data in built_templates().items():
        path = ROOT / "templates" / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)}")
    for name in stale:
        print(f"templates/{name} differs from what tools/build_templates.py builds", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
