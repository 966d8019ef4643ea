"""Reading a .docx into the :class:`~minutes.reading.model.Doc` model lint and import share.

Opens a path, bytes or binary file (:func:`read_document`), resolves each run's
effective format through character and paragraph styles and the document defaults,
finds the tên loại and marks the header block above it, and detects the style.

python-docx is imported inside the functions: ``minutes --help`` never loads it.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from minutes.docx.damage import DAMAGED
from minutes.errors import display_name
from minutes.glossary import KINDS
from minutes.i18n import _
from minutes.reading.model import Doc, Para, RunFmt, UnreadableDocx, key
from minutes.reading.resolve import find_rfonts, latin_font, saved_pages, style_rfonts, theme_fonts

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.text.paragraph import CT_P


def read_document(path_or_bytes, style: str | None = None, name: str | None = None, *,
                  formats: bool = True) -> Doc:
    """Open a .docx and return the :class:`Doc` model the checks read (``name``: how messages
    name the file, when not its path). ``formats=False``: the paragraphs' formats are left
    unread (see :func:`build`)."""
    document, _name = _open(path_or_bytes, name)
    doc = build(document, formats)
    doc.style = style or detect_style(doc)
    return doc


def detect_style(doc: Doc) -> str:
    """Return "party", "youth" or "state" from the title lines at the top of ``doc``."""
    keys = {key(s) for p in doc.paras[:40] for s, _, _ in p.segments()}
    if "dangcongsanvietnam" in keys:
        return "party"
    if keys & {"doantncshochiminh", "doanthanhniencongsanhochiminh"}:
        return "youth"
    return "state"


def _open(path_or_bytes, shown: str | None = None):
    """Return (python-docx Document, display name) or raise :class:`UnreadableDocx`."""
    import docx

    from minutes.docx.safezip import MAX_FILE_BYTES, check_package, ole_message, out_of_memory
    from minutes.errors import MinutesError
    from minutes.files import InputError, read_bounded

    if isinstance(path_or_bytes, (bytes, bytearray)):
        data, name = bytes(path_or_bytes), "<bytes>"
    elif hasattr(path_or_bytes, "read"):
        data, name = path_or_bytes, getattr(path_or_bytes, "name", "<stdin>")
    else:
        data, name = os.fspath(path_or_bytes), display_name(path_or_bytes)
    name = shown or name
    try:  # bounded reading and a checked package (minutes.docx.safezip)
        data = data if isinstance(data, bytes) else read_bounded(data, MAX_FILE_BYTES, name, "tệp .docx")
        if data[:4] != b"\xd0\xcf\x11\xe0":
            check_package(data, name)
    except InputError as exc:
        raise UnreadableDocx(_("{name}: không đọc được tệp ({exc})").format(name=name, exc=exc)) from None
    except MinutesError as exc:
        raise UnreadableDocx(str(exc) if str(exc).startswith(f"{name}: ") else f"{name}: {exc}") from None
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise UnreadableDocx(ole_message(data, name))
    try:
        return docx.Document(io.BytesIO(data)), name
    except DAMAGED as exc:  # zip, XML or package errors all mean "not a .docx"
        if out_of_memory(exc):  # but not this: the reading passed its memory limit
            raise MemoryError from None
        raise UnreadableDocx(_("{name}: không phải tệp .docx đọc được (Word mở được thì hãy mở bằng Word và "
                               "lưu lại dạng .docx rồi thử lại)").format(
            name=name)) from None


# --- paragraphs, runs and their effective format -----------------------------------------

TITLES = {key(t) for t in (
    "BIÊN BẢN", "THÔNG BÁO", "BÁO CÁO", "GIẤY MỜI", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "KẾT LUẬN",
    "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "THÔNG TRI", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH",
    "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "TỜ TRÌNH", "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ",
    "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "PHIẾU GỬI",
    "PHIẾU CHUYỂN", "PHIẾU BÁO", "CÔNG VĂN", "ĐỀ CƯƠNG", "DIỄN VĂN")} | {key(k.ten_loai) for k in KINDS if k.ten_loai}


def build(document, formats: bool = True) -> Doc:
    """Return the :class:`Doc` of a python-docx ``document`` (style left to the caller).

    ``formats=False`` (the importer, which reads text, runs and styles): each paragraph's
    :class:`~minutes.docx.read.Format` holds its text and style only, its bullet marker is
    empty and the styles used are not gathered; runs are read in full either way."""
    reader = _Reader(document, formats)
    paras = [reader.safe_para(i, p) for i, p in enumerate(_body_paragraphs(document.element.body), 1)]
    try:
        page = [reader.safe_para(0, p, zone="page") for p in _page_paragraphs(document)]
    except DAMAGED:  # a broken header reference: no page paragraphs to check
        page = []
    doc = Doc(document, "state", paras, page, reader.defaults, used_styles=reader.used,
              pages=saved_pages(document, paras))
    mark_header(doc)
    return doc


def _body_paragraphs(body):
    """Yield every w:p of ``body`` in document order, text boxes included, once each."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for p in body.iter(qn("w:p")):
        if next(p.iterancestors(fallback), None) is None:  # the ancestors filtered by lxml, not in Python
            yield p


def _page_paragraphs(document: Document) -> Iterator[CT_P]:
    """Yield the w:p of every header and footer part the sections use."""
    seen: list = []
    even = bool(document.settings.odd_and_even_pages_header_footer)
    for section in document.sections:
        first = section.different_first_page_header_footer
        parts = [(section.header, True), (section.first_page_header, first), (section.even_page_header, even),
                 (section.footer, True), (section.first_page_footer, first), (section.even_page_footer, even)]
        for hf in (part for part, shown in parts if shown):
            if hf.is_linked_to_previous:
                continue
            element = hf.part.element  # the w:hdr or w:ftr of its own definition
            if not any(element is e for e in seen):
                seen.append(element)
                yield from _body_paragraphs(element)


def mark_header(doc: Doc) -> None:
    """Find the tên loại and mark the paragraphs above it as the header block.

    The tên loại is an upper-case paragraph outside tables that names a document type
    ("BIÊN BẢN", "THÔNG BÁO"…; "BIÊN BẢN HỌP …" on one line counts too).
    Without a tên loại (công văn, or a document we cannot read), the header block
    is the first table when the document starts with one, else the first 8 paragraphs.
    """
    for p in doc.paras[:60]:
        if p.tc is None and p.clean and p.clean == p.clean.upper() and (
                key(p.clean) in TITLES or (key(p.clean).startswith("bienban") and len(p.clean) <= 60)):
            doc.title = p
            break
    if doc.title is not None:
        end = doc.paras.index(doc.title)
    else:
        first = doc.paras[0].row if doc.paras else None
        table = first.getparent() if first is not None else None
        end = max((i + 1 for i, p in enumerate(doc.paras) if p.row is not None and p.row.getparent() is table),
                  default=8) if table is not None else 8
    for p in doc.paras[:end]:
        p.header = True


class _Reader:
    """Resolve run formats through character and paragraph styles and the document defaults."""

    def __init__(self, document: Document, formats: bool = True) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml.ns import qn

        from minutes.reading.formats import Formats

        self.document = document
        self.with_formats = formats
        self.styles = {s.style_id: s for s in document.styles}
        self.para_styles = {k for k, s in self.styles.items() if s.type == WD_STYLE_TYPE.PARAGRAPH}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_para = default.style_id if default is not None else None
        self.defaults = _defaults(document.styles.element, qn)
        self.formats = Formats(self.styles, self.defaults["size"] if self.defaults["sized"] else None)
        self.theme = theme_fonts(document)
        self.used: set[str] = set()
        self._fonts: dict = {}
        self._style_numpr: dict = {}
        self._markers: dict = {}
        self._used: dict = {}
        self._shapes: dict = {}
        self._columns: dict = {}  # the cells of the last row read, by element
        try:
            self.numbering = document.part.numbering_part.element
        except DAMAGED:  # no numbering part
            self.numbering = None

    def chain(self, style_id):
        """Return the style of ``style_id`` and its bases, nearest first."""
        return self.formats.chain(style_id)

    def column(self, row, tc, qn) -> int:
        """The index of cell ``tc`` in ``row``, the row's cells numbered once (not once per paragraph)."""
        if row not in self._columns:
            self._columns = {row: {cell: i for i, cell in enumerate(row.iterchildren(qn("w:tc")))}}
        return self._columns[row][tc]

    def safe_para(self, index: int, p, zone: str = "body") -> Para:
        """Return :meth:`para`, or the bare text of ``p`` when its formatting cannot be read."""
        from docx.oxml.ns import qn

        from minutes.docx.read import Format

        try:
            return self.para(index, p, zone)
        except DAMAGED:  # an invalid value in the XML: keep the text, default the format
            text = unicodedata.normalize("NFC", "".join(t.text or "" for t in p.iter(qn("w:t"))))
            fmt = Format(text, None, False, False, False, None, 0.0, 0.0, 0.0, None, None, "")
            size = self.defaults["size"]
            run = RunFmt(text, 0, len(text), size, False, False, False, {}, ())
            return Para(index, text, [run], fmt, p, zone=zone)

    def para(self, index: int, p, zone: str = "body") -> Para:
        """Return the :class:`Para` of the w:p element ``p``."""
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        ppr = p.find(f"{W}pPr")
        pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
        style_id = pstyle.get(f"{W}val") if pstyle is not None else self.default_para
        if style_id not in self.para_styles:  # a missing or non-paragraph style: Word uses the default
            style_id = self.default_para
        chain = self.chain(style_id)
        runs, pos, first = [], 0, None
        for r in _own_runs(p, qn):
            text, *looks = self.run(r, style_id)
            text = unicodedata.normalize("NFC", text)
            runs.append(RunFmt(text, pos, pos + len(text), *looks))
            pos += len(text)
            if text.strip() and self.with_formats:
                self._visible(r, style_id)
                if first is None:
                    first = r
        tc = next(p.iterancestors(qn("w:tc")), None)
        row = tc.getparent() if tc is not None else None
        col = self.column(row, tc, qn) if row is not None else 0
        text = "".join(r.text for r in runs)
        if not self.with_formats:
            from minutes.docx.read import Format

            fmt = Format(text, None, False, False, False, None, 0.0, 0.0, 0.0, None, None, style_id or "")
            return Para(index, text, runs, fmt, p, tc, row, col, zone)
        fmt = self.formats.format(Paragraph(p, self.document), style_id, text, first)  # a parent giving the part
        return Para(index, text, runs, fmt, p, tc, row, col, zone, self.marker(ppr, style_id, chain, qn))

    def run(self, r, style_id) -> tuple:
        """Return (display text, size, bold, italic, underline, fonts, theme attributes, font, its
        source) of run ``r``; everything but the text is worked out once per distinct w:rPr."""
        from lxml.etree import tostring

        rpr = r.find(f"{W}rPr")
        rkey = (style_id, tostring(rpr) if rpr is not None else b"")
        shape = self._shapes.get(rkey)
        if shape is None:
            shape = self._shapes[rkey] = self._shape(r, rpr, style_id)
        caps, *fmt = shape
        text = run_text(r)
        if caps:
            text = text.upper()
        return (text, *fmt)

    def _shape(self, r, rpr, style_id) -> tuple:
        """(all caps, size, bold, italic, underline, fonts, themes, font, source) of a run ``r`` with ``rpr``."""
        rstyle = rpr.find(f"{W}rStyle") if rpr is not None else None
        char_id = rstyle.get(f"{W}val") if rstyle is not None else None
        values = self.formats.run_values(rpr, char_id, style_id, r)

        def resolve(name, default):
            value = values[name]
            return default if value is None else value

        size = resolve("size", None)
        rfonts = rpr.find(f"{W}rFonts") if rpr is not None else None
        attrs = {k.split("}")[-1]: v for k, v in (rfonts.attrib.items() if rfonts is not None else ())}
        named = {k: v for k, v in attrs.items() if k in ("ascii", "hAnsi", "eastAsia", "cs")}
        themes = tuple(k for k in attrs if k.endswith(("Theme", "theme")))
        font, source = self.font(rfonts, char_id, style_id)
        return (bool(resolve("all_caps", False)), size.pt if size is not None else self.defaults["size"],
                bool(resolve("bold", self.defaults["bold"])), bool(resolve("italic", False)),
                bool(resolve("underline", False)), named, themes, font, source)

    def _visible(self, r, style_id) -> None:
        """Note the styles a run with visible text uses (:attr:`Doc.used_styles`)."""
        rstyle = r.find(f"{W}rPr/{W}rStyle")
        char_id = rstyle.get(f"{W}val") if rstyle is not None else None
        if (char_id, style_id) not in self._used:
            self._used[(char_id, style_id)] = True
            char = self.chain(char_id) if char_id is not None else ()
            self.used.update(s.style_id for s in (*char, *self.chain(style_id)))

    def font(self, rfonts, char_id, style_id) -> tuple[str, str]:
        """Return (font, source) of the Latin text of a run: its own w:rFonts, then its character
        style, its paragraph style and their bases, then the document defaults; a theme
        attribute is resolved through the theme part. The styles' share is found once."""
        found = latin_font(rfonts, self.theme)
        if found is not None:
            return found[0], "run" + ("+theme" if found[1] else "")
        cached = self._fonts.get((char_id, style_id))
        if cached is None:
            cached = self._fonts[(char_id, style_id)] = self._styled_font(char_id, style_id)
        return cached

    def _styled_font(self, char_id, style_id) -> tuple[str, str]:
        char = self.chain(char_id) if char_id is not None else ()
        for where, element in [*((f"style:{s.name}", style_rfonts(s)) for s in (*char, *self.chain(style_id))),
                               ("default", find_rfonts(self.defaults.get("rpr")))]:
            found = latin_font(element, self.theme)
            if found is not None:
                return found[0], where + ("+theme" if found[1] else "")
        return "", "default"

    def marker(self, ppr, style_id, chain, qn) -> str:
        """Return the bullet text of an automatic list paragraph, "" when it is not a bullet list."""
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is None:
            if style_id not in self._style_numpr:
                self._style_numpr[style_id] = next(
                    (n for n in (s.element.find(f"{W}pPr/{W}numPr") for s in chain) if n is not None), None)
            numpr = self._style_numpr[style_id]
        if numpr is None or numpr.numId is None or self.numbering is None:
            return ""
        num_id, ilvl = numpr.numId.val, numpr.ilvl.val if numpr.ilvl is not None else 0
        if (num_id, ilvl) not in self._markers:
            self._markers[(num_id, ilvl)] = self._marker(num_id, ilvl, qn)
        return self._markers[(num_id, ilvl)]

    def _marker(self, num_id, ilvl, qn) -> str:
        for num in self.numbering.iterchildren(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
                return self._bullet(abstract, ilvl, qn)
        return ""

    def _bullet(self, abstract_id: str, ilvl: int, qn) -> str:
        for abstract in self.numbering.iterchildren(qn("w:abstractNum")):
            if abstract.get(qn("w:abstractNumId")) == abstract_id:
                for lvl in abstract.iterchildren(qn("w:lvl")):
                    fmt, text = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
                    if lvl.get(qn("w:ilvl")) == str(ilvl) and fmt is not None and fmt.get(qn("w:val")) == "bullet":
                        return text.get(qn("w:val"), "") if text is not None else ""
        return ""


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RUN_TEXT = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


def run_text(r) -> str:
    """The text a w:r shows, as python-docx's ``Run.text`` gives it: w:t text, tabs, line breaks
    (a page or column break shows nothing), non-breaking hyphens. Deleted text (w:delText) and
    field codes (w:instrText) are not shown."""
    out = []
    for child in r:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}br":
            if child.get(f"{W}type", "textWrapping") == "textWrapping":
                out.append("\n")
        elif tag in RUN_TEXT:
            out.append(RUN_TEXT[tag])
    return "".join(out)


def _own_runs(p, qn):
    """Yield the w:r whose nearest paragraph is ``p`` (not those of a text box inside it).

    Tracked changes read as accepted: an inserted run is kept, a deleted or moved-away one
    (inside w:del or w:moveFrom) is left out."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    removed = (f"{W}del", f"{W}moveFrom")
    for r in p.iter(qn("w:r")):
        owner = next(r.iterancestors(qn("w:p"), fallback, *removed), None)
        if owner is p:
            yield r


def _defaults(styles, qn) -> dict:
    """Return the document defaults: size (pt), bold, and the default line spacing."""
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    b = rpr.find(qn("w:b")) if rpr is not None else None
    spacing = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    line = spacing.get(qn("w:line")) if spacing is not None else None
    sized = sz is not None and sz.get(qn("w:val"), "").isdigit()
    return {
        "size": int(sz.get(qn("w:val"))) / 2 if sz is not None and sized else 10.0,
        "sized": sized,
        "bold": b is not None and b.get(qn("w:val"), "true") not in ("0", "false", "off"),
        "line": int(line) if line and line.lstrip("-").isdigit() else None,
        "line_rule": spacing.get(qn("w:lineRule"), "auto") if spacing is not None else "auto",
        "rpr": rpr,
    }
