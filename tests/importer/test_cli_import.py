"""``minutes import FILE.docx [-o OUTLINE.yaml] [--force]``, and import → next → render."""

from __future__ import annotations

import re

import handmade
from conftest import EXAMPLES, render_outline_bytes

from minutes.outline import load_outline


def _docx(tmp_path, data: bytes, name: str = "bien-ban.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_import_writes_the_outline_beside_the_document(invoke, tmp_path):
    source = _docx(tmp_path, handmade.tabs_header(), "Bien ban giao ban quy III.docx")
    result = invoke("import", source)
    assert result.exit_code == 0, result.output
    target = tmp_path / "Bien ban giao ban quy III.yaml"
    assert f"Đã ghi {target}" in result.stdout
    assert f"{target}: OK" in result.stdout
    assert "meeting.period: kỳ báo cáo suy ra từ tên cuộc họp" in result.stdout
    assert load_outline(target).meeting.title == "Hội nghị giao ban quý III năm 2025"


def test_import_never_overwrites_without_force(invoke, tmp_path):
    source = _docx(tmp_path, handmade.tabs_header())
    target = tmp_path / "mine.yaml"
    target.write_text("# my work\n", encoding="utf-8")
    result = invoke("import", source, "-o", target)
    assert result.exit_code == 1
    assert "đã có; dùng --force" in result.stderr and "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "# my work\n"
    again = invoke("import", source, "-o", target, "--force")
    assert again.exit_code == 0, again.output
    assert target.read_text(encoding="utf-8").startswith("# Đề cương biên bản nhập từ “bien-ban.docx”")


def test_import_from_standard_input_prints_the_outline(invoke):
    result = invoke("import", "-", input=handmade.party_chu_toa())
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Đề cương biên bản nhập từ “<stdin>”")
    assert "style: party" in result.stdout
    assert "<stdout>: OK" in result.stderr  # messages stay off the YAML


def test_an_incomplete_import_is_written_and_says_what_is_missing(invoke, tmp_path):
    source = _docx(tmp_path, handmade.empty_letter())
    result = invoke("import", source)
    assert result.exit_code == 1
    target = tmp_path / "bien-ban.yaml"
    assert target.exists()
    assert f"{target}:" in result.stderr and "meeting.title" in result.stderr
    assert "không được để trống" in result.stderr
    assert f"minutes check {target}" in result.stderr


def test_a_file_that_is_not_a_docx_is_refused_cleanly(invoke, tmp_path):
    source = tmp_path / "cu.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    result = invoke("import", source)
    assert result.exit_code == 1
    assert "cu.doc" in result.stderr and "Word 97-2003" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "cu.yaml").exists()


def test_import_then_next_then_render(invoke, tmp_path):
    """The README's path: a .docx from last quarter → outline → next quarter's outline → document."""
    example = next(p for p in EXAMPLES if p.stem == "cong-doan-quy-1-2026")
    source = _docx(tmp_path, render_outline_bytes(example), "hop-quy-1.docx")
    assert invoke("import", source).exit_code == 0
    imported = tmp_path / "hop-quy-1.yaml"
    # the import's doubts are listed by check, and next refuses to roll an unchecked period
    checked = invoke("check", imported)
    assert "kiểm tra lại: kỳ báo cáo suy ra từ tên cuộc họp" in checked.stderr
    refused = invoke("next", imported, "-o", tmp_path / "hop-quy-2.yaml")
    assert refused.exit_code == 1 and "kiểm tra lại" in refused.stderr
    assert not (tmp_path / "hop-quy-2.yaml").exists()
    # she compares with the document and removes the marks: then it rolls
    text = imported.read_text(encoding="utf-8")
    imported.write_text(re.sub(r"  # kiểm tra lại[^\n]*", "", text), encoding="utf-8")
    rolled = invoke("next", imported, "-o", tmp_path / "hop-quy-2.yaml")
    assert rolled.exit_code == 0, rolled.output
    outline = load_outline(tmp_path / "hop-quy-2.yaml")
    assert outline.meeting.title.endswith("quý II năm 2026")
    assert [r.text for r in outline.review][:1] == [
        "Tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026"]
    rendered = invoke("render", tmp_path / "hop-quy-2.yaml")
    assert rendered.exit_code == 0, rendered.output
    assert (tmp_path / "hop-quy-2.docx").exists()


def test_help_lists_import(invoke):
    result = invoke("--help")
    assert "import" in result.stdout
    assert "Lập đề cương YAML từ biên bản .docx" in invoke("import", "--help").stdout


def test_a_document_that_is_not_a_bien_ban_is_refused_with_exit_3_and_nothing_written(invoke, tmp_path):
    import layouts

    source = _docx(tmp_path, layouts.not_minutes_decision(), "qd.docx")
    result = invoke("import", source)
    assert result.exit_code == 3, result.output
    assert "qd.docx: đây là quyết định" in result.stderr and "không phải biên bản" in result.stderr
    assert not (tmp_path / "qd.yaml").exists()
