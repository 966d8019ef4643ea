"""What every request of the web form shares: the folder, the keys, the page templates, the cache.

Nothing a request leaves for the next one lives only in this process's memory: the previews
and the texts of recent versions are files in the cache folder, which every worker process
of ``minutes serve --workers N`` shares; the sessions and login attempts of such a server are
in the register's database (:mod:`minutes.web.app`). What memory holds is recomputed when
missing (:attr:`Site.checked`) or belongs to this process (its warm LibreOffice, its locks'
thread halves).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from minutes import api
from minutes.web.security import Keys
from minutes.web.words import translations

HERE = Path(__file__).resolve().parent
KEEP_TEXTS = 32
"""How many versions of outlines the server remembers (to merge an overwrite)."""
VERSION = re.compile(r"[0-9a-f]{20}")
"""What a version of an outline file is (:func:`minutes.api.read_outline_text`): a short hash."""
NO_FILE = "new"
"""The version of an outline that is not on disk yet: its text is empty."""


@dataclass
class Site:
    """What every request shares: the folder, the keys, the page templates, the preview cache."""

    folder: Path
    keys: Keys
    pages: jinja2.Environment
    cache: Path  # shared by the worker processes of one server
    locks: dict[str, threading.Lock] = field(default_factory=dict)
    # name -> (version, api.Checked) this process just saved: spares a second check, redone when missing
    checked: dict[str, tuple[str, object]] = field(default_factory=dict)
    office: Any = None  # this process's LibreOffice kept warm for previews, started on the first one
    db: str | None = None  # the register's database URL (None: MINUTES_DB or the folder's SQLite file)
    texts: Texts = field(init=False)  # version -> text, the last few read or written

    def __post_init__(self) -> None:
        self.texts = Texts(self.cache / "texts")

    def remember(self, version: str, text: str) -> None:
        """Keep the text of ``version`` so an overwrite can tell what each tab changed."""
        self.texts.remember(version, text)

    def warm_office(self):
        """The LibreOffice kept running between previews (started on first use)."""
        with self.lock("office"):
            if self.office is None:
                self.office = api.warm_office()
            return self.office

    def close(self) -> None:
        """Stop the warm LibreOffice, if one was started."""
        if self.office is not None:
            self.office.close()

    def lock(self, name: str) -> FileLock:
        """The lock that serialises the saves and previews of one outline, in this process and
        across the worker processes of ``minutes serve --workers N``."""
        return FileLock(self.locks.setdefault(name, threading.Lock()), lock_file(self.folder, name))

    def page(self, request: Request, template: str, status: int = 200, headers: dict | None = None,
             **values) -> HTMLResponse:
        """Render a page with the request's CSRF token and CSP nonce."""
        values.setdefault("oob", False)
        values.setdefault("can_logout", bool(self.keys.token) and template != "login.html")
        html = self.pages.get_template(template).render(
            csrf=request.state.csrf, nonce=request.state.nonce, folder=self.folder.name,
            htmx=request.headers.get("hx-request") == "true", **values)
        return HTMLResponse(html, status_code=status, headers=headers)


class Texts:
    """The texts of the last :data:`KEEP_TEXTS` versions of outlines read or written, one file
    per version (named by it) in ``folder``: every worker process of a server reads what another
    one kept, so an overwrite merges whichever worker she opened the outline on."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(exist_ok=True)

    def remember(self, version: str, text: str) -> None:
        """Keep ``text`` as the text of ``version`` (the oldest beyond :data:`KEEP_TEXTS` go)."""
        if not VERSION.fullmatch(version):
            return
        part = self.folder / f".{version}.{os.getpid()}.{threading.get_ident()}"
        try:
            part.write_text(text, encoding="utf-8")
            os.replace(part, self.folder / version)  # whole or not at all, for a reader elsewhere
        except OSError:
            part.unlink(missing_ok=True)
            return
        self._prune()

    def get(self, version: str) -> str | None:
        """The text of ``version``; None when it is not kept (or is no version)."""
        if version == NO_FILE:
            return ""
        if not VERSION.fullmatch(version):
            return None
        try:
            return (self.folder / version).read_text(encoding="utf-8")
        except OSError:
            return None

    def clear(self) -> None:
        """Forget every text (as a server started afresh would)."""
        for entry in os.scandir(self.folder):
            Path(entry.path).unlink(missing_ok=True)

    def _prune(self) -> None:
        kept = []
        for entry in os.scandir(self.folder):
            try:
                if VERSION.fullmatch(entry.name):
                    kept.append((entry.stat().st_mtime_ns, entry.path))
            except OSError:  # removed meanwhile by another process
                continue
        for _, path in sorted(kept)[:-KEEP_TEXTS]:
            Path(path).unlink(missing_ok=True)


class FileLock:
    """A thread lock held together with an exclusive ``flock`` on a file (other processes)."""

    def __init__(self, thread_lock: threading.Lock, path: Path):
        self.thread_lock, self.path = thread_lock, path
        self.handle: BinaryIO | None = None

    def __enter__(self) -> FileLock:
        import fcntl

        self.thread_lock.acquire()
        try:
            self.handle = open(self.path, "a+b")
            fcntl.flock(self.handle, fcntl.LOCK_EX)
        except OSError:
            if self.handle is not None:
                self.handle.close()
            self.handle = None  # no lock file possible: the thread lock alone
        return self

    def __exit__(self, *exc) -> None:
        if self.handle is not None:
            self.handle.close()  # closing releases the flock
            self.handle = None
        self.thread_lock.release()


def lock_file(folder: Path, name: str) -> Path:
    """The lock file of outline ``name`` of ``folder``: in a private folder of the temporary
    directory, the same for every process serving ``folder`` (never in her folder)."""
    import hashlib
    import os
    import tempfile

    key = hashlib.sha256(f"{folder.resolve()}\0{name}".encode()).hexdigest()[:32]
    where = Path(tempfile.gettempdir()) / f"minutes-locks-{os.getuid()}"
    where.mkdir(mode=0o700, exist_ok=True)
    return where / f"{key}.lock"


def environment() -> jinja2.Environment:
    """The Jinja environment of the pages: autoescaped, strict, with the web's catalogue."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
                             trim_blocks=True, lstrip_blocks=True)
    # the i18n extension adds this method at run time, so jinja2's types do not declare it
    env.install_gettext_translations(translations(), newstyle=True)  # type: ignore[attr-defined]
    from minutes.web import fields
    env.globals.update(sections=fields.SECTIONS, specs=fields.SPECS, choice_words=fields.CHOICES,
                       sub_label=fields.sub_label, fid=field_id, static=static_url)
    return env


def field_id(name: str) -> str:
    """The HTML id of the box named ``name`` ("meeting.date" -> "f-meeting-date")."""
    return "f-" + name.replace(".", "-")


STATIC = ("app.css", "app.js", "htmx.min.js")
"""The files the pages load, served under a versioned URL and cached for a year."""


@functools.cache
def static_version(name: str) -> str:
    """A short hash of the static file ``name`` (its URL changes when it does)."""
    return hashlib.sha256((HERE / "static" / name).read_bytes()).hexdigest()[:12]


def static_url(name: str) -> str:
    """The versioned URL of static file ``name``: /static/v/HASH/NAME."""
    return f"/static/v/{static_version(name)}/{name}"


def site_of(request: Request) -> Site:
    """The :class:`Site` of the app serving ``request``."""
    return request.app.state.site
