"""Builders of hostile received .docx files (a plain module, imported by the hostile tests).

Each builder returns the bytes of a small package that python-docx would open, with one
thing made costly: many header parts, a huge body of tiny paragraphs or runs, a lying
end-of-central-directory record, styles based on each other or in a long chain.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '{more}</Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'
)
HEADER_CT = ('<Override PartName="/word/header{i}.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
TITLE = (b'<w:p><w:r><w:t>BI\xc3\x8aN B\xe1\xba\xa2N</w:t></w:r></w:p>'
         b'<w:p><w:r><w:t>H\xe1\xbb\x8dp chi b\xe1\xbb\x99</w:t></w:r></w:p>')


def document_xml(body: bytes, sect: bytes = b"") -> bytes:
    """A document part with ``body`` (raw XML of paragraphs) and a final section."""
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="' + W.encode() + b'" xmlns:r="' + R.encode() + b'"><w:body>'
            + body + b"<w:sectPr>" + sect + b"</w:sectPr></w:body></w:document>")


def styles_xml(styles: bytes = b"") -> bytes:
    """A styles part holding a Normal paragraph style and ``styles``."""
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="' + W.encode() + b'">'
            b'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
            + styles + b"</w:styles>")


def package(document: bytes, styles: bytes | None = None, parts: dict[str, bytes] | None = None,
            rels: list[tuple[str, str, str]] = (), content_types: str = "") -> bytes:
    """The bytes of a .docx: its document, styles, extra ``parts`` and document ``rels``
    (id, type tail, target)."""
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>'
                + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in rels)
                + "</Relationships>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT.format(more=content_types))
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/_rels/document.xml.rels", doc_rels)
        zf.writestr("word/styles.xml", styles if styles is not None else styles_xml())
        for name, data in (parts or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def plain(paragraphs: int = 3) -> bytes:
    """A small, ordinary document (the control case)."""
    return package(document_xml(TITLE + b"<w:p><w:r><w:t>N\xe1\xbb\x99i dung</w:t></w:r></w:p>" * paragraphs))


def _fill(size: int, unit: bytes) -> bytes:
    return unit * (size // len(unit))


def many_headers(count: int = 30, each: int = 7 * 1024 * 1024) -> bytes:
    """``count`` header parts of ``each`` bytes of empty paragraphs, all used by the sections."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="' + W.encode() + b'">')
    header = head + _fill(each, b"<w:p/>") + b"</w:hdr>"
    parts = {f"word/header{i}.xml": header for i in range(1, count + 1)}
    rels = [(f"rIdH{i}", "header", f"header{i}.xml") for i in range(1, count + 1)]
    sections = b""
    for start in range(1, count + 1, 3):
        refs = b"".join(b'<w:headerReference w:type="%s" r:id="rIdH%d"/>' % (kind, i)
                        for kind, i in zip((b"default", b"first", b"even"), range(start, min(start + 3, count + 1))))
        sections += b"<w:p><w:pPr><w:sectPr>" + refs + b"<w:titlePg/></w:sectPr></w:pPr></w:p>"
    settings = {"word/settings.xml": b'<w:settings xmlns:w="' + W.encode() + b'"><w:evenAndOddHeaders/></w:settings>'}
    return package(document_xml(TITLE + sections), parts={**parts, **settings},
                   rels=[*rels, ("rIdT", "settings", "settings.xml")],
                   content_types="".join(HEADER_CT.format(i=i) for i in range(1, count + 1)))


def tiny_paragraphs(size: int = 8 * 1024 * 1024 - 4096, unit: bytes = b"<w:p/>") -> bytes:
    """A body of ``size`` bytes of empty (or one-letter) paragraphs."""
    return package(document_xml(TITLE + _fill(size, unit)))


def many_runs(runs: int = 370_000) -> bytes:
    """One paragraph of ``runs`` one-letter runs."""
    return package(document_xml(TITLE + b"<w:p>" + b"<w:r><w:t>a</w:t></w:r>" * runs + b"</w:p>"))


def style_graph(edges: list[tuple[int, int]], count: int, used: int = 0) -> bytes:
    """Paragraph styles S0..S{count-1}, S{a} based on S{b} for each (a, b); a paragraph uses S{used}."""
    based = dict(edges)
    styles = b"".join(
        b'<w:style w:type="paragraph" w:styleId="S%d"><w:name w:val="s%d"/>%s'
        b'<w:rPr><w:b/></w:rPr></w:style>'
        % (i, i, b'<w:basedOn w:val="S%d"/>' % based[i] if i in based else b"") for i in range(count))
    body = TITLE + b'<w:p><w:pPr><w:pStyle w:val="S%d"/></w:pPr><w:r><w:t>Chu</w:t></w:r></w:p>' % used
    return package(document_xml(body * 20), styles=styles_xml(styles))


def style_cycle() -> bytes:
    """Two styles based on each other."""
    return style_graph([(0, 1), (1, 0)], 2)


def style_chain(length: int = 3000) -> bytes:
    """A chain of ``length`` styles, each based on the next; the paragraphs use the first."""
    return style_graph([(i, i + 1) for i in range(length - 1)], length)


def lying_count(parts: int = 6000, declared: int = 15) -> bytes:
    """A zip of ``parts`` stored parts whose end-of-central-directory record declares ``declared``."""
    base = zipfile.ZipFile(io.BytesIO(plain()))
    entries = [(info.filename.encode(), base.read(info)) for info in base.infolist()]
    entries += [(f"x/{i}.bin".encode(), b"") for i in range(parts - len(entries))]
    local, central = io.BytesIO(), io.BytesIO()
    for name, data in entries:
        crc, offset = zlib.crc32(data), local.tell()
        local.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, len(data), len(data),
                                len(name), 0) + name + data)
        central.write(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, crc, len(data), len(data),
                                  len(name), 0, 0, 0, 0, 0, offset) + name)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, declared, declared, central.tell(), local.tell(), 0)
    return local.getvalue() + central.getvalue() + end


def rewritten(data: bytes, change) -> bytes:
    """``data`` rezipped with each part replaced by ``change(name, bytes)``: a list of (name, bytes)."""
    import warnings

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate names these files are made of
        for info in src.infolist():
            for name, blob in change(info.filename, src.read(info)):
                dst.writestr(name, blob)
    return out.getvalue()


def styles_twice() -> bytes:
    """A package naming its styles part twice."""
    return rewritten(plain(), lambda n, b: [(n, b), (n, b)] if n == "word/styles.xml" else [(n, b)])


def odd_name(name: str) -> bytes:
    """A package with one more part called ``name``."""
    return rewritten(plain(), lambda n, b: [(n, b)] + ([(name, b"<x/>")] if n == "word/styles.xml" else []))


def strict() -> bytes:
    """A Strict Open XML package (the purl.oclc.org namespaces)."""
    return rewritten(plain(), lambda n, b: [(n, b.replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main").replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"))])


def docm() -> bytes:
    """A macro-enabled document (.docm) under a .docx name."""
    return rewritten(plain(), lambda n, b: [(n, b.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml"))])


def zip_encrypted() -> bytes:
    """A package whose parts carry the zip 'encrypted' flag."""
    data = bytearray(plain())
    for signature, at_flag in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + at_flag] |= 1
            at = data.find(signature, at + 4)
    return bytes(data)


def password_protected() -> bytes:
    """What Word writes for a .docx with a password: a compound file holding EncryptionInfo and
    EncryptedPackage streams (only the header and the directory names matter here)."""
    sector = bytearray(512)
    for i, stream in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        raw = stream.encode("utf-16-le")
        sector[i * 128 : i * 128 + len(raw)] = raw
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + bytes(sector)


def wide_row(cells: int = 20_000) -> bytes:
    """One table row of ``cells`` cells, each a one-letter paragraph."""
    row = b"<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>" * cells
    return package(document_xml(TITLE + b"<w:tbl><w:tr>" + row + b"</w:tr></w:tbl>"))
