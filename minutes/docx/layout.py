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

from minutes.docx import fontmetrics
from minutes.docx.ooxml import (
    Page,
    after,
    child,
    column_width,
    paragraph_properties,
    paragraph_text,
    qn,
    style_id,
    styled_paragraphs,
)

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


@functools.lru_cache(maxsize=8192)
def _units(text: str, bold: bool) -> int:
    """The advance of ``text`` in thousandths of an em: words and names recur across
    documents, so each distinct text is measured once."""
    return sum(char_width(c, bold) for c in text)


def fit_rules(page: Page) -> int:
    """Set the length of every rule paragraph of ``page``; return how many were fitted.

    A rule is a paragraph whose style id is in :data:`RULE_STYLES`. Its length is
    that fraction of the widest line among the paragraphs just above it that share
    one style (a name split over lines counts its longest line), centred in the
    column that holds it.
    """
    page_width, fitted = page.width, 0
    for p in styled_paragraphs(page.body, RULE_STYLES):
        ratio = RULE_STYLES[style_id(p) or ""]  # styled_paragraphs found it by its style id
        column = column_width(p, page_width)
        above = _text_width_above(p, page, column)
        if above:
            length = min(column, max(ratio * above, _TWIPS_PER_PT * 20))
            _set_indent(p, round((column - length) / 2))
            fitted += 1
    return fitted


def _text_width_above(p, page: Page, column: int) -> float:
    """Return the widest line (twips) of the run of same-styled paragraphs above ``p``."""
    widest, style = 0.0, None
    for prev in p.itersiblings(qn("w:p"), preceding=True):
        fmt, text = page.format(prev), paragraph_text(prev)
        if not text.strip() or (style is not None and fmt.style_id != style):
            break
        style = fmt.style_id
        width = text_width_pt(text, fmt.size or 14.0, fmt.bold) * _TWIPS_PER_PT
        widest = max(widest, min(column, width))
    return widest


def _set_indent(p, twips: int) -> None:
    ind = child(paragraph_properties(p), "w:ind", after("w:ind"))
    ind.set(qn("w:left"), str(twips))
    ind.set(qn("w:right"), str(twips))
