"""The web application behind ``minutes serve``: a Starlette app over one folder of outlines."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from minutes.web.text import translations
from minutes.web.security import Guard, Keys, is_loopback

HERE = Path(__file__).resolve().parent


@dataclass
class Site:
    """What every request shares: the folder, the keys, the page templates, the preview cache."""

    folder: Path
    keys: Keys
    pages: jinja2.Environment
    cache: Path
    locks: dict[str, threading.Lock] = field(default_factory=dict)
    previews: dict[str, str] = field(default_factory=dict)  # outline name -> version previewed

    def lock(self, name: str) -> threading.Lock:
        """The lock that serialises the saves and previews of one outline."""
        return self.locks.setdefault(name, threading.Lock())

    def page(self, request: Request, template: str, status: int = 200, **values) -> HTMLResponse:
        """Render a page with the request's CSRF token and CSP nonce."""
        values.setdefault("oob", False)
        html = self.pages.get_template(template).render(
            csrf=request.state.csrf, nonce=request.state.nonce, folder=self.folder.name,
            htmx=request.headers.get("hx-request") == "true", **values)
        return HTMLResponse(html, status_code=status)


def environment() -> jinja2.Environment:
    """The Jinja environment of the pages: autoescaped, strict, with the web's catalogue."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
                             trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(translations(), newstyle=True)
    from minutes.web import fields
    env.globals.update(sections=fields.SECTIONS, specs=fields.SPECS, sub_label=fields.sub_label, fid=field_id)
    return env


def field_id(name: str) -> str:
    """The HTML id of the box named ``name`` ("meeting.date" -> "f-meeting-date")."""
    return "f-" + name.replace(".", "-")


def create_app(folder: str | os.PathLike, *, host: str = "127.0.0.1", token: str | None = None) -> Starlette:
    """Build the app over ``folder``. Off the loopback a ``token`` (password) is required."""
    from minutes.web import routes

    if not is_loopback(host) and not token:
        raise ValueError("a token is required off the loopback")
    keys = Keys(token)
    cache = Path(tempfile.mkdtemp(prefix="minutes-serve-"))
    site = Site(Path(folder).resolve(), keys, environment(), cache)
    hosts = {"127.0.0.1", "localhost", "::1", host} if is_loopback(host) else None

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        shutil.rmtree(cache, ignore_errors=True)

    app = Starlette(routes=[*routes.ROUTES, Mount("/static", StaticFiles(directory=HERE / "static"), name="static")],
                    lifespan=lifespan)
    app.state.site = site
    app.add_middleware(Guard, keys=keys, hosts=hosts)
    return app


def site_of(request: Request) -> Site:
    """The :class:`Site` of the app serving ``request``."""
    return request.app.state.site


__all__ = ["create_app", "Route", "Site", "site_of"]
