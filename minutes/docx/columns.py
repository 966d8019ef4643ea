"""Size the signature table's columns from what they hold, after rendering.

The Nơi nhận items sit in the left column at 11-12 pt. A short entry such as
"- Thường trực Huyện ủy (b/c);" should never wrap in its middle: when the widest
item does not fit, :func:`fit_signature_columns` widens the left column, taking
the room from the signer's column on the right, which keeps at least
:data:`RIGHT_MIN_MM` (enough for "CHỦ TRÌ HỘI NGHỊ", a name, and a "TM." line broken by meaning).
"""

from __future__ import annotations

from minutes.docx.layout import text_width_pt
from minutes.docx.ooxml import Page, qn, styled_paragraphs

ITEM_STYLE = "NoiNhanMuc"
RIGHT_MIN_MM = 60.0
PAD_PT = 3.0
"""Room left beside the widest item (rounding in Word and LibreOffice)."""

_TWIPS_PER_PT = 20
_TWIPS_PER_MM = 1440 / 25.4


def fit_signature_columns(page: Page) -> int:
    """Widen the Nơi nhận column of each table holding it where an item would wrap; return
    how many tables changed."""
    changed = 0
    for tbl in page.body.iter(qn("w:tbl")):
        items = styled_paragraphs(tbl, {ITEM_STYLE})
        if not items:
            continue
        grid = tbl.find(qn("w:tblGrid"))
        cols = grid.findall(qn("w:gridCol")) if grid is not None else []
        if not all((c.get(qn("w:w")) or "").isdigit() for c in cols):
            continue  # no grid, or widths not in twips: Word sizes the columns itself
        widths = [int(c.get(qn("w:w"))) for c in cols]
        column = _column_index(items[0])
        if column is None or len(widths) < 2 or column == len(widths) - 1:
            continue
        needed = max(_width_pt(p, page) for p in items) + PAD_PT
        extra = round(needed * _TWIPS_PER_PT) - widths[column]
        spare = widths[-1] - round(RIGHT_MIN_MM * _TWIPS_PER_MM)
        grow = min(extra, spare)
        if grow <= 0:
            continue
        widths[column] += grow
        widths[-1] -= grow
        _set_widths(tbl, cols, widths)
        changed += 1
    return changed


def _column_index(p) -> int | None:
    """Return the grid column of the cell holding ``p`` (gridSpan counted)."""
    tc = next(p.iterancestors(qn("w:tc")), None)
    if tc is None:
        return None
    index = 0
    for sibling in tc.itersiblings(qn("w:tc"), preceding=True):
        span = sibling.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        index += int(span.get(qn("w:val"))) if span is not None else 1
    return index


def _width_pt(p, page: Page) -> float:
    """Return the printed width of paragraph ``p`` on one line, indents included."""
    fmt = page.format(p)
    indent = (fmt.first_indent_cm or 0) * 72 / 2.54
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    return text_width_pt(text, fmt.size or 12.0, fmt.bold) + max(indent, 0)


def _set_widths(tbl, cols, widths: list[int]) -> None:
    """Write ``widths`` (twips) to the grid and to every cell of ``tbl``'s own rows."""
    for col, width in zip(cols, widths):
        col.set(qn("w:w"), str(width))
    for tr in tbl.iterchildren(qn("w:tr")):
        for tc, width in zip(tr.iterchildren(qn("w:tc")), widths):
            tcw = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            if tcw is not None:
                tcw.set(qn("w:w"), str(width))
                tcw.set(qn("w:type"), "dxa")
