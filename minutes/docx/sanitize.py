"""Cut a .docx off the outside world before another program (LibreOffice) opens it.

A .docx may point outside itself: an image *linked* instead of embedded
(``TargetMode="External"``, ``r:link``), a linked OLE object, an attached template,
a sub-document, or a field (``INCLUDEPICTURE``, ``INCLUDETEXT``, ``LINK``, ``DDE``…)
that fetches a file or a URL when the document is laid out. Converting such a file
would send requests to that address, or embed a local file (``file:///etc/passwd``)
into the PDF the user then sends on.

:func:`strip_external` returns a copy with every external relationship removed
(hyperlinks excepted: they are only written into the PDF as links, never fetched),
every attribute that referred to one dropped, and every fetching field's
instruction blanked (its last shown result stays). The package is first checked by
:func:`minutes.docx.safezip.check_package`.
"""

from __future__ import annotations

import io
import re
import zipfile

from minutes.docx.safezip import check_package, out_of_memory, safe_parser

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK = "/hyperlink"
FETCHING_FIELDS = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDEAUTO|DDE|IMPORT|HYPERTEXT|DATABASE)\b",
                             re.IGNORECASE)
"""Field instructions that read a file or a URL when the document is laid out."""
_DROPPED_ELEMENTS = ("attachedTemplate", "subDoc", "mailMerge", "frameset")


def strip_external(docx_bytes: bytes, name: str = "<docx>") -> bytes:
    """Return ``docx_bytes`` without anything that reaches outside the package (see the module)."""
    xml = check_package(docx_bytes, name, text_budget=False)  # LibreOffice reads it, not python-docx
    removed: dict[str, set[str]] = {}
    changed: dict[str, bytes] = {}
    for part, blob in xml.items():
        if part.endswith(".rels"):
            new, ids = _strip_rels(blob)
            if ids:
                changed[part] = new
                removed[_source_of(part)] = ids
    for part, blob in xml.items():
        if part.endswith(".rels"):
            continue
        stripped = _strip_part(blob, removed.get(part, set()))
        if stripped is not None:
            changed[part] = stripped
    return _rezip(docx_bytes, changed) if changed else docx_bytes


def _source_of(rels: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word/document.xml``."""
    folder, _, file = rels.rpartition("_rels/")
    return folder + file.removesuffix(".rels")


def _strip_rels(blob: bytes) -> tuple[bytes, set[str]]:
    from lxml import etree

    root = etree.fromstring(blob, safe_parser())
    ids = set()
    for rel in list(root.iter(f"{{{_RELS}}}Relationship")):
        if rel.get("TargetMode") == "External" and not (rel.get("Type") or "").endswith(_HYPERLINK):
            ids.add(rel.get("Id") or "")
            rel.getparent().remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), ids


def _strip_part(blob: bytes, ids: set[str]) -> bytes | None:
    """The part without references to ``ids``, fetching fields or linking elements; None if unchanged."""
    from lxml import etree

    try:
        root = etree.fromstring(blob, safe_parser())
    except etree.XMLSyntaxError as exc:
        if out_of_memory(exc):  # the reading's memory limit: never hand the part on uncut
            raise MemoryError from None
        return None  # not XML we understand: LibreOffice will not understand it either
    changed = False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attr in [a for a in element.attrib if a.startswith(f"{{{_R}}}") and element.get(a) in ids]:
            del element.attrib[attr]
            changed = True
    for local in _DROPPED_ELEMENTS:
        for element in list(root.iter(f"{{{_W}}}{local}")):
            element.getparent().remove(element)
            changed = True
    changed |= _blank_fields(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else None


def _blank_fields(root) -> bool:
    """Blank the instruction of every fetching field, simple or complex; True if any was."""
    instr = f"{{{_W}}}instr"
    changed = False
    for simple in root.iter(f"{{{_W}}}fldSimple"):
        if FETCHING_FIELDS.match(simple.get(instr) or ""):
            simple.set(instr, "")
            changed = True
    stack: list[list] = []
    for element in root.iter(f"{{{_W}}}fldChar", f"{{{_W}}}instrText"):
        kind = element.get(f"{{{_W}}}fldCharType")
        if element.tag.endswith("fldChar") and kind == "begin":
            stack.append([])
        elif element.tag.endswith("fldChar") and kind == "end" and stack:
            changed |= _blank(stack.pop())
        elif element.tag.endswith("instrText"):
            if stack:
                stack[-1].append(element)
            else:
                changed |= _blank([element])
    for pieces in stack:
        changed |= _blank(pieces)
    return changed


def _blank(pieces: list) -> bool:
    if not FETCHING_FIELDS.match("".join(p.text or "" for p in pieces)):
        return False
    for piece in pieces:
        piece.text = ""
    return True


def _rezip(original: bytes, changed: dict[str, bytes]) -> bytes:
    """A copy of the zip ``original`` with the parts in ``changed`` replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = changed.get(info.filename)
            dst.writestr(info, data if data is not None else src.read(info))
    return out.getvalue()
