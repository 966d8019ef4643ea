"""Write a .docx package reproducibly: every zip member carries one fixed time."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class FixedTimeZip:
    """A zip of .docx members whose timestamps never change, so equal documents give equal
    bytes (python-docx's own ``save`` stamps the current time on every member). It is also
    the physical-package writer python-docx's PackageWriter expects (``write``)."""

    def __init__(self, stream):
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes) -> None:
        """Add ``blob`` as the member named by ``pack_uri`` (python-docx's PackURI)."""
        self.write_member(pack_uri.membername, blob)

    def write_member(self, name: str, blob: bytes) -> None:
        """Add ``blob`` as the member ``name``."""
        info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob)

    def close(self) -> None:
        """Finish the zip."""
        self._zip.close()


def zip_bytes(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Return the zip of ``members`` (name, bytes), in that order, with fixed times."""
    out = io.BytesIO()
    writer = FixedTimeZip(out)
    for name, blob in members:
        writer.write_member(name, blob)
    writer.close()
    return out.getvalue()
