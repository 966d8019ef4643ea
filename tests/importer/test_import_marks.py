"""The import's ``# kiểm tra lại`` marks are listed by check and render until she removes them,
``next`` refuses to roll a period still marked, and a title naming two quarters is no guess."""

from __future__ import annotations

import re

import handmade

from minutes.outline import load_outline


def two_quarters() -> bytes:
    """A biên bản whose title reviews one quarter and plans the next."""
    d = handmade._doc()
    handmade._state_header(d)
    handmade._para(d, "Tây Ninh, ngày 15 tháng 12 năm 2025")
    handmade._para(d, "BIÊN BẢN", bold=True)
    handmade._para(d, "Hội nghị sơ kết quý III và triển khai nhiệm vụ quý IV năm 2025", bold=True)
    handmade._para(d, "Thời gian: 14 giờ 00, ngày 15/12/2025.")
    handmade._para(d, "Địa điểm: Hội trường Sở Nội vụ.")
    handmade._para(d, "Chủ trì: Nguyễn Văn An - Giám đốc Sở.")
    handmade._para(d, "Thư ký: Trần Thị Bình - Chuyên viên Văn phòng.")
    handmade._para(d, "1. Kết luận", bold=True)
    handmade._para(d, "Hội nghị thống nhất các nội dung trên.")
    return handmade._bytes(d)


def test_a_title_naming_two_quarters_does_not_guess_the_later(invoke, tmp_path):
    source = tmp_path / "hop.docx"
    source.write_bytes(two_quarters())
    assert invoke("import", source).exit_code == 0
    text = (tmp_path / "hop.yaml").read_text(encoding="utf-8")
    assert not re.search(r"^\s*period: \S", text, re.M), text
    assert re.search(r"^\s*period:\s+# kiểm tra lại: tên cuộc họp nêu nhiều kỳ", text, re.M)


def test_marks_are_listed_by_check_and_render_and_block_next(invoke, tmp_path):
    source = tmp_path / "hop.docx"
    source.write_bytes(handmade.tabs_header())
    assert invoke("import", source).exit_code == 0
    outline = tmp_path / "hop.yaml"
    text = outline.read_text(encoding="utf-8")
    marks = len(re.findall(r"# kiểm tra lại", text)) - 1  # the header comment explains the marks
    assert marks >= 1
    checked = invoke("check", outline)
    assert checked.stderr.count("(ghi chú của minutes import)") == marks
    rendered = invoke("render", outline, "-o", tmp_path / "hop-out.docx")
    assert rendered.stderr.count("(ghi chú của minutes import)") == marks
    refused = invoke("next", outline, "-o", tmp_path / "sau.yaml")
    assert refused.exit_code == 1 and "kiểm tra lại" in refused.stderr and not (tmp_path / "sau.yaml").exists()
    # removing the marks (the values unchanged) clears them everywhere
    outline.write_text(re.sub(r" +# kiểm tra lại[^\n]*", "", text), encoding="utf-8")
    assert "minutes import" not in invoke("check", outline).stderr
    assert invoke("next", outline, "-o", tmp_path / "sau.yaml").exit_code == 0
    load_outline(tmp_path / "sau.yaml")
