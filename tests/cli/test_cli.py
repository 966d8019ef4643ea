"""The command line contract (../shared/contract.md §2): outputs, streams and exit codes."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLES, ROOT, open_docx

from minutes import __version__
from minutes.docx.read import document_text

MINIMAL = ROOT / "examples" / "toi-thieu.yaml"
BAD = ROOT / "tests" / "data" / "outlines" / "invalid-unknown-keys.yaml"


@pytest.fixture
def outline(tmp_path):
    """A copy of the minimal example in tmp_path."""
    return shutil.copy(MINIMAL, tmp_path / "hop.yaml")


def test_render_writes_docx_beside_the_outline(invoke, outline, tmp_path):
    result = invoke("render", outline)
    assert result.exit_code == 0, result.stderr
    written = tmp_path / "hop.docx"
    assert "Cuộc họp giao ban" in document_text(open_docx(written.read_bytes()))
    assert str(written) in result.stdout


def test_render_to_named_output(invoke, outline, tmp_path):
    result = invoke("render", outline, "-o", tmp_path / "bb.docx")
    assert result.exit_code == 0 and (tmp_path / "bb.docx").stat().st_size > 0


def test_render_stdin_to_stdout(invoke):
    result = invoke("render", "-", "-o", "-", input=MINIMAL.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes[:2] == b"PK"
    assert "ĐẶC KHU PHÚ QUÝ" in document_text(open_docx(result.stdout_bytes))


def test_bad_outline_exit_1_every_problem_on_stderr_nothing_written(invoke, tmp_path):
    bad = shutil.copy(BAD, tmp_path / "bad.yaml")
    result = invoke("render", bad)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{bad}:4:1: meetng: ") and "'meeting'" in lines[0]
    assert len(lines) == 5 and lines[-1].startswith("Lỗi: 4 vấn đề")
    assert "Traceback" not in result.output and not result.stdout
    assert not (tmp_path / "bad.docx").exists()


def test_missing_file_is_a_clean_error(invoke, tmp_path):
    result = invoke("render", tmp_path / "khong-co.yaml")
    assert result.exit_code == 1 and "không tìm thấy tệp" in result.stderr


def test_unknown_template_is_exit_1(invoke, outline):
    result = invoke("render", outline, "-t", "khong-co")
    assert result.exit_code == 1 and "không tìm thấy mẫu 'khong-co'" in result.stderr


def test_usage_error_is_exit_2(invoke):
    assert invoke("render").exit_code == 2
    assert invoke("render", "a.yaml", "--khong-co").exit_code == 2


def test_check_prints_ok_per_valid_file(invoke):
    result = invoke("check", *EXAMPLES)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [f"{p}: OK" for p in EXAMPLES]


def test_check_fails_if_any_file_is_invalid(invoke):
    result = invoke("check", MINIMAL, BAD)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"{MINIMAL}: OK"]
    assert f"{BAD}:4:1: meetng:" in result.stderr


def test_templates_lists_built_ins(invoke):
    result = invoke("templates")
    assert result.exit_code == 0 and result.stdout.startswith("bien-ban ")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(invoke, flag):
    result = invoke(flag)
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["render", "--help"], ["check", "-h"], ["templates", "--help"]])
def test_help(invoke, args):
    result = invoke(*args)
    assert result.exit_code == 0 and "Cách dùng:" in result.stdout


def test_python_dash_m_minutes(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "minutes", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and __version__ in result.stdout


def test_pdf_options_need_a_docx_file(invoke, outline):
    assert invoke("render", outline, "--pdf", "-o", "-").exit_code == 2


def test_missing_libreoffice_is_a_clean_error(invoke, outline, monkeypatch, tmp_path):
    monkeypatch.setenv("MINUTES_SOFFICE", str(tmp_path / "no-soffice"))
    result = invoke("render", outline, "--pdf")
    assert result.exit_code == 1 and "MINUTES_SOFFICE" in result.stderr and "Traceback" not in result.output


def test_repairs_are_reported_as_warnings_and_the_outline_still_renders(invoke, tmp_path):
    from minutes.vietnamese.legacy import to_tcvn3

    outline = tmp_path / "cu.yaml"
    outline.write_text(
        f'organization: {{name: "{to_tcvn3("Ủy ban nhân dân xã An Phú")}", code: UBND}}\n'
        'meeting: {title: "Hội\u200b nghị", date: 5/2/2026, start: 8h, location: Hội trường}\n'
        "chair: Nguyễn An - Chủ tịch\n", encoding="utf-8")
    result = invoke("render", outline)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Lưu ý: ")]
    assert lines[0].startswith(f"Lưu ý: {outline}:1:") and "TCVN3" in lines[0] and "An Phú" in lines[0]
    assert f"{outline}:2:" in lines[1] and "U+200B" in lines[1]
