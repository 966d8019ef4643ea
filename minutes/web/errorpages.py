"""Every refusal and error of the server as a page in the pages' language with a way back.

A route refuses with :class:`starlette.exceptions.HTTPException`; a domain error
(:class:`minutes.errors.MinutesError`) that a route did not handle itself becomes a 422
page with its message, said as :func:`minutes.web.messages.for_web` says it. Nothing a
request sends is shown back except through those messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from minutes.errors import MinutesError
from minutes.web.messages import for_web
from minutes.web.security import inside
from minutes.web.words import N_, _

LOG = logging.getLogger("minutes.web")

DEFAULTS = {
    400: N_("Yêu cầu không hợp lệ."),
    401: N_("Cần đăng nhập."),
    403: N_("Yêu cầu bị từ chối."),
    404: N_("Không có trang này."),
    405: N_("Trang này không nhận cách gửi này."),
    409: N_("Đề cương còn vấn đề cần sửa."),
    413: N_("Nội dung gửi lên quá lớn."),
    422: N_("Không làm được việc này."),
    429: N_("Quá nhiều lần thử; hãy đợi một lúc rồi thử lại."),
    500: N_("Máy chủ gặp lỗi khi làm việc này; chưa có gì bị ghi. Hãy quay lại và thử lại."),
    503: N_("Máy chủ đang bận; hãy thử lại sau ít phút."),
}


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    """A page saying ``message`` with a link back to the folder (and the outline, if any)."""
    site = request.app.state.site
    name = request.path_params.get("name", "")
    known = name and inside(site.folder, name) is not None and (site.folder / name).is_file()
    back = f"/o/{quote(name)}" if known and status not in (401, 404) and request.url.path != f"/o/{name}" else ""
    state = request.state
    html = site.pages.get_template("error.html").render(
        csrf=getattr(state, "csrf", ""), nonce=getattr(state, "nonce", ""), folder=site.folder.name,
        htmx=False, oob=False, message=message, status=status, back=back)
    return HTMLResponse(html, status_code=status, headers=headers)


async def http_error(request: Request, exc: HTTPException) -> Response:
    """A refusal of a route (404, 409, 413…), as a page."""
    detail = exc.detail if isinstance(exc.detail, str) else ""
    english = detail in ("Not Found", "Method Not Allowed", "Bad Request", "Unauthorized", "Forbidden", "")
    message = _(DEFAULTS.get(exc.status_code, DEFAULTS[400])) if english else detail
    return error_page(request, exc.status_code, for_web(message, _folder(request)), getattr(exc, "headers", None))


async def domain_error(request: Request, exc: MinutesError) -> Response:
    """A domain error no route handled: its message, with files named relative to the folder."""
    return error_page(request, 422, for_web(str(exc), _folder(request)))


async def server_error(request: Request, exc: Exception) -> Response:
    """The last resort: logged for whoever runs the server, a plain apology for her."""
    LOG.error("lỗi máy chủ ở %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return error_page(request, 500, _(DEFAULTS[500]))


def _folder(request: Request):
    return request.app.state.site.folder


HANDLERS: dict[Any, Callable[..., Any]] = {HTTPException: http_error, MinutesError: domain_error, 500: server_error}
"""The app's exception handlers."""
