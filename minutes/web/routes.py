"""The pages: the folder, login, the outline form (save, list edits), the YAML tab, next period."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import unicodedata
from pathlib import Path
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Route

from minutes import api
from minutes.errors import MinutesError
from minutes.web import books, downloads, editing, messages, preview
from minutes.web.fields import SPECS
from minutes.web.security import csrf_ok, inside, set_session
from minutes.web.site import HERE, STATIC, site_of, static_version
from minutes.web.words import N_, _

LOG = logging.getLogger("minutes.web")

MAX_ROWS = 5000
"""The most rows one list of the form may have (as many as a form may send fields)."""

MAX_FORM_BYTES = 2 * 1024 * 1024
"""A submitted form larger than this is refused (an outline is at most 1 MiB)."""


async def read_form(request: Request, limit: int = MAX_FORM_BYTES):
    """Return the submitted form; 413 when too large, 403 without this session's CSRF token."""
    length = request.headers.get("content-length")
    if length is None or not length.isdigit() or int(length) > limit:
        raise HTTPException(413, _("Nội dung gửi lên quá lớn hoặc thiếu độ dài."))
    form = await request.form(max_files=1, max_fields=5000, max_part_size=limit)
    if not csrf_ok(request, form):
        raise HTTPException(403, _("Thiếu mã xác nhận (CSRF) hoặc mã đã cũ; hãy tải lại trang rồi thử lại."))
    return form


def outline_path(request: Request) -> Path:
    """The outline named in the URL, inside the folder; 404 for anything else."""
    path = inside(site_of(request).folder, request.path_params["name"])
    if path is not None:
        path = editing.same_name(site_of(request).folder, path)
    if path is None or (path.exists() and not path.is_file()):
        raise HTTPException(404, _("Không có đề cương này trong thư mục."))
    return path


async def folder_page(request: Request) -> Response:
    """The list of outlines with their state, and the actions on them."""
    site = site_of(request)
    entries = await run_in_threadpool(editing.indexed_entries, site)
    return folder_view(request, entries, messages.coded(request.query_params.get("m", "")))


def folder_view(request: Request, entries, message: str, status: int = 200) -> Response:
    """The folder page with ``message`` (one the server made) above the list."""
    return site_of(request).page(request, "folder.html", status=status, entries=entries, message=message,
                                 can_import=editing.importer() is not None)


async def folder_with(request: Request, message: str, status: int = 422) -> Response:
    """The folder page saying what went wrong (an error's message, files named relative to it)."""
    site = site_of(request)
    entries = await run_in_threadpool(editing.indexed_entries, site)
    return folder_view(request, entries, messages.for_web(message, site.folder), status)


async def login_page(request: Request) -> Response:
    """Ask for the password when the server is not on the loopback."""
    return site_of(request).page(request, "login.html", wrong=False)


async def login(request: Request) -> Response:
    """Check the password; a good one logs in a new session (the old id is never logged in).

    Attempts are limited per client and for all clients together (:meth:`Keys.may_try`);
    a failure is logged with the client's address, never with what was typed.
    """
    site = site_of(request)
    form = await read_form(request, 4096)
    client = request.client.host if request.client else "?"
    if not await run_in_threadpool(site.keys.may_try, client):  # the register's database, with workers
        LOG.warning("quá nhiều lần đăng nhập từ %s; tạm từ chối", client)
        return site.page(request, "login.html", status=429, wrong=False, busy=True,
                         headers={"Retry-After": "60"})
    if site.keys.password_ok(str(form.get("password", ""))):
        await run_in_threadpool(site.keys.log_out, request.state.sid)
        response = RedirectResponse("/", status_code=303)
        set_session(response, site.keys, await run_in_threadpool(site.keys.log_in), request)
        return response
    LOG.warning("đăng nhập sai từ %s", client)
    await asyncio.sleep(1)  # a wrong password costs a second
    return site.page(request, "login.html", status=401, wrong=True)


async def logout(request: Request) -> Response:
    """End this session and start a fresh one (not logged in)."""
    site = site_of(request)
    await read_form(request, 4096)
    await run_in_threadpool(site.keys.log_out, request.state.sid)  # the register's database, with workers
    response = RedirectResponse("/login" if site.keys.token else "/?m=logged-out", status_code=303)
    set_session(response, site.keys, secrets.token_urlsafe(18), request)
    return response


async def new_outline(request: Request) -> Response:
    """Start a new outline: blank, or extending a shared profile (nothing is written yet)."""
    site, form = site_of(request), await read_form(request)
    name = str(form.get("filename", "")).strip()
    name = name if name.lower().endswith((".yaml", ".yml")) else f"{name}.yaml"
    path = inside(site.folder, unicodedata.normalize("NFC", name))
    path = path and editing.same_name(site.folder, path)
    if path is None or os.path.lexists(path):
        return RedirectResponse("/?m=bad-name", status_code=303)
    profile = str(form.get("profile", ""))
    query = f"?{urlencode({'extends': profile})}" if profile and inside(site.folder, profile) else ""
    return RedirectResponse(f"/o/{quote(path.name)}{query}", status_code=303)


async def form_page(request: Request) -> Response:
    """The outline form, filled from the file (or empty for a new outline)."""
    site, path = site_of(request), outline_path(request)
    state = await run_in_threadpool(editing.open_outline, site, path)
    if state.unreadable:
        return RedirectResponse(f"/o/{quote(path.name)}/yaml", status_code=303)
    profile = request.query_params.get("extends", "")
    if state.version == "new" and profile and inside(site.folder, profile):
        state.values["extends"] = profile
    state.saved = request.query_params.get("saved") == "1"
    state.unsure = messages.unsure_fields(request.query_params.get("m", ""))  # fields an import was unsure of
    taken = request.query_params.get("taken")
    if taken == "1" and state.values.get("number"):
        state.message = N_("Đã cấp số của sổ đăng ký; số mới ở ô Số.")
    elif taken == "typed" and state.values.get("number"):
        state.message = N_("Số đã gõ ở ô Số được ghi vào sổ đăng ký (số cấp trước khi dùng sổ).")
    return site.page(request, "form.html", s=state, name=path.name)


async def save(request: Request) -> Response:
    """Save the form: the same checks as ``minutes check``, the round trip, the version check."""
    site, path = site_of(request), outline_path(request)
    form = await read_form(request)
    state = await run_in_threadpool(editing.save_form, site, path, form)
    if request.headers.get("hx-request") == "true":
        answer = site.page(request, "_saved.html", s=state, name=path.name, oob=True)
        if state.merged:  # the other tab's changes were kept: show the boxes as they are now
            answer.headers["HX-Redirect"] = f"/o/{quote(path.name)}?saved=1"
        return answer
    if state.written and not state.problems:
        return RedirectResponse(f"/o/{quote(path.name)}?saved=1", status_code=303)
    return site.page(request, "form.html", status=409 if state.conflict else 422, s=state, name=path.name)


async def edit_lists(request: Request) -> Response:
    """Add, remove or move a list row and show the form again (nothing is saved)."""
    site, path = site_of(request), outline_path(request)
    form = await read_form(request)
    state = editing.edited(form)
    return site.page(request, "form.html", s=state, name=path.name)


async def list_row(request: Request) -> Response:
    """One empty row of a list, numbered ``i``: "+ Thêm mục" puts it after the rows on the page,
    so nothing she is typing in the form is sent or replaced."""
    site, path = site_of(request), outline_path(request)
    spec = next((s for s in SPECS if s.key == request.path_params["key"] and s.kind == "list"), None)
    index = request.query_params.get("i", "")
    if spec is None or not index.isdigit() or int(index) > MAX_ROWS:
        raise HTTPException(404, _("Không có danh sách này."))
    row = {sub.name: "" for sub in spec.subs}
    return site.page(request, "_row.html", spec=spec, row=row, i=int(index), s=editing.State({}, ""),
                     name=path.name)


async def yaml_page(request: Request) -> Response:
    """The YAML tab: the file itself, with the problems the loader finds in it."""
    site, path = site_of(request), outline_path(request)
    state = await run_in_threadpool(editing.open_yaml, path)
    return site.page(request, "yaml.html", s=state, name=path.name)


async def save_yaml(request: Request) -> Response:
    """Save the YAML tab's text, with the same checks and version check as the form."""
    site, path = site_of(request), outline_path(request)
    form = await read_form(request)
    state = await run_in_threadpool(editing.save_yaml, site, path, form)
    status = 409 if state.conflict else 422 if state.problems and not state.written else 200
    return site.page(request, "yaml.html", status=status, s=state, name=path.name)


async def preview_panel(request: Request) -> Response:
    """The preview of the outline as saved (made now if needed): a fragment for htmx, else a page."""
    site, path = site_of(request), outline_path(request)
    state = editing.State({}, "")
    await run_in_threadpool(preview.panel, site, path, state)
    template = "_preview.html" if request.headers.get("hx-request") == "true" else "preview.html"
    return site.page(request, template, s=state, name=path.name)


async def next_period(request: Request) -> Response:
    """Write next period's outline (``minutes next``) and open it."""
    path = outline_path(request)
    await read_form(request)
    try:
        made = await run_in_threadpool(api.write_next_outline, path)
    except MinutesError as exc:
        return await folder_with(request, _("Không tạo được đề cương kỳ sau") + f": {exc}")
    return RedirectResponse(f"/o/{quote(made.name)}", status_code=303)


async def import_docx(request: Request) -> Response:
    """Start an outline from a .docx (``minutes import``), when that command exists."""
    site = site_of(request)
    form = await read_form(request, downloads.MAX_UPLOAD)
    try:
        name, uncertain = await run_in_threadpool(editing.import_upload, site, form)
    except MinutesError as exc:
        return await folder_with(request, str(exc))
    finally:
        await form.close()
    note = f"?{urlencode({'m': ', '.join(uncertain)})}" if uncertain else ""
    return RedirectResponse(f"/o/{quote(name)}{note}", status_code=303)


async def static_file(request: Request) -> Response:
    """A page's CSS or JS under its versioned URL: the same bytes for ever, so cached for a year."""
    name = request.path_params["file"]
    if name not in STATIC or request.path_params["version"] != static_version(name):
        raise HTTPException(404, _("Không có tệp này."))
    kind = "text/css" if name.endswith(".css") else "text/javascript"
    return FileResponse(HERE / "static" / name, media_type=f"{kind}; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=31536000, immutable"})


async def take_number(request: Request) -> Response:
    """"Cấp số" beside Số: save the form, then take the biên bản's number (:mod:`minutes.web.books`)."""
    path = outline_path(request)
    form = await read_form(request)
    return await books.take_number(request, path, form)


async def no_icon(request: Request) -> Response:
    """There is no favicon: say so without an error in the browser's console."""
    return Response(status_code=204)


ROUTES = [
    Route("/", folder_page),
    Route("/favicon.ico", no_icon),
    Route("/static/v/{version}/{file}", static_file, methods=["GET"]),
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/new", new_outline, methods=["POST"]),
    Route("/import", import_docx, methods=["POST"]),
    Route("/o/{name}", form_page, methods=["GET"]),
    Route("/o/{name}/save", save, methods=["POST"]),
    Route("/o/{name}/edit", edit_lists, methods=["POST"]),
    Route("/o/{name}/row/{key}", list_row, methods=["GET"]),
    Route("/o/{name}/yaml", yaml_page, methods=["GET"]),
    Route("/o/{name}/yaml", save_yaml, methods=["POST"]),
    Route("/o/{name}/next", next_period, methods=["POST"]),
    Route("/o/{name}/preview", preview_panel, methods=["GET"]),
    Route("/o/{name}/take", take_number, methods=["POST"]),
    *downloads.ROUTES,
    *books.ROUTES,
]
