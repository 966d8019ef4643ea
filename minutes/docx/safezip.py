"""Reading a .docx we did not make, in bounded memory: the one safe zip reader.

Every .docx that comes from outside — a user template (``render -t``, ``templates
check``), a document to ``lint`` or convert to PDF, an existing output whose
fingerprint is compared — is read through :func:`read_package` or
:func:`check_package` before python-docx, docxtpl or LibreOffice see it:

* the file is read with :func:`minutes.files.read_bounded` (at most
  :data:`MAX_FILE_BYTES`);
* it must be a zip holding at most :data:`MAX_PARTS` parts, whose declared
  uncompressed sizes stay under :data:`MAX_XML_BYTES` for XML,
  :data:`MAX_PART_BYTES` for any other part and :data:`MAX_TOTAL_BYTES` in all;
  every part is then decompressed with a cap, so a part that holds more than it
  declares is caught too (a zip bomb: a 2 GiB part in a 2 MB file);
* no XML part may hold a DTD (``<!DOCTYPE``/``<!ENTITY``: "billion laughs");
  relationships are parsed with :func:`safe_parser` (no entities, no network, no
  huge trees) and an internal one may not point outside the package or at a
  part that is missing;
* it must have a main document part (``word/document.xml``).

Failures raise :class:`PackageError` with a Vietnamese message naming the file.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from urllib.parse import unquote

from minutes.errors import MinutesError
from minutes.files import InputError, human_size, read_bounded

MAX_FILE_BYTES = 128 * 1024 * 1024
"""The largest .docx file read (photos make real ones a few MB)."""
MAX_PARTS = 5000
MAX_XML_BYTES = 8 * 1024 * 1024
"""The largest XML part once decompressed: a 100-page report's text is about 2 MB."""
MAX_PART_BYTES = 64 * 1024 * 1024
"""The largest part of any other kind (an image) once decompressed."""
MAX_TOTAL_BYTES = 256 * 1024 * 1024
"""All parts together, decompressed."""

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"


class PackageError(MinutesError):
    """Raised when a .docx is not a package we can read safely (see the module docstring)."""


def safe_parser():
    """An lxml parser that resolves no entity, loads no DTD, reaches no network, builds no huge tree."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False)


def read_package(source, name: str | None = None, what: str = "tệp .docx") -> bytes:
    """Return the bytes of the .docx at ``source`` (a path, "-" or a binary file), checked.

    Raises :class:`PackageError` (or :class:`~minutes.files.InputError`) with a message.
    """
    shown = name or str(source)
    data = read_bounded(source, MAX_FILE_BYTES, shown, what)
    check_package(data, shown, what)
    return data


def check_package(data: bytes, name: str, what: str = "tệp .docx") -> dict[str, bytes]:
    """Check ``data`` as the module docstring says; return its XML parts (``.xml``/``.rels``) by name."""
    with open_zip(data, name, what) as package:
        xml = {}
        for info in package.infolist():
            if _is_xml(info.filename):
                xml[info.filename] = read_member(package, info, name)
                _no_dtd(xml[info.filename], info.filename, name)
            else:
                _drain(package, info, name)
        _check_relationships(xml, set(package.namelist()), name, what)
    return xml


def open_zip(data: bytes, name: str, what: str = "tệp .docx") -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its part count and every declared size."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise PackageError(f"{name}: đây là tệp .doc (Word 97-2003), không phải .docx; "
                           "hãy mở bằng Word và lưu lại dạng .docx")
    count = _entry_count(data)
    if count is None or not data.startswith(b"PK"):
        raise PackageError(f"{name}: không phải {what} (không phải gói zip của Word); hãy kiểm tra đúng tệp chưa")
    if count > MAX_PARTS:
        raise PackageError(f"{name}: {what} có quá nhiều phần ({count}; tối đa {MAX_PARTS})")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
        raise PackageError(f"{name}: {what} bị hỏng, không đọc được ({exc})") from None
    total = 0
    for info in package.infolist():
        limit = _limit(info.filename)
        total += info.file_size
        if info.file_size > limit or total > MAX_TOTAL_BYTES:
            package.close()
            raise PackageError(_too_big(name, info.filename, info.file_size, min(limit, MAX_TOTAL_BYTES)))
    return package


def read_member(package: zipfile.ZipFile, info: zipfile.ZipInfo | str, name: str) -> bytes:
    """Return one part, decompressed with a cap (its declared size and its kind's limit)."""
    if isinstance(info, str):
        info = package.getinfo(info)
    limit = min(_limit(info.filename), info.file_size)
    try:
        with package.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise PackageError(f"{name}: phần '{info.filename}' bị hỏng, không đọc được ({exc})") from None
    if len(data) > limit:
        raise PackageError(_too_big(name, info.filename, len(data), limit))
    return data


def _drain(package: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Decompress a binary part in chunks, keeping nothing: its CRC and size are checked."""
    limit, seen = min(_limit(info.filename), info.file_size), 0
    try:
        with package.open(info) as member:
            while chunk := member.read(1 << 20):
                seen += len(chunk)
                if seen > limit:
                    raise PackageError(_too_big(name, info.filename, seen, limit))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise PackageError(f"{name}: phần '{info.filename}' bị hỏng, không đọc được ({exc})") from None


def _entry_count(data: bytes) -> int | None:
    """The number of entries the end-of-central-directory record declares; None if there is none."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65536 - 22))
    if end < 0 or len(data) < end + 22:
        return None
    count = struct.unpack("<H", data[end + 10 : end + 12])[0]
    if count == 0xFFFF:  # zip64: the real count is in the zip64 record
        at = data.rfind(b"PK\x06\x06", 0, end)
        return struct.unpack("<Q", data[at + 32 : at + 40])[0] if at >= 0 and len(data) >= at + 40 else MAX_PARTS + 1
    return count


def _is_xml(part: str) -> bool:
    return part.lower().endswith((".xml", ".rels", ".vml"))


def _limit(part: str) -> int:
    return MAX_XML_BYTES if _is_xml(part) else MAX_PART_BYTES


def _too_big(name: str, part: str, size: int, limit: int) -> str:
    return (f"{name}: phần '{part}' quá lớn khi giải nén ({human_size(size)}; giới hạn {human_size(limit)}); "
            "tệp có thể là bom nén (zip bomb) hoặc bị hỏng")


def _no_dtd(data: bytes, part: str, name: str) -> None:
    head = data.decode("utf-16", "replace").encode() if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data
    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
        raise PackageError(f"{name}: phần '{part}' khai báo DOCTYPE/ENTITY (Word không bao giờ ghi như vậy; "
                           "có thể là tệp độc hại kiểu 'billion laughs'); không đọc tệp này")


def _check_relationships(xml: dict[str, bytes], names: set[str], name: str, what: str) -> None:
    """Internal targets must stay inside the package and exist; the main part must exist."""
    from lxml import etree

    main = None
    for rels, blob in xml.items():
        if not rels.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(rels))
        try:
            root = etree.fromstring(blob, safe_parser())
        except etree.XMLSyntaxError as exc:
            raise PackageError(f"{name}: phần '{rels}' không phải XML hợp lệ ({exc})") from None
        for rel in root.iter(f"{{{_RELS_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve(folder, rel.get("Target") or "")
            if target is None:
                raise PackageError(f"{name}: quan hệ '{rel.get('Id')}' trong '{rels}' trỏ ra ngoài gói "
                                   f"('{rel.get('Target')}'); tệp có thể độc hại, không đọc tệp này")
            if target not in names:
                raise PackageError(f"{name}: quan hệ '{rel.get('Id')}' trong '{rels}' trỏ tới phần '{target}' "
                                   f"không có trong tệp; {what} bị hỏng, hãy mở bằng Word và lưu lại")
            if rels == "_rels/.rels" and (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                main = target
    if main is None:
        raise PackageError(f"{name}: {what} không có phần nội dung chính (word/document.xml); "
                           "hãy mở bằng Word và lưu lại dạng .docx")


def _resolve(folder: str, target: str) -> str | None:
    """The part name ``target`` (relative to ``folder``) points at; None when outside the package."""
    target = unquote(target).replace("\\", "/")
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    parts: list[str] = []
    for step in joined.split("/"):
        if step == "..":
            if not parts:
                return None
            parts.pop()
        elif step not in ("", "."):
            parts.append(step)
    return "/".join(parts)
