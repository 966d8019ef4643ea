"""``minutes serve --workers 2`` behind one address: nothing of the form's state lives in one
process's memory. Each test sends requests to both worker processes on purpose (connections
whose accepting worker is known, :mod:`severalworkers`) and checks they answer as one server."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "register"))
from regfixtures import *  # noqa: E402,F403 (db_url, pg_server: each engine, PostgreSQL skipped when absent)
from severalworkers import close_all, pinned, serving_workers  # noqa: E402

STRONG = "mật-khẩu-dài-9f3k"
NO_OFFICE = {"MINUTES_SOFFICE": "/nonexistent/soffice"}


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
