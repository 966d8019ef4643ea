"""Layout fixes applied to a rendered document: the lengths of the solid rules.

NĐ 30 fixes a rule's length relative to the text above it (1/3 to 1/2 of the
issuing body's name; as long as the Tiêu ngữ). The text is known only after
rendering, so a template marks each rule with a paragraph style and
:func:`fit_rules` sets the rule's indents from the width of the text above.
Widths come from Times New Roman metrics (:mod:`minutes.fontmetrics`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from docx.oxml.ns import qn
from docx.styles.style import StyleFactory

from minutes import fontmetrics

RULE_STYLES = {"DuongKeNgan": 0.4, "DuongKeDai": 1.0}
"""Rule paragraph style id -> rule length as a fraction of the text above it."""

_TWIPS_PER_PT = 20


def char_width(ch: str, bold: bool) -> int:
    """Return the advance of ``ch`` in thousandths of an em (Vietnamese letters share their base's)."""
    table = fontmetrics.BOLD if bold else fontmetrics.REGULAR
    if ch in table:
        return table[ch]
    nfd = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", nfd[0] + ("\u031b" if "\u031b" in nfd else ""))
    return table.get(base, table["n"])


def text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """Return the width of ``text`` set in Times New Roman at ``size_pt``, in points.

    >>> round(text_width_pt("SỞ NỘI VỤ", 13, bold=True))
    66
    """
    return sum(char_width(c, bold) for c in text) * size_pt / 1000


def fit_rules(document) -> int:
    """Set the length of every rule paragraph in ``document``; return how many were fitted.

    A rule is a paragraph whose style id is in :data:`RULE_STYLES`. Its length is
    that fraction of the widest line among the paragraphs just above it that share
    one style (a name split over lines counts its longest line), centred in the
    column that holds it.
    """
    styles = _StyleResolver(document)
    section = document.sections[0]
    page_width = (section.page_width - section.left_margin - section.right_margin) // 635
    fitted = 0
    for style_el in document.element.body.iter(qn("w:pStyle")):
        ratio = RULE_STYLES.get(style_el.get(qn("w:val")))
        if ratio is None:
            continue
        p = style_el.getparent().getparent()
        column = _column_width(p, page_width)
        above = _text_width_above(p, styles, column)
        if above:
            length = min(column, max(ratio * above, _TWIPS_PER_PT * 20))
            _set_indent(p, round((column - length) / 2))
            fitted += 1
    return fitted


def _style_id(p) -> str:
    ppr = p.pPr
    return ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else ""


def _column_width(p, page_width: int) -> int:
    """Return the width in twips available to paragraph ``p``: its cell, or the page."""
    tc = next((a for a in p.iterancestors(qn("w:tc"))), None)
    if tc is None:
        return page_width
    tcw = tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))
    return int(tcw.get(qn("w:w"))) if tcw is not None else page_width


def _siblings_above(p) -> Iterator:
    for prev in p.itersiblings(qn("w:p"), preceding=True):
        yield prev


def _text_width_above(p, styles: _StyleResolver, column: int) -> float:
    """Return the widest line (twips) of the run of same-styled paragraphs above ``p``."""
    widest, style = 0.0, None
    for prev in _siblings_above(p):
        text = "".join(t.text or "" for t in prev.iter(qn("w:t")))
        sid = _style_id(prev)
        if not text.strip() or (style is not None and sid != style):
            break
        style = sid
        size, bold = styles.font_of(prev)
        widest = max(widest, min(column, text_width_pt(text, size, bold) * _TWIPS_PER_PT))
    return widest


def _set_indent(p, twips: int) -> None:
    ind = p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:left"), str(twips))
    ind.set(qn("w:right"), str(twips))


class _StyleResolver:
    """Resolve the effective size and boldness of a paragraph's first run."""

    def __init__(self, document):
        self._document = document
        self._styles: dict[str, object] = {}

    def _style(self, style_id: str):
        if style_id not in self._styles:
            element = self._document.styles.element.get_by_id(style_id)
            self._styles[style_id] = StyleFactory(element) if element is not None else None
        return self._styles[style_id]

    def font_of(self, p) -> tuple[float, bool]:
        """Return (size in pt, bold) of the first run of ``p``, following the style chain."""
        rpr = next((r.rPr for r in p.iter(qn("w:r")) if r.rPr is not None), None)
        size = rpr.sz_val.pt if rpr is not None and rpr.sz_val is not None else None
        bold = rpr.b_val if rpr is not None and rpr.b is not None else None
        style = self._style(_style_id(p))
        while style is not None and (size is None or bold is None):
            if size is None and style.font.size is not None:
                size = style.font.size.pt
            if bold is None and style.font.bold is not None:
                bold = style.font.bold
            style = style.base_style
        return size or 14.0, bool(bold)
