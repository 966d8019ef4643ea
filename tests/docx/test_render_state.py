"""The state biên bản (NĐ 30/2020, Mẫu 1.9) read back with python-docx: text and formatting."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, open_docx, render_outline_bytes
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm

from minutes.docx.layout import text_width_pt
from minutes.docx.read import effective, iter_paragraphs, rule_length_twips

FULL = ROOT / "tests" / "data" / "render" / "state-full.yaml"
MINIMAL = ROOT / "examples" / "toi-thieu.yaml"


@pytest.fixture(scope="module")
def doc():
    """The full test outline (every key of the contract) rendered in the state style."""
    return open_docx(render_outline_bytes(FULL))


@pytest.fixture(scope="module")
def minimal():
    """The minimal example rendered."""
    return open_docx(render_outline_bytes(MINIMAL))


def find(document, pattern: str):
    """Return the first paragraph (body or table) whose text matches ``pattern``."""
    for p in iter_paragraphs(document):
        if re.search(pattern, p.text):
            return p
    raise AssertionError(f"no paragraph matches {pattern!r}")


def fmt(document, pattern: str):
    return effective(find(document, pattern), document)


def header_cells(document):
    table = document.tables[0]
    return [cell for row in table.rows for cell in row.cells]


# -- page -------------------------------------------------------------------


def test_paper_is_a4_portrait(doc):
    s = doc.sections[0]
    assert abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5)


def mm_between(length, low: float, high: float) -> bool:
    """True when ``length`` is within [low, high] mm, allowing the 1-twip rounding of .docx."""
    return Mm(low) - 635 <= length <= Mm(high) + 635


def test_margins_within_nd30_ranges(doc):
    s = doc.sections[0]
    assert mm_between(s.top_margin, 20, 25) and mm_between(s.bottom_margin, 20, 25)
    assert mm_between(s.left_margin, 30, 35) and mm_between(s.right_margin, 15, 20)


def test_times_new_roman_on_all_slots_without_theme_fonts(doc):
    styles = doc.styles.element
    rfonts = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert rfonts.get(qn(slot)) == "Times New Roman"
    xml = styles.xml
    assert "asciiTheme" not in xml and "hAnsiTheme" not in xml and "cstheme" not in xml
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "vi-VN"


def test_page_number_field_centred_in_header_not_on_first_page(doc):
    s = doc.sections[0]
    assert s.different_first_page_header_footer
    header = s.header.paragraphs[0]
    instr = "".join(t.text for t in header._p.iter(qn("w:instrText")))
    assert instr.strip() == "PAGE"
    f = effective(header, doc)
    assert f.alignment == WD_ALIGN_PARAGRAPH.CENTER and 13 <= f.size <= 14
    first = s.first_page_header
    assert not list(first._element.iter(qn("w:instrText"))) and not first.paragraphs[0].text


# -- header (ô 1-3) -----------------------------------------------------------


def test_header_is_a_borderless_two_column_table(doc):
    table = doc.tables[0]
    assert len(table.columns) == 2
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(b.get(qn("w:val")) in ("nil", "none") for b in borders)


@pytest.mark.parametrize("pattern, size, bold", [
    (r"^ỦY BAN NHÂN DÂN$", (12, 13), False),  # "TỈNH TÂY NINH" goes on the next line
    (r"^SỞ NỘI VỤ$", (12, 13), True),
    (r"^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$", (12, 13), True),
    (r"^Độc lập - Tự do - Hạnh phúc$", (13, 14), True),
    (r"^Số: ", (13, 13), False),
])
def test_header_lines_sizes_and_weights(doc, pattern, size, bold):
    f = fmt(doc, pattern)
    assert size[0] <= f.size <= size[1]
    assert f.bold is bold and not f.italic
    assert f.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_title_lines_fit_their_column_on_one_line(doc):
    right = doc.tables[0].rows[0].cells[1]
    width_pt = int(right._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 20
    for p in right.paragraphs:
        f = effective(p, doc)
        if p.text:
            assert text_width_pt(p.text, f.size, f.bold) < width_pt, p.text


def test_so_ky_hieu_is_zero_padded_number_slash_bb_code(doc):
    assert find(doc, r"^Số: ").text == "Số: 07/BB-SNV"


def test_blank_number_leaves_room_to_write_by_hand(minimal):
    assert re.fullmatch(r"Số: {4,}/BB-UBND", find(minimal, r"^Số:").text)


def test_no_place_and_date_line_in_a_state_bien_ban(doc):
    header_text = " ".join(p.text for c in header_cells(doc) for p in c.paragraphs)
    assert not re.search(r"ngày \d+ tháng \d+ năm \d{4}", header_text)


def _rule_after(doc, pattern: str):
    cells = header_cells(doc)
    for cell in cells:
        paras = cell.paragraphs
        for i, p in enumerate(paras[:-1]):
            if re.search(pattern, p.text):
                width = int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))
                return effective(p, doc), rule_length_twips(paras[i + 1], width)
    raise AssertionError(pattern)


def test_rule_under_issuing_body_is_a_third_to_a_half_of_the_name(doc):
    f, length = _rule_after(doc, r"^SỞ NỘI VỤ$")
    name = text_width_pt(f.text, f.size, f.bold) * 20
    assert length is not None and name / 3 <= length <= name / 2


def test_rule_under_tieu_ngu_is_as_long_as_the_line(doc):
    f, length = _rule_after(doc, r"^Độc lập - Tự do - Hạnh phúc$")
    line = text_width_pt(f.text, f.size, f.bold) * 20
    assert length is not None and abs(length - line) <= 0.05 * line


# -- title (ô 5a) -------------------------------------------------------------


def test_ten_loai_and_trich_yeu_bold_centred_with_a_short_rule(doc):
    ten_loai = find(doc, r"^BIÊN BẢN$")
    f = effective(ten_loai, doc)
    assert 13 <= f.size <= 14 and f.bold and f.alignment == WD_ALIGN_PARAGRAPH.CENTER
    body = list(doc.paragraphs)
    i = next(n for n, p in enumerate(body) if p._p is ten_loai._p)
    trich_yeu, rule = body[i + 1], body[i + 2]
    g = effective(trich_yeu, doc)
    assert trich_yeu.text == "Hội nghị giao ban quý III năm 2025"
    assert 13 <= g.size <= 14 and g.bold and g.alignment == WD_ALIGN_PARAGRAPH.CENTER
    text_width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    length = rule_length_twips(rule, text_width // 635)
    line = text_width_pt(trich_yeu.text, g.size, True) * 20
    assert length is not None and line / 3 <= length <= line / 2


# -- body (ô 6) ---------------------------------------------------------------


def body_paragraphs(document):
    return [p for p in document.paragraphs if p.style.style_id in ("NoiDung", "MucNoiDung")]


def test_body_paragraphs_follow_nd30(doc):
    paras = body_paragraphs(doc)
    assert len(paras) > 20
    for p in paras:
        f = effective(p, doc)
        assert 13 <= f.size <= 14, p.text
        assert f.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY, p.text
        assert 1.0 <= f.first_indent_cm <= 1.27, p.text
        assert max(f.space_before_pt, f.space_after_pt) >= 6, p.text
        assert f.line_rule in (None, WD_LINE_SPACING.SINGLE, WD_LINE_SPACING.MULTIPLE, WD_LINE_SPACING.ONE_POINT_FIVE)
        assert f.line_value is None or 1.0 <= f.line_value <= 1.5, p.text


def test_opening_lines_in_the_order_of_mau_1_9(doc):
    texts = [p.text for p in body_paragraphs(doc)]
    order = ["Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:", "Chủ trì (chủ tọa):",
             "Thư ký (người ghi biên bản):", "Nội dung (theo diễn biến cuộc họp):"]
    positions = [next(i for i, t in enumerate(texts) if t.startswith(label)) for label in order]
    assert positions == sorted(positions)


def test_start_time_and_date_follow_the_zero_rule(doc):
    assert find(doc, r"^Thời gian bắt đầu").text == "Thời gian bắt đầu: 14 giờ 00, ngày 26 tháng 8 năm 2025."


def test_closing_sentence(doc):
    assert body_paragraphs(doc)[-1].text == "Hội nghị kết thúc vào 16 giờ 30 cùng ngày./."  # a "Hội nghị" (issue 17)


def test_sections_are_numbered_without_gaps(doc):
    headings = [p.text for p in doc.paragraphs if p.style.style_id == "MucNoiDung"]
    numbers = [int(h.split(".", 1)[0]) for h in headings]
    assert numbers == list(range(1, len(headings) + 1))
    for p in doc.paragraphs:
        if p.style.style_id == "MucNoiDung":
            assert effective(p, doc).bold


def test_empty_sections_leave_no_heading(minimal):
    assert not [p.text for p in minimal.paragraphs if p.style.style_id == "MucNoiDung"]


def test_no_soft_line_breaks_and_no_leftover_tags(doc):
    body = doc.element.body
    assert not [br for br in body.iter(qn("w:br")) if br.get(qn("w:type")) in (None, "textWrapping")]
    text = "\n".join(p.text for p in iter_paragraphs(doc))
    assert "{{" not in text and "{%" not in text


def test_indicator_table_numbers_use_vietnamese_separators(doc):
    table = doc.tables[1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0][:4] == ["TT", "Chỉ tiêu", "Đơn vị tính", "Kỳ này"]
    assert ["1", "Kinh phí vận động", "đồng", "1.900.000.000", "1.500.000.000", "tăng 26,7%"] in rows


# -- signatures (ô 7, 9b) -------------------------------------------------------


def test_signatures_thu_ky_left_chu_toa_right(doc):
    table = doc.tables[-1]
    left, right = table.rows[0].cells[0], table.rows[0].cells[-1]
    assert left.paragraphs[0].text == "THƯ KÝ" and right.paragraphs[0].text == "CHỦ TỌA"
    for cell, name in ((left, "Trần Thị Bình"), (right, "Nguyễn Văn An")):
        title = effective(cell.paragraphs[0], doc)
        assert 13 <= title.size <= 14 and title.bold
        signer = next(p for p in cell.paragraphs if p.text == name)
        f = effective(signer, doc)
        assert f.bold and 13 <= f.size <= 14 and f.space_before_pt >= 48  # room to sign
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(b.get(qn("w:val")) in ("nil", "none") for b in borders)


def test_noi_nhan_under_thu_ky(doc):
    left = doc.tables[-1].rows[0].cells[0]
    texts = [p.text for p in left.paragraphs]
    i = texts.index("Nơi nhận:")
    label = effective(left.paragraphs[i], doc)
    assert label.size == 12 and label.bold and label.italic
    items = left.paragraphs[i + 1:]
    assert [p.text for p in items] == ["- UBND tỉnh (b/c);", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, Hồ sơ."]
    assert all(effective(p, doc).size == 11 for p in items)
