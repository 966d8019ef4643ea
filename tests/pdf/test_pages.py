"""The preview's pages: every page of a PDF as PNG."""

from __future__ import annotations

import struct
import subprocess
import zlib

import pytest
from conftest import ROOT, has_pdf_tools, render_outline_bytes

from minutes.pdf.convert import convert_to_pdf
from minutes.pdf.pages import page_images, png_of_ppm
from minutes.pdf.server import WarmOffice

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
def test_every_page_of_a_warm_conversion_as_png(tmp_path):
    docx = tmp_path / "bien-ban.docx"
    docx.write_bytes(render_outline_bytes(EXAMPLE))
    with WarmOffice() as office:
        pdf = convert_to_pdf([docx], office=office)[0]
    pngs = page_images(pdf, tmp_path)
    assert len(pngs) == pages_of(pdf) == 4
    assert [p.name for p in pngs] == ["page-1.png", "page-2.png", "page-3.png", "page-4.png"]
    width, height, _ = decode_png(pngs[0].read_bytes())
    assert 500 < width < height  # A4 upright at 70 dpi
    pngs[0].with_name("page-9.png").write_bytes(b"old")
    assert len(page_images(pdf, tmp_path)) == 4 and not (tmp_path / "page-9.png").exists()
