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

from minutes.docx.layout import text_width_pt
from minutes.docx.ooxml import Page, after, child, column_width, indents, qn, style_id, styled_paragraphs
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


def break_paragraphs(page: Page) -> int:
    """Split each too-wide paragraph of :data:`BREAK_STYLES` of ``page``; return how many."""
    page_width, broken = page.width, 0
    for p in styled_paragraphs(page.body, BREAK_STYLES):
        style = style_id(p) or ""  # styled_paragraphs found it by its style id
        if _has_sibling_line(p, style) or len(_texts(p)) != 1:
            continue
        fmt = page.format(p)
        width_pt = (column_width(p, page_width) - indents(p)) / _TWIPS_PER_PT * SAFETY
        lines = break_name(_texts(p)[0].text.strip(), fmt.size or 14.0, fmt.bold, width_pt)
        if len(lines) > 1:
            _split(p, lines)
            broken += 1
    return broken


def _has_sibling_line(p, style: str) -> bool:
    """True when the paragraph just before or after ``p`` has the same style (lines given)."""
    for sibling in (p.getprevious(), p.getnext()):
        if sibling is not None and sibling.tag == qn("w:p") and style_id(sibling) == style:
            return True
    return False


def _texts(p) -> list:
    """Return the text elements of ``p`` holding text (a plain paragraph has one)."""
    return [t for t in p.iter(qn("w:t")) if t.text and t.text.strip()]


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
    child(p.find(qn("w:pPr")), "w:spacing", after("w:spacing")).set(qn("w:before"), "0")
