"""Every example x document x style as .docx and PDF, converted in ONE LibreOffice run.

:func:`make_batch` renders each case, converts them all in one call of
:func:`minutes.pdf.convert.convert_to_pdf` (PDF/A-2b) and returns them; the pages
are read back with pdfplumber on first use (:attr:`Printed.lines`). The session
fixture ``printed`` in tests/conftest.py calls it once per test session.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from conftest import EXAMPLES, MINIMAL

STYLES = ("state", "party", "youth")
TABLE_ROWS = 45
"""Indicators in the long-table outline: enough for the table to run over a page."""


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float


@dataclass(frozen=True)
class Line:
    """Words on one baseline with no wide gap: one line of one column."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)


@dataclass(frozen=True)
class Printed:
    """One case: its outline, document name, .docx and PDF."""

    case: str
    example: str
    style: str
    document: str
    outline: object
    docx: Path
    pdf: Path

    @functools.cached_property
    def lines(self) -> list[list[Line]]:
        """The lines of each page, top to bottom, left to right."""
        import pdfplumber

        with pdfplumber.open(self.pdf) as pdf:
            return [page_lines(page.extract_words(extra_attrs=["fontname", "size"])) for page in pdf.pages]


def page_lines(raw: list[dict], gap: float = 14.0) -> list[Line]:
    """Group pdfplumber words into lines: same baseline, split where the gap is wider than ``gap`` pt."""
    words = [Word(unicodedata.normalize("NFC", w["text"]), w["x0"], w["x1"], w["top"], w["bottom"],
                  "Bold" in w["fontname"], round(w["size"], 1)) for w in raw]
    rows: dict[float, list[Word]] = {}
    for w in sorted(words, key=lambda w: (round(w.bottom), w.x0)):
        key = next((k for k in rows if abs(k - w.bottom) < 1.5), w.bottom)
        rows.setdefault(key, []).append(w)
    lines = []
    for key in sorted(rows):
        row = sorted(rows[key], key=lambda w: w.x0)
        current = [row[0]]
        for w in row[1:]:
            if w.x0 - current[-1].x1 > gap:
                lines.append(Line(tuple(current)))
                current = []
            current.append(w)
        lines.append(Line(tuple(current)))
    return lines


def row_name(n: int) -> str:
    """The name of indicator ``n``: long enough to wrap in its cell, with ``n`` at both ends."""
    return f"Chỉ tiêu {n} về công tác tuyên truyền, vận động đoàn viên, hội viên, mã {n}"


def long_table_outline(style: str):
    """An outline whose indicator table runs over a page break."""
    from minutes.outline import load_outline

    rows = "\n".join(f"  - {{name: '{row_name(n)}', value: {n * 1000}, unit: người, previous: {n * 900}}}"
                     for n in range(1, TABLE_ROWS + 1))
    text = MINIMAL + f"style: {style}\nplace: Tây Ninh\nindicators:\n{rows}\n"
    return load_outline("bang-dai.yaml", data=text.encode("utf-8"))


def cases():
    """Yield (case id, example, style, document name, outline) for every case."""
    from minutes.documents.kinds import DOCUMENTS
    from minutes.outline import load_outline

    for path in EXAMPLES:
        outline = load_outline(path)
        for style in STYLES:
            styled = dataclasses.replace(outline, style=style)
            for doc in DOCUMENTS:
                if doc.has_data(styled):
                    yield f"{path.stem}.{doc.name}.{style}", path.stem, style, doc.name, styled
    for style in STYLES:
        yield f"bang-dai.bien-ban.{style}", "bang-dai", style, "bien-ban", long_table_outline(style)


def make_batch(folder: Path) -> dict[str, Printed]:
    """Render every case into ``folder`` and convert all of them in one LibreOffice run."""
    from minutes.docx.render import render_bytes
    from minutes.pdf.convert import convert_to_pdf

    made = {}
    for case, example, style, document, outline in cases():
        docx = folder / f"{case}.docx"
        docx.write_bytes(render_bytes(outline, document))
        made[case] = (example, style, document, outline, docx)
    pdfs = convert_to_pdf([entry[-1] for entry in made.values()])
    return {case: Printed(case, *entry, pdf) for (case, entry), pdf in zip(made.items(), pdfs)}


def flat(text: str) -> str:
    """NFC text with every run of white space (no-break spaces too) made one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
