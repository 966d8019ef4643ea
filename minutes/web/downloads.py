"""Downloads: the .docx, the PDF, every document as a .zip, the news item; the preview pages.

Nothing is written into the folder: each download is made in memory (the PDF in a
private temporary folder), so a document edited by hand is never overwritten.
"""

from __future__ import annotations

import io
import tempfile
import threading
import zipfile
from pathlib import Path
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from minutes import api
from minutes.errors import MinutesError
from minutes.glossary import MAIN_KIND, kind_for_format
from minutes.web import preview
from minutes.web.editing import same_name
from minutes.web.security import check_inside, inside
from minutes.web.site import site_of
from minutes.web.words import _

MAX_UPLOAD = 10 * 1024 * 1024
"""The largest upload accepted (a .docx to import)."""

PDF_AT_ONCE = 2
"""How many PDF downloads LibreOffice converts at once; the others are queued."""
CONVERSIONS = threading.BoundedSemaphore(PDF_AT_ONCE)

KINDS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "zip": "application/zip",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


def attachment(data: bytes, filename: str, kind: str) -> Response:
    """A download response named ``filename`` (UTF-8 names survive, RFC 6266)."""
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=KINDS[kind], headers={"Content-Disposition": disposition})


def make(path: Path, kind: str) -> tuple[bytes, str]:
    """Return the bytes and the file name of one download of the outline at ``path``."""
    text = api.read_outline_text(path)[0]
    checked = check_inside(text, path)
    if checked.problems:
        raise HTTPException(409, _("%(name)s: đề cương còn %(n)s vấn đề; hãy mở đề cương, sửa rồi tải lại.")
                            % {"name": path.name, "n": len(checked.problems)})
    outline = checked.outline
    if kind in ("md", "html"):
        news = kind_for_format(kind)
        return api.document_data(outline, news, kind), api.output_name(path.name, news, kind).name
    if kind == "docx":
        return api.document_data(outline, None, "docx"), api.output_name(path.name, MAIN_KIND).name
    if kind == "pdf":
        return pdf_bytes(outline, path), api.output_name(path.name, MAIN_KIND, "pdf").name
    return zip_bytes(outline, path), f"{path.stem}.zip"


def pdf_bytes(outline, path: Path) -> bytes:
    """The biên bản as PDF, converted in a private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as tmp:
        docx = Path(tmp) / api.output_name(path.name, MAIN_KIND).name
        docx.write_bytes(api.document_data(outline, None, "docx"))
        with CONVERSIONS:  # a small pool: the others wait their turn
            made = api.make_pdfs([docx], made_here=True)[0]
        return made[0].read_bytes()


def zip_bytes(outline, path: Path) -> bytes:
    """Every document the outline has data for (``render --all``), as one .zip."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for document in api.documents_of(outline, None, True):
            name = api.output_name(path.name, api.document_label(document)).name
            archive.writestr(name, api.document_data(outline, document, "docx"))
    return out.getvalue()


async def download(request: Request) -> Response:
    """GET /o/NAME/download/KIND: one of docx, pdf, zip, md, html."""
    path = inside(site_of(request).folder, request.path_params["name"])
    path = path and same_name(site_of(request).folder, path)
    kind = request.path_params["kind"]
    if path is None or not path.is_file() or kind not in KINDS:
        raise HTTPException(404, _("Không có đề cương này trong thư mục."))
    try:
        data, filename = await run_in_threadpool(make, path, kind)
    except MinutesError as exc:
        raise HTTPException(409, str(exc)) from None
    return attachment(data, filename, kind)


async def page_image(request: Request) -> Response:
    """GET /o/NAME/page/N.png: one page of the preview."""
    site = site_of(request)
    path = inside(site.folder, request.path_params["name"])
    pages = preview.pages_of(site, path.name) if path is not None and path.is_file() else []
    number = request.path_params["number"]
    if not 1 <= number <= len(pages):
        raise HTTPException(404, _("Không có trang này."))
    try:
        data = pages[number - 1].read_bytes()
    except OSError:  # replaced by a shorter preview just now
        raise HTTPException(404, _("Không có trang này.")) from None
    # the URL names the picture (?v=KEY): the browser keeps it only when the bytes sent are that
    # picture. The keys are read after the bytes: a new preview removes them before it replaces a page.
    keys, wanted = api.preview_keys(pages[0].parent), request.query_params.get("v")
    fresh = wanted is not None and number <= len(keys) and keys[number - 1] == wanted
    cache = "private, max-age=31536000, immutable" if fresh else "no-store"
    return Response(data, media_type="image/png", headers={"Cache-Control": cache})


ROUTES = [
    Route("/o/{name}/download/{kind}", download, methods=["GET"]),
    Route("/o/{name}/page/{number:int}.png", page_image, methods=["GET"]),
]
