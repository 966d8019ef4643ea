"""Write a .docx package reproducibly: every zip member carries one fixed time."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def zip_bytes(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Return the zip of ``members`` (name, bytes), in that order, each deflated with the time
    :data:`ZIP_EPOCH`, so equal documents give equal bytes (python-docx's own ``save`` stamps
    the current time on every member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, blob)
    return out.getvalue()
