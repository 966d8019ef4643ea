"""Fixtures of the web tests: an app over a temporary folder and its test client; for the
browser tests a live server and a headless Chromium driven by Playwright.

Each test module imports them (``from webfixtures import *``): a second conftest.py
would shadow the root one, which other tests import by name."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from patience import patience
from starlette.testclient import TestClient

from minutes.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["folder", "example", "client", "live", "chromium", "page"]
EXAMPLE = ROOT / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"
BASE = "http://127.0.0.1:8000"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def folder(tmp_path) -> Path:
    """An empty folder of outlines."""
    path = tmp_path / "hop"
    path.mkdir()
    return path


@pytest.fixture
def example(folder) -> Path:
    """The seed-003 example outline (with its comments), copied into ``folder``."""
    target = folder / EXAMPLE.name
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def client(folder, monkeypatch) -> TestClient:
    """A test client of the app over ``folder`` on the loopback (no LibreOffice: fast)."""
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    with TestClient(create_app(folder), base_url=BASE) as test_client:
        yield test_client


# --- browser tests ---

@contextlib.contextmanager
def serving(app, **settings):
    """Run ``app`` in a real uvicorn server (``settings``: more of its Config) on a free loopback
    port, in a thread; yield the port, then stop the server."""
    uvicorn = pytest.importorskip("uvicorn")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", **settings))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + patience(20)
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(patience(10))


@pytest.fixture
def live(folder):
    """A real uvicorn server over ``folder`` on a free loopback port; yields its address."""
    with serving(create_app(folder)) as port:
        yield f"http://127.0.0.1:{port}"


_SHARED: dict = {}
"""The one Playwright session and browser of this test run, shared by every module that
imports these fixtures (each import makes a fixture of its own, and two Playwright sessions
cannot run in one process)."""


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium (Debian's package) driven by Playwright; skipped when absent."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    if not _SHARED:
        manager = sync_api.sync_playwright()
        playwright = manager.start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        _SHARED.update(playwright=playwright, browser=browser, users=0)
    _SHARED["users"] += 1
    try:
        yield _SHARED["browser"]
    finally:
        _SHARED["users"] -= 1
        if not _SHARED["users"]:
            _SHARED["browser"].close()
            _SHARED["playwright"].stop()
            _SHARED.clear()


@pytest.fixture
def page(chromium, live):
    """A fresh browser tab at desktop size (its own cookies), closed before the server stops."""
    context = chromium.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    errors: list[str] = []  # console errors include every Content-Security-Policy violation
    context.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    context.on("weberror", lambda error: errors.append(str(error.error)))
    yield tab
    context.close()
    assert not errors, errors
