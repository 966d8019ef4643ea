"""``minutes serve --workers 2`` behind one address: nothing of the form's state lives in one
process's memory. Each test sends requests to both worker processes on purpose (connections
whose accepting worker is known, :mod:`severalworkers`) and checks they answer as one server."""

from __future__ import annotations

import re
import shutil
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import has_pdf_tools
from webhelpers import form_values

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "register"))
from regfixtures import *  # noqa: F403 (db_url, pg_server: each engine, PostgreSQL skipped when absent)
from severalworkers import close_all, pinned, serving_workers
from webfixtures import *  # noqa: F403 (chromium)

STRONG = "mật-khẩu-dài-9f3k"
NO_OFFICE = {"MINUTES_SOFFICE": "/nonexistent/soffice"}
needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")


def answer(connection, method: str, url: str, body: dict | None = None, cookie: str = "") -> tuple[int, str, dict]:
    """Send one request on ``connection``; return (status, text, headers)."""
    data = urlencode(body).encode() if body is not None else None
    headers = {"Cookie": cookie} if cookie else {}
    if data is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, url, body=data, headers=headers)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace"), dict(response.getheaders())


def session(connection) -> tuple[str, str]:
    """A fresh session's cookie and its CSRF token, from the login page."""
    _, page, headers = answer(connection, "GET", "/login")
    cookie = headers["set-cookie"].split(";", 1)[0]
    return cookie, re.search(r'name="_csrf" value="([^"]+)"', page).group(1)


def test_login_attempts_are_counted_once_for_every_worker(tmp_path, db_url):
    folder = tmp_path / "hop"
    folder.mkdir()
    with serving_workers(folder, "--token", STRONG, "--db", db_url, env=NO_OFFICE) as (port, proc):
        connections = pinned(port, proc, 6)  # twelve tries from one client, six to each worker
        try:
            cookie, token = session(next(iter(connections.values()))[0])
            statuses: dict[int, list[int]] = {pid: [] for pid in connections}

            def wrong(pid, connection, i):
                status = answer(connection, "POST", "/login", {"password": f"doan-sai-{i}", "_csrf": token}, cookie)[0]
                statuses[pid].append(status)

            tries = [threading.Thread(target=wrong, args=(pid, c, i)) for pid, group in connections.items()
                     for i, c in enumerate(group)]
            for thread in tries:
                thread.start()
            for thread in tries:
                thread.join()
            every = sorted(s for found in statuses.values() for s in found)
            assert every == [401] * 10 + [429] * 2, statuses  # ten wrong ones in all, whichever worker
            for group in connections.values():  # now even the right password waits, on every worker
                assert answer(group[0], "POST", "/login", {"password": STRONG, "_csrf": token}, cookie)[0] == 429
        finally:
            close_all(connections)


# --- previews: made by one worker, served by every one --------------------------------------

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"
NAME = EXAMPLE.name
PAGE = re.compile(r'src="(/o/[^"/]+/page/\d+\.png\?v=([0-9a-f]+))"')


@pytest.fixture
def outline_folder(tmp_path) -> Path:
    folder = tmp_path / "hop"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / NAME)
    return folder


def preview_of(connection) -> list[tuple[str, str]]:
    """(URL, key) of each page of the preview, made now if needed, as one worker answers it."""
    status, page, _ = answer(connection, "GET", f"/o/{NAME}/preview")
    assert status == 200, page[:500]
    found = PAGE.findall(page)
    assert found, page[:2000]
    return found


@needs_tools
def test_a_preview_made_by_one_worker_is_served_and_kept_right_by_the_other(outline_folder):
    with serving_workers(outline_folder) as (port, proc):
        connections = pinned(port, proc, 1)
        try:
            one, two = (group[0] for group in connections.values())
            pages = preview_of(one)
            for url, _ in pages:  # each page image, asked of the worker that did not make it
                status, _, headers = answer_bytes(two, url)
                assert status == 200 and headers["content-type"] == "image/png", url
                assert "immutable" in headers["cache-control"]  # the key names the picture it sends
            assert [answer_bytes(two, url)[1] for url, _ in pages] == [answer_bytes(one, url)[1] for url, _ in pages]
            original = (outline_folder / NAME).read_bytes()
            (outline_folder / NAME).write_bytes(original.replace("Hội nghị giao ban".encode(), b"HOP KHAC HAN"))
            changed = preview_of(two)
            assert [key for _, key in changed] != [key for _, key in pages]
            (outline_folder / NAME).write_bytes(original)  # back by hand to the version the first worker showed
            assert preview_of(one) == pages  # the first worker knows the shared pages are no longer its version's
        finally:
            close_all(connections)


def answer_bytes(connection, url: str) -> tuple[int, bytes, dict]:
    """GET ``url`` on ``connection``: (status, body, headers with lower-case names)."""
    connection.request("GET", url)
    response = connection.getresponse()
    return response.status, response.read(), {k.lower(): v for k, v in response.getheaders()}


# --- recent texts: an overwrite merges whichever worker she opened the outline on -------------

def test_an_overwrite_on_the_other_worker_keeps_what_another_tab_saved(outline_folder):
    with serving_workers(outline_folder, env=NO_OFFICE) as (port, proc):
        connections = pinned(port, proc, 1)
        try:
            one, two = (group[0] for group in connections.values())
            status, page, headers = answer(one, "GET", f"/o/{NAME}")
            cookie = headers["set-cookie"].split(";", 1)[0]
            mine = form_values(page)  # she opens the outline: the first worker answers
            theirs = form_values(answer(one, "GET", f"/o/{NAME}", cookie=cookie)[1])
            theirs["meeting.location"] = "Hội trường của tab kia"
            assert answer(one, "POST", f"/o/{NAME}/save", theirs, cookie)[0] == 303  # saved
            mine["meeting.title"] = "Tiêu đề của chị"
            status, refused, _ = answer(two, "POST", f"/o/{NAME}/save", mine, cookie)  # her save: the other worker
            assert status == 409
            assert "Nơi khác đã sửa" in refused and "Bạn đã sửa" in refused  # it knows the version she opened
            assert "Khác nhau giữa biểu mẫu" not in refused
            assert answer(two, "POST", f"/o/{NAME}/save", {**mine, "_overwrite": "1"}, cookie)[0] == 303
        finally:
            close_all(connections)
    text = (outline_folder / NAME).read_text(encoding="utf-8")
    assert "Hội trường của tab kia" in text and "Tiêu đề của chị" in text


# --- the same in the browser ------------------------------------------------------------------

SHOWN = """() => { const pages = [...document.querySelectorAll('#preview img.page')];
  return pages.length > 0 && pages.every(p => p.complete) ? pages.map(p => p.naturalWidth) : null; }"""


@needs_tools
def test_every_tab_shows_every_preview_page_whichever_worker_answers(chromium, outline_folder, tmp_path):
    from playwright.sync_api import expect

    failed: list[str] = []
    with serving_workers(outline_folder) as (port, proc):
        tabs = []
        for _ in range(4):  # each tab its own connections, accepted by either worker
            context = chromium.new_context(viewport={"width": 1366, "height": 900})
            context.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            tab = context.new_page()
            tab.set_default_timeout(120_000)
            tab.goto(f"http://127.0.0.1:{port}/o/{NAME}")
            tabs.append(tab)
        for tab in tabs:
            widths = tab.wait_for_function(SHOWN).json_value()
            assert all(width > 0 for width in widths), widths  # every page's picture arrived
        first = tabs[0]
        first.locator("#f-meeting-location").fill("Hội trường mới của Ủy ban")
        first.get_by_role("button", name="Lưu", exact=True).first.click()
        expect(first.locator("#status")).to_contain_text("Đã lưu.")
        for tab in tabs[1:]:
            tab.reload()
        for tab in tabs:
            assert all(width > 0 for width in tab.wait_for_function(SHOWN).json_value())
        first.screenshot(path=str(tmp_path / "several-workers.png"))  # to look at: the saved version's pages
        for tab in tabs:
            tab.context.close()
    assert not failed, failed


# --- a worker waiting for the register keeps answering -------------------------------------

def test_a_worker_waiting_for_the_busy_register_still_answers_other_requests(tmp_path, outline_folder):
    import sqlite3

    from patience import patience

    register = tmp_path / "register.sqlite"
    with serving_workers(outline_folder, "--token", STRONG, "--db", f"sqlite:///{register}", env=NO_OFFICE) \
            as (port, proc):
        connections = pinned(port, proc, 2)
        try:
            waiting, other = next(iter(connections.values()))  # two connections to one worker
            cookie, token = session(waiting)
            status, _, headers = answer(waiting, "POST", "/login", {"password": STRONG, "_csrf": token}, cookie)
            assert status == 303
            cookie = headers["set-cookie"].split(";", 1)[0]  # the session logged in
            writer = sqlite3.connect(register, timeout=60, isolation_level=None)
            writer.execute("BEGIN IMMEDIATE")  # someone else writes the register for a while
            page: list = []
            sent = threading.Event()

            def ask():
                waiting.request("GET", "/", headers={"Cookie": cookie})
                sent.set()
                page.append(waiting.getresponse().status)

            asking = threading.Thread(target=ask)
            try:
                asking.start()  # the session is looked up in the register: it waits for the writer
                sent.wait(patience(10))
                other.sock.settimeout(patience(15))
                for _ in range(3):  # meanwhile the same worker answers others
                    assert answer_bytes(other, "/static/app.css")[0] == 200
                assert not page  # (the page was still waiting)
            finally:
                writer.execute("ROLLBACK")
                writer.close()
            asking.join()
            assert page == [200]
        finally:
            close_all(connections)
