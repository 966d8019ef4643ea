"""render → import → render gives the same paragraphs, for every example in every style."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pytest
from conftest import EXAMPLES
from docx.oxml.ns import qn

from minutes.docx.render import render_bytes
from minutes.importer import import_docx
from minutes.outline import load_outline

STYLES = ("state", "party", "youth")


def with_style(text: str, style: str) -> str:
    """The outline ``text`` with its style set to ``style``."""
    if re.search(r"^style:", text, re.M):
        return re.sub(r"^style:.*$", f"style: {style}", text, flags=re.M)
    return f"style: {style}\n{text}"


def paragraphs(data: bytes) -> list[str]:
    """The text of every paragraph of the body, tables included, in order (read with python-docx)."""
    body = docx.Document(io.BytesIO(data)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def render_text(text: str, name: str = "x.yaml") -> bytes:
    return render_bytes(load_outline(name, data=text.encode("utf-8")), None)


@pytest.fixture(scope="module")
def firsts() -> dict[tuple[str, str], tuple[str, bytes]]:
    """Each example in each style: (outline text, first render)."""
    out = {}
    for path in EXAMPLES:
        for style in STYLES:
            text = with_style(path.read_text(encoding="utf-8"), style)
            out[path.stem, style] = text, render_text(text, str(path))
    return out


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_render_import_render_keeps_every_paragraph(firsts, example, style):
    original, first = firsts[example, style]
    result = import_docx(first, name=f"{example}.docx", today=dt.date(2026, 1, 1))
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.style == style
    second = render_text(result.outline_text)
    before, after = paragraphs(first), paragraphs(second)
    assert sum(1 for p in before if p.strip()) > 20
    assert after == before


@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_the_imported_outline_has_the_original_values(firsts, example):
    original, first = firsts[example, "state"]
    imported = load_outline("x.yaml", data=import_docx(first).outline_text.encode("utf-8"))
    source = load_outline("y.yaml", data=original.encode("utf-8"))
    assert imported.organization.name == source.organization.name
    assert imported.organization.code == source.organization.code
    assert imported.number == source.number
    assert imported.meeting.title == source.meeting.title
    assert imported.meeting.date == source.meeting.date
    assert imported.meeting.start == source.meeting.start
    assert imported.meeting.end == source.meeting.end
    assert imported.chair == source.chair
    assert imported.secretary == source.secretary
    assert len(imported.tasks) == len(source.tasks)
    assert [t.due for t in imported.tasks] == [t.due for t in source.tasks]
    # the owner follows "chủ trì:", so the biên bản prints it in lower case (Phụ lục II; issue 17)
    assert [t.owner[:1].lower() + t.owner[1:] for t in imported.tasks] == \
        [t.owner[:1].lower() + t.owner[1:] for t in source.tasks]
    assert imported.vote == source.vote
    assert imported.recipients == source.recipients
    assert [(i.name, i.value, i.previous) for i in imported.indicators] == \
        [(i.name, i.value, i.previous) for i in source.indicators]


def test_the_outline_is_commented_with_source_date_and_doubts(firsts):
    _text, first = firsts["cong-doan-quy-1-2026", "state"]
    result = import_docx(first, name="Bien ban quy I.docx", today=dt.date(2026, 4, 9))
    head = result.outline_text.splitlines()[0]
    assert "“Bien ban quy I.docx”" in head and "09/04/2026" in head
    period = next(line for line in result.outline_text.splitlines() if line.strip().startswith("period:"))
    assert "# kiểm tra lại: kỳ báo cáo suy ra từ tên cuộc họp" in period
    assert [u.path for u in result.uncertain] == ["place", "meeting.period"]  # place: from “TỈNH THANH HÓA”
