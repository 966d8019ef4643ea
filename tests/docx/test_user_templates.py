"""Templates a user brings: export, check, render with -t, and the sandbox."""

from __future__ import annotations

import re

import docx
import pytest
from conftest import ROOT

MINIMAL = ROOT / "examples" / "toi-thieu.yaml"


def exported_with(tmp_path, invoke, text: str):
    """Export the state biên bản and put ``text`` in its title paragraph; return the file."""
    target = tmp_path / "mau.docx"
    assert invoke("templates", "export", "bien-ban", target).exit_code == 0
    document = docx.Document(target)
    paragraph = next(p for p in document.paragraphs if p.text == "{{ trich_yeu }}")
    paragraph.runs[0].text = text
    document.save(target)
    return target


def test_list_has_one_line_per_built_in(invoke):
    lines = invoke("templates").stdout.splitlines()
    names = [line.split()[0] for line in lines]
    assert names == ["bien-ban", "thong-bao-ket-luan", "bao-cao", "giay-moi", "tin-bai"]


def test_export_then_render_with_the_exported_copy(invoke, tmp_path):
    target = exported_with(tmp_path, invoke, "Biên bản: {{ trich_yeu }}")
    assert invoke("templates", "check", target).exit_code == 0
    out = tmp_path / "out.docx"
    result = invoke("render", MINIMAL, "-t", target, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert any(p.text.startswith("Biên bản: Cuộc họp giao ban") for p in docx.Document(out).paragraphs)


def test_export_refuses_to_overwrite_without_force(invoke, tmp_path):
    target = tmp_path / "mau.docx"
    target.write_bytes(b"keep")
    result = invoke("templates", "export", "bien-ban", target)
    assert result.exit_code == 1 and "--force" in result.stderr and target.read_bytes() == b"keep"
    assert invoke("templates", "export", "bien-ban", target, "--force").exit_code == 0


def test_misspelt_variable_is_named_with_did_you_mean(invoke, tmp_path):
    target = exported_with(tmp_path, invoke, "{{ meeting.titel }}")
    result = invoke("templates", "check", target)
    assert result.exit_code == 1
    assert "biến 'meeting.titel' không có trong meeting; có phải ý bạn là 'title'?" in result.stderr
    rendered = invoke("render", MINIMAL, "-t", target, "-o", tmp_path / "x.docx")
    assert rendered.exit_code == 1 and "titel" in rendered.stderr and "Traceback" not in rendered.output
    assert not (tmp_path / "x.docx").exists()


def test_misspelt_variable_is_said_the_same_in_render_and_check_by_the_paragraphs_text(invoke, tmp_path):
    target = exported_with(tmp_path, invoke, "Họp tại {{ meeting.locaton }} hôm nay")
    said = ("đoạn “Họp tại {{ meeting.locaton }} hôm nay”: biến 'meeting.locaton' không có trong meeting; "
            "có phải ý bạn là 'location'?")
    checked = invoke("templates", "check", target)
    rendered = invoke("render", MINIMAL, "-t", target, "-o", tmp_path / "x.docx")
    assert checked.exit_code == rendered.exit_code == 1
    assert said in checked.stderr and said in rendered.stderr, (checked.stderr, rendered.stderr)
    assert "dict object" not in rendered.stderr
    assert not re.search(r"đoạn \d", checked.stderr + rendered.stderr)


def test_a_long_paragraph_is_quoted_by_its_start():
    from minutes.docx.template_check import TemplateProblem

    text = "Thành phần tham dự gồm toàn thể cán bộ, công chức của cơ quan {{ attendance }} và khách mời"
    assert str(TemplateProblem(11, text, "x")) == f"đoạn “{text[:60]}…”: x"
    assert str(TemplateProblem(11, "", "x")) == "đoạn thứ 11 (trống): x"


def test_syntax_error_is_reported_with_its_paragraph(invoke, tmp_path):
    target = exported_with(tmp_path, invoke, "{{ trich_yeu ")
    result = invoke("templates", "check", target)
    assert result.exit_code == 1 and "lỗi cú pháp Jinja" in result.stderr and "đoạn " in result.stderr
    rendered = invoke("render", MINIMAL, "-t", target, "-o", tmp_path / "x.docx")
    assert rendered.exit_code == 1 and "lỗi cú pháp Jinja" in rendered.stderr


@pytest.mark.parametrize("escape", [
    "{{ ''.__class__.__mro__ }}",
    "{{ trich_yeu.__class__.__mro__[1].__subclasses__() }}",
    "{{ meeting.__init__.__globals__ }}",
])
def test_sandbox_escape_fails_cleanly(invoke, tmp_path, escape):
    target = exported_with(tmp_path, invoke, escape)
    checked = invoke("templates", "check", target)
    assert checked.exit_code == 1 and "không được phép" in checked.stderr
    rendered = invoke("render", MINIMAL, "-t", target, "-o", tmp_path / "x.docx")
    assert rendered.exit_code == 1, rendered.output
    assert "Traceback" not in rendered.output and not (tmp_path / "x.docx").exists()
    assert "không được phép" in rendered.stderr


def test_check_of_a_file_that_is_not_a_docx(invoke, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    result = invoke("templates", "check", bad)
    assert result.exit_code == 1 and "không đọc được tệp .docx" in result.stderr


@pytest.mark.parametrize("runaway, limit, message", [
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     ("RENDER_SECONDS", 1), "giây nên đã bị dừng"),
    ("{% for i in range(100000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}",
     ("MAX_PART_BYTES", 1024 * 1024), "văn bản quá lớn"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", None, "gọi lại chính nó"),
])
def test_runaway_template_is_stopped_with_a_clear_message(invoke, tmp_path, monkeypatch, runaway, limit, message):
    from minutes.docx import render

    if limit:
        monkeypatch.setattr(render, *limit)
    target = exported_with(tmp_path, invoke, runaway)
    result = invoke("render", MINIMAL, "-t", target, "-o", tmp_path / "x.docx")
    assert result.exit_code == 1 and message in result.stderr, result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.docx").exists()
