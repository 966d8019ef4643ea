"""The options LibreOffice's PDF export is given: PDF/A-2b by default, or a plain PDF.

PDF/A-2b (ISO 19005-2, level B) is what TCVN 14159-1:2024 asks of documents kept
for the long term: every font embedded, the metadata in XMP, no transparency
flattened away (the signature and seal images of electronic documents need
PDF/A-2, not PDF/A-1). The title, author, subject and keywords come from the
.docx core properties that the renderer sets (:mod:`minutes.docx.render`).

Standard library only; the one place the export filter is spelt, so that every
way of running LibreOffice (one batch, or a warm converter) asks for the same PDF.
"""

from __future__ import annotations

import json

PDF_EXPORT = "writer_pdf_Export"
PDFA_VERSION = 2
"""LibreOffice's SelectPdfVersion value for PDF/A-2b (1 is PDF/A-1b, 3 PDF/A-3b)."""


def export_options(plain: bool = False) -> dict:
    """Return the writer_pdf_Export options as LibreOffice's typed JSON ({} for a plain PDF)."""
    if plain:
        return {}
    return {"SelectPdfVersion": {"type": "long", "value": str(PDFA_VERSION)}}


def convert_to_argument(plain: bool = False) -> str:
    """Return the value of ``soffice --convert-to``: ``pdf`` or ``pdf:writer_pdf_Export:{…}``.

    >>> convert_to_argument(plain=True)
    'pdf'
    >>> convert_to_argument()
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
    """
    options = export_options(plain)
    if not options:
        return "pdf"
    return f"pdf:{PDF_EXPORT}:{json.dumps(options, separators=(',', ':'))}"
