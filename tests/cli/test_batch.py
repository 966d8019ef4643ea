"""Many outlines at once, every document of an outline, and the news item as text."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

from conftest import EXAMPLES, ROOT

from minutes.documents.naming import unit_name
from minutes.outline import load_outline

FULL = ROOT / "tests" / "data" / "render" / "state-full.yaml"
BAD = ROOT / "tests" / "data" / "outlines" / "invalid-unknown-keys.yaml"


def test_batch_of_files_into_a_folder(invoke, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("render", *EXAMPLES, "-d", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.docx" for p in EXAMPLES)


def test_a_folder_of_outlines_with_one_bad_one(invoke, tmp_path):
    folder = tmp_path / "quy"
    folder.mkdir()
    for path in (FULL, BAD, ROOT / "examples" / "toi-thieu.yaml"):
        shutil.copy(path, folder / path.name)
    result = invoke("render", folder)
    assert result.exit_code == 1
    assert sorted(p.name for p in folder.glob("*.docx")) == ["state-full.docx", "toi-thieu.docx"]
    assert "invalid-unknown-keys.yaml:4:1: meetng:" in result.stderr and "1/3 đề cương có lỗi." in result.stderr


def test_output_option_needs_a_single_outline(invoke, tmp_path):
    result = invoke("render", FULL, BAD, "-o", tmp_path / "x.docx")
    assert result.exit_code == 2


def test_all_writes_every_document_the_outline_has_data_for(invoke, tmp_path):
    result = invoke("render", FULL, "--all", "-d", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        "state-full.docx", "state-full-thong-bao-ket-luan.docx", "state-full-bao-cao.docx",
        "state-full-giay-moi.docx", "state-full-tin-bai.docx"])


def test_all_skips_documents_without_data(invoke, tmp_path):
    result = invoke("render", ROOT / "examples" / "toi-thieu.yaml", "--all", "-d", tmp_path)
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toi-thieu-giay-moi.docx", "toi-thieu.docx"]


def test_missing_output_folder_is_created(invoke, tmp_path):
    result = invoke("render", FULL, "--all", "-d", tmp_path / "khong-co")
    assert result.exit_code == 0 and (tmp_path / "khong-co" / f"{FULL.stem}.docx").is_file(), result.stderr


def test_news_item_as_markdown_and_html_on_stdout(invoke):
    outline = load_outline(FULL)
    md = invoke("render", FULL, "--format", "md", "-o", "-")
    assert md.exit_code == 0 and md.stdout.startswith(f"# {unit_name(outline)} đánh giá kết quả")
    html = invoke("render", FULL, "--format", "html", "-o", "-")
    assert html.exit_code == 0 and ET.fromstring(html.stdout).tag == "article"


def test_news_item_file_beside_the_outline(invoke, tmp_path):
    outline = shutil.copy(FULL, tmp_path / "hop.yaml")
    assert invoke("render", outline, "--format", "md").exit_code == 0
    assert (tmp_path / "hop-tin-bai.md").read_text(encoding="utf-8").startswith("# Sở Nội vụ đánh giá kết quả")
