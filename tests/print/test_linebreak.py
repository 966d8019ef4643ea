"""Point 1: agency names, signer lines and titles break by meaning (the pure function and
its use in the rendered .docx)."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, open_docx

from minutes.docx.layout import text_width_pt
from minutes.docx.linebreak import break_name
from minutes.vietnamese.linebreak import bad_breaks, break_lines

MM = 72 / 25.4


@pytest.mark.parametrize("name, size, bold, column_mm, expected", [
    ("ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN THỂ HUYỆN", 14, True, 78, ["ĐẢNG BỘ CÁC CƠ QUAN", "ĐOÀN THỂ HUYỆN"]),
    ("ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", 13, True, 72, ["ỦY BAN MTTQ VIỆT NAM", "TỈNH GIA LAI"]),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN KBANG", 13, True, 72,
     ["ỦY BAN MẶT TRẬN", "TỔ QUỐC VIỆT NAM", "HUYỆN KBANG"]),
    ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", 13, False, 72, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"]),
    ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ", 14, True, 85, ["TM. BAN CHẤP HÀNH", "CÔNG ĐOÀN CƠ SỞ"]),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU", 14, True, 90, ["CHỦ TỊCH", "ỦY BAN NHÂN DÂN ĐẶC KHU"]),
    ("SỞ NỘI VỤ", 13, True, 72, ["SỞ NỘI VỤ"]),
])
def test_names_break_where_a_van_thu_would(name, size, bold, column_mm, expected):
    lines = break_name(name, size, bold, column_mm * MM * 0.97)
    assert lines == expected
    assert all(text_width_pt(line, size, bold) <= column_mm * MM for line in lines)


def test_a_title_breaks_in_balanced_lines_never_after_va():
    title = "Kết quả thực hiện nhiệm vụ quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026"
    lines = break_name(title, 14, True, 130 * MM)
    assert lines == ["Kết quả thực hiện nhiệm vụ quý I năm 2026", "và phương hướng, nhiệm vụ quý II năm 2026"]


@pytest.mark.parametrize("lines, where", [
    (["ỦY BAN MTTQ VIỆT NAM TỈNH", "GIA LAI"], "TỈNH / GIA"),
    (["ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN", "THỂ HUYỆN"], "ĐOÀN / THỂ"),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC", "VIỆT NAM HUYỆN KBANG"], "QUỐC / VIỆT"),
    (["CÁC TỔ CHỨC CHÍNH TRỊ -", "XÃ HỘI HUYỆN"], "- / XÃ"),
])
def test_bad_breaks_names_the_words_across_the_break(lines, where):
    assert bad_breaks(lines) == [(0, where)]


def test_good_breaks_are_not_reported():
    assert bad_breaks(["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"]) == []
    assert bad_breaks(["CHÍNH TRỊ - XÃ HỘI", "HUYỆN"]) == []


def test_a_single_word_wider_than_the_column_stays_whole():
    assert break_lines("ABCDEFGHIJ KLM", len, 5) == ["ABCDEFGHIJ", "KLM"]


def test_rendered_names_are_broken_and_lines_given_in_the_outline_win():
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    def header(text: str) -> list[str]:
        outline = load_outline("hop.yaml", data=text.encode("utf-8"))
        cell = open_docx(render_bytes(outline)).tables[0].rows[0].cells[0]
        return [p.text for p in cell.paragraphs if p.text.strip()]

    broken = MINIMAL.replace("{name: SỞ NỘI VỤ, code: SNV}",
                             "{name: ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN THỂ HUYỆN, code: ĐU}")
    assert header(broken)[:2] == ["ĐẢNG BỘ CÁC CƠ QUAN", "ĐOÀN THỂ HUYỆN"]
    given = MINIMAL.replace("organization: {name: SỞ NỘI VỤ, code: SNV}",
                            'organization: {name: "ĐẢNG BỘ CÁC CƠ\\nQUAN ĐOÀN THỂ HUYỆN", code: ĐU}')
    assert header(given)[:2] == ["ĐẢNG BỘ CÁC CƠ", "QUAN ĐOÀN THỂ HUYỆN"]


def test_the_examples_in_the_docstrings_hold():
    import doctest

    import minutes.docx.keeps
    import minutes.docx.linebreak
    import minutes.pdf.options

    for module in (minutes.docx.keeps, minutes.docx.linebreak, minutes.pdf.options):
        assert doctest.testmod(module).failed == 0, module.__name__
