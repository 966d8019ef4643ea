"""PDF/A, page images and record sheets of rendered documents (``--pdf``, ``--preview``,
``--record``, ``minutes pdf``), and the LibreOffice kept warm for the form's previews."""

from __future__ import annotations

from pathlib import Path

from minutes.i18n import _


def make_pdfs(docx_files: list[Path], preview: bool = False, plain: bool = False,
              made_here: bool = False) -> tuple[list[Path], list[str]]:
    """Convert ``docx_files`` to PDF/A-2b (an ordinary PDF with ``plain``) in one LibreOffice
    run, and page-1 PNGs with ``preview``. ``made_here``: minutes has just rendered them (see
    :func:`minutes.pdf.convert.convert_to_pdf`); files someone else made are read in a child.

    Return the files written and the font warnings: every document asks for Times
    New Roman, so the first PDF tells whether a stand-in font was used for all.
    """
    from minutes.pdf import convert as pdf

    pdfs = pdf.convert_to_pdf([Path(p) for p in docx_files], plain=plain, made_here=made_here)
    written: list[Path] = list(pdfs)
    if preview:
        written += [pdf.preview_png(p) for p in pdfs]
    return written, pdf.font_warnings(pdfs[0]) if pdfs else []


def preview_pages(outline, folder: str | Path, office=None, dpi: int = 70) -> list[Path]:
    """Render ``outline``'s biên bản into ``folder`` through LibreOffice (``office``: a
    :func:`warm_office` kept between calls); return one PNG per page.

    When the .docx is byte for byte the one whose pages are already in ``folder`` (an edit
    that changes nothing printed: a comment, the order of keys), LibreOffice is not run again.
    """
    import hashlib

    from minutes import pdf
    from minutes.docx.render import render_bytes

    folder = Path(folder)
    docx, made = folder / "bien-ban.docx", folder / "bien-ban.made"
    data = render_bytes(outline)
    stamp = f"{hashlib.sha256(data).hexdigest()} {dpi}"
    pages = pdf.page_files(folder)
    if _read(made) == stamp and pages and len(pdf.page_keys(folder)) == len(pages):
        return pages
    made.unlink(missing_ok=True)  # written once the pages of this .docx are all in place
    docx.write_bytes(data)
    pages = pdf.page_images(pdf.convert_to_pdf([docx], office=office, made_here=True)[0], dpi=dpi)
    made.write_text(stamp, encoding="ascii")
    return pages


def preview_files(folder: str | Path) -> list[Path]:
    """The page images of the preview in ``folder``, in page order."""
    from minutes import pdf

    return pdf.page_files(folder)


def preview_keys(folder: str | Path) -> list[str]:
    """The key of each page of the preview in ``folder`` (a hash of its pixels, which changes
    when the page's picture does), in page order; [] while none is complete."""
    from minutes import pdf

    return pdf.page_keys(folder)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""


def warm_office():
    """A LibreOffice kept running for :func:`preview_pages` (call ``close()`` when done)."""
    from minutes import pdf

    return pdf.WarmOffice()


def preview_missing() -> str:
    """Return why there can be no preview ("" when LibreOffice and pdftoppm are there)."""
    from minutes import pdf

    try:
        pdf.find_soffice()
    except pdf.PdfError as exc:
        return str(exc)
    import shutil

    return "" if shutil.which("pdftoppm") else _("không tìm thấy pdftoppm; {hint}").format(
        hint=_(pdf.POPPLER_HINT))
