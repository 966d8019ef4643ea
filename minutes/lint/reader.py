"""Reading a .docx into the :class:`~minutes.lint.model.Doc` model the checks share.

Opens a path, bytes or binary file (:func:`read_document`), resolves each run's
effective format through character and paragraph styles and the document defaults,
finds the tên loại and marks the header block above it, and detects the style.

python-docx is imported inside the functions: ``minutes --help`` never loads it.
"""

from __future__ import annotations

import io
import os
import unicodedata

from minutes.errors import display_name
from minutes.lint.model import Doc, LintInputError, Para, RunFmt, key
from minutes.lint.resolve import find_rfonts, latin_font, saved_pages, style_rfonts, theme_fonts


def read_document(path_or_bytes, style: str | None = None) -> Doc:
    """Open a .docx and return the :class:`Doc` model the checks read."""
    document, _name = _open(path_or_bytes)
    doc = build(document)
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


def _open(path_or_bytes):
    """Return (python-docx Document, display name) or raise :class:`LintInputError`."""
    import docx

    from minutes.docx.safezip import MAX_FILE_BYTES, check_package, ole_message
    from minutes.errors import MinutesError
    from minutes.files import InputError, read_bounded

    if isinstance(path_or_bytes, (bytes, bytearray)):
        data, name = bytes(path_or_bytes), "<bytes>"
    elif hasattr(path_or_bytes, "read"):
        data, name = path_or_bytes, getattr(path_or_bytes, "name", "<stdin>")
    else:
        data, name = os.fspath(path_or_bytes), display_name(path_or_bytes)
    try:  # bounded reading and a checked package (minutes.docx.safezip)
        data = data if isinstance(data, bytes) else read_bounded(data, MAX_FILE_BYTES, name, "tệp .docx")
        if data[:4] != b"\xd0\xcf\x11\xe0":
            check_package(data, name)
    except InputError as exc:
        raise LintInputError(f"{name}: không đọc được tệp ({exc})") from None
    except MinutesError as exc:
        raise LintInputError(str(exc) if str(exc).startswith(f"{name}: ") else f"{name}: {exc}") from None
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise LintInputError(ole_message(data, name))
    try:
        return docx.Document(io.BytesIO(data)), name
    except Exception:  # zip, XML or package errors all mean "not a .docx"  # noqa: BLE001
        raise LintInputError(f"{name}: không phải tệp .docx đọc được (Word mở được thì hãy mở bằng Word và "
                             "lưu lại dạng .docx rồi thử lại)") from None


# --- paragraphs, runs and their effective format -----------------------------------------

TITLES = {key(t) for t in (
    "BIÊN BẢN", "THÔNG BÁO", "BÁO CÁO", "GIẤY MỜI", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "KẾT LUẬN",
    "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "THÔNG TRI", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH",
    "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "TỜ TRÌNH", "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ",
    "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "PHIẾU GỬI",
    "PHIẾU CHUYỂN", "PHIẾU BÁO", "CÔNG VĂN", "ĐỀ CƯƠNG", "DIỄN VĂN")}


def build(document) -> Doc:
    """Return the :class:`Doc` of a python-docx ``document`` (style left to the caller)."""
    reader = _Reader(document)
    paras = [reader.safe_para(i, p) for i, p in enumerate(_body_paragraphs(document.element.body), 1)]
    try:
        page = [reader.safe_para(0, p, zone="page") for p in _page_paragraphs(document)]
    except Exception:  # a broken header reference: no page paragraphs to check  # noqa: BLE001
        page = []
    doc = Doc(document, "state", paras, page, reader.defaults, used_styles=reader.used, pages=saved_pages(document, paras))
    mark_header(doc)
    return doc


def _body_paragraphs(body):
    """Yield every w:p of ``body`` in document order, text boxes included, once each."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for p in body.iter(qn("w:p")):
        if not any(a.tag == fallback for a in p.iterancestors()):
            yield p


def _page_paragraphs(document):
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
            element = hf._element
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

    def __init__(self, document):
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml.ns import qn

        from minutes.docx.read import StyleChains

        self.document = document
        self.chains = StyleChains(document)
        self.styles = self.chains.by_id
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_para = default.style_id if default is not None else None
        self.defaults = _defaults(document.styles.element, qn)
        self.theme = theme_fonts(document)
        self.used: set[str] = set()
        self._columns: dict = {}  # the cells of the last row read, by element
        try:
            self.numbering = document.part.numbering_part.element
        except Exception:  # no numbering part  # noqa: BLE001
            self.numbering = None

    def chain(self, style_id):
        """Return the style of ``style_id`` and its bases, nearest first."""
        return list(self.chains.chain(style_id))

    def column(self, row, tc, qn) -> int:
        """The index of cell ``tc`` in ``row``, the row's cells numbered once (not once per paragraph)."""
        if row not in self._columns:
            self._columns = {row: {cell: i for i, cell in enumerate(row.iterchildren(qn("w:tc")))}}
        return self._columns[row][tc]

    def paragraph_chain(self, chain: list) -> list:
        """``chain`` when it starts with a paragraph style, else the default paragraph style's
        (as python-docx's ``paragraph.style`` answers for an unknown or foreign style id)."""
        from docx.enum.style import WD_STYLE_TYPE

        if chain and chain[0].type == WD_STYLE_TYPE.PARAGRAPH:
            return chain
        return self.chain(self.default_para)

    def safe_para(self, index: int, p, zone: str = "body") -> Para:
        """Return :meth:`para`, or the bare text of ``p`` when its formatting cannot be read."""
        from docx.oxml.ns import qn

        from minutes.docx.read import Format

        try:
            return self.para(index, p, zone)
        except Exception:  # an invalid value in the XML: keep the text, default the format  # noqa: BLE001
            text = unicodedata.normalize("NFC", "".join(t.text or "" for t in p.iter(qn("w:t"))))
            fmt = Format(text, None, False, False, False, None, 0.0, 0.0, 0.0, None, None, "")
            size = self.defaults["size"]
            run = RunFmt(text, 0, len(text), size, False, False, False, {}, ())
            return Para(index, text, [run], fmt, p, zone=zone)

    def para(self, index: int, p, zone: str = "body") -> Para:
        """Return the :class:`Para` of the w:p element ``p``."""
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        from minutes.docx.read import effective

        paragraph = Paragraph(p, self.document._body)
        ppr = p.pPr
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else self.default_para
        chain = self.chain(style_id)
        runs, pos = [], 0
        for r in _own_runs(p, qn):
            text, *fmt = self.run(r, paragraph, chain)
            text = unicodedata.normalize("NFC", text)
            runs.append(RunFmt(text, pos, pos + len(text), *fmt))
            pos += len(text)
        tc = next(p.iterancestors(qn("w:tc")), None)
        row = tc.getparent() if tc is not None else None
        col = self.column(row, tc, qn) if row is not None else 0
        text = "".join(r.text for r in runs)
        fmt = effective(paragraph, self.document, self.paragraph_chain(chain), self.chains)
        return Para(index, text, runs, fmt, p, tc, row, col, zone, self.marker(ppr, chain, qn))

    def run(self, r, paragraph, chain) -> tuple:
        """Return (display text, size, bold, italic, underline, fonts, theme attributes) of run ``r``."""
        from docx.text.run import Run

        run = Run(r, paragraph)
        rpr = r.rPr
        char = self.chain(rpr.rStyle.val) if rpr is not None and rpr.rStyle is not None else []
        fonts = [run.font, *(s.font for s in char), *(s.font for s in chain)]

        def resolve(name, default):
            return next((v for v in (getattr(f, name) for f in fonts) if v is not None), default)

        size = resolve("size", None)
        text = run.text.upper() if resolve("all_caps", False) else run.text
        rfonts = rpr.rFonts if rpr is not None else None
        attrs = {k.split("}")[-1]: v for k, v in (rfonts.attrib.items() if rfonts is not None else ())}
        named = {k: v for k, v in attrs.items() if k in ("ascii", "hAnsi", "eastAsia", "cs")}
        themes = tuple(k for k in attrs if k.endswith(("Theme", "theme")))
        font, source = self.font(rfonts, char, chain)
        if text.strip():
            self.used.update(s.style_id for s in (*char, *chain))
        return (text, size.pt if size is not None else self.defaults["size"],
                bool(resolve("bold", self.defaults["bold"])), bool(resolve("italic", False)),
                bool(resolve("underline", False)), named, themes, font, source)

    def font(self, rfonts, char, chain) -> tuple[str, str]:
        """Return (font, source) of the Latin text of a run: its own w:rFonts, then its character
        style, its paragraph style and their bases, then the document defaults; a theme
        attribute is resolved through the theme part."""
        for where, element in [("run", rfonts), *((f"style:{s.name}", style_rfonts(s)) for s in (*char, *chain)),
                               ("default", find_rfonts(self.defaults.get("rpr")))]:
            found = latin_font(element, self.theme)
            if found is not None:
                return found[0], where + ("+theme" if found[1] else "")
        return "", "default"

    def marker(self, ppr, chain, qn) -> str:
        """Return the bullet text of an automatic list paragraph, "" when it is not a bullet list."""
        numpr = ppr.numPr if ppr is not None else None
        for style in chain:
            if numpr is not None:
                break
            spp = style.element.pPr
            numpr = spp.numPr if spp is not None else None
        if numpr is None or numpr.numId is None or self.numbering is None:
            return ""
        num_id, ilvl = numpr.numId.val, numpr.ilvl.val if numpr.ilvl is not None else 0
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


def _own_runs(p, qn):
    """Yield the w:r whose nearest paragraph is ``p`` (not those of a text box inside it)."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for r in p.iter(qn("w:r")):
        owner = next(r.iterancestors(qn("w:p"), fallback), None)
        if owner is p:
            yield r


def _defaults(styles, qn) -> dict:
    """Return the document defaults: size (pt), bold, and the default line spacing."""
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    b = rpr.find(qn("w:b")) if rpr is not None else None
    spacing = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    line = spacing.get(qn("w:line")) if spacing is not None else None
    return {
        "size": int(sz.get(qn("w:val"))) / 2 if sz is not None and sz.get(qn("w:val"), "").isdigit() else 10.0,
        "bold": b is not None and b.get(qn("w:val"), "true") not in ("0", "false", "off"),
        "line": int(line) if line and line.lstrip("-").isdigit() else None,
        "line_rule": spacing.get(qn("w:lineRule"), "auto") if spacing is not None else "auto",
        "rpr": rpr,
    }
