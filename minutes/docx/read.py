"""Read the effective formatting of a .docx paragraph, as Word would apply it.

python-docx reports only what a paragraph or run sets directly; what the
secretary sees comes from the run, the paragraph, the style chain and the
document defaults. :func:`effective` resolves that chain. The tests and
``minutes lint`` both use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn


@dataclass(frozen=True, slots=True)
class Format:
    """Effective formatting of a paragraph's text (its first non-empty run)."""

    text: str
    size: float | None  # pt
    bold: bool
    italic: bool
    underline: bool
    alignment: WD_ALIGN_PARAGRAPH | None
    first_indent_cm: float
    space_before_pt: float
    space_after_pt: float
    line_rule: WD_LINE_SPACING | None
    line_value: float | None  # a multiple for "auto" spacing, points for exact/at least
    style_id: str


MAX_CHAIN = 64
"""The most styles of a ``basedOn`` chain read (the safe reader refuses deeper chains)."""


def _chain(style):
    """Yield ``style`` and its bases, nearest first; a circle of styles ends the chain."""
    seen: set[int] = set()
    while style is not None and id(style.element) not in seen and len(seen) < MAX_CHAIN:
        seen.add(id(style.element))
        yield style
        style = style.base_style


class StyleChains:
    """Every style of a document by id, and each style's ``basedOn`` chain, built once.

    python-docx finds a style by a search through all styles, and ``base_style`` does that
    again at each step; here each chain costs one dictionary look-up per step, is computed
    once per style, stops where a circle closes and at :data:`MAX_CHAIN` styles.
    """

    def __init__(self, document):
        self.by_id = {}
        for style in document.styles:
            self.by_id.setdefault(style.style_id, style)
        self._chains: dict[str | None, tuple] = {}

    def chain(self, style_id: str | None) -> tuple:
        """The style ``style_id`` and its bases, nearest first; () when there is no such style."""
        if style_id not in self._chains:
            out, seen, style = [], set(), self.by_id.get(style_id)
            while style is not None and style.style_id not in seen and len(out) < MAX_CHAIN:
                seen.add(style.style_id)
                out.append(style)
                style = self.by_id.get(style.element.basedOn_val)
            self._chains[style_id] = tuple(out)
        return self._chains[style_id]


def _first(values, default=None):
    return next((v for v in values if v is not None), default)


def _points(length) -> float:
    """Return a python-docx Length in points; 0 for None (nothing set anywhere)."""
    return length.pt if length is not None else 0.0


def _defaults_size(document) -> float | None:
    sz = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    return int(sz.get(qn("w:val"))) / 2 if sz is not None else None


def _run(paragraph):
    return next((r for r in paragraph.runs if r.text.strip()), paragraph.runs[0] if paragraph.runs else None)


def _run_attr(run, styles, name):
    own = getattr(run.font, name) if run is not None else None
    return _first([own, *(getattr(s.font, name) for s in styles)])


def _line(paragraph, styles):
    fmts = [paragraph.paragraph_format, *(s.paragraph_format for s in styles)]
    rule = _first(f.line_spacing_rule for f in fmts)
    value = _first(f.line_spacing for f in fmts)
    if value is not None and not isinstance(value, float):
        value = value.pt
    return rule, value


def effective(paragraph, document, styles=None) -> Format:
    """Return the :class:`Format` a reader sees for ``paragraph`` of ``document``; ``styles``
    is its paragraph style's chain when the caller has it (:class:`StyleChains`)."""
    styles = list(_chain(paragraph.style)) if styles is None else list(styles)
    run = _run(paragraph)
    fmts = [paragraph.paragraph_format, *(s.paragraph_format for s in styles)]
    size = _run_attr(run, styles, "size")
    indent = _first(f.first_line_indent for f in fmts)
    rule, value = _line(paragraph, styles)
    return Format(
        text=paragraph.text,
        size=size.pt if size is not None else _defaults_size(document),
        bold=bool(_run_attr(run, styles, "bold")),
        italic=bool(_run_attr(run, styles, "italic")),
        underline=bool(_run_attr(run, styles, "underline")),
        alignment=_first(f.alignment for f in fmts),
        first_indent_cm=indent.cm if indent is not None else 0.0,
        space_before_pt=_points(_first(f.space_before for f in fmts)),
        space_after_pt=_points(_first(f.space_after for f in fmts)),
        line_rule=rule,
        line_value=value,
        style_id=styles[0].style_id if styles else "",
    )


def iter_paragraphs(container):
    """Yield every paragraph of a document or cell in reading order, including table cells."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iter_inner_content():
        if isinstance(child, Paragraph):
            yield child
        elif isinstance(child, Table):
            for row in child.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        yield from iter_paragraphs(cell)


def document_text(document) -> str:
    """Return the document's text, one paragraph per line, tables read row by row."""
    return "\n".join(p.text for p in iter_paragraphs(document))


def rule_length_twips(paragraph, column_twips: int) -> int | None:
    """Return the length of a rule paragraph's top border, or None when it has no border."""
    ppr = paragraph._p.pPr
    styles = list(_chain(paragraph.style))
    bordered = [ppr, *(s.element.pPr for s in styles)]
    if not any(p is not None and p.find(f"{qn('w:pBdr')}/{qn('w:top')}") is not None for p in bordered):
        return None
    left, right = paragraph.paragraph_format.left_indent, paragraph.paragraph_format.right_indent
    return column_twips - (left.twips if left else 0) - (right.twips if right else 0)
