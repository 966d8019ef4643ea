"""What a run's font and a file's page count resolve to, read from the parts of a .docx.

:func:`latin_font` reads the Latin slots of a ``w:rFonts`` (a theme font through
:func:`theme_fonts`); :func:`saved_pages` the page count Word saved in docProps/app.xml.
"""

from __future__ import annotations

from minutes.docx.damage import DAMAGED

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def style_rfonts(style):
    """Return the w:rFonts of a python-docx style, or None."""
    rpr = style.element.find(f"{W_NS}rPr")
    return rpr.find(f"{W_NS}rFonts") if rpr is not None else None


def find_rfonts(rpr):
    """Return the w:rFonts of a w:rPr (None for None)."""
    return rpr.find(f"{W_NS}rFonts") if rpr is not None else None


def latin_font(rfonts, theme: dict) -> tuple[str, bool] | None:
    """Return (font, from a theme) of the Latin slots of a w:rFonts (hAnsi draws Vietnamese
    letters, ascii the rest), or None when it names none."""
    if rfonts is None:
        return None
    for slot in ("hAnsi", "ascii"):
        named = rfonts.get(f"{W_NS}{slot}Theme")
        if named:
            return theme.get("major" if named.startswith("major") else "minor", "Calibri"), True
        value = rfonts.get(f"{W_NS}{slot}")
        if value:
            return value, False
    return None


def theme_fonts(document) -> dict:
    """Return {"major": font, "minor": font} of the document's theme ({} without a theme)."""
    from lxml import etree

    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/theme"):
            try:
                root = etree.fromstring(rel.target_part.blob)
            except DAMAGED:
                return {}
            out = {}
            for kind in ("major", "minor"):
                latin = root.find(f".//{drawing}{kind}Font/{drawing}latin")
                if latin is not None and latin.get("typeface"):
                    out[kind] = latin.get("typeface")
            return out
    return {}


def saved_pages(document, paras: list) -> int | None:
    """Return the page count Word wrote into docProps/app.xml when it saved this text, else None.

    The count is trusted only when the character count saved beside it (Word's count without
    spaces, within a quarter) matches the text: a file written by another program from a
    template keeps the template's stale counts.
    """
    import re

    for rel in document.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            try:
                blob = rel.target_part.blob
            except DAMAGED:
                return None
            pages = re.search(rb"<(?:\w+:)?Pages>(\d+)</", blob)
            chars = re.search(rb"<(?:\w+:)?Characters>(\d+)</", blob)
            actual = sum(len("".join(p.text.split())) for p in paras)
            if not pages or not chars or abs(int(chars.group(1)) - actual) > 0.25 * actual + 50:
                return None
            return int(pages.group(1)) or None
    return None
