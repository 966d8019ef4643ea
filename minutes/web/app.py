"""The web application behind ``minutes serve``: a Starlette app over one folder of outlines."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from minutes import api
from minutes.web import errorpages, routes
from minutes.web.security import Guard, Keys, is_loopback, weak_token
from minutes.web.site import HERE, Site, environment

WORKER_ENV = ("MINUTES_SERVE_FOLDER", "MINUTES_SERVE_HOST", "MINUTES_SERVE_SECRET", "MINUTES_SERVE_CACHE")
"""How ``minutes serve --workers N`` tells each worker process what to serve."""


def create_app(folder: str | os.PathLike, *, host: str = "127.0.0.1", token: str | None = None,
               db: str | None = None, secret: bytes | None = None,
               cache: str | os.PathLike | None = None) -> Starlette:
    """Build the app over ``folder``. Off the loopback a strong ``token`` (password) is required.

    ``db``: the register's database URL; ``secret``: the cookie key shared by the worker
    processes of one server (``minutes serve --workers N``). With a shared key, logged-in
    sessions are kept in the register's database, so that any worker answers any request;
    and so is the count of login attempts; a server of one process keeps both in memory.
    ``cache``: the private folder of previews and recent texts the workers share (made by
    whoever starts them, and removed by it); without one the app makes its own.
    """
    if not is_loopback(host) and (not token or weak_token(token)):
        raise ValueError(f"a strong token is required off the loopback ({weak_token(token)})")
    shared = SharedSessions(Path(folder), db) if token and secret else None
    keys = Keys(token, secret=secret, sessions=shared, tries=shared_tries(Path(folder), db) if shared else None)
    owned = cache is None
    cache = Path(tempfile.mkdtemp(prefix="minutes-serve-")) if cache is None else Path(cache)
    site = Site(Path(folder).resolve(), keys, environment(), cache, db=db)
    hosts = {"127.0.0.1", "localhost", "::1", host} if is_loopback(host) else None

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        api.stop_renders()  # a template still rendering ends with the server
        site.close()
        if owned:
            shutil.rmtree(cache, ignore_errors=True)

    app = Starlette(routes=[*routes.ROUTES, Mount("/static", StaticFiles(directory=HERE / "static"), name="static")],
                    lifespan=lifespan, exception_handlers=errorpages.HANDLERS)
    app.state.site = site
    app.add_middleware(Guard, keys=keys, hosts=hosts, refuse=errorpages.error_page)
    return app


def from_environment() -> Starlette:
    """The app of one worker of ``minutes serve --workers N`` (uvicorn's factory), from the
    variables :data:`WORKER_ENV` (with ``MINUTES_TOKEN`` and ``MINUTES_DB``) set by the parent."""
    from minutes import api

    api.warm_readers()  # each worker has its own fork server: its children start ready too
    folder, host, secret, cache = (os.environ[name] for name in WORKER_ENV)
    return create_app(folder, host=host, token=os.environ.get("MINUTES_TOKEN") or None,
                      db=os.environ.get("MINUTES_DB") or None, secret=bytes.fromhex(secret), cache=cache)


def shared_tries(folder: Path, db: str | None):
    """The count of login attempts kept in the register's database, for every worker process."""
    from minutes.register.tries import TriesStorage

    return TriesStorage(folder, db)


class SharedSessions:
    """The logged-in sessions of a server of several processes, kept in the register's
    database (the methods of :class:`minutes.web.security.MemorySessions`)."""

    def __init__(self, folder: Path, db: str | None):
        self.folder, self.db = folder, db

    def start(self, sid: str) -> None:
        """Record that ``sid`` has logged in; sessions unused longer than a login lasts are forgotten."""
        from minutes.register import office
        from minutes.web.security import IDLE_SECONDS

        office.session_add(self.folder, sid, self.db, idle=IDLE_SECONDS)

    def end(self, sid: str) -> None:
        """Forget ``sid`` (logout)."""
        from minutes.register import office

        office.session_end(self.folder, sid, self.db)

    def active(self, sid: str, idle: float) -> bool:
        """Whether ``sid`` is logged in and was used within ``idle`` seconds; marks it used."""
        from minutes.register import office

        return office.session_active(self.folder, sid, idle, self.db)
