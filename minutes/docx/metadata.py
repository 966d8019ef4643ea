"""The document's metadata (core properties), which the PDF export carries into PDF/A.

LibreOffice writes the .docx title, author, subject and keywords into the PDF's
Info dictionary and its XMP packet; the PDF's own creation date is the moment of
conversion, so the meeting date also goes into the keywords. The record sheet
(:mod:`minutes.docx.record`) reads the same values.
"""

from __future__ import annotations

NBSP = "\u00a0"
"""Joins the words of one keyword: LibreOffice splits the keywords of a .docx at spaces."""
PROPERTY_LIMIT = 255
"""python-docx refuses core properties longer than this; the full text is in the document."""


def core_properties(context: dict, ten_loai: str) -> dict[str, str]:
    """Return the core properties of a rendered document: title (the trích yếu), author
    (the issuing body), subject (the kind and the body), keywords (kind, body, meeting
    date, period), language."""
    body = context["organization"]["name"]
    meeting = context["meeting"]
    kind = ten_loai.capitalize()
    keywords = [k for k in (kind, body, f"ngày họp {meeting['date_short']}", meeting.get("period")) if k]
    return {
        "title": title_of(context),
        "author": shorten(body),
        "subject": shorten(f"{kind} - {body}" if kind else body),
        "keywords": shorten(", ".join(k.replace(" ", NBSP) for k in keywords)),
        "language": "vi-VN",
    }


def title_of(context: dict) -> str:
    """The document's title as its metadata and its record sheet give it: the trích yếu on one
    line (the line breaks set for the page become spaces), shortened to fit a core property."""
    return shorten(" ".join(context["trich_yeu"].split()))


def shorten(text: str) -> str:
    """Return ``text`` shortened to fit a core property."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"
