"""WordprocessingML on plain lxml: names, text, page width and effective run format.

The passes that fit a rendered document (:mod:`~minutes.docx.columns`,
:mod:`~minutes.docx.linebreak`, :mod:`~minutes.docx.keeps`, :mod:`~minutes.docx.layout`)
work on lxml elements through this module, so a render needs neither python-docx nor
docxtpl. What it reads is read as python-docx reads it (``tests/docx/test_compiled.py``
checks every paragraph of every example against python-docx).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSMAP = {
    "w": W_NS,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_P, _PPR, _PSTYLE, _VAL = (f"{{{W_NS}}}{name}" for name in ("p", "pPr", "pStyle", "val"))
_TWIPS_PER_EMU = 635
_EMU_PER_CM = 360000


@functools.cache
def qn(name: str) -> str:
    """Return the Clark name of a prefixed name: ``qn("w:p")`` → ``{…/main}p``."""
    prefix, _, local = name.partition(":")
    return f"{{{NSMAP[prefix]}}}{local}"


PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
"""The children of ``w:pPr`` in the order the schema (and Word) wants them."""


def after(name: str, order: tuple[str, ...] = PPR_ORDER) -> tuple[str, ...]:
    """Return the names ``order`` puts after ``name``: where a new ``name`` goes before."""
    return order[order.index(name) + 1:]


def insert_in_order(parent, child, successors: tuple[str, ...]):
    """Insert ``child`` into ``parent`` before its first child named in ``successors`` (the
    elements the schema puts after it, looked up in that order as python-docx does), else
    at the end; return ``child``."""
    first: dict[str, Any] = {}
    for el in parent:
        first.setdefault(el.tag, el)
    follower = next((first[qn(s)] for s in successors if qn(s) in first), None)
    if follower is not None:
        follower.addprevious(child)
    else:
        parent.append(child)
    return child


def child(parent, name: str, successors: tuple[str, ...] = ()):
    """Return ``parent``'s child ``name``, adding an empty one in schema order if absent."""
    found = parent.find(qn(name))
    if found is None:
        found = insert_in_order(parent, parent.makeelement(qn(name), {}), successors)
    return found


def paragraph_properties(p):
    """Return ``p``'s ``w:pPr``, adding one as its first child if absent."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = p.makeelement(qn("w:pPr"), {})
        p.insert(0, ppr)
    return ppr


def style_id(p) -> str | None:
    """Return the style id set on paragraph ``p`` (None: none set)."""
    ppr = p.find(_PPR)
    el = ppr.find(_PSTYLE) if ppr is not None else None
    return el.get(_VAL) if el is not None else None


def styled_paragraphs(root, styles) -> list:
    """Return the paragraphs under ``root``, in document order, whose style id
    (:func:`style_id`) is one of ``styles``: found from the style marks, not by reading
    every paragraph."""
    found = []
    for mark in root.iter(_PSTYLE):
        if mark.get(_VAL) not in styles:
            continue
        ppr = mark.getparent()
        p = ppr.getparent() if ppr.tag == _PPR else None
        if p is not None and p.tag == _P and p.find(_PPR) is ppr and ppr.find(_PSTYLE) is mark:
            found.append(p)
    return found


def run_text(r) -> str:
    """Return the text of run ``r`` as python-docx gives it (tabs, breaks, hyphens)."""
    parts = []
    for el in r:
        tag = el.tag
        if tag == qn("w:t"):
            parts.append(el.text or "")
        elif tag in (qn("w:tab"), qn("w:ptab")):
            parts.append("\t")
        elif tag == qn("w:cr") or (tag == qn("w:br") and el.get(qn("w:type"), "textWrapping") == "textWrapping"):
            parts.append("\n")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def paragraph_text(p) -> str:
    """Return the text of paragraph ``p``: its runs and hyperlinks, as python-docx reads it."""
    parts = []
    for el in p:
        if el.tag == qn("w:r"):
            parts.append(run_text(el))
        elif el.tag == qn("w:hyperlink"):
            parts += [run_text(r) for r in el.iterchildren(qn("w:r"))]
    return "".join(parts)


def indents(p) -> int:
    """Return paragraph ``p``'s own left + right indent in twips."""
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    if ind is None:
        return 0
    return sum(int(ind.get(qn(side)) or 0) for side in ("w:left", "w:right"))


def column_width(p, page_width: int) -> int:
    """Return the width in twips available to paragraph ``p``: its cell, or the page."""
    tc = next(p.iterancestors(qn("w:tc")), None)
    if tc is None:
        return page_width
    tcw = tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))
    return int(tcw.get(qn("w:w"))) if tcw is not None else page_width


@dataclass(frozen=True, slots=True)
class RunFormat:
    """What the fitting passes need of a paragraph's look: its first non-empty run's
    size and weight, its first-line indent and its style (as :func:`minutes.docx.read.effective`)."""

    size: float | None
    bold: bool
    first_indent_cm: float
    style_id: str | None


@dataclass
class Page:
    """A rendered document's body and styles, as the fitting passes see them.

    ``styles`` is the styles part's root element, or a function returning it, called
    the first time a format is needed (python-docx adds a styles part when asked for one).
    """

    body: Any  # an lxml element (lxml ships no types)
    styles: Any = None
    _chains: dict = field(default_factory=dict)
    _formats: dict = field(default_factory=dict)

    @property
    def _styles(self):
        if callable(self.styles):
            self.styles = self.styles()
        return self.styles

    @functools.cached_property
    def width(self) -> int:
        """The text width of the first section in twips (page width less the side margins)."""
        sect = _first_section(self.body)
        size = sect.find(qn("w:pgSz")) if sect is not None else None
        mar = sect.find(qn("w:pgMar")) if sect is not None else None
        whole = _twips(size, "w:w") if size is not None else 12240
        left, right = (_twips(mar, "w:left"), _twips(mar, "w:right")) if mar is not None else (1800, 1800)
        return whole - left - right

    def format(self, p) -> RunFormat:
        """Return the :class:`RunFormat` of paragraph element ``p``."""
        size, bold, indent, sid = self._style_format(style_id(p))
        rpr = _text_run_properties(p)
        own_size, own_bold = _size(rpr), _on_off(rpr, "w:b")
        own_indent = _first_indent(p.find(qn("w:pPr")))
        indent = own_indent if own_indent is not None else indent
        return RunFormat(
            size=own_size if own_size is not None else size,
            bold=bool(own_bold if own_bold is not None else bold),
            first_indent_cm=indent * _TWIPS_PER_EMU / _EMU_PER_CM if indent is not None else 0.0,
            style_id=sid,
        )

    def _style_format(self, sid: str | None) -> tuple:
        """(size, bold, first-line indent, style id) a paragraph of style ``sid`` gets from its
        style chain, before its own run and paragraph properties."""
        if sid not in self._formats:
            chain = self._chain(sid)
            size = _first([_size(s.find(qn("w:rPr"))) for s in chain])
            self._formats[sid] = (
                size if size is not None else self._default_size(),
                _first([_on_off(s.find(qn("w:rPr")), "w:b") for s in chain]),
                _first([_first_indent(s.find(qn("w:pPr"))) for s in chain]),
                chain[0].get(qn("w:styleId")) if chain else "",
            )
        return self._formats[sid]

    def _chain(self, sid: str | None) -> tuple:
        """The paragraph style ``sid`` resolves to and its base styles (python-docx's rules:
        an unknown id or a style of another type gives the default paragraph style)."""
        if sid not in self._chains:
            style = self._by_id(sid) if sid is not None else None
            if style is None or style.get(qn("w:type")) != "paragraph":
                style = self._default()
            chain, seen = [], set()
            while style is not None and id(style) not in seen:  # a basedOn circle ends here
                seen.add(id(style))
                chain.append(style)
                based = style.find(qn("w:basedOn"))
                style = self._by_id(based.get(qn("w:val"))) if based is not None else None
            self._chains[sid] = tuple(chain)
        return self._chains[sid]

    def _by_id(self, sid: str):
        if self._styles is None:
            return None
        return next((s for s in self._styles.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == sid), None)

    def _default(self):
        if self._styles is None:
            return None
        found = [s for s in self._styles.iterchildren(qn("w:style"))
                 if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) == "1"]
        return found[-1] if found else None

    def _default_size(self) -> float | None:
        if self._styles is None:
            return None
        sz = self._styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
        return int(sz.get(qn("w:val"))) / 2 if sz is not None else None


def _first_section(body):
    """The ``w:sectPr`` of the first section: the first one in a paragraph, else the body's own."""
    found = body.find(f"{qn('w:p')}/{qn('w:pPr')}/{qn('w:sectPr')}")
    return found if found is not None else body.find(qn("w:sectPr"))


def _text_run_properties(p):
    """The ``w:rPr`` of the run whose format a paragraph shows: its first run with visible
    text, else its first run (python-docx's ``runs``: the paragraph's own ``w:r`` children)."""
    first = None
    for r in p.iterchildren(qn("w:r")):
        if first is None:
            first = r
        if any((t.text or "").strip() for t in r.iterchildren(qn("w:t"))) or r.find(qn("w:noBreakHyphen")) is not None:
            return r.find(qn("w:rPr"))
    return first.find(qn("w:rPr")) if first is not None else None


def _first(values):
    return next((v for v in values if v is not None), None)


def _twips(el, name: str) -> int:
    value = el.get(qn(name))
    return int(value) if value is not None else 0


def _size(rpr) -> float | None:
    """A run property's size in points (half-points in the XML), None when unset."""
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    if sz is None:
        return None
    value = sz.get(qn("w:val"))
    return _universal_pt(value) if value and not value.isdigit() else int(value) / 2


def _universal_pt(value: str) -> float:
    """A measure written with its unit ("14pt", "0.5in") in points."""
    per = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, "pc": 12.0, "pi": 12.0}
    return float(value[:-2]) * per[value[-2:]]


def _on_off(rpr, name: str) -> bool | None:
    """A toggle property (``w:b``): True when set without a value or on, False when off."""
    el = rpr.find(qn(name)) if rpr is not None else None
    if el is None:
        return None
    value = el.get(qn("w:val"))
    return True if value is None else value in ("1", "true", "on")


def _first_indent(ppr) -> int | None:
    """The first-line indent in twips (a hanging indent negative), None when unset."""
    ind = ppr.find(qn("w:ind")) if ppr is not None else None
    if ind is None:
        return None
    hanging, first = ind.get(qn("w:hanging")), ind.get(qn("w:firstLine"))
    if hanging is not None:
        return -int(hanging)
    return int(first) if first is not None else None
