"""Every page of a PDF as a PNG (the web form's preview), through poppler's pdftoppm.

pdftoppm's own PNG writer compresses hard and takes seconds for a few pages; it is
asked for raw PPM instead, which is written as PNG here with fast zlib settings
(standard library only): ten times quicker, and the files stay small. A page whose
pixels are all grey (black text on white: R = G = B everywhere) is written as a
greyscale PNG, the same picture in a third of the data.

Each page's picture has a key (a hash of its pixels), kept in ``pages.txt`` beside the
images (:func:`page_keys`). A page whose pixels did not change since the last run keeps
its file untouched: it is not encoded again, and a browser that has it already (its URL
carries the key) does not fetch or decode it again.
"""

from __future__ import annotations

import hashlib
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

    A page whose pixels are those of the file already there (same key) is kept as it is;
    pages left from an earlier, longer document are removed.
    """
    pdf = Path(pdf)
    folder = Path(folder) if folder is not None else pdf.parent
    tool = shutil.which("pdftoppm")
    if not tool:
        raise PdfError(_("{pdf}: không tìm thấy pdftoppm để tạo ảnh xem trước; {poppler_hint}").format(
            pdf=pdf, poppler_hint=_(POPPLER_HINT)))
    before = page_keys(folder)
    (folder / KEYS).unlink(missing_ok=True)  # written again once every page is in place
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
        keys = []
        for n, (ppm, png) in enumerate(zip(made, pages)):
            data = ppm.read_bytes()
            keys.append(hashlib.sha256(data).hexdigest()[:16])
            if n < len(before) and before[n] == keys[-1] and png.is_file():
                continue  # the same picture: the file (and the browser's copy) stays
            fresh = Path(tmp) / png.name
            fresh.write_bytes(png_of_ppm(data))
            os.replace(fresh, png)  # a reader of the old file keeps it whole
    for old in folder.glob("page-*.png"):
        if old not in pages:
            old.unlink()
    (folder / KEYS).write_text("\n".join(keys) + "\n", encoding="ascii")
    return pages


KEYS = "pages.txt"
"""The file beside the page images naming each page's key, one a line, in page order."""


def page_keys(folder: str | os.PathLike) -> list[str]:
    """The key of each page image in ``folder`` (a hash of its pixels), in page order;
    [] when :func:`page_images` has not finished writing there."""
    try:
        return (Path(folder) / KEYS).read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []


def page_files(folder: str | os.PathLike) -> list[Path]:
    """The page images (``page-N.png``) in ``folder``, in page order."""
    return sorted(Path(folder).glob("page-*.png"), key=_number)


def _number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def png_of_ppm(data: bytes) -> bytes:
    """Return the PNG of a binary PPM (P6, 8 bits) as pdftoppm writes it: greyscale when every
    pixel is grey (red = green = blue), else RGB; every pixel is kept."""
    magic, size, depth, pixels = data.split(b"\n", 3)
    width, height = map(int, size.split())
    if magic != b"P6" or depth != b"255" or len(pixels) < width * height * 3:
        raise PdfError(_("pdftoppm trả về ảnh không đọc được"))
    pixels = pixels[:width * height * 3]
    red = pixels[0::3]
    grey = red == pixels[1::3] and red == pixels[2::3]
    if grey:
        pixels, stride, kind = red, width, 0  # colour type 0: greyscale
    else:
        stride, kind = width * 3, 2  # colour type 2: RGB
    rows = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, kind, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 1))
            + _chunk(b"IEND", b""))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
