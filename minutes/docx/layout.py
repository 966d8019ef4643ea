"""Layout fixes applied to a rendered document: the lengths of the solid rules.

NĐ 30 fixes a rule's length relative to the text above it (1/3 to 1/2 of the
issuing body's name; as long as the Tiêu ngữ). The text is known only after
rendering, so a template marks each rule with a paragraph style and
:func:`fit_rules` sets the rule's indents from the width of the text above.
Widths come from Times New Roman metrics (:mod:`minutes.docx.fontmetrics`).
"""

from __future__ import annotations

import functools
import unicodedata

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from minutes.docx import fontmetrics
from minutes.docx.read import effective

RULE_STYLES = {"DuongKeNgan": 0.4, "DuongKeDai": 1.0}
"""Rule paragraph style id -> rule length as a fraction of the text above it."""

_TWIPS_PER_PT = 20


@functools.lru_cache(maxsize=4096)
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
    return _units(text, bold) * size_pt / 1000


@functools.lru_cache(maxsize=65536)
def _units(text: str, bold: bool) -> int:
    """The advance of ``text`` in thousandths of an em: words and names recur across
    documents, so each distinct text is measured once."""
    return sum(char_width(c, bold) for c in text)


_FORMATS: dict[tuple, object] = {}
"""Effective formats shared by all documents: keyed by the styles part, the paragraph's
properties and its first run's properties (documents of one template share them)."""
_MAX_FORMATS = 20000


def cached_format(p, document, cache: dict):
    """Return the effective format of paragraph element ``p``, computed once per distinct
    styles part, paragraph properties and first-run properties (the text is not part of it:
    read it from the paragraph). ``cache`` is the caller's per-document dict."""
    if None not in cache:
        cache[None] = hash(etree.tostring(document.styles.element))
    ppr = p.find(qn("w:pPr"))
    rpr = p.find(f"{qn('w:r')}/{qn('w:rPr')}")
    key = (cache[None], etree.tostring(ppr) if ppr is not None else b"",
           etree.tostring(rpr) if rpr is not None else b"")
    if key not in _FORMATS:
        if len(_FORMATS) >= _MAX_FORMATS:
            _FORMATS.clear()
        _FORMATS[key] = effective(Paragraph(p, document), document)
    return _FORMATS[key]


def fit_rules(document) -> int:
    """Set the length of every rule paragraph in ``document``; return how many were fitted.

    A rule is a paragraph whose style id is in :data:`RULE_STYLES`. Its length is
    that fraction of the widest line among the paragraphs just above it that share
    one style (a name split over lines counts its longest line), centred in the
    column that holds it.
    """
    section = document.sections[0]
    page_width = (section.page_width - section.left_margin - section.right_margin) // 635
    fitted = 0
    for style_el in document.element.body.iter(qn("w:pStyle")):
        ratio = RULE_STYLES.get(style_el.get(qn("w:val")))
        if ratio is None:
            continue
        p = style_el.getparent().getparent()
        column = _column_width(p, page_width)
        above = _text_width_above(p, document, column)
        if above:
            length = min(column, max(ratio * above, _TWIPS_PER_PT * 20))
            _set_indent(p, round((column - length) / 2))
            fitted += 1
    return fitted


def _column_width(p, page_width: int) -> int:
    """Return the width in twips available to paragraph ``p``: its cell, or the page."""
    tc = next((a for a in p.iterancestors(qn("w:tc"))), None)
    if tc is None:
        return page_width
    tcw = tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))
    return int(tcw.get(qn("w:w"))) if tcw is not None else page_width


def _text_width_above(p, document, column: int) -> float:
    """Return the widest line (twips) of the run of same-styled paragraphs above ``p``."""
    widest, style, formats = 0.0, None, {}
    for prev in p.itersiblings(qn("w:p"), preceding=True):
        fmt, text = cached_format(prev, document, formats), Paragraph(prev, document).text
        if not text.strip() or (style is not None and fmt.style_id != style):
            break
        style = fmt.style_id
        width = text_width_pt(text, fmt.size or 14.0, fmt.bold) * _TWIPS_PER_PT
        widest = max(widest, min(column, width))
    return widest


def _set_indent(p, twips: int) -> None:
    ind = p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:left"), str(twips))
    ind.set(qn("w:right"), str(twips))
