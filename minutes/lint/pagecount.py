"""How many pages a document prints on: what Word saved, else an estimate from the text.

Word writes the page count into docProps/app.xml each time it saves a file; the reader keeps
it as :attr:`~minutes.lint.model.Doc.pages`. A file written by another program has none, and
then :func:`page_count` estimates it from the text, sizes and line spacing of the paragraphs
(tables count their tallest cell per row) and the page breaks. The estimate only decides
whether a document is one page long (no page number needed) or longer.
"""

from __future__ import annotations

import math

from minutes.lint.model import Doc, Para

CHAR_EM = 0.47  # average width of a Times New Roman letter of Vietnamese text, in ems
LINE_EM = 1.15  # height of a single-spaced line, in ems
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def page_count(doc: Doc) -> int:
    """Return the number of pages of ``doc``, counted from the document itself.

    Word marks where each page ended when it last laid the text out (``w:lastRenderedPageBreak``
    inside the text): when there are such marks, their count tells the pages. Otherwise the
    count saved in docProps/app.xml is taken, unless the text plainly holds more pages (a cache
    left stale by a program that edited the text: "1 page" for eight), and without it the estimate.
    """
    rendered = rendered_pages(doc)
    if rendered > 1:
        return rendered
    guess = estimate(doc)
    if doc.pages and guess <= doc.pages + 1:
        return doc.pages
    return guess


def rendered_pages(doc: Doc) -> int:
    """1 + the page ends Word marked in the body when it last laid it out (0 when it marked none)."""
    tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lastRenderedPageBreak"
    body = doc.document.element.body
    marks = sum(1 for _ in body.iter(tag))
    return marks + 1 if marks else 0


def estimate(doc: Doc) -> int:
    """Estimate the page count from the body text (see the module docstring)."""
    sections = list(doc.document.sections)
    if not sections or sections[0].page_height is None:
        return 1
    section = sections[0]
    width = _pt(section.page_width) - _pt(section.left_margin) - _pt(section.right_margin)
    height = max(_pt(section.page_height) - _pt(section.top_margin) - _pt(section.bottom_margin), 100.0)
    total, breaks = 0.0, 0
    rows: dict[int, dict[int, float]] = {}  # id of a w:tr -> {column: height of its text}
    for p in doc.paras:
        breaks += _page_breaks(p)
        if p.row is None:
            total += _height(p, width)
            continue
        cells = max(len(p.row.findall(f"{_W}tc")), 1)
        per_cell = rows.setdefault(id(p.row), {})
        per_cell[p.col] = per_cell.get(p.col, 0.0) + _height(p, width / cells)
    total += sum(max(cells.values()) for cells in rows.values())
    return max(1, math.ceil(total / height) + breaks)


def _pt(length) -> float:
    return length.pt if length is not None else 0.0


def _height(p: Para, width: float) -> float:
    """Return the height of a paragraph in points."""
    visible = [r for r in p.runs if r.text.strip()]
    size = max((r.size for r in visible), default=11.0)
    per_line = max(int(width / (CHAR_EM * size)), 1)
    lines = sum(max(1, math.ceil(len(line) / per_line)) for line in (p.text.split("\n") or [""]))
    fmt = p.fmt
    value = fmt.line_value if fmt is not None else None
    if value and fmt.line_rule is not None and "EXACTLY" in str(fmt.line_rule):
        line = float(value)
    elif value and fmt.line_rule is not None and "AT_LEAST" in str(fmt.line_rule):
        line = max(float(value), LINE_EM * size)
    else:
        line = LINE_EM * size * (float(value) if value and value < 5 else 1.0)
    spacing = (fmt.space_before_pt + fmt.space_after_pt) if fmt is not None else 0.0
    return lines * line + spacing


def _page_breaks(p: Para) -> int:
    """Return the hard page breaks in a paragraph (and a break before it)."""
    count = 0
    for el in p.element.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if (tag == "br" and el.get(f"{_W}type") == "page") or (
                tag == "pageBreakBefore" and el.get(f"{_W}val", "1") not in ("0", "false")):
            count += 1
    return count
