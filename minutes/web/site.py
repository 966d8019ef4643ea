"""What every request of the web form shares: the folder, the keys, the page templates, the cache."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from minutes import api
from minutes.web.security import Keys
from minutes.web.text import translations

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
    checked: dict[str, tuple[str, object]] = field(default_factory=dict)  # name -> (version, api.Checked) just saved
    office: object = None  # the LibreOffice kept warm for previews, started on the first one

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

    def lock(self, name: str) -> threading.Lock:
        """The lock that serialises the saves and previews of one outline."""
        return self.locks.setdefault(name, threading.Lock())

    def page(self, request: Request, template: str, status: int = 200, headers: dict | None = None,
             **values) -> HTMLResponse:
        """Render a page with the request's CSRF token and CSP nonce."""
        values.setdefault("oob", False)
        values.setdefault("can_logout", bool(self.keys.token) and template != "login.html")
        html = self.pages.get_template(template).render(
            csrf=request.state.csrf, nonce=request.state.nonce, folder=self.folder.name,
            htmx=request.headers.get("hx-request") == "true", **values)
        return HTMLResponse(html, status_code=status, headers=headers)


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


def site_of(request: Request) -> Site:
    """The :class:`Site` of the app serving ``request``."""
    return request.app.state.site
