"""A .docx as lines and tables, in document order (what ``minutes import`` reads).

The document is opened by :func:`minutes.reading.document.read_document` (the same
reader and the same text and position rules as ``minutes lint``). Each paragraph becomes a
:class:`Line`: its text with old-encoding runs converted by their font (TCVN3
.VnTime/.VnTimeH, VNI-*), Word's automatic numbering written out as the label it
shows ("1.", "a)", "-"), its soft line breaks kept as "\\n". A table becomes a
:class:`Table` of rows of cells of lines. The header block (above the tên loại)
and the body (below the BIÊN BẢN title) are split apart for the next steps.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from minutes.reading.document import TITLES, detect_style, read_document
from minutes.reading.model import OFFICIAL_KEYS, SEPARATOR, Para, key
from minutes.reading.numbering import Numbering
from minutes.vietnamese.legacy import TCVN3, decode_vni

if TYPE_CHECKING:
    from docx.document import Document


@dataclass
class Line:
    """One paragraph (or one soft-broken line of it) as the import sees it."""

    text: str
    bold: bool = False
    style: str = ""  # paragraph style name ("Cơ quan ban hành", "Heading 1", "Normal")
    auto: str = ""  # the label of Word's automatic numbering ("1.", "a)", "-", "+"), "" when none
    level: int | None = None  # its indent in twips (deeper = further in), None when not automatically numbered
    col: int | None = None  # table column, None outside tables
    bolds: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of the bold runs' text

    @property
    def clean(self) -> str:
        """The text on one line, no-break spaces as spaces, stripped."""
        return " ".join(self.text.replace("\u00a0", " ").split())

    @property
    def full(self) -> str:
        """The text with its automatic label in front, as the reader sees it."""
        return f"{self.auto} {self.clean}" if self.auto else self.clean

    def segments(self) -> list[str]:
        """The parts of the text set apart by tabs, line breaks or long runs of spaces."""
        return [" ".join(s.split()) for s in SEPARATOR.split(self.text.replace("\u00a0", " ")) if s.strip()]

    def bold_segments(self) -> list[tuple[str, bool]]:
        """Each segment with whether all of its letters are in bold runs."""
        text = self.text.replace("\u00a0", " ")
        out, pos = [], 0
        for piece in SEPARATOR.split(text):
            start = text.find(piece, pos)
            pos = start + len(piece)
            if piece.strip():
                spans = [i for i in range(start, pos) if not piece[i - start].isspace()]
                bold = all(any(a <= i < b for a, b in self.bolds) for i in spans)
                out.append((" ".join(piece.split()), bold))
        return out

    @property
    def indented(self) -> bool:
        """True when the text starts after a tab or a long run of spaces (a right-hand column)."""
        match = SEPARATOR.match(self.text.replace("\u00a0", " "))
        return bool(match) or self.text.startswith("    ")


@dataclass
class Table:
    """A table: rows of cells, each cell a list of lines."""

    rows: list[list[list[Line]]] = field(default_factory=list)

    def texts(self) -> list[list[str]]:
        """Each row as the text of its cells (lines joined by spaces)."""
        return [[" ".join(line.clean for line in cell if line.clean) for cell in row] for row in self.rows]


Block = Line | Table


@dataclass
class Source:
    """The document split for the next steps."""

    style: str
    header: list[Line]  # paragraphs above the first tên loại (table cells carry their column)
    title: str  # the tên loại paragraph ("BIÊN BẢN", "BIÊN BẢN HỌP …")
    body: list[Block]  # everything after the BIÊN BẢN title, in order
    is_bien_ban: bool
    converted: list[str] = field(default_factory=list)  # fonts whose text was converted


def read_source(data: bytes) -> Source:
    """Open the .docx ``data`` and return its header, title and body."""
    doc = read_document(bytes(data), formats=False)  # text, runs and styles are what is read here
    reader = _LineReader(doc.document)
    lines = [reader.line(p) for p in doc.paras]
    doc.paras = [p if p.text == line.text else dataclasses.replace(p, text=line.text)
                 for p, line in zip(doc.paras, lines)]
    bien_ban, first_title = _titles(doc.paras)
    ends = [i for i in (first_title, bien_ban) if i is not None]
    header_end = min(ends) if ends else min(_table_end(doc.paras) or 8, len(lines))
    header = [line for line in lines[:header_end] if line.clean]
    found = bien_ban if bien_ban is not None else first_title
    start = found + 1 if found is not None else header_end
    title = lines[found].clean if found is not None else ""
    body = _blocks(doc.paras[start:], lines[start:])
    style = detect_style(doc)
    if not header and found is not None:  # the whole header typed in Word's page header
        paras = page_header(doc)
        header = [line for line in (reader.line(p) for p in paras) if line.clean]
        style = detect_style(dataclasses.replace(doc, paras=paras)) if header else style
    return Source(style, header, title, body, bien_ban is not None, sorted(reader.converted))


def page_header(doc) -> list[Para]:
    """The paragraphs of Word's page header (not its footer) when they hold a header block: a
    national or organisation title, a Số line or a place-and-date line; else none."""
    from docx.oxml.ns import qn

    paras = [p for p in doc.page_paras if p.clean and p.element.getroottree().getroot().tag == qn("w:hdr")]
    framed = any(key(s) in OFFICIAL_KEYS or re.match(r"^Số\s*:?\s*\d", s) or re.search(r",\s*ngày\b", s)
                 for p in paras for s, _, _ in p.segments())
    return paras if framed else []


def _titles(paras: list[Para]) -> tuple[int | None, int | None]:
    """The index of the BIÊN BẢN paragraph and of the first tên loại (outside tables), or None."""
    bien_ban = first = None
    for i, p in enumerate(paras[:400]):
        text = p.clean
        if p.tc is None and i < 60 and bien_ban_capitalized(text):
            bien_ban = i  # "Biên Bản Họp Hội Đồng Quản Trị …", typed in Word's "Capitalize Each Word"
            break
        if p.tc is not None or not text or text != text.upper():
            continue
        k = key(text)
        if k.startswith("bienban") and len(text) <= 100:
            bien_ban = i
            break
        if first is None and k in TITLES:
            first = i
    return bien_ban, first


def bien_ban_capitalized(text: str) -> bool:
    """True for a title line typed with each word capitalised: "Biên Bản Họp Hội Đồng Quản Trị Quý I"."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return (len(text) <= 100 and len(words) >= 2 and words[0] == "Biên" and words[1] == "Bản"
            and all(w[0].isupper() or not w[0].isalpha() for w in words))


def _table_end(paras: list[Para]) -> int | None:
    """The index after the first table when the document starts with one (the header table)."""
    if not paras or paras[0].row is None:
        return None
    table = paras[0].row.getparent()
    last = max(i for i, p in enumerate(paras) if p.row is not None and p.row.getparent() is table)
    return last + 1


def _blocks(paras: list[Para], lines: list[Line]) -> list[Block]:
    """Group the paragraphs into lines and tables; soft line breaks split a body line."""
    out: list[Block] = []
    tables: dict[int, Table] = {}
    rows: dict[int, list] = {}
    for p, line in zip(paras, lines):
        if p.row is None:
            out.extend(_split(line))
            continue
        table_el = _outer_table(p)
        table = tables.get(id(table_el))
        if table is None:
            table = tables[id(table_el)] = Table()
            out.append(table)
        row_el = _outer_row(p)
        if id(row_el) not in rows:
            rows[id(row_el)] = []
            table.rows.append(rows[id(row_el)])
        cells = rows[id(row_el)]
        col = line.col if line.col is not None else p.col  # a line in a table has its column
        while len(cells) <= col:
            cells.append([])
        cells[col].append(line)
    return out


def _outer_table(p: Para):
    from docx.oxml.ns import qn

    return list(p.element.iterancestors(qn("w:tbl")))[-1]


def _outer_row(p: Para):
    from docx.oxml.ns import qn

    return list(p.element.iterancestors(qn("w:tr")))[-1]


def _split(line: Line) -> list[Line]:
    """A paragraph with soft line breaks as one line per break (the label stays on the first)."""
    parts = [part for part in line.text.split("\n") if part.strip()]
    if len(parts) <= 1:
        return [line]
    first = dataclasses.replace(line, text=parts[0], bolds=[])
    return [first, *(dataclasses.replace(line, text=part, auto="", level=None, bolds=[]) for part in parts[1:])]


class _LineReader:
    """Turn lint's paragraphs into lines: legacy fonts converted, automatic numbers written out."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.numbering = Numbering(document)
        self.styles = {s.style_id: s for s in document.styles}
        self.default_font = _default_font(document)
        self.converted: set[str] = set()
        self._fonts: dict[str | None, tuple[str, str]] = {}  # style id -> (its font, its name)

    def line(self, p: Para) -> Line:
        style_id = p.fmt.style_id if p.fmt is not None else None
        style = self.styles.get(style_id)
        para_font, name = self._style_font_name(style_id, style)
        text, bolds = "", []
        for run in p.runs or []:
            piece = self._run_text(run.text, run.fonts, para_font)
            if run.bold:
                bolds.append((len(text), len(text) + len(piece)))
            text += piece
        if not p.runs:
            text = p.text
        auto, level = self.numbering.label(p.element, style)
        fmt = p.span()
        bold = bool(fmt and fmt.bold)
        col = p.col if p.tc is not None else None
        return Line(text, bold, name, auto, level, col, bolds)

    def _style_font_name(self, style_id: str | None, style) -> tuple[str, str]:
        """(the font of ``style``, the style ``style_id``, and its name): found once per style."""
        if style is None:
            return self.default_font, ""
        found = self._fonts.get(style_id)
        if found is None:
            found = self._fonts[style_id] = (self._style_font(style), style.name or "")
        return found

    def _style_font(self, style) -> str:
        seen = []
        while style is not None and style not in seen:
            seen.append(style)
            name = style.font.name
            if name:
                return name
            style = style.base_style
        return self.default_font

    def _run_text(self, text: str, fonts: dict, para_font: str) -> str:
        font = fonts.get("ascii") or fonts.get("hAnsi") or para_font or ""
        converted = convert(text, font)
        if converted != text:
            self.converted.add(font)
        return converted


def convert(text: str, font: str) -> str:
    """Return ``text`` in Unicode when ``font`` is an old Vietnamese font (by its name).

    .VnTime, .VnArial…: TCVN3; .VnTimeH, .VnArialH… (capitals fonts): TCVN3 in capitals;
    VNI-Times, VNI-Helve…: VNI Windows. Any other font: unchanged.
    """
    name = font.strip().lower()
    if name.startswith(".vn"):
        out = "".join(TCVN3.get(c, c) for c in text)
        return out.upper() if name.endswith("h") else out
    if name.startswith(("vni-", "vni ")):
        return "".join(decode_vni(word) for word in _words(text))
    return text


def _words(text: str) -> list[str]:
    """``text`` cut into words and the spaces between them (VNI marks never cross a space)."""
    out, word = [], ""
    for char in text:
        if char.isspace():
            if word:
                out.append(word)
                word = ""
            out.append(char)
        else:
            word += char
    return out + ([word] if word else [])


def _default_font(document) -> str:
    from docx.oxml.ns import qn

    fonts = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    return (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""
