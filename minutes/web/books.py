"""The register's pages: "Cấp số" beside Số, "Sổ đăng ký", "Việc cần theo dõi", search.

Everything is read from and written to the register's database (:mod:`minutes.register.office`),
never kept in this process's memory, so several worker processes serve the same folder.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from minutes.errors import MinutesError
from minutes.register import office
from minutes.web import editing
from minutes.web.site import site_of
from minutes.web.words import N_

MAX_QUERY = 200
"""Search words beyond this many characters are cut (a query is a few words)."""


def _year(request: Request) -> int | None:
    """The ``year`` query parameter when it is a plausible year, else None."""
    text = request.query_params.get("year", "")
    return int(text) if text.isdigit() and 1900 < int(text) < 3000 else None


async def register_page(request: Request) -> Response:
    """Sổ đăng ký văn bản đi: every number given, voided ones marked."""
    site, year = site_of(request), _year(request)
    try:
        rows = await run_in_threadpool(office.register_rows, site.folder, year, site.db)
    except MinutesError as exc:
        return site.page(request, "register.html", status=503, rows=[], books=[], year=year, error=str(exc))
    books = office.by_book(rows)
    return site.page(request, "register.html", rows=rows, books=books, year=year, error="")


async def register_docx(request: Request) -> Response:
    """The sổ as .docx, ready to print (NĐ 30/2020 Phụ lục IV)."""
    site, year = site_of(request), _year(request)
    try:
        rows = await run_in_threadpool(office.register_rows, site.folder, year, site.db)
    except MinutesError:
        return RedirectResponse("/register", status_code=303)  # which says why
    data = await run_in_threadpool(office.register_output, rows, "docx", year)
    name = f"so-dang-ky-{year or 'tat-ca'}.docx"
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"Content-Disposition": f"attachment; filename={name}"})


async def tasks_page(request: Request) -> Response:
    """Việc cần theo dõi: every task, overdue ones first and in red."""
    site = site_of(request)
    owner = request.query_params.get("owner", "")[:MAX_QUERY]
    overdue = request.query_params.get("overdue") == "1"
    try:
        found = await run_in_threadpool(office.follow_up, [site.folder], owner, overdue, site.db)
    except MinutesError as exc:
        return site.page(request, "tasks.html", status=503, tasks=[], owner=owner, overdue=overdue, error=str(exc),
                         bodies=[])
    return site.page(request, "tasks.html", tasks=found, owner=owner, overdue=overdue, error="",
                     today=dt.date.today(), bodies=sorted({t.body for t in found}))


async def tasks_docx(request: Request) -> Response:
    """The báo cáo tình hình thực hiện of one body's tasks (the page's filters kept), as .docx."""
    site = site_of(request)
    owner = request.query_params.get("owner", "")[:MAX_QUERY]
    overdue = request.query_params.get("overdue") == "1"
    body = request.query_params.get("body", "")[:MAX_QUERY]
    try:
        found = await run_in_threadpool(office.follow_up, [site.folder], owner, overdue, site.db, None, body)
        data = await run_in_threadpool(office.tasks_output, found, "docx", None, None, overdue, owner)
    except MinutesError:
        return RedirectResponse("/tasks", status_code=303)  # which says why, or shows what there is
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"Content-Disposition": "attachment; filename=bao-cao-theo-doi-nhiem-vu.docx"})


async def search_page(request: Request) -> Response:
    """The meetings holding the words searched for, best first."""
    site = site_of(request)
    words = request.query_params.get("q", "")[:MAX_QUERY]
    try:
        hits = await run_in_threadpool(office.search, words, [site.folder], site.db) if words.strip() else []
    except MinutesError as exc:
        return site.page(request, "search.html", status=503, hits=[], q=words, error=str(exc))
    return site.page(request, "search.html", hits=hits, q=words, error="")


async def take_number(request: Request, path, form) -> Response:
    """"Cấp số" on the outline at ``path`` with the submitted ``form``: save what the form
    holds (as Lưu does), then give the biên bản its number."""
    site = site_of(request)
    state = await run_in_threadpool(editing.save_form, site, path, form)
    htmx = request.headers.get("hx-request") == "true"
    if state.written and not state.problems:
        try:
            taken = await run_in_threadpool(take_and_write, site, path)
        except MinutesError as exc:
            state.message = str(exc)
            state.problems = [exc]  # shown in red
        else:
            target = f"/o/{quote(path.name)}?taken={'typed' if taken.by_hand else '1'}"
            if htmx:
                return Response(status_code=204, headers={"HX-Redirect": target})
            return RedirectResponse(target, status_code=303)
    elif not state.message:
        state.message = N_("Chưa cấp số: hãy sửa các vấn đề rồi bấm lại.")
    if htmx:
        return site.page(request, "_saved.html", s=state, name=path.name, oob=True)
    return site.page(request, "form.html", status=409 if state.conflict else 422, s=state, name=path.name)


def take_and_write(site, path):
    """Take the biên bản's number for the outline at ``path`` (one transaction, file written
    inside); return it (:class:`minutes.register.numbers.Taken`)."""
    with site.lock(path.name):
        return office.take_number(str(path), None, site.db, by="web")


ROUTES = [
    Route("/register", register_page, methods=["GET"]),
    Route("/register.docx", register_docx, methods=["GET"]),
    Route("/tasks", tasks_page, methods=["GET"]),
    Route("/tasks.docx", tasks_docx, methods=["GET"]),
    Route("/search", search_page, methods=["GET"]),
]
