"""The preview's pages: every page of a PDF as PNG."""

from __future__ import annotations

import struct
import subprocess
import zlib

import pytest
from conftest import ROOT, has_pdf_tools, render_outline_bytes

from minutes.pdf.convert import convert_to_pdf
from minutes.pdf.pages import page_images, page_keys, png_of_ppm
from minutes.pdf.server import WarmOffice

needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")
EXAMPLE = ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and filtered rows of an 8-bit PNG with one IDAT (what png_of_ppm writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    start = data.index(b"IDAT")
    length = struct.unpack(">I", data[start - 4:start])[0]
    return width, height, zlib.decompress(data[start + 4:start + 4 + length])


def test_png_of_ppm_keeps_every_pixel():
    ppm = b"P6\n2 1\n255\n" + bytes([255, 0, 0, 0, 0, 255])
    width, height, rows = decode_png(png_of_ppm(ppm))
    assert (width, height) == (2, 1) and rows == b"\x00" + bytes([255, 0, 0, 0, 0, 255])


def test_a_grey_page_is_written_as_greyscale_with_every_pixel():
    ppm = b"P6\n3 2\n255\n" + bytes([0, 0, 0, 128, 128, 128, 255, 255, 255, 7, 7, 7, 200, 200, 200, 9, 9, 9])
    data = png_of_ppm(ppm)
    assert data[25] == 0  # colour type 0: greyscale
    width, height, rows = decode_png(data)
    assert (width, height) == (3, 2) and rows == b"\x00" + bytes([0, 128, 255]) + b"\x00" + bytes([7, 200, 9])
    assert png_of_ppm(ppm.replace(bytes([9, 9, 9]), bytes([9, 9, 10])))[25] == 2  # one pixel of colour: RGB


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


@pytest.mark.pdf
@needs_tools
def test_a_page_whose_picture_did_not_change_keeps_its_file(tmp_path):
    outline = tmp_path / EXAMPLE.name
    text = EXAMPLE.read_text(encoding="utf-8")
    pdfs = []
    with WarmOffice() as office:
        for n, place in enumerate(("Phòng họp Khối Mặt trận và các đoàn thể huyện", "Hội trường lớn")):
            outline.write_text(text.replace("Phòng họp Khối Mặt trận và các đoàn thể huyện", place), encoding="utf-8")
            docx = tmp_path / f"v{n}.docx"
            docx.write_bytes(render_outline_bytes(outline))
            pdfs.append(convert_to_pdf([docx], office=office)[0])
    folder = tmp_path / "pages"
    folder.mkdir()
    first = page_images(pdfs[0], folder)
    keys, files = page_keys(folder), [(p.stat().st_ino, p.read_bytes()) for p in first]
    assert len(keys) == 4 and len(set(keys)) == 4
    assert page_images(pdfs[0], folder) == first and page_keys(folder) == keys
    assert [(p.stat().st_ino, p.read_bytes()) for p in first] == files  # not one written again
    page_images(pdfs[1], folder)  # the place is printed on page 1 only
    again = page_keys(folder)
    assert again[0] != keys[0] and again[1:] == keys[1:]
    assert first[0].read_bytes() != files[0][1]
    assert [(p.stat().st_ino, p.read_bytes()) for p in first[1:]] == files[1:]
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert first[0].read_bytes() == page_images(pdfs[1], fresh)[0].read_bytes()  # what a first run writes


@needs_tools
def test_a_preview_reads_its_own_render_here_and_a_received_file_in_a_limited_child(tmp_path):
    """The preview converts what minutes itself just rendered: no reading child is started
    for it (it is cut off from outside in this process), while the same file given to
    ``pdf`` as a received file is read in a child under the reading limits (each call in a
    child leaves what it used, :func:`minutes.docx.isolate.last_usage`)."""
    from minutes.docx import isolate

    docx = tmp_path / "bien-ban.docx"
    docx.write_bytes(render_outline_bytes(EXAMPLE))
    convert_to_pdf([docx], tmp_path, plain=True)
    received = isolate.last_usage()
    assert received is not None and received.peak > 0  # read in a child, which said what it used
    made = convert_to_pdf([docx], tmp_path, plain=True, made_here=True)
    assert made[0].read_bytes().startswith(b"%PDF-")
    assert isolate.last_usage() is received  # no child read it this time


@needs_tools
def test_render_pdf_converts_what_it_just_wrote_without_a_reading_child(tmp_path):
    """``render --pdf`` converts the .docx it has just written itself: no reading child (the
    one a received file gets) is started for it."""
    import shutil

    from minutes import api
    from minutes.docx import isolate

    outline = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, outline)
    convert_to_pdf([_a_docx(tmp_path)], tmp_path, plain=True)  # a received file: read in a child
    before = isolate.last_usage()
    result = api.render([str(outline)], pdf=True, plain=True)
    assert any(p.suffix == ".pdf" for p in result.written)
    assert isolate.last_usage() is before


def _a_docx(folder):
    docx = folder / "nhan-duoc.docx"
    docx.write_bytes(render_outline_bytes(EXAMPLE))
    return docx
