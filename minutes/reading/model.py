"""The document model a read .docx becomes: paragraphs, runs, the document.

:class:`Doc` holds the paragraphs of a .docx as :class:`Para` objects (display text,
runs with their effective format, table cell and position); :mod:`minutes.reading.document`
builds it, and ``minutes lint`` and ``minutes import`` both read it. :func:`key` is the
matching key every comparison of text uses.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from minutes.errors import MinutesError
from minutes.i18n import _

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.table import CT_Row, CT_Tc
    from docx.oxml.text.paragraph import CT_P

    from minutes.docx.read import Format

OFFICIAL_KEYS = {"conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam",
                 "doantncshochiminh", "doanthanhniencongsanhochiminh"}
TAG = re.compile(r"\{\{|\{%|\{#")
CONTROL = re.compile(r"^\{%-?[ptrc]*\s.*%\}$")
SEPARATOR = re.compile(r"[\t\n\r\v]+| {8,}")
QUOTE_LENGTH = 80


class UnreadableDocx(MinutesError):
    """Raised when a file cannot be opened as a .docx (the message names the file and why)."""


@dataclass
class RunFmt:
    """One run's display text, its offsets in the paragraph and its effective format."""

    text: str
    start: int
    end: int
    size: float
    bold: bool
    italic: bool
    underline: bool
    fonts: dict[str, str]
    themes: tuple[str, ...]
    font: str = ""  # the effective Latin font the run is drawn with ("" when none is named anywhere)
    font_from: str = ""  # where it comes from: "run", "style:<name>", "default"; "+theme" when a theme font


@dataclass
class Para:
    """A paragraph as the checks see it: display text, runs, format and position."""

    index: int
    text: str
    runs: list[RunFmt]
    fmt: Format
    element: CT_P  # the w:p element
    tc: CT_Tc | None = None  # the w:tc holding it, or None
    row: CT_Row | None = None  # the w:tr holding it, or None
    col: int = 0  # column of its cell
    zone: str = "body"  # "body" or "page" (page header/footer)
    marker: str = ""  # bullet text of an automatic list ("-", "•"), "" when none
    header: bool = False  # inside the header block (before the tên loại)

    @property
    def tag(self) -> bool:
        """True when the paragraph holds a docxtpl tag."""
        return bool(TAG.search(self.text))

    @property
    def control(self) -> bool:
        """True for a docxtpl control paragraph (``{%p if … %}``): rendering removes it."""
        return bool(CONTROL.match(self.clean))

    @property
    def clean(self) -> str:
        """Return the text with no-break spaces as spaces, stripped."""
        return self.text.replace("\u00a0", " ").strip()

    def segments(self) -> list[tuple[str, int, int]]:
        """Return the parts of the text set apart by tabs, line breaks or long space runs.

        A long run of spaces left for a number or a day to be written in by hand ("Số:      /QĐ-UBND",
        "ngày        tháng 01") is a blank inside one line, not a separator.
        """
        out: list[tuple[str, int, int]] = []
        pos, glue = 0, False
        for m in list(SEPARATOR.finditer(self.text)) + [None]:
            end = m.start() if m else len(self.text)
            piece = self.text[pos:end]
            stripped = piece.replace("\u00a0", " ").strip()
            if stripped:
                start = pos + len(piece) - len(piece.lstrip(" \u00a0"))
                if glue and out:
                    text, first, _ = out.pop()
                    stripped, start = self.text[first:start + len(stripped)].replace("\u00a0", " "), first
                out.append((stripped, start, start + len(stripped)))
            glue = m is not None and m.group().strip(" ") == "" and bool(out) and _blank_to_fill(
                out[-1][0], self.text[m.end():])
            pos = m.end() if m else end
        return out

    def span(self, start: int = 0, end: int | None = None) -> RunFmt | None:
        """Return the combined format of the visible runs in [start, end): sizes as the largest,
        bold/italic/underline only when every run has it; None when there is no visible run."""
        end = len(self.text) if end is None else end
        runs = [r for r in self.runs if r.start < end and r.end > start and r.text.strip()]
        if not runs:
            return None
        return RunFmt("", start, end, max(r.size for r in runs), all(r.bold for r in runs),
                      all(r.italic for r in runs), all(r.underline for r in runs), {}, ())

    @property
    def where(self) -> str:
        """Return where the paragraph is, in words a secretary can follow."""
        if self.zone == "page":
            return _("tiêu đề trang")
        if self.header:
            return _("trang 1, đầu văn bản")
        return _("đoạn {index}").format(index=self.index) + (_(" (trong bảng)") if self.tc is not None else "")

    @property
    def quote(self) -> str:
        """Return the text shortened for a report."""
        return shorten(self.clean)


@dataclass
class Doc:
    """The document as the checks see it."""

    document: Document
    style: str
    paras: list[Para]
    page_paras: list[Para]
    defaults: dict = field(default_factory=dict)
    title: Para | None = None
    used_styles: set = field(default_factory=set)  # ids of the styles that visible text uses
    pages: int | None = None  # page count Word saved (docProps/app.xml), or None
    part: int = 1  # which document of the file this is (a file may hold several)
    attached: bool = False  # a document issued with the one before it ("ban hành kèm theo Quyết định số …")
    _closing: int | None = field(default=None, repr=False)

    @property
    def has_tags(self) -> bool:
        """True for a template: some paragraph holds a docxtpl tag."""
        return any(p.tag for p in self.paras)

    @property
    def has_text(self) -> bool:
        """True when the body holds any visible text."""
        return any(p.clean for p in self.paras)

    @property
    def is_bien_ban(self) -> bool:
        """True when the tên loại is BIÊN BẢN."""
        return self.title is not None and key(self.title.clean).startswith("bienban")

    @property
    def is_official(self) -> bool:
        """True when the document shows the frame of a văn bản: a tên loại, a national or
        organisation title, or a Số line near the top. A news item or a letter has none."""
        if self.title is not None:
            return True
        top = [s for p in self.paras[:40] if not p.tag for s, _, _ in p.segments()]
        return any(key(s) in OFFICIAL_KEYS or re.match(r"^Số\s*:?\s*[\d .…]*[/-]", s) for s in top)

    def header_paras(self) -> list[Para]:
        """Return the paragraphs of the header block that carry final text."""
        return [p for p in self.paras if p.header and p.clean and not p.tag]

    def header_lines(self) -> list[Para]:
        """Return the paragraphs of the header block with text, a template's tagged lines too
        (their formatting is final even where their text is not); control paragraphs left out."""
        return [p for p in self.paras if p.header and p.clean and not p.control]

    def closing_index(self) -> int:
        """Return the index of the first "Nơi nhận" paragraph (the end of the content), else a large number."""
        if self._closing is None:
            self._closing = next((p.index for p in self.paras if not p.header and p.clean[:1] in "Nn" and not p.tag
                                  and len(p.clean.split("\n")[0]) <= 12 and key(p.clean.split("\n")[0]) == "noinhan"),
                                 10 ** 9)
        return self._closing

    def after_header(self) -> list[Para]:
        """Return the paragraphs after the header block."""
        return [p for p in self.paras if not p.header]


BLANK_BEFORE = re.compile(r"(?:^|\s)(?:Số|SỐ|số|ngày|Ngày|tháng)\s*:?$")
BLANK_AFTER = re.compile(r"^\s*(?:[/-]\s*[A-ZĐ0-9]|tháng\b|năm\b)")


def _blank_to_fill(before: str, after: str) -> bool:
    """True when a run of spaces between ``before`` and ``after`` is a number or day left blank."""
    return bool(BLANK_BEFORE.search(before) or BLANK_AFTER.match(after))


TAG_SPAN = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")


def untagged(text: str) -> str:
    """``text`` with each docxtpl tag replaced by as many spaces (offsets stay the same)."""
    return TAG_SPAN.sub(lambda m: " " * len(m.group()), text)


def shorten(text: str, limit: int = QUOTE_LENGTH) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Return ``text`` without diacritics, case, spaces or punctuation: the matching key."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())
