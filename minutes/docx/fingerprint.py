"""Know whether a .docx is still what minutes wrote, so an edited one is never lost.

Every document minutes writes carries, in its custom properties
(docProps/custom.xml), a SHA-256 of its content parts (everything under word/).
Before a render replaces an existing file, :func:`guard` compares: unchanged
since generated → replace; edited (in Word, LibreOffice…) or not made by
minutes → refuse unless ``force``, and then keep a backup copy first.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree as ET

from minutes.errors import OutputError

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
    ).encode("utf-8")


def merge_custom_properties(existing: bytes, fingerprint: str) -> bytes:
    """Return custom properties ``existing`` with our fingerprint set (others are kept)."""
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


def state(path: Path) -> str:
    """Return "unchanged" (as minutes wrote it), "edited", or "foreign" (not made by minutes)."""
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            members = {n: package.read(n) for n in names if n.startswith("word/")}
            custom = package.read(CUSTOM_MEMBER) if CUSTOM_MEMBER in names else b""
    except (OSError, zipfile.BadZipFile, KeyError):
        return "foreign"
    recorded = _recorded(custom)
    if not recorded:
        return "foreign"
    return "unchanged" if recorded == content_digest(members) else "edited"


def _recorded(custom: bytes) -> str:
    if not custom:
        return ""
    try:
        root = ET.fromstring(custom)
    except ET.ParseError:
        return ""
    for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
        if prop.get("name") == PROPERTY:
            return "".join(prop.itertext()).strip()
    return ""


def guard(target: str | Path, force: bool = False) -> Path | None:
    """Make sure writing ``target`` loses nothing; return the backup made, if any.

    Raises :class:`OutputError` when ``target`` was edited since minutes wrote it
    (or was not written by minutes) and ``force`` is not given.
    """
    path = Path(target)
    if not path.exists():
        return None
    found = state(path)
    if found == "unchanged":
        return None
    if not force:
        why = "đã được sửa sau khi tạo" if found == "edited" else "không do minutes tạo ra"
        raise OutputError(f"{path}: tệp {why}; không ghi đè để khỏi mất phần đã sửa. "
                          "Hãy ghi ra tệp khác (-o) hoặc dùng --force (bản cũ được giữ lại thành tệp .bak)")
    backup = backup_name(path)
    shutil.copy2(path, backup)
    return backup


def backup_name(path: Path) -> Path:
    """Return a free backup name beside ``path``: ``hop.bak.docx``, ``hop.bak-2.docx``…"""
    candidate, n = path.with_name(f"{path.stem}.bak{path.suffix}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.stem}.bak-{n}{path.suffix}"), n + 1
    return candidate
