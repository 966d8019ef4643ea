"""Read the effective formatting of a .docx paragraph, as Word would apply it.

python-docx reports only what a paragraph or run sets directly; what the
secretary sees comes from the run, the paragraph, the style chain and the
document defaults. :func:`effective` resolves that chain. The tests and
``minutes lint`` both use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle, CharacterStyle


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


def _chain(style: CharacterStyle | None) -> Iterator[CharacterStyle]:
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

    def __init__(self, document: Document) -> None:
        self.by_id: dict[str | None, BaseStyle] = {}
        for style in document.styles:
            self.by_id.setdefault(style.style_id, style)
        self._chains: dict[str | None, tuple] = {}
        self._values: dict[tuple, dict] = {}

    def chain(self, style_id: str | None) -> tuple:
        """The style ``style_id`` and its bases, nearest first; () when there is no such style."""
        if style_id not in self._chains:
            out: list = []
            seen: set[str] = set()
            style = self.by_id.get(style_id)
            while style is not None and style.style_id not in seen and len(out) < MAX_CHAIN:
                seen.add(style.style_id)
                out.append(style)
                style = self.by_id.get(style.element.basedOn_val)
            self._chains[style_id] = tuple(out)
        return self._chains[style_id]

    def values(self, chain: tuple) -> dict:
        """:func:`style_values` of ``chain`` (a chain of this document), worked out once."""
        key = tuple(s.style_id for s in chain)
        if key not in self._values:
            self._values[key] = style_values(chain)
        return self._values[key]


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


_FONT = ("size", "bold", "italic", "underline")
_PARAGRAPH = ("alignment", "first_line_indent", "space_before", "space_after", "line_spacing_rule", "line_spacing")


def style_values(styles) -> dict:
    """The first value each font and paragraph attribute has along the style chain ``styles``."""
    fmts = [s.paragraph_format for s in styles]
    values = {name: _first(getattr(s.font, name) for s in styles) for name in _FONT}
    return values | {name: _first(getattr(f, name) for f in fmts) for name in _PARAGRAPH}


def effective(paragraph, document, styles=None, chains: StyleChains | None = None) -> Format:
    """Return the :class:`Format` a reader sees for ``paragraph`` of ``document``.

    ``styles`` is its paragraph style's chain when the caller has it; with ``chains`` (the
    :class:`StyleChains` it came from) what the chain gives is worked out once per style.
    """
    styles = tuple(_chain(paragraph.style)) if styles is None else tuple(styles)
    base = chains.values(styles) if chains is not None else style_values(styles)
    run = _run(paragraph)
    own = paragraph.paragraph_format
    para = {name: _first((getattr(own, name), base[name])) for name in _PARAGRAPH}
    font = {name: _first((getattr(run.font, name) if run is not None else None, base[name])) for name in _FONT}
    value = para["line_spacing"]
    if value is not None and not isinstance(value, float):
        value = value.pt
    indent = para["first_line_indent"]
    return Format(
        text=paragraph.text,
        size=font["size"].pt if font["size"] is not None else _defaults_size(document),
        bold=bool(font["bold"]),
        italic=bool(font["italic"]),
        underline=bool(font["underline"]),
        alignment=para["alignment"],
        first_indent_cm=indent.cm if indent is not None else 0.0,
        space_before_pt=_points(para["space_before"]),
        space_after_pt=_points(para["space_after"]),
        line_rule=para["line_spacing_rule"],
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
                cells, i = row.cells, 0
                while i < len(cells):  # a merged cell is listed once per grid column it spans
                    yield from iter_paragraphs(cells[i])
                    i += cells[i].grid_span


def document_text(document) -> str:
    """Return the document's text, one paragraph per line, tables read row by row."""
    return "\n".join(p.text for p in iter_paragraphs(document))


def rule_length_twips(paragraph, column_twips: int) -> int | None:
    """Return the length of a rule paragraph's top border, or None when it has no border."""
    ppr = paragraph.paragraph_format.element.pPr  # the w:p's own w:pPr
    styles = list(_chain(paragraph.style))
    bordered = [ppr, *(s.element.pPr for s in styles)]
    if not any(p is not None and p.find(f"{qn('w:pBdr')}/{qn('w:top')}") is not None for p in bordered):
        return None
    left, right = paragraph.paragraph_format.left_indent, paragraph.paragraph_format.right_indent
    return column_twips - (left.twips if left else 0) - (right.twips if right else 0)
