"""The effective format of a paragraph, with each style's share resolved once per document.

:func:`minutes.docx.read.effective` answers the same question for one paragraph, walking
the style chain through python-docx each time (and python-docx looks the default style
up by scanning every style). A document of two thousand paragraphs asked it for seconds.
:class:`Formats` gives the same :class:`~minutes.docx.read.Format`: the paragraph's and
its first visible run's own values first, then the style chain's, then the document
defaults; the chain's values are computed once per style id.
"""

from __future__ import annotations

from lxml.etree import tostring

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PARA_ATTRS = ("alignment", "first_line_indent", "space_before", "space_after", "line_spacing_rule", "line_spacing")
FONT_ATTRS = ("size", "bold", "italic", "underline", "all_caps")


def _first(values):
    return next((v for v in values if v is not None), None)


class Formats:
    """Effective paragraph formats of one document (python-docx objects in, Format out)."""

    def __init__(self, styles: dict, default_size: float | None):
        self.styles = styles  # style id -> python-docx style, every type
        self.default_size = default_size
        self._para: dict = {}
        self._font: dict = {}
        self._chains: dict = {}
        self._own_para: dict = {}
        self._own_font: dict = {}
        self._runs: dict = {}

    def chain(self, style_id) -> tuple:
        """The style of ``style_id`` and its bases, nearest first (a cycle stops the walk)."""
        if style_id not in self._chains:
            out, style = [], self.styles.get(style_id)
            while style is not None and style not in out:
                out.append(style)
                style = style.base_style
            self._chains[style_id] = tuple(out)
        return self._chains[style_id]

    def para_values(self, style_id) -> dict:
        """The paragraph-format values the chain of ``style_id`` gives (None where none sets one)."""
        if style_id not in self._para:
            formats = [s.paragraph_format for s in self.chain(style_id)]
            self._para[style_id] = {a: _first(getattr(f, a) for f in formats) for a in PARA_ATTRS}
        return self._para[style_id]

    def font_values(self, style_ids: tuple) -> dict:
        """The font values the styles ``style_ids`` (each with its chain, nearest first) give."""
        if style_ids not in self._font:
            fonts = [s.font for sid in style_ids for s in self.chain(sid)]
            self._font[style_ids] = {a: _first(getattr(f, a) for f in fonts) for a in FONT_ATTRS}
        return self._font[style_ids]

    def run_values(self, rpr, char_id, style_id, r) -> dict:
        """The font values of the w:r ``r`` with w:rPr ``rpr``: its own, then its character
        style's chain, then its paragraph style's; computed once per distinct w:rPr and styles."""
        rkey = (char_id, style_id, tostring(rpr) if rpr is not None else b"")
        found = self._runs.get(rkey)
        if found is None:
            from docx.text.font import Font

            styled = self.font_values((char_id, style_id))
            own = Font(r) if rpr is not None else None  # what Run(r).font is
            found = self._runs[rkey] = {
                a: _first((getattr(own, a) if own is not None else None, styled[a])) for a in FONT_ATTRS}
        return found

    def format(self, paragraph, style_id, text: str, first_run=None):
        """Return the :class:`~minutes.docx.read.Format` of a python-docx ``paragraph`` styled ``style_id``.

        ``first_run`` is the w:r whose font stands for the paragraph (its first visible run),
        None for an empty paragraph. The values of equal w:pPr and w:rPr are computed once.
        """
        from minutes.docx.read import Format

        ppr = paragraph.paragraph_format.element.find(f"{W}pPr")  # the element is the w:p
        pkey = (style_id, tostring(ppr) if ppr is not None else b"")
        values = self._own_para.get(pkey)
        if values is None:
            own, styled = paragraph.paragraph_format, self.para_values(style_id)
            values = self._own_para[pkey] = {a: _first((getattr(own, a), styled[a])) for a in PARA_ATTRS}
        rpr = first_run.find(f"{W}rPr") if first_run is not None else None
        rkey = (style_id, tostring(rpr) if rpr is not None else b"")
        font = self._own_font.get(rkey)
        if font is None:
            from docx.text.font import Font

            styled = self.font_values((style_id,))
            own = Font(first_run) if rpr is not None else None  # what Run(first_run).font is
            font = self._own_font[rkey] = {
                a: _first((getattr(own, a) if own is not None else None, styled[a])) for a in FONT_ATTRS}
        size, line, indent = font["size"], values["line_spacing"], values["first_line_indent"]
        return Format(
            text=text,
            size=size.pt if size is not None else self.default_size,
            bold=bool(font["bold"]), italic=bool(font["italic"]), underline=bool(font["underline"]),
            alignment=values["alignment"],
            first_indent_cm=indent.cm if indent is not None else 0.0,
            space_before_pt=values["space_before"].pt if values["space_before"] is not None else 0.0,
            space_after_pt=values["space_after"].pt if values["space_after"] is not None else 0.0,
            line_rule=values["line_spacing_rule"],
            line_value=line if line is None or isinstance(line, float) else line.pt,
            style_id=style_id or "",
        )
