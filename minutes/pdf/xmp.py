"""Mend the XMP packet LibreOffice writes into a PDF: its text escaped twice.

LibreOffice (7.x) escapes the document's title, author, subject and keywords once more
when it writes them into the XMP packet: a trích yếu "Kinh tế & Xã hội" becomes
``Kinh tế &amp;amp; Xã hội`` there, while the PDF's Info dictionary (and the record sheet)
say "Kinh tế & Xã hội". PDF/A wants both to agree. :func:`mend_xmp` undoes the second
escape in place: the packet is uncompressed, and the bytes removed become padding spaces
inside the packet, so the file keeps its length and its cross-reference table stays right.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_PACKET = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta>", re.S)
_AMP = re.compile(rb"&amp;")
_TWICE = re.compile(rb"&amp;(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")


def mend_xmp(pdf: str | os.PathLike) -> bool:
    """Undo a second escape of the XMP packet of ``pdf``; return True when the file was changed.

    The packet is taken as escaped twice only when every ``&amp;`` in it starts an escaped
    entity (``&amp;amp;``, ``&amp;lt;``…), as LibreOffice's double escape leaves it.
    """
    path = Path(pdf)
    data = path.read_bytes()
    found = _PACKET.search(data)
    if found is None:
        return False
    packet = found.group(0)
    escapes = len(_AMP.findall(packet))
    if not escapes or len(_TWICE.findall(packet)) != escapes:
        return False
    mended = _TWICE.sub(rb"&\1;", packet)
    mended += b" " * (len(packet) - len(mended))  # whitespace after the root: allowed padding
    with path.open("r+b") as fh:
        fh.seek(found.start())
        fh.write(mended)
    return True
