"""``minutes lint``: our templates and rendered examples pass; broken documents fail with
exactly the rule that names their fault; hand-typed and odd documents never crash it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLES, ROOT, render_outline_bytes
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt
from officedoc import tnr_everywhere

from minutes.docx.read import iter_paragraphs
from minutes.lint import (
    RULES_HELP,
    Finding,
    LintInputError,
    format_report,
    has_errors,
    lint_document,
    lint_files,
    read_document,
    to_json,
)

TEMPLATES = sorted((ROOT / "templates").glob("*.docx"))
STYLE_OF_EXAMPLE = {"dang-bo-doan-the-2020": "party", "doan-thanh-nien-2026": "youth"}


def errors(findings: list[Finding]) -> set[str]:
    """Return the rule ids of the errors in ``findings``."""
    return {f.rule for f in findings if f.severity == "error"}


def save(document) -> bytes:
    """Return the bytes of a python-docx document."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def examples() -> dict[str, bytes]:
    """Every example rendered once with its own template."""
    return {path.stem: render_outline_bytes(path) for path in EXAMPLES}


# --- our own documents pass --------------------------------------------------------------


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_built_in_templates_have_no_errors(path: Path):
    findings = lint_document(path)
    assert not errors(findings), format_report({path.name: findings})
    assert "lint-internal" not in {f.rule for f in findings}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_rendered_examples_have_no_errors(path: Path, examples):
    findings = lint_document(examples[path.stem])
    assert not errors(findings), format_report({path.stem: findings})
    assert "lint-internal" not in {f.rule for f in findings}


# Known deviation of the renderer, reported to the lead: a state outline without ``place``
# renders the date line of a thông báo/báo cáo/giấy mời as "Ngày 08 tháng 4 năm 2026",
# without the địa danh NĐ 30 requires. Nothing else may fail.
KNOWN_DEVIATIONS: set[str] = set()


@pytest.mark.parametrize("document", ["thong-bao-ket-luan", "bao-cao", "giay-moi"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_other_documents_of_examples(path: Path, document: str):
    findings = lint_document(render_outline_bytes(path, document))
    assert errors(findings) <= KNOWN_DEVIATIONS, format_report({path.stem: findings})


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_style_is_detected_from_the_title(path: Path, examples):
    assert read_document(examples[path.stem]).style == STYLE_OF_EXAMPLE.get(path.stem, "state")


# --- python-docx's blank document ------------------------------------------------------


def test_blank_python_docx_document_fails_on_layout_and_notes_its_fonts():
    findings = lint_document(save(docx.Document()))
    # Letter paper and 1"/1.25" margins; its Calibri/Cambria theme fonts show on no text (a note), and
    # a page of nothing needs no page number.
    assert errors(findings) == {"paper", "margins"}
    assert {f.rule for f in findings if f.severity == "warning"} == {"empty"}
    assert [f.rule for f in findings if f.severity == "info"] == ["font"]
    margins = [f.message for f in findings if f.rule == "margins"]
    assert any(m.startswith("lề phải 31,8 mm; NĐ 30 yêu cầu 15-20 mm") for m in margins)


# --- targeted breakages of a rendered example --------------------------------------------


def _paragraph(document, start: str):
    return next(p for p in iter_paragraphs(document) if p.text.startswith(start))


def _retext(paragraph, text: str) -> None:
    paragraph.runs[0].text = text
    for run in paragraph.runs[1:]:
        run.text = ""


def _exact(paragraph, points: float) -> None:
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(points)


def _insert_before(paragraph, text: str) -> None:
    new = paragraph.insert_paragraph_before(text)
    new.style = paragraph.style


STATE_BREAKAGES = {
    "tieu-ngu-text": lambda d: _retext(_paragraph(d, "Độc lập"), "Độc lập – Tự do – Hạnh phúc"),
    "so-format": lambda d: _retext(_paragraph(d, "Số:"), "Số: 7/BB-SNV"),
    "date-zero": lambda d: _retext(_paragraph(d, "Thời gian bắt đầu"),
                                   "Thời gian bắt đầu: 14 giờ 00, ngày 5 tháng 08 năm 2025."),
    "line-spacing": lambda d: _exact(_paragraph(d, "Địa điểm"), 10),
    "noi-nhan": lambda d: _retext(_paragraph(d, "- UBND huyện"), "- UBND huyện"),
    "signature": lambda d: _insert_before(_paragraph(d, "CHỦ TỌA"), "TM BAN THƯỜNG TRỰC"),
    "quoc-hieu": lambda d: setattr(_paragraph(d, "CỘNG HÒA").runs[0].font, "bold", False),
    "quoc-hieu-text": lambda d: _retext(_paragraph(d, "CỘNG HÒA"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  NAM"),
    "tieu-ngu": lambda d: setattr(_paragraph(d, "Độc lập").runs[0].font, "size", Pt(12)),
    "co-quan": lambda d: setattr(_paragraph(d, "HUYỆN PHÚ THIỆN").runs[0].font, "bold", False),
    "font": lambda d: setattr(_paragraph(d, "Địa điểm").runs[0].font, "name", "Arial"),
    "margins": lambda d: setattr(d.sections[0], "right_margin", Mm(10)),
    "paper": lambda d: setattr(d.sections[0], "page_height", Mm(279)),
}


def _broken(data: bytes, breakage) -> bytes:
    document = docx.Document(io.BytesIO(data))
    breakage(document)
    return save(document)


@pytest.mark.parametrize("rule", STATE_BREAKAGES)
def test_each_breakage_gives_exactly_its_rule(rule: str, examples):
    findings = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"], STATE_BREAKAGES[rule]))
    assert errors(findings) == {rule}, format_report({rule: findings})


def test_messages_say_what_is_wrong_and_the_fix(examples):
    def message(rule: str) -> Finding:
        findings = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"], STATE_BREAKAGES[rule]))
        return next(f for f in findings if f.rule == rule)

    so = message("so-format")
    assert "“Số: 07/BB-SNV”" in so.message and so.quote == "Số: 7/BB-SNV" and so.where == "trang 1, đầu văn bản"
    date = message("date-zero")
    assert "“ngày 05 tháng 8”" in date.message and date.where.startswith("đoạn ")
    assert "gạch nối “-”" in message("tieu-ngu-text").message
    assert "Bố cục → Lề" in message("margins").message and "lề phải 10 mm" in message("margins").message
    assert "“TM. BAN THƯỜNG TRỰC”" in message("signature").message
    assert "“;”" in message("noi-nhan").message
    assert "tối thiểu 17 pt" in message("line-spacing").message


def test_cong_hoa_with_old_tone_mark_is_a_warning(examples):
    data = _broken(examples["mat-tran-giao-ban-quy-3-2021"],
                   lambda d: _retext(_paragraph(d, "CỘNG HÒA"), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    findings = lint_document(data)
    assert not errors(findings)
    assert [f.rule for f in findings if f.severity == "warning"] == ["quoc-hieu-text"]


@pytest.mark.parametrize("text, problem", [
    ("Độc lập-Tự do-Hạnh phúc", "một dấu cách"),
    ("ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "in thường"),
    ("Độc Lập - Tự Do - Hạnh Phúc", "viết hoa chữ đầu mỗi cụm"),
])
def test_tieu_ngu_problems_are_named(text: str, problem: str, examples):
    findings = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"],
                                     lambda d: _retext(_paragraph(d, "Độc lập"), text)))
    assert errors(findings) == {"tieu-ngu-text"}
    assert problem in next(f.message for f in findings if f.rule == "tieu-ngu-text")


PARTY_BREAKAGES = {
    "so-format": lambda d: _retext(_paragraph(d, "Số 08"), "Số: 08-BB/ĐU"),
    "signature": lambda d: _insert_before(_paragraph(d, "CHỦ TRÌ HỘI NGHỊ"), "TM. ĐẢNG ỦY"),
    "noi-nhan": lambda d: setattr(_paragraph(d, "Nơi nhận").runs[0].font, "underline", False),
    "margins": lambda d: setattr(d.sections[0], "right_margin", Mm(20)),
    "tieu-de": lambda d: setattr(_paragraph(d, "ĐẢNG CỘNG SẢN").runs[0].font, "size", Pt(14)),
    "date-line": lambda d: setattr(_paragraph(d, "Tháp Mười, ngày").runs[0].font, "italic", False),
}


@pytest.mark.parametrize("rule", PARTY_BREAKAGES)
def test_party_breakages(rule: str, examples):
    findings = lint_document(_broken(examples["dang-bo-doan-the-2020"], PARTY_BREAKAGES[rule]))
    assert errors(findings) == {rule}, format_report({rule: findings})


def test_party_rules_on_a_state_document_and_back(examples):
    assert "so-format" in errors(lint_document(examples["mat-tran-giao-ban-quy-3-2021"], style="party"))
    state = lint_document(examples["dang-bo-doan-the-2020"], style="state")
    assert {"quoc-hieu", "tieu-ngu", "so-format"} <= errors(state)


def test_party_lưu_with_colon_is_a_warning(examples):
    findings = lint_document(_broken(examples["dang-bo-doan-the-2020"],
                                     lambda d: _retext(_paragraph(d, "- Lưu"), "- Lưu: Văn phòng.")))
    assert not errors(findings)
    assert [f.rule for f in findings if f.severity == "warning"] == ["noi-nhan"]


def test_youth_margins_follow_the_state_ranges(examples):
    data = _broken(examples["doan-thanh-nien-2026"], lambda d: setattr(d.sections[0], "right_margin", Mm(15)))
    findings = lint_document(data)
    assert not errors(findings)
    assert [f.rule for f in findings if f.severity == "warning"] == ["margins"]


@pytest.mark.parametrize("twips, ok", [(850, True), (849, True), (1134, True), (1135, True), (840, False),
                                       (1140, False)])
def test_margin_tolerance_is_one_twip(twips: int, ok: bool, examples):
    from docx.shared import Twips

    data = _broken(examples["mat-tran-giao-ban-quy-3-2021"],
                   lambda d: setattr(d.sections[0], "right_margin", Twips(twips)))
    assert ("margins" not in errors(lint_document(data))) is ok


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, bad", [
    ("ngày 05 tháng 01 năm 2020", False),
    ("ngày 29 tháng 6 năm 2019", False),
    ("ngày 24/01/2026 và tháng 4/2026", False),
    ("ngày 5 tháng 3 năm 2020", True),
    ("ngày 15 tháng 1 năm 2026", True),
    ("ngày 15 tháng 12 năm 2026", False),
    ("trong tháng 08 năm 2025", True),
    ("Ngày 08 tháng 03 năm 2025", True),
])
def test_date_zero_rule(text: str, bad: bool, examples):
    data = _broken(examples["mat-tran-giao-ban-quy-3-2021"],
                   lambda d: _retext(_paragraph(d, "Địa điểm"), f"Địa điểm: hội trường, {text}."))
    assert ("date-zero" in errors(lint_document(data))) is bad


# --- page numbers ----------------------------------------------------------------------


def test_page_number_on_page_one_is_an_error(examples):
    def no_title_page(d):
        d.sections[0].different_first_page_header_footer = False

    findings = lint_document(_broken(examples["toi-thieu"], no_title_page))
    assert errors(findings) == {"page-number"}
    assert "trang 1 không được đánh số" in next(f.message for f in findings if f.rule == "page-number")


def test_page_number_must_be_centred(examples):
    def left(d):
        d.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT

    findings = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"], left))
    assert errors(findings) == {"page-number"}
    assert "canh giữa" in next(f.message for f in findings if f.rule == "page-number")


# --- documents typed by hand, without our styles ------------------------------------------


_tnr_everywhere = tnr_everywhere  # the careful secretary's styles, shared with officedoc's documents


def _line(document, *parts, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Add a paragraph from (text, size, bold, italic) parts."""
    p = document.add_paragraph()
    p.alignment = align
    for text, size, bold, italic in parts:
        run = p.add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    return p


def hand_typed(tieu_ngu: str = "Độc lập - Tự do - Hạnh phúc", so: str = "Số: 05/BB-VP") -> bytes:
    """Return a state biên bản laid out with tabs and direct formatting only."""
    d = docx.Document()
    _tnr_everywhere(d)
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.different_first_page_header_footer = True
    page = section.header.paragraphs[0]
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
                             '<w:t>2</w:t></w:r></w:fldSimple>'))
    _line(d, ("UBND XÃ AN BÌNH", 13, False, False), ("\t", 13, False, False),
          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False))
    _line(d, ("VĂN PHÒNG", 13, True, False), ("\t", 13, False, False), (tieu_ngu, 14, True, False))
    _line(d, (so, 13, False, False))
    _line(d, ("BIÊN BẢN", 14, True, False))
    _line(d, ("Họp giao ban tháng 3 năm 2026", 14, True, False))
    for text in ("Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 3 năm 2026.", "Địa điểm: Phòng họp số 1.",
                 "Chủ trì (chủ tọa): Trần Thị B - Chánh Văn phòng.", "Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./."):
        _line(d, (text, 14, False, False), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _line(d, ("THƯ KÝ", 14, True, False), ("\t\t", 14, False, False), ("CHỦ TỌA", 14, True, False))
    _line(d, ("Nguyễn Văn A", 14, True, False), ("\t\t", 14, False, False), ("Trần Thị B", 14, True, False))
    p = _line(d, ("Nơi nhận:", 12, True, True), align=WD_ALIGN_PARAGRAPH.LEFT)
    for item in ("- UBND xã;", "- Lưu: VT, Hồ sơ."):
        p.add_run().add_break()
        p.add_run(item).font.size = Pt(11)
    return save(d)


def test_hand_typed_document_with_tabs_passes():
    findings = lint_document(hand_typed())
    assert findings == [], format_report({"hand": findings})


def test_hand_typed_document_is_checked_by_text():
    assert errors(lint_document(hand_typed(tieu_ngu="Độc lập – Tự do – Hạnh phúc"))) == {"tieu-ngu-text"}
    assert errors(lint_document(hand_typed(so="Số 5/BB-VP"))) == {"so-format"}


def test_noi_nhan_as_an_automatic_bullet_list_is_read():
    d = docx.Document(io.BytesIO(hand_typed()))
    label = next(p for p in d.paragraphs if p.text.startswith("Nơi nhận"))
    label._p.getparent().remove(label._p)
    _line(d, ("Nơi nhận:", 12, True, True), align=WD_ALIGN_PARAGRAPH.LEFT)
    for item in ("UBND xã;", "Lưu: VT, Hồ sơ."):
        d.add_paragraph(item, style="List Bullet").runs[0].font.size = Pt(11)
    findings = [f for f in lint_document(save(d)) if f.severity == "error"]
    assert [f.rule for f in findings] == ["noi-nhan", "noi-nhan"]
    assert "dấu đầu dòng “•”" in findings[0].message and findings[1].quote == "Lưu: VT, Hồ sơ."


# --- robustness ------------------------------------------------------------------------


def test_document_without_tables_headers_or_page_setup_does_not_crash():
    d = docx.Document()
    d.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add_paragraph("Nơi nhận:")
    sect = d.element.body.sectPr
    for child in list(sect):
        sect.remove(child)
    findings = lint_document(save(d))
    assert "lint-internal" not in {f.rule for f in findings}
    assert "paper" in errors(findings) and "page-number" not in errors(findings)  # two lines: one page


def test_text_boxes_nested_tables_and_landscape_sections_are_read():
    d = docx.Document()
    _tnr_everywhere(d)
    outer = d.add_table(rows=1, cols=2)
    inner = outer.cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    box = parse_xml(
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
        '<w:txbxContent><w:p><w:r><w:t>Độc lập – Tự do – Hạnh phúc</w:t></w:r></w:p></w:txbxContent>'
        '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><w:p><w:r><w:t>Độc lập – Tự do – Hạnh phúc</w:t></w:r></w:p></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    d.add_paragraph()._p.append(box)
    d.add_section().orientation = WD_ORIENT.LANDSCAPE
    findings = lint_document(save(d))
    assert "lint-internal" not in {f.rule for f in findings}
    tieu_ngu = [f for f in findings if f.rule == "tieu-ngu-text"]
    assert len(tieu_ngu) == 1 and tieu_ngu[0].quote == "Độc lập – Tự do – Hạnh phúc"


def test_odd_xml_values_and_a_body_without_section_do_not_crash():
    d = docx.Document()
    d.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").runs[0]._r.get_or_add_rPr().append(
        parse_xml(f'<w:sz {nsdecls("w")} w:val="mười bốn"/>'))
    d.add_paragraph("Số: 5/BB-X")
    d.element.body.remove(d.element.body.sectPr)
    findings = lint_document(save(d))
    assert {"paper", "page-number", "so-format"} <= errors(findings)


@pytest.mark.parametrize("data, words", [
    (b"not a zip", "không phải tệp .docx"),
    (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "Word 97-2003"),
])
def test_unreadable_input_is_a_clean_error(data: bytes, words: str):
    with pytest.raises(LintInputError, match=words):
        lint_document(data)


def test_missing_file_and_bad_style_are_clean_errors(tmp_path):
    with pytest.raises(LintInputError, match="không đọc được"):
        lint_document(tmp_path / "khong-co.docx")
    with pytest.raises(LintInputError, match="state, party hoặc youth"):
        lint_document(save(docx.Document()), style="ward")


def test_template_tags_are_not_judged_as_text():
    d = docx.Document(str(ROOT / "templates" / "bien-ban.state.docx"))
    so = next(p for p in d.paragraphs + [q for t in d.tables for r in t.rows for c in r.cells for q in c.paragraphs]
              if "so_ky_hieu" in p.text)
    so.runs[0].text = "Số: {{ so }}/BB-{{ co_quan }}"
    assert "so-format" not in {f.rule for f in lint_document(save(d))}


def test_many_findings_of_one_rule_are_summarised(examples):
    def arial(d):
        for p in iter_paragraphs(d):
            for run in p.runs:
                run.font.name = "Arial"

    fonts = [f for f in lint_document(_broken(examples["toi-thieu"], arial)) if f.rule == "font"]
    assert len(fonts) == 9 and fonts[-1].where == "nhiều đoạn" and fonts[-1].message.startswith("còn ")


# --- reports ---------------------------------------------------------------------------


def test_format_report_and_json(examples):
    broken = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"], STATE_BREAKAGES["so-format"]))
    by_file = {"a.docx": broken, "b.docx": []}
    text = format_report(by_file)
    lines = text.splitlines()
    assert lines[0] == "a.docx: 1 lỗi, 0 cảnh báo"
    assert lines[1].startswith("  lỗi [so-format] trang 1, đầu văn bản: số, ký hiệu:")
    assert lines[2] == "      “Số: 7/BB-SNV”"
    assert "b.docx: đúng thể thức" in lines and lines[-1] == "1 lỗi, 0 cảnh báo"
    data = json.loads(to_json(by_file))
    assert list(data) == ["files", "errors", "warnings"] and data["errors"] == 1
    assert list(data["files"][0]) == ["file", "errors", "warnings", "findings"]
    assert list(data["files"][0]["findings"][0]) == ["rule", "severity", "message", "quote", "where"]
    assert '"quote": "Số: 7/BB-SNV"' in to_json(by_file) and "\\u" not in to_json(by_file)  # ensure_ascii=False
    assert has_errors(by_file) and not has_errors({"b.docx": []})


def test_lint_files_reports_an_unreadable_file_and_goes_on(tmp_path, examples):
    good, bad = tmp_path / "bien-ban.docx", tmp_path / "hong.docx"
    good.write_bytes(examples["toi-thieu"])
    bad.write_bytes(b"PK\x03\x04 broken")
    result = lint_files([bad, good])
    assert list(result) == [str(bad), str(good)]
    assert [f.rule for f in result[str(bad)]] == ["unreadable"] and not errors(result[str(good)])
    assert "hong.docx: 1 lỗi, 0 cảnh báo" in format_report(result)


def test_every_rule_id_is_described():
    import re

    source = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "minutes" / "lint").glob("*.py")))
    used = set(re.findall(r'(?:finding|Finding)\("([a-z-]+)"', source))
    used |= {f"{rule}-text" for rule in re.findall(r'_element\(doc, rules, "([a-z-]+)"', source)}
    assert used and used <= set(RULES_HELP)


def test_body_line_spacing_outside_the_style_is_a_warning(examples):
    def double(d):
        for start in ("Địa điểm", "Thành phần tham dự"):
            _paragraph(d, start).paragraph_format.line_spacing = 2.0

    findings = lint_document(_broken(examples["mat-tran-giao-ban-quy-3-2021"], double))
    assert not errors(findings)
    (warning,) = [f for f in findings if f.severity == "warning"]
    assert warning.rule == "line-spacing" and warning.message.startswith("2 đoạn nội dung giãn dòng 2 dòng; NĐ 30")

    def single(d):
        _paragraph(d, "- Địa điểm").paragraph_format.line_spacing = 1.0

    party = lint_document(_broken(examples["dang-bo-doan-the-2020"], single))
    assert not errors(party)
    assert [f.message for f in party if f.severity == "warning"] == [  # a 2020 document: HD 36, same spacing
        "1 đoạn nội dung giãn dòng 1 dòng; HD 36: chính xác 18-22 pt: Đoạn → Giãn dòng"]


def test_a_binary_file_object_is_accepted(examples):
    assert lint_document(io.BytesIO(examples["toi-thieu"])) == lint_document(examples["toi-thieu"])


def test_a_place_left_blank_to_fill_by_hand_is_a_warning_not_an_error():
    import dataclasses

    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    outline = dataclasses.replace(load_outline(ROOT / "examples" / "toi-thieu.yaml"), place="")
    findings = lint_document(render_bytes(outline, "giay-moi"))
    assert [(f.rule, f.severity) for f in findings if f.rule == "date-line"] == [("date-line", "warning")]


def test_our_documents_get_no_warning_but_the_known_ones(examples):
    """Beyond having no errors: a biên bản rendered from an example carries no warning at all, and
    the templates only the news item's "structure" note (it is not a văn bản)."""
    for name, data in examples.items():
        findings = [f for f in lint_document(data) if f.severity != "info"]
        assert findings == [], format_report({name: findings})
    for path in TEMPLATES:
        findings = [f for f in lint_document(path) if f.severity != "info"]
        expected = ["structure"] if path.name.startswith("tin-bai") else []
        assert [f.rule for f in findings] == expected, format_report({path.name: findings})


@pytest.mark.parametrize(("text", "rules", "said"), [
    ("Số:  2114/TTr-SNV", "STATE", "chỉ một dấu cách thường sau “Số:”"),  # looks right when quoted
    ("Số:\u00a02114/TTr-SNV", "STATE", "chỉ một dấu cách thường sau “Số:”"),
    ("Số: 409 /TTr-CAT", "STATE", "không có dấu cách quanh dấu “/”"),
    ("Số  08-BB/ĐU", "PARTY", "chỉ một dấu cách thường sau “Số”"),
])
def test_a_so_line_wrong_only_in_its_spaces_says_which_space(text, rules, said):
    from minutes.lint import tables
    from minutes.lint.rules_so_dates import _so_problem

    assert said in _so_problem(text, getattr(tables, rules))


def test_a_tieu_ngu_wrong_only_by_a_double_space_says_so():
    from minutes.lint.rules_header import _tieu_ngu_text

    [found] = _tieu_ngu_text("Độc lập  - Tự do - Hạnh phúc", None, "Độc lập - Tự do - Hạnh phúc")
    assert "thừa dấu cách (hai dấu cách liền nhau)" in found.message
    assert "mỗi bên dấu" not in found.message  # each "-" does have its spaces
