"""Know whether a .docx is still what minutes wrote, so an edited one is never lost.

Every document minutes writes carries, in its custom properties
(docProps/custom.xml), a SHA-256 of its content parts (everything under word/).
Before a render replaces an existing file, :func:`guard` compares: unchanged
since generated → replace; edited (in Word, LibreOffice…) or not made by
minutes → refuse unless ``force``, and then keep a backup copy first.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path

from minutes.errors import OutputError
from minutes.files import backup_name, keep_backup  # noqa: F401  (kept importable from here)
from minutes.i18n import _

PROPERTY = "minutes-fingerprint"
CUSTOM_URI = "/docProps/custom.xml"
CUSTOM_MEMBER = CUSTOM_URI[1:]
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def content_digest(members: Mapping[str, bytes]) -> str:
    """Return the SHA-256 (hex) of the content members (names under ``word/``), in name order."""
    digest = hashlib.sha256()
    for name in sorted(n for n in members if n.startswith("word/")):
        digest.update(name.encode() + b"\0" + members[name] + b"\0")
    return digest.hexdigest()


def custom_properties_xml(fingerprint: str) -> bytes:
    """Return docProps/custom.xml holding the fingerprint property."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">'
        f'<property fmtid="{FMTID}" pid="2" name="{PROPERTY}"><vt:lpwstr>{fingerprint}</vt:lpwstr></property>'
        "</Properties>"
    ).encode()


def merge_custom_properties(existing: bytes, fingerprint: str) -> bytes:
    """Return custom properties ``existing`` with our fingerprint set (others are kept)."""
    from xml.etree import ElementTree as ET

    try:
        root = ET.fromstring(existing)
    except ET.ParseError:
        return custom_properties_xml(fingerprint)
    ET.register_namespace("", CUSTOM_NS)
    ET.register_namespace("vt", VT_NS)
    props = [p for p in root if p.get("name") != PROPERTY]
    pid = max([int(p.get("pid", "1")) for p in props] + [1]) + 1
    ours = ET.fromstring(custom_properties_xml(fingerprint))[0]
    ours.set("pid", str(pid))
    root[:] = [*props, ours]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ET.tostring(root, encoding="utf-8")


def state(path: Path, new: bytes | None = None) -> str:
    """Return "unchanged" (as minutes wrote it), "edited", or "foreign" (not made by minutes).

    A file that already holds ``new`` (the bytes about to be written) is unchanged
    without more ado. Otherwise the file is read through :mod:`minutes.docx.safezip`,
    so a zip bomb left where the output goes is only "foreign", read in bounded memory.
    """
    from minutes.docx.safezip import MAX_FILE_BYTES, open_zip, read_member
    from minutes.errors import MinutesError
    from minutes.files import read_bounded

    try:
        data = read_bounded(path, MAX_FILE_BYTES, str(path))
        if new is not None and data == new:
            return "unchanged"
        with open_zip(data, str(path)) as package:
            names = package.namelist()
            custom = read_member(package, CUSTOM_MEMBER, str(path)) if CUSTOM_MEMBER in names else b""
            recorded = _recorded(custom)
            if not recorded:
                return "foreign"
            digest = hashlib.sha256()
            for name in sorted(n for n in names if n.startswith("word/")):
                digest.update(name.encode() + b"\0" + read_member(package, name, str(path)) + b"\0")
    except MinutesError:
        return "foreign"
    return "unchanged" if recorded == digest.hexdigest() else "edited"


def _recorded(custom: bytes) -> str:
    if not custom:
        return ""
    from xml.etree import ElementTree as ET

    try:
        root = ET.fromstring(custom)
    except ET.ParseError:
        return ""
    for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
        if prop.get("name") == PROPERTY:
            return "".join(prop.itertext()).strip()
    return ""


def guard(target: str | Path, force: bool = False, data: bytes | None = None) -> Path | None:
    """Make sure writing ``target`` loses nothing; return the backup made, if any.

    A .docx is replaced when it is unchanged since minutes wrote it; any other file
    only when it already holds ``data``. Otherwise :class:`OutputError` is raised
    unless ``force`` is given, and then the old file is first kept as a backup.
    """
    path = Path(target)
    if not os.path.lexists(path):
        return None
    found = state(path, data) if path.suffix.lower() == ".docx" else _same(path, data)
    if found == "unchanged":
        return None
    if not force:
        why = _("đã được sửa sau khi tạo") if found == "edited" else _("không do minutes tạo ra")
        raise OutputError(_("{path}: tệp {why}; không ghi đè để khỏi mất phần đã sửa. Hãy ghi ra tệp khác "
                            "(-o) hoặc dùng --force (bản cũ được giữ lại thành tệp .bak)").format(
            path=path, why=why))
    return keep_backup(path)


TEXT_STAMPED = (".md", ".html")
"""Text outputs (the news item) that carry their fingerprint as a last comment line."""
_STAMP = re.compile(rb"\n<!-- minutes sha256:([0-9a-f]{64}) -->\n\Z")
_TEXT_LIMIT = 32 * 1024 * 1024


def stamp_text(path: str | Path, data: bytes) -> bytes:
    """Return ``data`` with its fingerprint appended as an HTML comment when ``path`` is a
    Markdown or HTML file (both show nothing of it), so that a later render can tell the
    file it wrote from one edited since; other data is returned as it is."""
    if Path(path).suffix.lower() not in TEXT_STAMPED:
        return data
    return data + b"\n<!-- minutes sha256:" + hashlib.sha256(data).hexdigest().encode() + b" -->\n"


def _same(path: Path, data: bytes | None) -> str:
    """"unchanged" when ``path`` holds ``data`` exactly or is a stamped text file whose body
    still matches its stamp; "edited" when the stamp no longer matches; else "foreign"."""
    from minutes.errors import MinutesError
    from minutes.files import read_bounded

    try:
        old = read_bounded(path, _TEXT_LIMIT, str(path))
    except MinutesError:
        return "foreign"
    if data is not None and old == data:
        return "unchanged"
    stamp = _STAMP.search(old)
    if stamp is None:
        return "foreign"
    body = old[:stamp.start()]
    return "unchanged" if hashlib.sha256(body).hexdigest().encode() == stamp.group(1) else "edited"
