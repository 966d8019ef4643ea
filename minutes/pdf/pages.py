"""Every page of a PDF as a PNG (the web form's preview), through poppler's pdftoppm.

pdftoppm's own PNG writer compresses hard and takes seconds for a few pages; it is
asked for raw PPM instead, which is written as PNG here with fast zlib settings
(standard library only): ten times quicker, and the files stay small.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

from minutes.i18n import _
from minutes.pdf.convert import POPPLER_HINT, PdfError


def page_images(pdf: str | os.PathLike, folder: str | os.PathLike | None = None, *, dpi: int = 70) -> list[Path]:
    """Write ``page-N.png`` for every page of ``pdf`` into ``folder`` (default: the PDF's); return them in order.

    Pages left from an earlier, longer document are removed first.
    """
    pdf = Path(pdf)
    folder = Path(folder) if folder is not None else pdf.parent
    tool = shutil.which("pdftoppm")
    if not tool:
        raise PdfError(_("{pdf}: không tìm thấy pdftoppm để tạo ảnh xem trước; {poppler_hint}").format(
            pdf=pdf, poppler_hint=_(POPPLER_HINT)))
    for old in folder.glob("page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix=".pages-", dir=folder) as tmp:
        try:
            done = subprocess.run([tool, "-r", str(dpi), str(pdf), str(Path(tmp) / "p")],
                                  capture_output=True, timeout=120)
        except subprocess.TimeoutExpired as exc:
            raise PdfError(_("{pdf}: pdftoppm không trả lời sau 120 giây; tệp PDF có thể hỏng").format(
                pdf=pdf)) from exc
        made = sorted(Path(tmp).glob("p-*.ppm"), key=_number)
        if done.returncode != 0 or not made:
            raise PdfError(_("{pdf}: pdftoppm không tạo được ảnh các trang; tệp PDF có thể hỏng").format(pdf=pdf))
        pages = [folder / f"page-{_number(ppm)}.png" for ppm in made]
        for ppm, png in zip(made, pages):
            png.write_bytes(png_of_ppm(ppm.read_bytes()))
    return pages


def _number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def png_of_ppm(data: bytes) -> bytes:
    """Return the PNG of a binary PPM (P6, 8 bits) as pdftoppm writes it."""
    magic, size, depth, pixels = data.split(b"\n", 3)
    width, height = map(int, size.split())
    if magic != b"P6" or depth != b"255" or len(pixels) < width * height * 3:
        raise PdfError(_("pdftoppm trả về ảnh không đọc được"))
    stride = width * 3
    rows = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 1))
            + _chunk(b"IEND", b""))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
