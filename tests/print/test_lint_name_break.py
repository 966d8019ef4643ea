"""Point 1: ``minutes lint`` reports a name broken in the middle of a word."""

from __future__ import annotations

import io

import docx
import pytest
from conftest import ROOT, render_outline_bytes

from minutes.lint import lint_document


def save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def party() -> bytes:
    return render_outline_bytes(ROOT / "examples" / "dang-bo-doan-the-2020.yaml")


def issuing_lines(document):
    cell = document.tables[0].rows[0].cells[0]
    return [p for p in cell.paragraphs if p.style.style_id == "CoQuanBanHanh"]


def rules_of(data: bytes) -> list[str]:
    return [f.rule for f in lint_document(data)]


def test_our_own_breaks_are_clean(party):
    assert "name-break" not in rules_of(party)


def test_a_word_split_over_two_lines_is_reported(party):
    document = docx.Document(io.BytesIO(party))
    first, second = issuing_lines(document)
    first.runs[0].text, second.runs[0].text = "ĐẢNG ỦY CÁC CƠ QUAN ĐOÀN", "THỂ HUYỆN"
    found = [f for f in lint_document(save(document)) if f.rule == "name-break"]
    assert len(found) == 1 and "ĐOÀN / THỂ" in found[0].message


def test_a_line_break_after_tinh_is_reported_too(party):
    """A name typed in Word with Shift+Enter: one paragraph, a line break inside."""
    document = docx.Document(io.BytesIO(party))
    first, second = issuing_lines(document)
    first.runs[0].text = "ỦY BAN MTTQ VIỆT NAM TỈNH"
    first.runs[0].add_break()
    first.add_run("GIA LAI").bold = True
    second._p.getparent().remove(second._p)
    found = [f for f in lint_document(save(document)) if f.rule == "name-break"]
    assert len(found) == 1 and "TỈNH / GIA" in found[0].message
