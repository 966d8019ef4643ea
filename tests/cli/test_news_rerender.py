"""The news item as Markdown or HTML is re-rendered after the outline changes, like the .docx:
replaced when minutes wrote it and nobody edited it since, refused otherwise."""

from __future__ import annotations

import pytest
from conftest import MINIMAL


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_rerender_after_editing_the_outline(tmp_path, invoke, fmt):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    assert invoke("render", str(outline), "--format", fmt).exit_code == 0
    made = tmp_path / f"hop-tin-bai.{fmt}"
    assert "minutes sha256:" in made.read_text(encoding="utf-8")
    outline.write_text(MINIMAL.replace("Nguyễn Văn An", "Trần Văn Bình"), encoding="utf-8")
    result = invoke("render", str(outline), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "Trần Văn Bình" in made.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_hand_edited_news_item_is_kept(tmp_path, invoke, fmt):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    assert invoke("render", str(outline), "--format", fmt).exit_code == 0
    made = tmp_path / f"hop-tin-bai.{fmt}"
    edited = made.read_text(encoding="utf-8").replace("Nguyễn Văn An", "Nguyễn Văn Ân", 1)
    made.write_text(edited, encoding="utf-8")
    result = invoke("render", str(outline), "--format", fmt)
    assert result.exit_code == 1
    assert "đã được sửa" in result.output
    assert made.read_text(encoding="utf-8") == edited


def test_a_file_minutes_did_not_write_is_kept(tmp_path, invoke):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "hop-tin-bai.md").write_text("# bài của tôi\n", encoding="utf-8")
    result = invoke("render", str(outline), "--format", "md")
    assert result.exit_code == 1
    assert (tmp_path / "hop-tin-bai.md").read_text(encoding="utf-8") == "# bài của tôi\n"
