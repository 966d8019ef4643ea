"""``minutes next``, then ``check`` and ``render``: this period's figures are places to fill (issue 10, point 3)."""

from __future__ import annotations

import re
import shutil

import docx
import pytest
from conftest import EXAMPLES, MINIMAL

from minutes.outline import load_outline

FILL, LINE = "……", "." * 60


def rolled(invoke, tmp_path, example):
    """Copy ``example`` to tmp_path, run ``minutes next`` on it; return (old, new) paths."""
    old = tmp_path / example.name
    shutil.copy(example, old)
    new = tmp_path / "next.yaml"
    result = invoke("next", old, "-o", new)
    assert result.exit_code == 0, result.stderr
    return old, new


def texts(path) -> list[str]:
    document = docx.Document(path)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [p.text for p in document.paragraphs] + cells


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_next_then_render_prints_dots_never_last_periods_figures(invoke, tmp_path, example):
    old, new = rolled(invoke, tmp_path, example)
    before, after = load_outline(old), load_outline(new)
    out = tmp_path / "next.docx"
    result = invoke("render", new, "-o", out)
    assert result.exit_code == 0, result.stderr
    document = docx.Document(out)
    if before.indicators:
        table = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
        for row, _was in zip(table.rows[1:], before.indicators):
            value, previous = row.cells[3].text, row.cells[4].text
            assert value == FILL and previous != value  # this period's figure is left to write in
        assert all(i.value is None for i in after.indicators)
    lines = texts(out)
    if before.vote is not None:
        assert any(line.startswith("Số") and "tán thành: ……/" in line for line in lines), lines
    if before.attendees.present is not None:
        assert any(line.startswith("- Có mặt: ……") for line in lines), lines
        assert not any(f"Có mặt: {before.attendees.present:02d}" in line for line in lines)
    for section in ("achievements", "discussion", "directions", "conclusion", "commendations"):
        if getattr(before, section):  # emptied by next: room left to write it in
            assert getattr(after, section) == () and type(getattr(after, section)).__name__ == "ToFill"
    if before.achievements or before.conclusion:
        assert any(line.startswith(LINE) for line in lines)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_check_lists_every_place_to_fill_with_its_line(invoke, tmp_path, example):
    old, new = rolled(invoke, tmp_path, example)
    result = invoke("check", new)
    assert result.exit_code == 0 and f"{new}: OK" in result.stdout
    warned = [line for line in result.stderr.splitlines() if line.startswith("Lưu ý: ")
              and ": signer: " not in line]  # issue 17: which signer the follow-up documents default to
    text = new.read_text(encoding="utf-8").splitlines()
    places = {n for n, line in enumerate(text, 1)
              if re.match(r"\s*(-\s+)?[a-z_]+:\s*(#.*)?$", line) and not _has_children(text, n)
              or re.search(r':\s*""', line) or "# TODO" in line}
    reported = {int(line.split(":")[2]) for line in warned}
    assert places and places <= reported, (sorted(places - reported), warned)
    assert all("chưa được điền" in w or "còn phải điền" in w for w in warned), warned


def _has_children(lines: list[str], number: int) -> bool:
    """Is line ``number`` (1-based) a key whose value is on the lines below it?"""
    indent = len(lines[number - 1]) - len(lines[number - 1].lstrip())
    for line in lines[number:]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        inner = len(line) - len(line.lstrip())
        return inner > indent or (inner == indent and line.lstrip().startswith("- "))
    return False


def test_todo_marks_are_warned_by_check_and_render(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL.replace("  start: 14h", "  start: 14h   # TODO: xác nhận giờ"), encoding="utf-8")
    for command in ("check", "render"):
        result = invoke(command, outline)
        assert result.exit_code == 0
        assert (f"Lưu ý: {outline}:5:16: meeting.start: còn phải điền: xác nhận giờ (ghi chú TODO)"
                in result.stderr), result.stderr


def test_a_key_left_empty_by_hand_is_a_place_to_fill_too(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL + "attendees:\n  expected: 25\n  present:\nvote:\nconclusion:\n", encoding="utf-8")
    result = invoke("render", outline)
    assert result.exit_code == 0, result.stderr
    assert [line.split(": ", 2)[1].split(":")[1:3] for line in result.stderr.splitlines()] == [
        ["10", "3"], ["11", "1"], ["12", "1"]]
    lines = texts(outline.with_suffix(".docx"))
    assert "- Có mặt: ……/25 người." in lines
    assert "Số người tán thành: ……/…… (……); không tán thành: ……; không biểu quyết: ……." in lines
    assert any(line.startswith(LINE) for line in lines)
