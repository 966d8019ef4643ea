"""Each cause of a false alarm or a missed deviation found on real offices' documents (issue 16),
shown by a small document built here with python-docx (see officedoc.py)."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from officedoc import Office, landscape_section, line

from minutes.docx.read import iter_paragraphs
from minutes.lint import format_report, lint_document


def rules(findings, severity: str = "error") -> list[str]:
    return [f.rule for f in findings if f.severity == severity]


def lint(office: Office, style: str | None = None):
    return lint_document(office.bytes(), style=style)


def test_the_baseline_documents_are_clean():
    for style in ("state", "party"):
        findings = lint(Office(style))
        assert findings == [], format_report({style: findings})


# --- 1. drafts: the number and the day left blank ------------------------------------------


def test_a_draft_with_blank_number_and_day_is_read_whole():
    office = Office()
    office.left[-1] = ("Số:          /QĐ-UBND", 13, False, False)
    office.right[-1] = ("Lâm Đồng, ngày           tháng 01 năm 2026", 14, False, True)
    office.title = ("QUYẾT ĐỊNH", 14, True)
    findings = lint(office)
    assert findings == [], format_report({"draft": findings})


def test_a_party_draft_with_blank_number_is_read_whole():
    office = Office("party")
    office.left[-1] = ("Số      -TB/ĐU", 14, False, False)
    findings = lint(office)
    assert not rules(findings) and not rules(findings, "warning"), format_report({"draft": findings})


def test_a_wrong_number_in_a_draft_is_still_found():
    office = Office()
    office.left[-1] = ("Số:     /TB - UBND", 13, False, False)
    assert rules(lint(office)) == ["so-format"]


# --- 2. fonts nobody sees -------------------------------------------------------------------


def _calibri_defaults_and_an_unused_arial_style(d) -> None:
    for p in iter_paragraphs(d):  # as Word writes it: every run names its font
        for r in p.runs:
            r.font.name = "Times New Roman"
    rpr = d.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for name in list(rpr.attrib):
        rpr.attrib.pop(name)
    rpr.set(qn("w:asciiTheme"), "minorHAnsi")
    rpr.set(qn("w:hAnsiTheme"), "minorHAnsi")
    d.styles["Quote"].font.name = "Arial"


def test_fonts_that_no_visible_text_uses_are_one_note():
    office = Office()
    office.extra.append(_calibri_defaults_and_an_unused_arial_style)
    findings = lint(office)
    assert not rules(findings) and not rules(findings, "warning"), format_report({"fonts": findings})
    notes = [f for f in findings if f.severity == "info"]
    assert [f.rule for f in notes] == ["font"] and "Quote" in notes[0].message


def test_the_effective_font_of_visible_text_is_judged():
    office = Office()

    def body_in_a_style_with_arial(d):
        d.styles["Quote"].font.name = "Arial"
        p = next(p for p in d.paragraphs if p.text.startswith("Ngày 04/3"))
        p.style = d.styles["Quote"]
        for r in p.runs:  # the run names no font: the style's shows
            r._r.get_or_add_rPr().remove(r._r.rPr.rFonts) if r._r.rPr.rFonts is not None else None

    office.extra.append(body_in_a_style_with_arial)
    findings = lint(office)
    assert rules(findings) == ["font"] and "Arial" in findings[0].message
    assert findings[0].quote.startswith("Ngày 04/3")


def test_times_new_roman_bold_is_times_new_roman():
    office = Office()
    office.extra.append(lambda d: setattr(next(p for p in d.paragraphs if p.text == "THÔNG BÁO").runs[0].font,
                                          "name", "Times New Roman Bold"))
    assert lint(office) == []


def test_a_theme_font_on_visible_text_is_an_error():
    def theme(d):
        rpr = next(p for p in d.paragraphs if p.text.startswith("Ngày 04/3")).runs[0]._r.get_or_add_rPr()
        rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'))

    office = Office()
    office.extra.append(theme)
    findings = lint(office)
    assert rules(findings) == ["font-theme"] and "theme" in findings[0].message


# --- 3. the Party rule in force on the document's date --------------------------------------


@pytest.mark.parametrize("date, error", [
    ("An Bình, ngày 05 tháng 3 năm 2026", False),  # HD 36: items end with ","
    ("An Bình, ngày 26 tháng 5 năm 2026", False),
    ("An Bình, ngày 27 tháng 5 năm 2026", True),  # HD 05 from 27/5/2026: ";"
    ("An Bình, ngày 03 tháng 8 năm 2026", True),
])
def test_party_items_follow_the_rule_of_their_date(date: str, error: bool):
    office = Office("party")
    office.right[-1] = (date, 14, False, True)
    office.noi_nhan = ["- Các chi bộ trực thuộc,", "- Lưu Văn phòng."]
    findings = lint(office)
    assert ("noi-nhan" in rules(findings)) is error, format_report({date: findings})
    if error:
        assert "HD 05" in next(f.message for f in findings if f.rule == "noi-nhan")


def test_a_party_document_without_a_date_accepts_both_and_says_so():
    office = Office("party")
    office.right[-1] = ("An Bình, ngày     tháng     năm 2026", 14, False, True)
    office.noi_nhan = ["- Các chi bộ trực thuộc,", "- Lưu Văn phòng."]
    findings = lint(office)
    assert not rules(findings), format_report({"no date": findings})
    assert [f.rule for f in findings if f.severity == "info"] == ["party-rules"]


# --- 4. layout as printed ------------------------------------------------------------------


def test_a_one_page_document_needs_no_page_number():
    office = Office()
    office.page_number = False
    assert lint(office) == []


def test_a_longer_document_needs_its_page_number():
    office = Office()
    office.page_number, office.pages = False, 3
    assert rules(lint(office)) == ["page-number"]


def test_a_number_shown_on_page_one_of_a_one_page_document_is_an_error():
    office = Office()
    office.extra.append(lambda d: setattr(d.sections[0], "different_first_page_header_footer", False))
    findings = lint(office)
    assert rules(findings) == ["page-number"] and "trang 1" in findings[0].message


def _header_spacing(points: float):
    def change(d):
        cell = d.tables[0].cell(0, 0)
        for p in cell.paragraphs:
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(points)
    return change


@pytest.mark.parametrize("points, clips", [(13.7, False), (14.3, False), (12, True)])
def test_exact_spacing_clips_only_below_the_font_size(points: float, clips: bool):
    office = Office()  # header lines of 13 pt: 1.05-1.1 x prints whole
    office.extra.append(_header_spacing(points))
    assert ("line-spacing" in rules(lint(office))) is clips


@pytest.mark.parametrize("margins, bad", [((30, 20, 20, 25), False), ((20, 30, 25, 20), False),
                                           ((18, 5, 25, 19), True)])
def test_landscape_sections_keep_their_margins_turned(margins, bad: bool):
    office = Office()
    office.extra.append(lambda d: landscape_section(d, margins))
    findings = lint(office)
    assert ("margins" in rules(findings)) is bad, format_report({"landscape": findings})
    if bad:
        assert "trang nằm ngang" in next(f.message for f in findings if f.rule == "margins")


# --- 5. files re-saved by LibreOffice -------------------------------------------------------


def test_unused_heading_style_of_libreoffice_is_no_error():
    def libreoffice_heading(d):
        d.styles.element.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" '
            'w:eastAsia="Noto Sans CJK SC" w:cs="Noto Sans Devanagari"/><w:sz w:val="28"/></w:rPr></w:style>'))

    office = Office()
    office.extra.append(libreoffice_heading)
    findings = lint(office)
    assert not rules(findings) and not rules(findings, "warning")
    assert len([f for f in findings if "Heading" in f.message]) == 1


# --- 6. Nơi nhận notes and the secretary's title --------------------------------------------


def test_a_note_beside_a_noi_nhan_item_is_not_its_ending():
    office = Office()
    office.noi_nhan = ["- Cổng thông tin điện tử Chính phủ;      Để đăng dự thảo", "- Cổng TTĐT tỉnh;\tđể đăng tin",
                       "- Lưu: VT, TH."]
    assert lint(office) == []


def _bien_ban(left_title: str, right_title: str) -> Office:
    office = Office()
    office.left[-1] = ("Số: 12/BB-UBND", 13, False, False)
    office.right = office.right[:2]
    office.title = ("BIÊN BẢN", 14, True)
    office.summary = [("Cuộc họp giao ban tháng 3 năm 2026", 14, True)]
    office.body = ["Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 3 năm 2026.", "Chủ trì (chủ tọa): Nguyễn Văn An.",
                   "Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./."]
    office.signer = [(right_title, 14, True, False)]

    def secretary(d):
        cell = d.tables[1].cell(0, 0)
        first = cell.paragraphs[0]
        for text, size, bold in ((left_title, 14, True), ("", 14, False), ("Trần Thị Bình", 14, True)):
            p = first.insert_paragraph_before()
            p.alignment = 1
            if text:
                r = p.add_run(text)
                r.font.size, r.font.bold = Pt(size), bold

    office.extra.append(secretary)
    return office


def test_thu_ky_cuoc_hop_is_the_secretary():
    findings = lint(_bien_ban("THƯ KÝ CUỘC HỌP", "CHỦ TỌA"))
    assert findings == [], format_report({"bb": findings})


def test_chu_tri_in_a_state_bien_ban_is_a_warning_not_a_missing_title():
    findings = lint(_bien_ban("THƯ KÝ", "CHỦ TRÌ CUỘC HỌP"))
    assert not rules(findings)
    assert [f.rule for f in findings if f.severity == "warning"] == ["signature"]


# --- deviations lint used to miss ----------------------------------------------------------


def test_size_and_weight_of_the_ten_loai_and_trich_yeu():
    office = Office()
    office.title = ("THÔNG BÁO", 16, True)
    office.summary = [("Kết luận của Chủ tịch tại cuộc họp giao ban", 14, False)]
    findings = lint(office)
    assert rules(findings) == ["ten-loai", "trich-yeu"]
    assert "16 pt" in findings[0].message and "chưa in đậm" in findings[1].message


def test_party_ten_loai_is_15_to_16_points():
    office = Office("party")
    office.title = ("THÔNG BÁO", 14, True)
    assert rules(lint(office)) == ["ten-loai"]


def test_size_and_weight_of_the_signer():
    office = Office()
    office.signer = [("TM. ỦY BAN NHÂN DÂN", 12, True, False), ("CHỦ TỊCH", 12, True, False)]
    office.signer_name = ("NGUYỄN VĂN AN", 12, False, False)
    findings = [f for f in lint(office) if f.rule == "signature"]
    assert len(findings) == 2
    assert "12 pt" in findings[0].message and "chưa in đậm" in findings[1].message
    assert "in hoa" in findings[1].message


def test_party_position_is_not_bold():
    office = Office("party")
    office.signer = [("T/M ĐẢNG UỶ", 14, True, False), ("BÍ THƯ", 14, True, False)]
    findings = lint(office)
    assert rules(findings, "error") == ["signature"] and "không in đậm" in findings[0].message


def test_a_row_of_dashes_is_not_a_rule():
    office = Office()
    office.left.insert(2, ("------------", 13, True, False))
    findings = lint(office)
    assert rules(findings) == ["duong-ke"]


def test_the_party_five_dashes_under_the_trich_yeu_are_right():
    assert lint(Office("party")) == []  # "-----" under the trích yếu is HD 05's own separator


@pytest.mark.parametrize("so, bad", [("Số: 12/2026/TB-UBND", True), ("Số:     /2026/GM-UBND", True),
                                     ("Số: 28/2025/QĐ-UBND", False)])
def test_a_year_inside_the_so_of_an_administrative_document(so: str, bad: bool):
    office = Office()
    office.left[-1] = (so, 13, False, False)
    findings = lint(office)
    assert ("so-format" in rules(findings)) is bad
    if bad:
        assert "năm" in findings[0].message


def test_every_document_of_a_file_is_checked():
    first, second = Office(), Office()
    first.title = ("TỜ TRÌNH", 14, True)
    second.title = ("BIÊN  BẢN", 16, True)
    second.summary = [("Nghiệm thu công trình sửa chữa", 14, True)]
    second.body = ["Các bên nghiệm thu khối lượng công việc đã hoàn thành.", "Biên bản lập thành 04 bản./."]

    def append_second(d):
        second.add_to(d)

    first.extra.append(append_second)
    findings = lint(first)
    assert rules(findings) == ["ten-loai"], format_report({"two": findings})
    assert findings[0].where.startswith("văn bản 2,") and findings[0].quote == "BIÊN BẢN"


def test_a_file_with_one_document_is_not_split_by_a_repeated_heading_in_its_body():
    office = Office()
    office.body.append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")  # quoted in the text, no tên loại after it
    assert lint(office) == []



def test_a_document_issued_with_the_first_is_not_asked_for_its_own_number():
    decision, rules_text = Office(), Office()
    decision.title = ("QUYẾT ĐỊNH", 14, True)
    rules_text.left = rules_text.left[:2]
    rules_text.right = rules_text.right[:2]
    rules_text.title = ("QUY CHẾ", 14, True)
    rules_text.summary = [("Làm việc của Ủy ban nhân dân tỉnh", 14, True)]
    rules_text.after_summary = ["(Ban hành kèm theo Quyết định số 12/QĐ-UBND)"]
    decision.extra.append(lambda d: _attach(d, rules_text))
    findings = lint(decision)
    assert findings == [], format_report({"attached": findings})


def _attach(d, office: Office) -> None:
    header = d.add_table(rows=1, cols=2)
    from officedoc import cell_lines
    cell_lines(header.cell(0, 0), office.left)
    cell_lines(header.cell(0, 1), office.right)
    line(d, office.title[0], office.title[1], office.title[2])
    for text, size, bold in office.summary:
        line(d, text, size, bold)
    for text in office.after_summary:
        line(d, text, 14, italic=True)
    for text in office.body:
        line(d, text, 14, align=0)


def test_a_double_space_inside_an_item_is_not_a_note():
    office = Office()
    office.noi_nhan = ["- UBND các xã,  phường;", "- Sở Nội vụ", "- Lưu: VT, TH."]
    findings = lint(office)
    assert [f.quote for f in findings if f.rule == "noi-nhan"] == ["- Sở Nội vụ"]


def test_a_row_of_underscores_prints_as_a_line():
    office = Office()
    office.left.insert(2, ("________", 13, False, False))
    assert lint(office) == []
