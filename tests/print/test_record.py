"""Point 7: the record sheet beside the file (``--record``), and ``--pdf-plain``."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess

import pytest
from conftest import MINIMAL, ROOT, has_pdf_tools

from minutes.pdf.options import convert_to_argument

needs_pdf = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_render_record_writes_the_sheet_beside_the_document(invoke, tmp_path):
    outline = tmp_path / "hop.yaml"
    text = MINIMAL.replace("organization: {name: SỞ NỘI VỤ, code: SNV}",
                           "organization: {name: SỞ NỘI VỤ, code: SNV, parent: ỦY BAN NHÂN DÂN TỈNH TÂY NINH}")
    outline.write_text(text + "number: 7\nfile_code: 01.VP.2025\nretention: Vĩnh viễn\n", encoding="utf-8")
    result = invoke("render", outline, "--record")
    assert result.exit_code == 0, result.stderr
    sheet = json.loads((tmp_path / "hop.record.json").read_text(encoding="utf-8"))
    assert sheet["file_code"] == "01.VP.2025" and sheet["retention"] == "Vĩnh viễn"
    assert sheet["title"] == "Hội nghị giao ban" and sheet["document_type"] == "Biên bản"
    assert sheet["issuing_body"] == "SỞ NỘI VỤ" and sheet["parent_body"] == "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"
    assert sheet["number_and_symbol"] == "07/BB-SNV" and sheet["date"] == "2025-08-26"
    assert sheet["language"] == "vi" and sheet["pages"] is None
    [docx] = sheet["files"]
    assert docx["name"] == "hop.docx" and docx["sha256"] == sha(tmp_path / "hop.docx")


def test_record_of_every_document_with_all(invoke, tmp_path):
    outline = shutil.copy(ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml", tmp_path / "hop.yaml")
    result = invoke("render", outline, "--all", "--record")
    assert result.exit_code == 0, result.stderr
    sheets = sorted(p.name for p in tmp_path.glob("*.record.json"))
    assert len(sheets) == len(list(tmp_path.glob("*.docx"))) == 5
    report = json.loads((tmp_path / "hop-bao-cao.record.json").read_text(encoding="utf-8"))
    assert report["document_type"] == "Báo cáo" and report["file_code"] is None
    assert report["number_and_symbol"].endswith("/BC-MTTQ")


def test_record_counts_the_pages_of_the_pdf(printed, tmp_path):
    from minutes.docx.record import record_sheet

    doc = printed["mat-tran-giao-ban-quy-3-2021.bien-ban.state"]
    sheet = record_sheet(doc.outline, doc.document, doc.docx, doc.pdf)
    pages = subprocess.run(["pdfinfo", str(doc.pdf)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {sheet['pages']}" in pages and sheet["pages"] >= 2
    docx, pdf = sheet["files"]
    assert docx["sha256"] == sha(doc.docx) and pdf["sha256"] == sha(doc.pdf)
    assert pdf["conformance"] == "PDF/A-2b" and pdf["bytes"] == doc.pdf.stat().st_size


def test_the_export_filter_is_spelt_in_one_place():
    assert convert_to_argument(plain=True) == "pdf"
    assert '"SelectPdfVersion":{"type":"long","value":"2"}' in convert_to_argument()


@needs_pdf
def test_pdf_plain_writes_an_ordinary_pdf(invoke, tmp_path):
    outline = shutil.copy(ROOT / "examples" / "toi-thieu.yaml", tmp_path / "hop.yaml")
    result = invoke("render", outline, "--pdf-plain", "--record")
    assert result.exit_code == 0, result.stderr
    data = (tmp_path / "hop.pdf").read_bytes()
    assert data[:5] == b"%PDF-" and b"pdfaid:part" not in data
    sheet = json.loads((tmp_path / "hop.record.json").read_text(encoding="utf-8"))
    assert sheet["files"][1]["conformance"] is None and sheet["pages"] >= 1
