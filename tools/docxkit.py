"""Low-level python-docx helpers for building the .docx templates from code.

Only the template builder (tools/build_templates.py) uses this module; nothing
here runs when a user renders a document.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

FONT = "Times New Roman"
LANG = "vi-VN"
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style to create: id, Word name (Vietnamese), font and paragraph format."""

    style_id: str
    name: str
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "center"
    first_indent_mm: float = 0
    before_pt: float = 0
    after_pt: float = 0
    line_exact_pt: float | None = None
    line_multiple: float = 1.0
    keep_next: bool = False
    border_top: bool = False


def set_page(section, margins_mm: tuple[float, float, float, float], header_mm: float = 10) -> None:
    """Set A4 portrait and margins (top, bottom, left, right) in mm; number pages from 2."""
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = section.footer_distance = Mm(header_mm)
    section.different_first_page_header_footer = True


def set_fonts(document, size_pt: float) -> None:
    """Make Times New Roman the font of all four slots everywhere, drop theme fonts, set vi-VN."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_rfonts(rpr_default)
    _set_child(rpr_default, "w:sz", {"w:val": str(int(size_pt * 2))}, RPR_ORDER)
    _set_child(rpr_default, "w:szCs", {"w:val": str(int(size_pt * 2))}, RPR_ORDER)
    _set_child(rpr_default, "w:lang", {"w:val": LANG, "w:eastAsia": LANG, "w:bidi": "ar-SA"}, RPR_ORDER)
    for rfonts in styles.iter(qn("w:rFonts")):
        _set_rfonts_element(rfonts)
    for color in list(styles.iter(qn("w:color"))):
        color.getparent().remove(color)


def _set_rfonts(rpr) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    _set_rfonts_element(rfonts)


def _set_rfonts_element(rfonts) -> None:
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), FONT)


TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
)
RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)


def _set_child(parent, tag: str, attrs: dict[str, str], order: tuple[str, ...] = ()):
    """Set ``attrs`` on ``parent``'s ``tag`` child, creating it in schema ``order`` if missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        later = order[order.index(tag) + 1:] if tag in order else ()
        parent.insert_element_before(child, *later)
    for key, value in attrs.items():
        child.set(qn(key), value)
    return child


def add_paragraph_style(document, spec: ParaStyle):
    """Create (or replace) the paragraph style ``spec`` and return it."""
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = spec.style_id
    style.base_style = None
    style.quick_style = True
    font = style.font
    font.name, font.size = FONT, Pt(spec.size)
    font.bold, font.italic = spec.bold, spec.italic
    font.underline = spec.underline or None
    _set_rfonts(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.alignment = ALIGN[spec.align]
    fmt.first_line_indent = Mm(spec.first_indent_mm) if spec.first_indent_mm else Twips(0)
    fmt.left_indent = fmt.right_indent = Twips(0)
    fmt.space_before, fmt.space_after = Pt(spec.before_pt), Pt(spec.after_pt)
    if spec.line_exact_pt:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(spec.line_exact_pt)
    else:
        fmt.line_spacing = spec.line_multiple
    fmt.keep_with_next = spec.keep_next
    fmt.widow_control = True
    if spec.border_top:
        border_top(style.element.get_or_add_pPr())
    return style


def border_top(ppr, size_eighths: int = 6) -> None:
    """Give a paragraph (properties) a solid top border: the drawn 'đường kẻ' of the rules."""
    pbdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in {"w:val": "single", "w:sz": str(size_eighths), "w:space": "1", "w:color": "000000"}.items():
        top.set(qn(key), value)
    pbdr.append(top)
    ppr.insert_element_before(pbdr, *_PPR_AFTER_PBDR)


_PPR_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def para(container, text: str = "", style_id: str | None = None, **run_format):
    """Append a paragraph with ``text`` in one run to ``container`` (document or cell).

    ``style_id`` names a paragraph style by id (our ids are ASCII, names Vietnamese).
    """
    p = container.add_paragraph()
    if style_id:
        p.style = style_by_id(p.part.document, style_id)
    if text:
        run = p.add_run(text)
        for key, value in run_format.items():
            setattr(run.font, key, value)
    return p


def style_by_id(document, style_id: str):
    """Return the style of ``document`` whose id is ``style_id``."""
    for style in document.styles:
        if style.style_id == style_id:
            return style
    raise KeyError(style_id)


def add_page_field(paragraph) -> None:
    """Append a PAGE field (complex field) to ``paragraph``; its cached result is '2'."""
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "2"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)


def layout_table(container, widths_mm: list[float], borders: bool = False, indent_mm: float = 0):
    """Append a fixed-layout table with given column widths; borderless unless ``borders``.

    ``indent_mm`` moves the table's left edge (negative: into the left margin).
    """
    table = container.add_table(rows=1, cols=len(widths_mm))
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _set_child(tbl_pr, "w:tblW", {"w:w": str(sum(_twips(w) for w in widths_mm)), "w:type": "dxa"}, TBLPR_ORDER)
    if indent_mm:
        _set_child(tbl_pr, "w:tblInd", {"w:w": str(_twips(indent_mm)), "w:type": "dxa"}, TBLPR_ORDER)
    tbl_pr.insert_element_before(_borders("w:tblBorders", "single" if borders else "nil"),
                                 *TBLPR_ORDER[TBLPR_ORDER.index("w:tblBorders") + 1:])
    _set_child(tbl_pr, "w:tblLayout", {"w:type": "fixed"}, TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margins.append(_el(side, {"w:w": "57" if borders else "0", "w:type": "dxa"}))
    tbl_pr.insert_element_before(margins, *TBLPR_ORDER[TBLPR_ORDER.index("w:tblCellMar") + 1:])
    for col, width in zip(table._tbl.tblGrid.iterchildren(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(_twips(width)))
    for cell, width in zip(table.rows[0].cells, widths_mm):
        cell.width = Mm(width)
    return table


def keep_together(table) -> None:
    """Keep each row of ``table`` on one page, and the paragraph before it on that page too.

    A signature block split by a page break would leave "Nơi nhận" or a signer alone.
    """
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.insert(0, OxmlElement("w:cantSplit"))
    before = table._tbl.getprevious()
    if before is not None and before.tag == qn("w:p"):
        before.get_or_add_pPr().insert_element_before(
            OxmlElement("w:keepNext"), *_PPR_AFTER_KEEPNEXT)


_PPR_AFTER_KEEPNEXT = (
    "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
    "w:suppressLineNumbers", "w:pBdr", *("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
    "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
)


def repeat_header(table) -> None:
    """Repeat the first row of ``table`` on every page; no row splits across pages.

    The header row's paragraphs keep with the next row, so the header never stands
    alone at the bottom of a page.
    """
    for index, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.insert(0, OxmlElement("w:cantSplit"))
        if index == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
            for p in row._tr.iter(qn("w:p")):
                p.get_or_add_pPr().insert_element_before(OxmlElement("w:keepNext"), *_PPR_AFTER_KEEPNEXT)


def add_row(table, widths_mm: list[float]):
    """Append a row to ``table`` and set its cells' widths."""
    row = table.add_row()
    for cell, width in zip(row.cells, widths_mm):
        cell.width = Mm(width)
    return row


def _borders(tag: str, value: str):
    borders = OxmlElement(tag)
    for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
        attrs = {"w:val": value}
        if value != "nil":
            attrs.update({"w:sz": "4", "w:space": "0", "w:color": "000000"})
        borders.append(_el(side, attrs))
    return borders


def _el(tag: str, attrs: dict[str, str]):
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def clear_cell(cell) -> None:
    """Remove the empty paragraph python-docx puts in a new cell (call after adding content)."""
    first = cell.paragraphs[0]
    if not first.text and len(cell.paragraphs) > 1:
        first._p.getparent().remove(first._p)


DROPPED_RELS = (
    "/stylesWithEffects",  # a Word 2010 copy of styles.xml that no reader needs
    "/customXml",          # python-docx's empty bibliography sources
    "/thumbnail",          # a picture of python-docx's blank page, not of our document
)


def prune(document, keep_style_ids: set[str]) -> None:
    """Drop what python-docx's default document carries but our templates do not use.

    Removes the styles nobody uses (keeping the defaults and what kept styles are
    based on or linked to), the latent-style list, and the parts of
    :data:`DROPPED_RELS`. The template then opens and saves several times faster.
    """
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
    keep = {sid for sid, s in by_id.items() if s.get(qn("w:default")) == "1"} | set(keep_style_ids)
    pending = list(keep)
    while pending:
        style = by_id.get(pending.pop())
        for ref in ("w:basedOn", "w:link", "w:next"):
            target = style.find(qn(ref)) if style is not None else None
            if target is not None and target.get(qn("w:val")) not in keep:
                keep.add(target.get(qn("w:val")))
                pending.append(target.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for rels in (document.part.rels, document.part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.endswith(DROPPED_RELS):
                del rels[rid]


def remove_body_paragraphs(document) -> None:
    """Remove the default empty paragraph(s) of a new python-docx document."""
    body = document.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)


def clone(element):
    """Return a deep copy of an oxml element."""
    return copy.deepcopy(element)
