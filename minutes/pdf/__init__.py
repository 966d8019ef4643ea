"""From .docx to print: PDF through LibreOffice, page previews as PNG.

Owns: finding and running LibreOffice (:mod:`.convert`), font substitution warnings
and page previews.
May import: the base layer (and the lower stages, though it needs none of them).
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    name: "convert" for name in ("PdfError", "find_soffice", "pdf_target", "convert_to_pdf",
                                 "font_warnings", "preview_png", "POPPLER_HINT")
} | {"page_images": "pages", "WarmOffice": "warm"})
