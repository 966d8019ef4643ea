"""Keep lines together that a văn thư would not see parted, after rendering.

- A lead-in line ending with ":" ("Thành phần tham dự:") keeps with the next one,
  as the numbered headings do through their style.
- The paragraph before the closing sentence keeps with it, so the page that is
  signed holds more than the closing line (the closing sentence already keeps
  with the signature table).
- A body paragraph whose last line would hold one short word ("0.", "ngày.") has
  its last two words tied with a no-break space, so the word never stands alone.
  Where the lines end is worked out with the Times New Roman metrics
  (:func:`minutes.docx.layout.text_width_pt`), greedily as Word and LibreOffice fill
  lines; a tie where none was needed costs nothing.
"""

from __future__ import annotations

from functools import partial

from minutes.docx.layout import text_width_pt
from minutes.docx.ooxml import (
    Page,
    after,
    child,
    column_width,
    indents,
    paragraph_properties,
    qn,
    styled_paragraphs,
)

BODY_STYLES = frozenset({"NoiDung", "MucNoiDung", "BangChu"})
"""Paragraph styles of the running text (and of the table's text cells)."""

NBSP = "\u00a0"
SHORT_LAST = 0.2
"""A last line narrower than this share of the column, holding one word, is a stray word."""
MARGINS = (0.98, 1.0, 1.02)
"""The column widths tried: the tie is made if the word is stray at any of them."""

_TWIPS_PER_PT = 20


def apply_keeps(page: Page) -> int:
    """Apply both rules to the body paragraphs of ``page``; return how many paragraphs changed."""
    page_width, changed = page.width, 0
    for p in styled_paragraphs(page.body, BODY_STYLES):
        text = "".join(t.text or "" for t in p.iter(qn("w:t"))).rstrip()
        lead_in = text.endswith(":")
        if lead_in:
            _keep_next(p)
        if _tie_if_stray(p, text, partial(page.format, p), page_width) or lead_in:
            changed += 1
    return changed + _keep_before_closing(page.body)


SIGNATURE_STYLES = ("ChuKyQuyenHan", "ChuKyChucVuDau", "ChuKyHoTen")


def _keep_before_closing(body) -> int:
    """Keep the body paragraph before the closing sentence with it; return 1 if done."""
    for tbl in body.iterchildren(qn("w:tbl")):
        styles = {el.get(qn("w:val")) for el in tbl.iter(qn("w:pStyle"))}
        if not styles & set(SIGNATURE_STYLES):
            continue
        closing = tbl.getprevious()
        before = closing.getprevious() if closing is not None and closing.tag == qn("w:p") else None
        if before is not None and before.tag == qn("w:p"):
            _keep_next(before)
            return 1
    return 0


def _keep_next(p) -> None:
    child(paragraph_properties(p), "w:keepNext", after("w:keepNext"))


def _tie_if_stray(p, text: str, format_of, page_width: int) -> bool:
    """Tie the last two words of ``p`` (its text ``text``) if its last line would hold one
    short word; ``format_of()`` gives its effective format."""
    words = text.split()
    if len(words) < 3 or NBSP in text[-20:]:
        return False
    fmt = format_of()
    width = (column_width(p, page_width) - indents(p) - _cell_margins(p)) / _TWIPS_PER_PT
    first = (fmt.first_indent_cm or 0) * 72 / 2.54
    size = fmt.size or 14.0
    sizes, space = [text_width_pt(w, size, fmt.bold) for w in words], text_width_pt(" ", size, fmt.bold)
    if sum(sizes) + space * (len(sizes) - 1) <= width * min(MARGINS) - first:
        return False  # one line at every width tried: no last line to be alone on
    if not any(_stray(sizes, space, width * m, first) for m in MARGINS):
        return False
    return _tie(p)


def stray_last_line(words: list[str], size: float, bold: bool, width: float, first: float = 0.0) -> bool:
    """True when greedy filling of ``words`` into lines of ``width`` pt (the first line
    ``first`` pt narrower) leaves one word, shorter than :data:`SHORT_LAST` of the
    column, alone on the last line.

    >>> words = "Số người tán thành: 22/22 (100%); không tán thành: 0; không biểu quyết: 0.".split()
    >>> stray_last_line(words, 14, False, 420), stray_last_line(words, 14, False, 400)
    (True, False)
    """
    return _stray([text_width_pt(w, size, bold) for w in words], text_width_pt(" ", size, bold), width, first)


def _stray(sizes: list[float], space: float, width: float, first: float) -> bool:
    """:func:`stray_last_line` on the words' widths (``space``: the width of a space)."""
    count, used, limit, lines = 1, sizes[0], width - first, 1
    for w in sizes[1:]:
        if used + space + w <= limit:
            used += space + w
            count += 1
        else:
            count, used, limit, lines = 1, w, width, lines + 1
    return lines > 1 and count == 1 and sizes[-1] < SHORT_LAST * width


def _tie(p) -> bool:
    """Replace the last space of ``p``'s text by a no-break space; False if none is found."""
    for t in reversed(list(p.iter(qn("w:t")))):
        text = (t.text or "").rstrip()
        cut = text.rfind(" ")
        if cut > 0:
            t.text = text[:cut] + NBSP + text[cut + 1:] + (t.text or "")[len(text):]
            return True
        if text:
            return False  # the last word stands in a run of its own: leave it
    return False


def _cell_margins(p) -> int:
    """Return the left + right cell margins (twips) of the table holding ``p`` (0 outside one)."""
    tbl = next(p.iterancestors(qn("w:tbl")), None)
    mar = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}") if tbl is not None else None
    if mar is None:
        return 0
    return sum(int(side.get(qn("w:w")) or 0) for side in mar if side.tag in (qn("w:left"), qn("w:right")))


