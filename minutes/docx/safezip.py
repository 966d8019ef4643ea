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
* it must have a main document part (``word/document.xml``);
* the work of reading it is budgeted from its size before any parser builds a tree
  (:func:`check_budget`): the parts are counted from the local file headers and the
  central directory (not from the end record, which may lie), and every part name must
  be unique; all XML together stays under :data:`MAX_XML_TOTAL_BYTES` and
  :data:`MAX_ELEMENTS` elements; the paragraphs and runs stay under :data:`MAX_PARAGRAPHS`
  (a run counts as half a paragraph) plus :data:`PARAGRAPHS_PER_BYTE` for each byte of
  the file, so that the work grows with what was received; there are at most
  :data:`MAX_HEADER_FOOTER_PARTS` headers and footers and :data:`MAX_STYLES` styles,
  and no ``basedOn`` chain is deeper than :data:`MAX_STYLE_DEPTH` (a circle of styles is
  allowed: every reader stops where it closes). Within these, ``lint`` and ``import``
  of any file take a few seconds and a few hundred MB.

Encrypted files (a password set in Word, a zip with a password), Strict Open XML and
macro-enabled (.docm) packages are named as such, with what to do.

Failures raise :class:`PackageError` with a Vietnamese message naming the file.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from urllib.parse import unquote

from minutes.errors import MinutesError
from minutes.files import human_size, read_bounded
from minutes.i18n import N_, _

MAX_FILE_BYTES = 128 * 1024 * 1024
"""The largest .docx file read (photos make real ones a few MB)."""
MAX_PARTS = 5000
MAX_XML_BYTES = 32 * 1024 * 1024
"""The largest XML part once decompressed: a 100-page report's text is about 2 MB, and
minutes' own output of a very long outline (500 KB of YAML) about 10 MB."""
MAX_XML_TOTAL_BYTES = 48 * 1024 * 1024
"""All XML parts together, decompressed (thirty 8 MB headers are refused here)."""
MAX_ELEMENTS = 1_500_000
"""XML elements in all parts together (about 300 MB of parsed trees at most)."""
MAX_PARAGRAPHS = 45_000
"""Paragraphs (``w:p``) in all parts, each run (``w:r``) counting as half a paragraph, that any
file may hold, however small: what ``lint`` and ``import`` read in about 6 s of CPU. A 300-page
report has about 10,000. A larger file may hold :data:`PARAGRAPHS_PER_BYTE` more for each of
its bytes."""
PARAGRAPHS_PER_BYTE = 4
"""Paragraphs (runs counting half) a file may hold beyond :data:`MAX_PARAGRAPHS` for each byte
of it, so that the work of reading it grows with what was received. minutes' own outputs hold
at most about 3.6 per byte (an outline of 1 MiB, the most ``check`` accepts, of one-word points:
262,000 in 72 KB; tables hold fewer, about 0.8); the hostile files of tiny paragraphs or runs
hold 8 to 100 per byte."""
MAX_HEADER_FOOTER_PARTS = 120
"""Header and footer parts (six per section at most; Word files rarely have more than 12)."""
MAX_STYLES = 3000
"""Styles in the styles part (Word's own files have 100 to 400)."""
MAX_STYLE_DEPTH = 40
"""The longest ``basedOn`` chain of styles (Word's built-in styles go 3 or 4 deep)."""
MAX_PART_BYTES = 64 * 1024 * 1024
"""The largest part of any other kind (an image) once decompressed."""
MAX_TOTAL_BYTES = 256 * 1024 * 1024
"""All parts together, decompressed."""

_DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, ValueError, EOFError, OSError, NotImplementedError,
            RuntimeError)
"""What reading a damaged part raises (its compressed bytes are not what its header says)."""

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"


class PackageError(MinutesError):
    """Raised when a .docx is not a package we can read safely (see the module docstring)."""


def out_of_memory(exc: BaseException) -> bool:
    """True when ``exc`` is lxml saying its parser had no memory left (the limit of the child
    process reading the file, :mod:`minutes.docx.isolate`), not that the XML is wrong."""
    from lxml import etree

    return isinstance(exc, etree.XMLSyntaxError) and exc.code == etree.ErrorTypes.ERR_NO_MEMORY


def safe_parser():
    """An lxml parser that resolves no entity, loads no DTD, reaches no network, builds no huge tree."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False)


def read_package(source, name: str | None = None, what: str = N_("tệp .docx"), text_budget: bool = True) -> bytes:
    """Return the bytes of the .docx at ``source`` (a path, "-" or a binary file), checked.

    Raises :class:`PackageError` (or :class:`~minutes.files.InputError`) with a message.
    ``text_budget=False`` skips the count of elements, paragraphs and runs (for a file that
    LibreOffice, not python-docx, will read: ``minutes pdf``).
    """
    shown = name or str(source)
    data = read_bounded(source, MAX_FILE_BYTES, shown, what)
    check_package(data, shown, what, text_budget)
    return data


def check_package(data: bytes, name: str, what: str = N_("tệp .docx"), text_budget: bool = True) -> dict[str, bytes]:
    """Check ``data`` as the module docstring says; return its XML parts (``.xml``/``.rels``) by name."""
    with open_zip(data, name, what) as package:
        xml: dict[str, bytes] = {}
        for info in package.infolist():
            if _is_xml(info.filename):
                xml[info.filename] = read_member(package, info, name)
                _no_dtd(xml[info.filename], info.filename, name)
            else:
                _drain(package, info, name)
        _check_relationships(xml, set(package.namelist()), name, what)
    check_kind(xml, name, what)
    check_budget(xml, name, what, text_budget, size=len(data))
    return xml


def open_zip(data: bytes, name: str, what: str = N_("tệp .docx")) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its part count and every declared size."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise PackageError(ole_message(data, name))
    count = _entry_count(data)
    if count is None or not data.startswith(b"PK"):
        raise PackageError(_("{name}: không phải {what} (không phải gói zip của Word); "
                             "hãy kiểm tra đúng tệp chưa").format(name=name, what=_(what)))
    # The end record's count may lie: count the headers themselves before zipfile lists them.
    count = max(count, data.count(b"PK\x03\x04"), data.count(b"PK\x01\x02"))
    if count > MAX_PARTS:
        raise PackageError(_("{name}: {what} có quá nhiều phần ({count}; tối đa {limit})").format(
            name=name, what=_(what), count=count, limit=MAX_PARTS))
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError):
        raise PackageError(_("{name}: {what} bị hỏng, không đọc được (mục lục của gói zip sai); "
                             "hãy mở bằng Word và lưu lại").format(name=name, what=_(what))) from None
    total, xml_total = 0, 0
    seen: set[str] = set()
    for info in package.infolist():
        _check_entry(package, info, seen, name, what)
        limit = _limit(info.filename)
        total += info.file_size
        xml_total += info.file_size if _is_xml(info.filename) else 0
        if info.file_size > limit or total > MAX_TOTAL_BYTES:
            package.close()
            raise PackageError(_too_big(name, info.filename, info.file_size, min(limit, MAX_TOTAL_BYTES)))
        if xml_total > MAX_XML_TOTAL_BYTES:
            package.close()
            raise PackageError(_("{name}: {what} quá lớn để đọc ({size} XML khi giải nén; giới hạn "
                                 "{limit}); nếu đây đúng là văn bản cần đọc, "
                                 "hãy tách thành nhiều tệp nhỏ hơn").format(
                name=name, what=_(what), size=human_size(xml_total), limit=human_size(MAX_XML_TOTAL_BYTES)))
    return package


def ole_message(data: bytes, name: str) -> str:
    """The message for a file in Word's old compound format: a .docx with a password
    (Word wraps the encrypted package in that format) or a real .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return _("{name}: tệp được bảo vệ bằng mật khẩu (đã mã hóa), không đọc được; hãy mở bằng Word, "
                 "bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại"
                 ).format(name=name)
    return _("{name}: đây là tệp .doc (Word 97-2003), không phải .docx; hãy mở bằng Word và lưu lại dạng .docx"
             ).format(name=name)


def _check_entry(package: zipfile.ZipFile, info: zipfile.ZipInfo, seen: set[str], name: str, what: str) -> None:
    """One zip entry: no password, a name that is short, printable and not already used."""
    def refuse(message: str):
        package.close()
        raise PackageError(f"{name}: {message}")

    if info.flag_bits & 0x1:
        refuse(_("{what} là tệp zip có đặt mật khẩu, không đọc được; hãy mở bằng Word và lưu lại dạng .docx "
                 "không có mật khẩu").format(what=_(what)))
    part = info.filename
    if len(part.encode("utf-8", "surrogateescape")) > 255 or any(ord(c) < 32 for c in part):
        refuse(_("{what} có một phần mang tên không hợp lệ ({part}); {what} bị hỏng, "
                 "hãy mở bằng Word và lưu lại").format(what=_(what), part=_shown(part)))
    folded = part.lower()
    if folded in seen:
        refuse(_("{what} có hai phần cùng tên '{part}'; {what} bị hỏng hoặc bị sửa bằng tay, "
                 "hãy mở bằng Word và lưu lại").format(what=_(what), part=_shown(part)))
    seen.add(folded)


def _shown(part: str) -> str:
    """A part name as a message may quote it: control characters escaped, at most 80 characters."""
    text = "".join(c if ord(c) >= 32 else f"\\x{ord(c):02x}" for c in part)
    return text if len(text) <= 80 else text[:77] + "…"


def read_member(package: zipfile.ZipFile, info: zipfile.ZipInfo | str, name: str) -> bytes:
    """Return one part, decompressed with a cap (its declared size and its kind's limit)."""
    if isinstance(info, str):
        info = package.getinfo(info)
    limit = min(_limit(info.filename), info.file_size)
    try:
        with package.open(info) as member:
            data = member.read(limit + 1)
    except _DAMAGED:
        raise PackageError(_("{name}: phần '{part}' bị hỏng, không giải nén được; "
                             "hãy mở bằng Word và lưu lại").format(name=name, part=_shown(info.filename))) from None
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
    except _DAMAGED:
        raise PackageError(_("{name}: phần '{part}' bị hỏng, không giải nén được; "
                             "hãy mở bằng Word và lưu lại").format(name=name, part=_shown(info.filename))) from None


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
    return _("{name}: phần '{part}' quá lớn khi giải nén ({size}; giới hạn {limit}); "
             "tệp có thể là bom nén (zip bomb) hoặc bị hỏng").format(
        name=name, part=part, size=human_size(size), limit=human_size(limit))


def _no_dtd(data: bytes, part: str, name: str) -> None:
    head = data.decode("utf-16", "replace").encode() if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data
    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
        raise PackageError(_("{name}: phần '{part}' khai báo DOCTYPE/ENTITY (Word không bao giờ ghi như vậy; "
                             "có thể là tệp độc hại kiểu 'billion laughs'); không đọc tệp này").format(
            name=name, part=part))


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
            if out_of_memory(exc):
                raise MemoryError from None
            raise PackageError(_("{name}: phần '{part}' không phải XML hợp lệ (dòng {line}); "
                                 "hãy mở bằng Word và lưu lại").format(name=name, part=rels, line=exc.lineno)) from None
        for rel in root.iter(f"{{{_RELS_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve(folder, rel.get("Target") or "")
            if target is None:
                raise PackageError(_("{name}: quan hệ '{id}' trong '{part}' trỏ ra ngoài gói "
                                     "('{target}'); tệp có thể độc hại, không đọc tệp này").format(
                    name=name, id=rel.get("Id"), part=rels, target=rel.get("Target")))
            if target not in names:
                raise PackageError(_("{name}: quan hệ '{id}' trong '{part}' trỏ tới phần '{target}' "
                                     "không có trong tệp; {what} bị hỏng, hãy mở bằng Word và lưu lại").format(
                    name=name, id=rel.get("Id"), part=rels, target=target, what=_(what)))
            if rels == "_rels/.rels" and (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                main = target
    if main is None:
        raise PackageError(_("{name}: {what} không có phần nội dung chính (word/document.xml); "
                             "hãy mở bằng Word và lưu lại dạng .docx").format(name=name, what=_(what)))


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


_WORD_NAMESPACES = (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    b"http://purl.oclc.org/ooxml/wordprocessingml/main")
_PREFIXES = re.compile(rb"""xmlns(?::([A-Za-z_][\w.\-]*))?\s*=\s*["'](%s)["']"""
                       % b"|".join(re.escape(n) for n in _WORD_NAMESPACES))


def paragraph_budget(size: int) -> int:
    """The paragraphs (runs counting half) a file of ``size`` bytes may hold."""
    return MAX_PARAGRAPHS + PARAGRAPHS_PER_BYTE * size


def check_budget(xml: dict[str, bytes], name: str, what: str = N_("tệp .docx"), text_budget: bool = True,
                 size: int = 0) -> None:
    """Refuse a package whose reading would cost more than the budgets of the module docstring
    (``size``: the bytes of the file received, which the paragraph budget grows with).

    Everything here is counted on the bytes (``bytes.count`` and one regular expression per
    part) or, for the styles, on one tree of at most :data:`MAX_ELEMENTS` elements, so the
    check costs time linear in the decompressed size, whatever the file holds.
    """
    total = elements = paragraphs = runs = 0
    for blob in xml.values():
        blob = _utf8(blob)
        total += len(blob)
        elements += blob.count(b"<") - blob.count(b"</") - blob.count(b"<?") - blob.count(b"<!")
        found = _paragraphs_and_runs(blob)
        paragraphs, runs = paragraphs + found[0], runs + found[1]
    sizes = []
    if total > MAX_XML_TOTAL_BYTES:
        sizes.append(_("{size} XML khi giải nén; giới hạn {limit}").format(
            size=human_size(total), limit=human_size(MAX_XML_TOTAL_BYTES)))
    if elements > MAX_ELEMENTS and text_budget:
        sizes.append(_("{count} phần tử XML; tối đa {limit}").format(
            count=_count(elements), limit=_count(MAX_ELEMENTS)))
    if paragraphs + runs / 2 > paragraph_budget(size) and text_budget:
        sizes.append(_("{paragraphs} đoạn văn và {runs} đoạn chữ (run) trong một tệp "
                       "{size}; tối đa tương đương {limit} đoạn văn với tệp "
                       "cỡ này, mỗi đoạn chữ tính nửa đoạn").format(
            paragraphs=_count(paragraphs), runs=_count(runs), size=human_size(size),
            limit=_count(paragraph_budget(size))))
    if sizes:
        raise PackageError(_("{name}: {what} quá lớn để đọc ({sizes}); nếu đây đúng là văn bản cần đọc, "
                             "hãy tách thành nhiều tệp nhỏ hơn").format(name=name, what=_(what), sizes=sizes[0]))
    rels = _relationships(xml)
    pages = {target for origin, kind, target in rels if kind in ("header", "footer")}
    if len(pages) > MAX_HEADER_FOOTER_PARTS:
        raise PackageError(_("{name}: {what} có quá nhiều đầu trang và chân trang ({count} phần; "
                             "tối đa {limit}); hãy mở bằng Word, bỏ bớt rồi lưu lại").format(
            name=name, what=_(what), count=len(pages), limit=MAX_HEADER_FOOTER_PARTS))
    _check_styles(xml, {target for source, kind, target in rels if kind == "styles"}, name, what)


_STRICT = b"http://purl.oclc.org/ooxml/"
_MAIN_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")


def check_kind(xml: dict[str, bytes], name: str, what: str = N_("tệp .docx")) -> None:
    """Name the Word packages python-docx cannot read: Strict Open XML, macro-enabled (.docm,
    .dotm) and packages whose main part is not a Word document."""
    from lxml import etree

    if _STRICT in xml.get("_rels/.rels", b""):
        raise PackageError(_("{name}: {what} được lưu theo định dạng “Strict Open XML”, chưa đọc được; hãy mở bằng "
                             "Word, chọn Lưu thành → kiểu “Tài liệu Word (*.docx)” rồi thử lại").format(
            name=name, what=_(what)))
    try:
        types = etree.fromstring(xml.get("[Content_Types].xml", b"<Types/>"), safe_parser())
    except etree.XMLSyntaxError as exc:
        if out_of_memory(exc):
            raise MemoryError from None
        raise PackageError(_("{name}: phần '[Content_Types].xml' không phải XML hợp lệ; {what} bị hỏng, "
                             "hãy mở bằng Word và lưu lại").format(name=name, what=_(what))) from None
    main = next((o.get("ContentType") or "" for o in types.iter("{*}Override")
                 if (o.get("PartName") or "").lstrip("/") == "word/document.xml"), None)
    if main is not None and "macroenabled" in main.lower():
        raise PackageError(_("{name}: đây là văn bản Word có macro (.docm), không đọc; hãy mở bằng Word, "
                             "chọn Lưu thành → kiểu “Tài liệu Word (*.docx)” rồi thử lại").format(name=name))
    if main is not None and main not in _MAIN_TYPES:
        raise PackageError(_("{name}: phần nội dung chính không phải văn bản Word ({kind}); "
                             "hãy mở bằng Word và lưu lại dạng .docx").format(name=name, kind=_shown(main)))


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _utf8(blob: bytes) -> bytes:
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return blob.decode("utf-16", "replace").encode()
    return blob


def _paragraphs_and_runs(blob: bytes) -> tuple[int, int]:
    """Upper bounds of the Word paragraphs and runs in ``blob``, whatever prefix names the namespace."""
    prefixes = {m.group(1) for m in _PREFIXES.finditer(blob)}
    if not prefixes:
        return 0, 0
    named = [re.escape(p) + b":" for p in prefixes if p is not None]
    if None in prefixes:
        named.append(b"")
    tags = re.compile(rb"<(?:%s)([pr])(?=[\s/>])" % b"|".join(named))
    found = tags.findall(blob)
    runs = found.count(b"r")
    return len(found) - runs, runs


def _relationships(xml: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """(source .rels, type's last word, target part) of every internal relationship."""
    from lxml import etree

    out = []
    for rels, blob in xml.items():
        if rels.endswith(".rels"):
            folder = posixpath.dirname(posixpath.dirname(rels))
            for rel in etree.fromstring(blob, safe_parser()).iter(f"{{{_RELS_NS}}}Relationship"):
                if rel.get("TargetMode") != "External":
                    kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
                    out.append((rels, kind, _resolve(folder, rel.get("Target") or "") or ""))
    return out


def _check_styles(xml: dict[str, bytes], parts: set[str], name: str, what: str) -> None:
    """At most :data:`MAX_STYLES` styles and no ``basedOn`` chain deeper than :data:`MAX_STYLE_DEPTH`
    (found in time linear in the number of styles; a circle counts its members once)."""
    from lxml import etree

    for part in sorted(parts & set(xml)):
        try:
            root = etree.fromstring(xml[part], safe_parser())
        except etree.XMLSyntaxError as exc:
            if out_of_memory(exc):
                raise MemoryError from None
            raise PackageError(_("{name}: phần '{part}' không phải XML hợp lệ (dòng {line}); {what} bị hỏng, "
                                 "hãy mở bằng Word và lưu lại").format(
                name=name, part=part, line=exc.lineno, what=_(what))) from None
        based: dict[str, str | None] = {}
        for style in root.iterchildren("{*}style"):
            base = next(style.iterchildren("{*}basedOn"), None)
            based[_attr(style, "styleId") or ""] = _attr(base, "val") if base is not None else None
        if len(based) > MAX_STYLES:
            raise PackageError(_("{name}: {what} có quá nhiều kiểu (style) ({count}; tối đa {limit}); "
                                 "hãy mở bằng Word, xóa bớt kiểu không dùng rồi lưu lại").format(
                name=name, what=_(what), count=len(based), limit=MAX_STYLES))
        deepest, where = _deepest_chain(based)
        if deepest > MAX_STYLE_DEPTH:
            raise PackageError(_("{name}: kiểu (style) '{style}' dựa trên một chuỗi {depth} kiểu nối nhau "
                                 "(tối đa {limit}); {what} bị hỏng hoặc bị sửa bằng tay, "
                                 "hãy mở bằng Word và lưu lại").format(
                name=name, style=_shown(where), depth=deepest, limit=MAX_STYLE_DEPTH, what=_(what)))


def _attr(element, local: str) -> str | None:
    return next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == local), None)


def _deepest_chain(based: dict[str, str | None]) -> tuple[int, str]:
    """The length of the longest ``basedOn`` chain (a circle ends it) and the style that starts it."""
    depth: dict[str, int] = {}
    for start in based:
        path: list[str] = []
        on_path: set[str] = set()
        style: str | None = start
        while style in based and style not in depth and style not in on_path:
            path.append(style)
            on_path.add(style)
            style = based[style]
        below = depth.get(style, 0) if style is not None and style not in on_path else 0
        for style in reversed(path):
            below += 1
            depth[style] = below
    if not depth:
        return 0, ""
    start = max(depth, key=depth.__getitem__)
    return depth[start], start
