"""Fifty takers at once get fifty different, consecutive numbers: fifty ``minutes register take``
processes, and fifty "Cấp số" requests to ``minutes serve --workers 2``; on both engines."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
from regfixtures import *  # noqa: F403 (the fixtures)

from minutes.register import office

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from webhelpers import form_values

TAKERS = 50
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "toi-thieu.yaml"


def outlines(folder: Path) -> list[Path]:
    """``TAKERS`` outlines of one body and year, none with a number yet."""
    text = EXAMPLE.read_text(encoding="utf-8")
    made = []
    for i in range(TAKERS):
        path = folder / f"hop-{i:02d}.yaml"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


def numbers_written(paths: list[Path]) -> list[int]:
    found = []
    for path in paths:
        match = re.search(r"^number: (\d+)$", path.read_text(encoding="utf-8"), re.M)
        assert match, f"{path.name} has no number"
        found.append(int(match[1]))
    return sorted(found)


def test_fifty_processes_through_the_cli(tmp_path, db_url):
    folder = tmp_path / "hop"
    folder.mkdir()
    paths = outlines(folder)
    office.register_for(folder, db_url)  # the schema exists before the race (as after any first use)
    env = {**os.environ, "MINUTES_DB": db_url}
    procs = [subprocess.Popen([sys.executable, "-m", "minutes", "register", "take", str(p)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in paths]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o, p in zip(outputs, procs) if p.returncode]
    assert numbers_written(paths) == list(range(1, TAKERS + 1))
    rows = office.register_rows(folder, 2026, db_url)
    assert sorted(r["number"] for r in rows) == list(range(1, TAKERS + 1))
    assert len({r["outline"] for r in rows}) == TAKERS


def test_fifty_processes_on_a_fresh_sqlite_file(tmp_path):
    """Even the first use, which makes the schema, is raced safely (SQLite, the default register)."""
    folder = tmp_path / "hop"
    folder.mkdir()
    paths = outlines(folder)[:20]
    env = {k: v for k, v in os.environ.items() if k != "MINUTES_DB"}
    procs = [subprocess.Popen([sys.executable, "-m", "minutes", "register", "take", str(p)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in paths]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o, p in zip(outputs, procs) if p.returncode]
    assert numbers_written(paths) == list(range(1, 21))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path, db_url):
    """``minutes serve --workers 2`` over a folder of fifty outlines; yields (address, outlines)."""
    folder = tmp_path / "hop"
    folder.mkdir()
    paths = outlines(folder)
    port = free_port()
    env = {**os.environ, "MINUTES_SOFFICE": "/nonexistent/soffice"}
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "serve", str(folder), "--port", str(port),
                             "--no-open", "--workers", "2", "--db", db_url], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/static/app.css", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, proc.stdout.read()
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    try:
        yield base, paths
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        proc.stdout.close()


def test_fifty_requests_to_several_workers(served, db_url):
    base, paths = served
    with httpx.Client(base_url=base, timeout=120) as client:
        client.get("/")  # the session cookie; its CSRF token is valid in every worker
        forms = []
        for path in paths:
            page = client.get(f"/o/{path.name}").text
            assert "Cấp số" in page
            forms.append((path.name, form_values(page)))

        def take(item):
            name, fields = item
            return client.post(f"/o/{name}/take", data=fields, follow_redirects=False)

        with ThreadPoolExecutor(TAKERS) as pool:
            answers = list(pool.map(take, forms))
    assert [a.status_code for a in answers] == [303] * TAKERS, [a.text[:300] for a in answers if a.status_code != 303]
    assert numbers_written(paths) == list(range(1, TAKERS + 1))
    rows = office.register_rows(paths[0].parent, 2026, db_url)
    assert sorted(r["number"] for r in rows) == list(range(1, TAKERS + 1))
