"""Write .docx files reproducibly and atomically.

python-docx stamps the current time on every zip member and on the core
properties, so two saves of the same document differ. :func:`document_bytes`
fixes both, so the same outline always gives the same bytes; :func:`write_atomic`
writes through a temporary file in the target folder and renames it into place,
so an output is either whole or untouched.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from pathlib import Path

from minutes.errors import OutputError

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def document_bytes(document, when: dt.datetime) -> bytes:
    """Return the bytes of ``document`` with ``when`` as its creation/modification time.

    Zip members keep their order and get a fixed timestamp, so equal documents
    give equal bytes.
    """
    props = document.core_properties
    props.created = props.modified = when
    props.revision = 1
    props.last_modified_by = "minutes"
    raw = io.BytesIO()
    document.save(raw)
    return normalize_zip(raw.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Return ``data`` (a zip) rewritten with fixed member timestamps and attributes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


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
