"""``render -d DIR`` and ``--all -d DIR`` create the folder (issue 10, point 9)."""

from __future__ import annotations

from conftest import MINIMAL


def test_render_into_a_folder_that_does_not_exist_creates_it(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    folder = tmp_path / "ra" / "quy-3"
    result = invoke("render", outline, "-d", folder)
    assert result.exit_code == 0, result.stderr
    assert (folder / "hop.docx").is_file()


def test_render_all_into_a_new_folder(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL + "conclusion: Thống nhất.\n", encoding="utf-8")
    folder = tmp_path / "moi"
    result = invoke("render", outline, "--all", "-d", folder)
    assert result.exit_code == 0, result.stderr
    assert (folder / "hop.docx").is_file() and (folder / "hop-thong-bao-ket-luan.docx").is_file()


def test_a_file_in_the_way_of_the_folder_is_said(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    blocker = tmp_path / "ra"
    blocker.write_text("x")
    result = invoke("render", outline, "-d", blocker / "con")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "không tạo được thư mục" in result.stderr or "không phải thư mục" in result.stderr
