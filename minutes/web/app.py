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


def create_app(folder: str | os.PathLike, *, host: str = "127.0.0.1", token: str | None = None) -> Starlette:
    """Build the app over ``folder``. Off the loopback a ``token`` (password) is required."""
    if not is_loopback(host) and (not token or weak_token(token)):
        raise ValueError(f"a strong token is required off the loopback ({weak_token(token)})")
    keys = Keys(token)
    cache = Path(tempfile.mkdtemp(prefix="minutes-serve-"))
    site = Site(Path(folder).resolve(), keys, environment(), cache)
    hosts = {"127.0.0.1", "localhost", "::1", host} if is_loopback(host) else None

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        api.stop_renders()  # a template still rendering ends with the server
        site.close()
        shutil.rmtree(cache, ignore_errors=True)

    app = Starlette(routes=[*routes.ROUTES, Mount("/static", StaticFiles(directory=HERE / "static"), name="static")],
                    lifespan=lifespan, exception_handlers=errorpages.HANDLERS)
    app.state.site = site
    app.add_middleware(Guard, keys=keys, hosts=hosts, refuse=errorpages.error_page)
    return app
