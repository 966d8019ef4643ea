"""The preview's pages: every page as PNG, and a LibreOffice kept warm between conversions."""

from __future__ import annotations

import struct
import subprocess
import zlib

import pytest

from conftest import ROOT, has_pdf_tools, render_outline_bytes
from minutes.pdf.pages import page_images, png_of_ppm
from minutes.pdf.warm import WarmOffice, uno_python

needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")
EXAMPLE = ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and filtered rows of an 8-bit RGB PNG with one IDAT (what png_of_ppm writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    start = data.index(b"IDAT")
    length = struct.unpack(">I", data[start - 4:start])[0]
    return width, height, zlib.decompress(data[start + 4:start + 4 + length])


def test_png_of_ppm_keeps_every_pixel():
    ppm = b"P6\n2 1\n255\n" + bytes([255, 0, 0, 0, 0, 255])
    width, height, rows = decode_png(png_of_ppm(ppm))
    assert (width, height) == (2, 1) and rows == b"\x00" + bytes([255, 0, 0, 0, 0, 255])


def pages_of(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(info.split("Pages:")[1].split()[0])


@pytest.mark.pdf
@needs_tools
def test_warm_office_converts_again_and_again_and_stops_cleanly(tmp_path):
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module (apt-get install python3-uno)")
    docx = tmp_path / "bien-ban.docx"
    office = WarmOffice()
    try:
        for location in ("Phòng họp A", "Phòng họp B"):
            text = EXAMPLE.read_text(encoding="utf-8").replace("Phòng họp Khối Mặt trận và các đoàn thể huyện", location)
            source = tmp_path / "hop.yaml"
            source.write_text(text, encoding="utf-8")
            docx.write_bytes(render_outline_bytes(source))
            pdf = office.convert(docx)
            printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            assert location in printed and not office.failed
        processes = (office.office, office.worker)
    finally:
        office.close()
    assert all(proc.poll() is not None for proc in processes)
    pngs = page_images(pdf, tmp_path)
    assert len(pngs) == pages_of(pdf) == 4
    assert [p.name for p in pngs] == ["page-1.png", "page-2.png", "page-3.png", "page-4.png"]
    width, height, _ = decode_png(pngs[0].read_bytes())
    assert 500 < width < height  # A4 upright at 70 dpi
