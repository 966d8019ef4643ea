"""Who may use the form and what a request may touch.

- a signed session cookie for every browser; off the loopback, a login with the
  password (token) given by whoever started the server: a weak one is refused, attempts
  are limited per client (:mod:`limits`), failures are logged (never the password), the
  session is renewed at login, ends at logout and after :data:`IDLE_SECONDS` unused;
- a CSRF token, derived from the session, on every request that changes something;
- the Host header checked on the loopback (a DNS-rebinding page cannot reach us);
- every outline name stays a plain file name inside FOLDER (no ``..``, no absolute
  path, no symlink that leads out), and so do the templates and profiles it names;
- a Content-Security-Policy with a fresh nonce on every page.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import re
import secrets
import threading
import time
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from minutes.web.words import N_

COOKIE = "minutes_session"
OPEN_PATHS = ("/login", "/logout", "/static/")
OUTLINE_NAME = re.compile(r"[^/\\\x00-\x1f]{1,200}\.ya?ml", re.IGNORECASE)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or "localhost") only listens on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


MIN_TOKEN_CHARS = 12
"""The shortest password (``--token``) a server open to other machines accepts."""
IDLE_SECONDS = 4 * 3600
"""A logged-in session unused this long must log in again."""
LOGIN_TRIES = "10/minute"
"""Login attempts one client may make (a fixed window from its first attempt; :mod:`limits`)."""
LOGIN_TRIES_ALL = "60/minute"
"""Login attempts all clients together may make (guessing from many addresses)."""
LOG = logging.getLogger("minutes.web")


def weak_token(token: str | None) -> str:
    """Why ``token`` is too weak to guard a server open to other machines ("" when it is not)."""
    if token is None or not token.strip():
        return "mật khẩu trống"
    if token != token.strip():
        return "mật khẩu có dấu cách ở đầu hoặc cuối"
    if len(token) < MIN_TOKEN_CHARS:
        return f"mật khẩu chỉ có {len(token)} ký tự (cần ít nhất {MIN_TOKEN_CHARS})"
    if len(set(token)) < 6:
        return "mật khẩu lặp lại quá ít ký tự khác nhau"
    return ""


class Keys:
    """The server's secrets: the cookie signing key, the login token, the logged-in sessions,
    and the count of login attempts per client.

    ``tries``: the :mod:`limits` storage of the login attempts; a server of several worker
    processes keeps them in the register's database
    (:class:`minutes.register.tries.TriesStorage`), one of one process in memory.
    """

    def __init__(self, token: str | None, secret: bytes | None = None, sessions=None, tries=None):
        from limits import parse, storage, strategies

        self.secret = secret or secrets.token_bytes(32)
        self.token = token or None
        self.sessions = sessions if sessions is not None else MemorySessions()
        # a fixed window: the one strategy whose storage needs a single atomic increment
        self._tries = strategies.FixedWindowRateLimiter(tries if tries is not None else storage.MemoryStorage())
        self._per_client, self._for_all = parse(LOGIN_TRIES), parse(LOGIN_TRIES_ALL)

    def sign(self, sid: str) -> str:
        """Return the cookie value carrying session ``sid``."""
        mac = hmac.new(self.secret, sid.encode(), hashlib.sha256).hexdigest()[:32]
        return f"{sid}.{mac}"

    def session_of(self, cookie: str | None) -> str | None:
        """Return the session id in a cookie value, None when it is missing or forged."""
        if not cookie or "." not in cookie:
            return None
        sid = cookie.split(".", 1)[0]
        return sid if hmac.compare_digest(self.sign(sid), cookie) else None

    def csrf(self, sid: str) -> str:
        """Return the CSRF token of session ``sid``."""
        return hmac.new(self.secret, f"csrf:{sid}".encode(), hashlib.sha256).hexdigest()[:32]

    def password_ok(self, given: str) -> bool:
        """Whether ``given`` is the login token (compared in constant time)."""
        return self.token is not None and hmac.compare_digest(given.encode(), self.token.encode())  # never ""

    def may_try(self, client: str) -> bool:
        """Count one login attempt of ``client``; False when it (or everyone) tried too often."""
        return self._tries.hit(self._for_all, "all") and self._tries.hit(self._per_client, client)

    def log_in(self) -> str:
        """A new session id, logged in (never the one the browser came with: no fixation)."""
        sid = secrets.token_urlsafe(18)
        self.sessions.start(sid)
        return sid

    def log_out(self, sid: str) -> None:
        """End session ``sid``."""
        self.sessions.end(sid)

    def is_logged_in(self, sid: str) -> bool:
        """Whether ``sid`` is logged in and was used within :data:`IDLE_SECONDS`; marks it used."""
        return self.sessions.active(sid, IDLE_SECONDS)


class MemorySessions:
    """The logged-in sessions of a server of one process: session id -> when last used.

    A server of several worker processes keeps them in the register's database instead
    (:class:`minutes.web.app.SharedSessions`, the same three methods).
    """

    def __init__(self) -> None:
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def start(self, sid: str) -> None:
        """Record that ``sid`` has logged in."""
        with self._lock:
            self._seen[sid] = time.monotonic()

    def end(self, sid: str) -> None:
        """Forget ``sid`` (logout)."""
        with self._lock:
            self._seen.pop(sid, None)

    def active(self, sid: str, idle: float) -> bool:
        """Whether ``sid`` is logged in and was used within ``idle`` seconds; marks it used."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen.get(sid)
            if seen is None or now - seen > idle:
                self._seen.pop(sid, None)
                return False
            self._seen[sid] = now
            return True


def csp(nonce: str) -> str:
    """The Content-Security-Policy of every response: our own files only, scripts by nonce."""
    return ("default-src 'none'; "
            f"script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


class Guard(BaseHTTPMiddleware):
    """Session cookie, login, Host and Origin checks, and the security headers."""

    def __init__(self, app, keys: Keys, hosts: set[str] | None, refuse=None):
        super().__init__(app)
        self.keys, self.hosts = keys, hosts
        self._page = refuse  # (request, status, message) -> the refusal page with a way back

    async def dispatch(self, request: Request, call_next) -> Response:
        refused = self.refusal(request)
        sid = self.keys.session_of(request.cookies.get(COOKIE))
        fresh = sid is None
        sid = sid or secrets.token_urlsafe(18)
        request.state.sid, request.state.nonce = sid, secrets.token_urlsafe(16)
        request.state.csrf = self.keys.csrf(sid)
        if refused is None and self.keys.token and not request.url.path.startswith(OPEN_PATHS) \
                and not await run_in_threadpool(self.keys.is_logged_in, sid):  # the database, with workers
            refused = (RedirectResponse("/login", status_code=303) if request.method in ("GET", "HEAD")
                       else self._refuse(request, 401, N_("Cần đăng nhập: hãy tải lại trang rồi đăng nhập.")))
        response = refused or await call_next(request)
        if fresh and COOKIE not in response.headers.get("set-cookie", ""):
            set_session(response, self.keys, sid, request)
        headers = response.headers
        headers.setdefault("Content-Security-Policy", csp(request.state.nonce))
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Frame-Options"] = "DENY"
        headers.setdefault("Cache-Control", "no-store")
        return response

    def _refuse(self, request: Request, status: int, message: str) -> Response:
        """A refusal of the guard: a page with a way back when the app gave one, else text."""
        from starlette.responses import PlainTextResponse

        from minutes.web.words import _

        if self._page is None:
            return PlainTextResponse(_(message), status_code=status)
        return self._page(request, status, _(message))

    def refusal(self, request: Request) -> Response | None:
        """A refusal for a foreign Host (loopback only) or a cross-site Origin, else None."""
        host = request.headers.get("host", "").rsplit(":", 1)[0].strip("[]")
        if self.hosts is not None and host not in self.hosts:
            return self._refuse(request, 400, N_("Tên máy không hợp lệ."))
        origin = request.headers.get("origin")
        if (request.method not in ("GET", "HEAD") and origin and origin != "null"
                and origin.split("://", 1)[-1] != request.headers.get("host", "")):
            return self._refuse(request, 403, N_("Yêu cầu từ trang khác bị từ chối."))
        return None


def set_session(response: Response, keys: Keys, sid: str, request: Request) -> None:
    """Give the browser the cookie of session ``sid``."""
    response.set_cookie(COOKIE, keys.sign(sid), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def csrf_ok(request: Request, form) -> bool:
    """Whether a changing request carries this session's CSRF token (form field or header)."""
    given = form.get("_csrf") or request.headers.get("x-csrf-token") or ""
    return hmac.compare_digest(str(given), request.state.csrf)


def check_inside(text: str, path: Path, keep_tree: bool = False):
    """``minutes check`` on ``text`` (the outline at ``path``), with every path it names
    (``template``, ``extends`` at every depth) decided before anything is opened and
    refused when it leads out of the outline's folder (the web may only read inside it).
    Files are named relative to that folder: no path of the server is shown. ``keep_tree``:
    keep the text's round-trip tree (:func:`minutes.outline.source.check_text`)."""
    from dataclasses import replace

    from minutes import api
    from minutes.web.messages import for_web

    checked = api.check_text(text, path, within=path.parent, keep_tree=keep_tree)
    for found in (checked.problems, checked.warnings):
        found[:] = [replace(p, file=for_web(p.file, path.parent), message=for_web(p.message, path.parent))
                    for p in found]
    return checked


def inside(folder: Path, name: str) -> Path | None:
    """Return the outline ``name`` inside ``folder``, or None when it would lead out of it.

    Only a plain ``*.yaml``/``*.yml`` file name is accepted (at most 255 bytes); a symlink
    must stay inside (:func:`minutes.files.resolve_named`, as for every path a user names).
    """
    from minutes.files import InputError, resolve_named

    if not OUTLINE_NAME.fullmatch(name) or name.startswith(".") or len(name.encode("utf-8", "replace")) > 255:
        return None
    try:
        return resolve_named(name, folder, folder, "đề cương")
    except InputError:
        return None
