"""Files in and out: the one place where the tool writes to the user's disk.

:func:`write_atomic` writes through a temporary file in the target folder and
renames it into place, so an output is either whole or untouched. This module is
in the base layer: every stage that writes a file (documents, outlines, PDFs)
goes through it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from minutes.errors import OutputError


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Raises :class:`OutputError` with a Vietnamese message when the folder is
    missing or read-only or the disk is full; the target is then untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{target}: thư mục {folder} không tồn tại; hãy tạo thư mục hoặc chọn nơi lưu khác")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: không ghi được vào thư mục {folder} ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{target}: không ghi được tệp ({exc.strerror}); tệp cũ (nếu có) vẫn giữ nguyên") from exc
