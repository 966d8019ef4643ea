"""Lint on hand-typed documents: a wrapped Nơi nhận item is one item, titles typed in lower case
are named as such, the page count comes from the document and the "- Lưu" message says what is
missing (issue points 8, 10 and 11)."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt
from officedoc import Office
from test_lint import hand_typed, save

from minutes.lint import lint_document


def _noi_nhan(items: list[str]) -> bytes:
    """The hand-typed biên bản with its Nơi nhận lines replaced by ``items`` (one soft break each)."""
    d = docx.Document(io.BytesIO(hand_typed()))
    label = next(p for p in d.paragraphs if p.text.startswith("Nơi nhận"))
    for r in label.runs[1:]:
        r._r.getparent().remove(r._r)
    for item in items:
        label.add_run().add_break()
        label.add_run(item).font.size = Pt(11)
    return save(d)


def test_a_noi_nhan_item_wrapped_onto_a_second_line_is_one_item():
    findings = lint_document(_noi_nhan(["- Ban Thường vụ Huyện ủy, Thường trực HĐND huyện (để", "báo cáo);",
                                        "- UBND xã;", "- Lưu: VT, Hồ sơ."]))
    assert [f for f in findings if f.rule == "noi-nhan"] == []


def test_a_noi_nhan_item_wrapped_as_its_own_paragraph_is_one_item():
    office = Office()
    office.noi_nhan = ["- Các sở, ban, ngành, đoàn thể cấp tỉnh (để", "phối hợp);", "- Lưu: VT, TH."]
    assert [f for f in lint_document(office.bytes()) if f.rule == "noi-nhan"] == []


def test_items_that_really_lack_their_end_are_still_found():
    findings = [f for f in lint_document(_noi_nhan(["- UBND xã", "- UBND huyện;", "- Lưu: VT, Hồ sơ."]))
                if f.rule == "noi-nhan"]
    assert len(findings) == 1 and "“;”" in findings[0].message


def test_the_last_luu_line_without_its_full_stop_says_what_is_missing():
    findings = [f for f in lint_document(_noi_nhan(["- UBND xã;", "- Lưu: VT, Hồ sơ"])) if f.rule == "noi-nhan"]
    assert len(findings) == 1
    assert "còn thiếu dấu chấm" in findings[0].message and "kết thúc bằng dấu chấm" not in findings[0].message


def test_signature_titles_typed_in_lower_case_are_named_not_missing():
    d = docx.Document(io.BytesIO(hand_typed()))
    for p in d.paragraphs:
        for r in p.runs:
            r.text = {"THƯ KÝ": "Thư ký", "CHỦ TỌA": "Chủ tọa"}.get(r.text, r.text)
    findings = [f for f in lint_document(save(d)) if f.rule == "signature"]
    assert findings and not any("không thấy" in f.message for f in findings)
    assert any("“Thư ký” viết chữ thường" in f.message and "“THƯ KÝ”" in f.message for f in findings)
    assert any("“Chủ tọa” viết chữ thường" in f.message for f in findings)


def _stale_pages(data: bytes, pages: int) -> bytes:
    """``data`` with docProps/app.xml saying ``pages`` pages and the character count of the text."""
    import re
    import zipfile

    d = docx.Document(io.BytesIO(data))
    chars = sum(len("".join(p.text.split())) for p in d.paragraphs)
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "docProps/app.xml":
                blob = re.sub(rb"<Pages>\d+</Pages>", b"", blob)
                blob = blob.replace(b"</Properties>", f"<Pages>{pages}</Pages><Characters>{chars}</Characters>"
                                    "</Properties>".encode())
            dst.writestr(item, blob)
    return out.getvalue()


def test_a_stale_saved_page_count_does_not_hide_a_long_document():
    """Eight pages of text, app.xml saying one: the footer/page-number check still runs."""
    office = Office()
    office.pages = 8
    office.page_number = False
    findings = lint_document(_stale_pages(office.bytes(), 1))
    assert "page-number" in {f.rule for f in findings}


def test_a_tag_in_the_issuing_body_line_is_judged_as_that_line():
    """The bold "{{ co_quan }}" line is the issuing body: the chủ quản line above it is not blamed
    for lacking bold."""
    office = Office()
    office.left = [("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", 13, False, False), ("{{ co_quan }}", 13, True, False),
                   ("Số: {{ so }}", 13, False, False)]
    findings = [f for f in lint_document(office.bytes()) if f.rule == "co-quan"]
    assert findings == [], findings


def test_a_date_line_holding_tags_is_still_checked_for_its_formatting():
    office = Office()
    office.right = office.right[:2] + [("{{ dia_danh }}, ngày {{ ngay }} tháng {{ thang }} năm {{ nam }}", 14,
                                        False, False)]  # upright: NĐ 30 wants it in italics
    findings = [f for f in lint_document(office.bytes()) if f.rule == "date-line"]
    assert len(findings) == 1 and "chưa in nghiêng" in findings[0].message
