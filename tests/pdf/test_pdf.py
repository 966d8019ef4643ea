"""Print check through LibreOffice: page 1 has no number, page 2 starts with "2".

Skipped where LibreOffice (soffice) or poppler (pdftotext) is not installed.
"""

from __future__ import annotations

import subprocess

import pytest
from conftest import ROOT, has_pdf_tools, render_outline_bytes
from patience import patience

pytestmark = [pytest.mark.pdf, pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")]


def pdf_pages(pdf, mode: str = "-layout") -> list[str]:
    """Return the text of each page of ``pdf`` (pdftotext separates pages with form feeds).

    ``-layout`` keeps the page's geometry (what a reader sees line by line); ``-raw``
    keeps the order text was drawn in, so a paragraph wrapped in a table cell stays whole.
    """
    text = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    docx = folder / "mat-tran.docx"
    docx.write_bytes(render_outline_bytes(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"))
    profile = folder / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=patience(180),
    )
    return pdf_pages(folder / "mat-tran.pdf")


def test_page_one_has_no_number_and_starts_with_the_header(pages):
    first = pages[0].strip().splitlines()[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first


def test_page_two_starts_with_its_number(pages):
    assert len(pages) >= 2
    assert pages[1].strip().splitlines()[0].strip() == "2"


def test_last_page_has_the_signatures(pages):
    assert "THƯ KÝ" in pages[-1] and "CHỦ TỌA" in pages[-1] and "Lưu: VT, Hồ sơ." in pages[-1]


def test_render_with_pdf_and_preview_from_the_command_line(invoke, tmp_path):
    import shutil

    outline = shutil.copy(ROOT / "examples" / "toi-thieu.yaml", tmp_path / "hop.yaml")
    result = invoke("render", outline, "--pdf", "--preview")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "hop.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "hop.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    again = invoke("pdf", tmp_path / "hop.docx")
    assert again.exit_code == 0 and f"Đã ghi {tmp_path / 'hop.pdf'}" in again.stdout


def test_every_example_prints_all_of_its_text(tmp_path):
    """Each example's PDF (one LibreOffice run for all) holds every paragraph of its .docx, and
    its last page has the closing sentence with the signatures and Nơi nhận (never split off)."""
    import re

    from conftest import EXAMPLES, open_docx

    from minutes.docx.read import iter_paragraphs
    from minutes.pdf.convert import convert_to_pdf

    docx_files = []
    for path in EXAMPLES:
        target = tmp_path / f"{path.stem}.docx"
        target.write_bytes(render_outline_bytes(path))
        docx_files.append(target)
    for docx_file, pdf in zip(docx_files, convert_to_pdf(docx_files)):
        last = pdf_pages(pdf)[-1]
        assert "Nơi nhận:" in last and "kết thúc vào" in last, (docx_file.name, last[:200])
        printed = re.sub(r"\s+", "", "".join(pdf_pages(pdf, "-raw")))
        paragraphs = [p.text for p in iter_paragraphs(open_docx(docx_file.read_bytes())) if p.text.strip()]
        missing = [t for t in paragraphs if re.sub(r"\s+", "", t) not in printed]
        assert not missing, (docx_file.name, missing[:3])
