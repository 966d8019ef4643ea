"""A template compiled once: the Jinja code of its parts and the package around them.

For each render docxtpl opens the template with python-docx, cleans its XML up for
Jinja, compiles it, renders it, and python-docx writes the whole package again;
in a fresh ``minutes render`` that, and importing the two libraries, is most of
the wait. :func:`compile_template` does the template's share of it once, with
docxtpl and python-docx themselves (so the result is theirs), and keeps:

- the Jinja code of the body and of each header and footer, as docxtpl prepares it;
- every other member of the package exactly as python-docx writes it, the core
  and custom properties with placeholders where each document's values go;
- the document part around its body.

:class:`Compiled` renders from that with Jinja and lxml alone, giving the same
bytes as docxtpl and python-docx would (``tests/docx/test_compiled.py`` compares
every built-in template). What it does not cover sends the render back to docxtpl
(:class:`Unsupported`): a footnotes part, Jinja in the core properties, text with
tabs or line breaks (docxtpl's ``resolve_listing``), tables whose grid docxtpl would
fix. The compiled form is kept on disk (:mod:`minutes.docx.cache`), so a new
process starts from it.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile

from lxml import etree

from minutes.docx import fingerprint
from minutes.docx.archive import zip_bytes
from minutes.docx.fit import fit_page
from minutes.docx.ooxml import Page, qn

FORMAT = 1
"""The layout of a compiled template's data; a change makes old cache entries unused."""

TIME_MARK = dt.datetime(1904, 4, 4, 4, 4, 4)
"""The created/modified time written while compiling, replaced by each document's."""
DIGEST_MARK = "minutes-fingerprint-placeholder"
HEADER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
DOCXTPL_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
"""The core properties docxtpl renders as Jinja (its ``render_properties``), in its order."""
OWN_PROPERTIES = ("title", "author", "subject", "keywords", "language")
"""The core properties minutes sets (:func:`minutes.docx.metadata.core_properties`), in its order."""

_TIME_TEXT = TIME_MARK.strftime("%Y-%m-%dT%H:%M:%SZ")
_PARAGRAPH_NL = re.compile(r"\n<w:p([ >])")
_LISTING = re.compile("[\t\n\a\f]")
_TEXT = re.compile(r"<w:t(?: [^>]*)?>.*?</w:t>", re.DOTALL)
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'


class Unsupported(Exception):
    """The template, or this render of it, needs docxtpl's own path."""


DAMAGED = (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError)
"""What python-docx raises on a package it cannot open (a part missing, a bad relationship,
XML it cannot read): such a template is not compiled, and docxtpl's path reports it."""


def _mark(name: str) -> str:
    return f"\ue000minutes:{name}\ue000"


def _part_parser():
    """A parser as python-docx's: blank text dropped, entities not resolved."""
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _body_parser():
    """A parser as docxtpl's for a rendered body (``fix_tables``: it recovers from broken
    markup), that never resolves an entity nor reaches the network."""
    return etree.XMLParser(recover=True, resolve_entities=False, no_network=True)


def _serialize(element) -> bytes:
    """An XML part's bytes as python-docx writes them."""
    return etree.tostring(element, encoding="UTF-8", standalone=True)


def compile_template(blob: bytes, env) -> dict:
    """Return the compiled form of the template ``blob`` (a dict of plain values and Jinja
    code objects, fit for :mod:`marshal`), with docxtpl and python-docx.

    Raise :class:`Unsupported` for a template the compiled path does not cover, and let
    Jinja's errors through (the caller renders such a template with docxtpl, which
    reports them).
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docxtpl import DocxTemplate

    from minutes.docx.package import package_members, stamp

    tpl = DocxTemplate(io.BytesIO(blob))
    tpl.init_docx()
    document = tpl.docx
    package = document.part.package
    if any(part.content_type == FOOTNOTES for part in package.parts):
        raise Unsupported("footnotes")
    props = document.core_properties
    for name in DOCXTPL_PROPERTIES:
        value = getattr(props, name)
        if "{" in value or "}" in value:
            raise Unsupported(f"Jinja in the core property {name}")
        setattr(props, name, value)  # what docxtpl's rendering of a plain value does
    for name in OWN_PROPERTIES:
        setattr(props, name, _mark(name))
    stamp(document, TIME_MARK)
    parts = {document.part.partname.membername: _source(tpl, tpl.get_xml())}
    for uri in (HEADER_URI, FOOTER_URI):
        for _, part in tpl.get_headers_footers(uri):
            parts[part.partname.membername] = _source(tpl, tpl.get_part_xml(part))
    styles = document.part.part_related_by(RT.STYLES) if _has_styles(document) else None
    members = package_members(document, DIGEST_MARK)
    shell = copy.deepcopy(document.element)
    shell.replace(shell.find(qn("w:body")), shell.makeelement(qn("w:body"), {}))
    core = package.part_related_by(RT.CORE_PROPERTIES).partname.membername  # made by stamp() if missing
    return {
        "format": FORMAT,
        "main": document.part.partname.membername,
        "shell": _serialize(shell),
        "code": {name: env.compile(source) for name, source in parts.items()},
        "members": [(name, None if name in parts else blob) for name, blob in members],
        "core": core,
        "custom": fingerprint.CUSTOM_MEMBER,
        "styles": styles.partname.membername if styles is not None else None,
    }


def _source(tpl, xml: str) -> str:
    """The Jinja source docxtpl renders for a part's XML (``patch_xml``, then ``render_xml_part``'s
    line breaks before paragraphs)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", tpl.patch_xml(xml))


def _has_styles(document) -> bool:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return any(rel.reltype == RT.STYLES for rel in document.part.rels.values())


class Compiled:
    """A compiled template ready to render (see :func:`compile_template`)."""

    def __init__(self, data: dict, templates: dict):
        self.data = data
        self.templates = templates  # member name -> GuardedTemplate
        self._shell = etree.fromstring(data["shell"], _part_parser())
        members = dict(data["members"])
        styles = data["styles"]
        self._styles = etree.fromstring(members[styles], _part_parser()) if styles else None

    def render(self, context: dict, when: dt.datetime, properties: dict[str, str]) -> bytes:
        """Return the .docx bytes of the template rendered with ``context``; ``when`` and
        ``properties`` are the document's core properties. Raise :class:`Unsupported`
        when this render needs docxtpl's path."""
        main = self.data["main"]
        dynamic: dict[str, bytes] = {}
        root = copy.deepcopy(self._shell)
        body = etree.fromstring(self._rendered(main, context), _body_parser())
        _check_tables(body)
        _number_drawings(body)
        root.replace(root.find(qn("w:body")), body)
        fit_page(Page(root.find(qn("w:body")), self._styles))
        dynamic[main] = _serialize(root)
        for name in self.templates:
            if name != main:
                xml = self._rendered(name, context).encode("utf-8")
                dynamic[name] = _serialize(etree.fromstring(xml, _part_parser()))
        members = [(name, dynamic[name] if blob is None else blob) for name, blob in self.data["members"]]
        return zip_bytes(self._properties(members, when, properties))

    def _rendered(self, name: str, context: dict) -> str:
        """The XML of part ``name`` rendered, after docxtpl's clean-up of the result."""
        xml = _PARAGRAPH_NL.sub(r"<w:p\1", self.templates[name].render(context))
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        if _LISTING.search(xml):
            xml = _line_breaks(xml)
        return xml

    def _properties(self, members: list[tuple[str, bytes]], when: dt.datetime,
                    properties: dict[str, str]) -> list[tuple[str, bytes]]:
        """``members`` with the core properties and the fingerprint filled in."""
        core_name, custom_name = self.data["core"], self.data["custom"]
        values = {_mark(name): value for name, value in properties.items()}
        values[_TIME_TEXT] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        digest = fingerprint.content_digest(dict(members))
        filled = []
        for name, blob in members:
            if name == core_name:
                blob = _fill(blob, values)
            elif name == custom_name:
                blob = blob.replace(DIGEST_MARK.encode(), digest.encode())
            filled.append((name, blob))
        return filled


def _line_breaks(xml: str) -> str:
    """Turn each line break in a text element into a ``w:br``, as docxtpl's ``resolve_listing``
    does; raise Unsupported for the rest of what it handles (tabs, new paragraphs, page breaks,
    text boxes)."""
    if "\t" in xml or "\a" in xml or "\f" in xml or "txbxContent" in xml:
        raise Unsupported("tabs, paragraph or page breaks in the text")
    xml = _TEXT.sub(lambda m: m.group(0).replace("\n", _BREAK), xml)
    if "\n" in xml:
        raise Unsupported("a line break outside the text")
    return xml


def _fill(blob: bytes, values: dict[str, str]) -> bytes:
    """The core properties ``blob`` with each placeholder replaced by its value, escaped as
    lxml escapes text (a value lxml would refuse goes to docxtpl's path, which says so)."""
    text = blob.decode("utf-8")
    for mark, value in values.items():
        if _UNWRITABLE.search(value):
            raise Unsupported("a character XML cannot hold in a property")
        text = text.replace(mark, value.replace("&", "&amp;").replace("<", "&lt;")
                            .replace(">", "&gt;").replace("\r", "&#13;"))
    return text.encode("utf-8")


def _check_tables(body) -> None:
    """Raise Unsupported where docxtpl's ``fix_tables`` would change a table's grid (a table
    without a grid, on which docxtpl fails, is left for Word to size)."""
    for tbl in body.iter(qn("w:tbl")):
        grid = tbl.find(qn("w:tblGrid"))
        if grid is None:
            continue
        columns = len(grid.findall(qn("w:gridCol")))
        widest = spanned = 0
        for tr in tbl.iter(qn("w:tr")):
            cells = tr.findall(qn("w:tc"))
            widest = max(widest, len(cells))
            spanned = max(spanned, sum(_span(tc) for tc in cells))
        if widest > columns or spanned < columns:
            raise Unsupported("a table grid docxtpl would fix")


def _span(tc) -> int:
    span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(span.get(qn("w:val"))) if span is not None else 1


def _number_drawings(body) -> None:
    """Number the drawings' ids from 1001, as docxtpl's ``fix_docpr_ids`` does."""
    for n, el in enumerate(body.iter(qn("wp:docPr")), 1001):
        el.attrib["id"] = str(n)
