"""Every page of a PDF as a PNG (the web form's preview), through poppler's pdftoppm."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from minutes.pdf.convert import POPPLER_HINT, PdfError


def page_images(pdf: str | os.PathLike, folder: str | os.PathLike | None = None, *, dpi: int = 70) -> list[Path]:
    """Write ``page-N.png`` for every page of ``pdf`` into ``folder`` (default: the PDF's); return them in order.

    Pages left from an earlier, longer document are removed first.
    """
    pdf = Path(pdf)
    folder = Path(folder) if folder is not None else pdf.parent
    tool = shutil.which("pdftoppm")
    if not tool:
        raise PdfError(f"{pdf}: không tìm thấy pdftoppm để tạo ảnh xem trước; {POPPLER_HINT}")
    for old in folder.glob("page-*.png"):
        old.unlink()
    try:
        done = subprocess.run([tool, "-png", "-r", str(dpi), str(pdf), str(folder / "page")],
                              capture_output=True, timeout=120)
    except subprocess.TimeoutExpired as exc:
        raise PdfError(f"{pdf}: pdftoppm không trả lời sau 120 giây; tệp PDF có thể hỏng") from exc
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if done.returncode != 0 or not pages:
        raise PdfError(f"{pdf}: pdftoppm không tạo được ảnh các trang; tệp PDF có thể hỏng")
    return pages
