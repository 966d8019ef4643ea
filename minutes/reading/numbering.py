"""Word's automatic numbering, written out as the label the reader sees.

A paragraph numbered by Word (Home → Numbering or Bullets) carries no "1." in its
text: the label comes from numbering.xml. :class:`Numbering` counts the paragraphs
of each list in document order and returns the label ("1.", "a)", "II.") and the
level, so that a list Word numbered reads the same as one typed by hand. Bullets
are written "-" at the top level and "+" below it, as offices type them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from minutes.docx.damage import DAMAGED
from minutes.vietnamese.format import roman

if TYPE_CHECKING:
    from docx.document import Document

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Level:
    """One level of a list definition: number format, label pattern, first number."""

    fmt: str  # decimal, lowerLetter, upperRoman, bullet…
    text: str  # "%1." "%1.%2." "%2)" or the bullet character
    start: int
    indent: int  # left indent in twips: how deep the level looks on the page


class Numbering:
    """Labels of automatically numbered paragraphs, counted in document order."""

    def __init__(self, document: Document) -> None:
        try:
            root = document.part.numbering_part.element
        except DAMAGED:  # no numbering part: nothing is numbered
            root = None
        self.abstract: dict[str | None, dict[int, Level]] = {}  # abstractNumId -> {ilvl: Level}
        # numId -> (abstractNumId, {ilvl: start override})
        self.nums: dict[str | None, tuple[str | None, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self._styled: dict[int, tuple] = {}  # id(style) -> (the style, the w:numPr its chain gives, or None)
        if root is not None:
            self._read(root)

    def _read(self, root) -> None:
        for abstract in root.iterchildren(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.iterchildren(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                ind = lvl.find(f"{_W}pPr/{_W}ind")
                left = ind.get(f"{_W}left", ind.get(f"{_W}start")) if ind is not None else None
                indent = int(left) if left and left.lstrip("-").isdigit() else (ilvl + 1) * 720
                levels[ilvl] = Level(_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""),
                                     int(_val(lvl, "start", "1") or 1), indent)
            self.abstract[abstract.get(f"{_W}abstractNumId")] = levels
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            overrides = {}
            for over in num.iterchildren(f"{_W}lvlOverride"):
                start = over.find(f"{_W}startOverride")
                if start is not None:
                    overrides[int(over.get(f"{_W}ilvl", "0"))] = int(start.get(f"{_W}val", "1"))
            if ref is not None:
                self.nums[num.get(f"{_W}numId")] = (ref.get(f"{_W}val"), overrides)

    def label(self, p, style) -> tuple[str, int | None]:
        """Return (label, indent) of the w:p ``p`` (paragraph style ``style``); ("", None) if not numbered.

        The indent (twips) tells the levels apart: Word's "List Bullet 2" is a list of its own at
        level 0, set further in."""
        num_id, ilvl = self._num_pr(p, style)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return "", None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return "", None
        if level.fmt == "bullet" or level.fmt == "none":
            return ("-" if ilvl == 0 else "+") if level.fmt == "bullet" else "", level.indent
        counts = self.counters.setdefault(num_id, {})
        start = overrides.get(ilvl, level.start)
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        text = level.text
        for n in range(8, -1, -1):
            if f"%{n + 1}" in text:
                lvl = levels.get(n, level)
                value = counts.get(n, lvl.start)
                text = text.replace(f"%{n + 1}", number_text(value, lvl.fmt))
        return text.strip(), level.indent

    def _num_pr(self, p, style) -> tuple[str | None, int]:
        """The numId and level of ``p``: its own numPr, else its style's (nearest first; the
        styles' share is found once per style)."""
        ppr = p.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is None and style is not None:
            found = self._styled.get(id(style))
            if found is None or found[0] is not style:
                found = self._styled[id(style)] = (style, _style_num_pr(style))
            numpr = found[1]
        return _num_id_level(numpr)


def number_text(value: int, fmt: str) -> str:
    """The number ``value`` in Word's format ``fmt`` (decimal, lowerLetter, upperRoman…)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        text = letters[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        thousands, rest = divmod(max(value, 1), 1000)  # roman() stops at 3999; Word does not
        out = "M" * thousands + (roman(rest) if rest else "")
        return out if fmt == "upperRoman" else out.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _val(element, tag: str, default: str) -> str:
    child = element.find(f"{_W}{tag}")
    return child.get(f"{_W}val", default) if child is not None else default


def _style_num_pr(style):
    """The w:numPr of ``style`` or of the nearest of its bases that has one; None."""
    seen: list = []
    numpr = None
    while numpr is None and style is not None and style not in seen:
        seen.append(style)
        spp = style.element.find(f"{_W}pPr")
        numpr = spp.find(f"{_W}numPr") if spp is not None else None
        style = style.base_style
    return numpr


def _num_id_level(numpr) -> tuple[str | None, int]:
    """The numId and level a w:numPr gives ((None, 0) for none)."""
    if numpr is None:
        return None, 0
    num = numpr.find(f"{_W}numId")
    lvl = numpr.find(f"{_W}ilvl")
    return (num.get(f"{_W}val") if num is not None else None), int(lvl.get(f"{_W}val", "0")) if lvl is not None else 0
