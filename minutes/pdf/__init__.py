"""From .docx to print: PDF through LibreOffice, page previews as PNG.

Owns: finding and running LibreOffice (:mod:`.convert`), font substitution warnings
and page previews (every page as PNG: :mod:`.pages`); a LibreOffice kept warm between
conversions (:mod:`.server`, whose :mod:`.worker` runs under LibreOffice's own Python).
May import: the base layer (and the lower stages, though it needs none of them).
"""

from minutes import lazy_exports

__getattr__ = lazy_exports(__name__, {
    **dict.fromkeys(("PdfError", "find_soffice", "pdf_target", "convert_to_pdf", "font_warnings", "preview_png",
                     "POPPLER_HINT"), "convert"),
    **dict.fromkeys(("WarmOffice", "convert_warm", "page_png", "shared"), "server"),
    **dict.fromkeys(("page_images", "page_keys", "page_files"), "pages"),
})
