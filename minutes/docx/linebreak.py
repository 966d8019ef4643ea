"""Break agency names, signer lines and the trích yếu by meaning, after rendering.

Word wraps a long name wherever the column ends ("ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN / THỂ
HUYỆN"). :func:`break_paragraphs` finds every paragraph of :data:`BREAK_STYLES` that
is wider than its column and splits it into balanced lines at places that keep
the meaning (:mod:`minutes.vietnamese.linebreak`), one paragraph per line, as the
template's own ``name_lines`` loop does. Widths come from the Times New Roman
metrics (:func:`minutes.docx.layout.text_width_pt`) and the real cell width.

Lines the outline gives (a name written on two lines) win: a paragraph with a
sibling of the same style next to it is left as it is.
"""

from __future__ import annotations

import copy

from docx.oxml.ns import qn

from minutes.docx.layout import _column_width, cached_format, text_width_pt
from minutes.vietnamese.linebreak import break_lines

BREAK_STYLES = frozenset({"CoQuanChuQuan", "CoQuanBanHanh", "ChuKyQuyenHan", "ChuKyChucVu",
                          "ChuKyChucVuDau", "TrichYeu"})
"""Paragraph styles whose text is broken by meaning when it does not fit its column."""

SAFETY = 0.97
"""Share of the column a line may fill: leaves room for Word's and LibreOffice's rounding."""

_TWIPS_PER_PT = 20


def break_name(text: str, size_pt: float, bold: bool, width_pt: float) -> list[str]:
    """Return ``text`` set in Times New Roman at ``size_pt`` as balanced lines no wider
    than ``width_pt``, never split inside a word of two syllables or after an
    administrative unit (see :func:`minutes.vietnamese.linebreak.break_lines`).

    >>> break_name("ĐẢNG BỘ CÁC CƠ QUAN ĐOÀN THỂ HUYỆN", 14, True, 221)
    ['ĐẢNG BỘ CÁC CƠ QUAN', 'ĐOÀN THỂ HUYỆN']
    """
    return break_lines(text, lambda t: text_width_pt(t, size_pt, bold), width_pt)


def break_paragraphs(document) -> int:
    """Split each too-wide paragraph of :data:`BREAK_STYLES` in ``document``; return how many."""
    section = document.sections[0]
    page_width = (section.page_width - section.left_margin - section.right_margin) // 635
    broken, formats = 0, {}
    for p in list(document.element.body.iter(qn("w:p"))):
        style = _style_id(p)
        if style not in BREAK_STYLES or _has_sibling_line(p, style) or len(_texts(p)) != 1:
            continue
        fmt = cached_format(p, document, formats)
        width_pt = (_column_width(p, page_width) - _indents(p)) / _TWIPS_PER_PT * SAFETY
        lines = break_name(_texts(p)[0].text.strip(), fmt.size or 14.0, fmt.bold, width_pt)
        if len(lines) > 1:
            _split(p, lines)
            broken += 1
    return broken


def _style_id(p) -> str | None:
    el = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return el.get(qn("w:val")) if el is not None else None


def _has_sibling_line(p, style: str) -> bool:
    """True when the paragraph just before or after ``p`` has the same style (lines given)."""
    for sibling in (p.getprevious(), p.getnext()):
        if sibling is not None and sibling.tag == qn("w:p") and _style_id(sibling) == style:
            return True
    return False


def _texts(p) -> list:
    """Return the text elements of ``p`` holding text (a plain paragraph has one)."""
    return [t for t in p.iter(qn("w:t")) if t.text and t.text.strip()]


def _indents(p) -> int:
    """Return the paragraph's own left + right indent in twips."""
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    if ind is None:
        return 0
    return sum(int(ind.get(qn(side)) or 0) for side in ("w:left", "w:right"))


def _split(p, lines: list[str]) -> None:
    """Make ``p`` hold ``lines[0]`` and insert a copy after it for each further line."""
    _texts(p)[0].text = lines[0]
    anchor = p
    for line in lines[1:]:
        twin = copy.deepcopy(p)
        _texts(twin)[0].text = line
        _no_space_before(twin)
        anchor.addnext(twin)
        anchor = twin


def _no_space_before(p) -> None:
    """Give a continuation line no space before it (its style may add some to the first)."""
    ppr = p.find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    if spacing is None:
        spacing = ppr.makeelement(qn("w:spacing"), {})
        later = [qn(t) for t in ("w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
                                 "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")]
        follower = next((c for c in ppr if c.tag in later), None)
        if follower is not None:
            follower.addprevious(spacing)
        else:
            ppr.append(spacing)
    spacing.set(qn("w:before"), "0")
