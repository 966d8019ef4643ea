"""Helpers of the tests of ``minutes serve --workers N``: start a real server, and open HTTP
connections that each worker process has accepted, so a test sends a request to the worker
it means (which process accepted a connection is read from Linux's /proc)."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from patience import patience


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving_workers(folder: Path, *options: str, count: int = 2, env: dict | None = None) -> Iterator[tuple]:
    """Run ``minutes serve FOLDER --workers COUNT OPTIONS…`` on a free loopback port until every
    worker answers; yield (port, the process), then stop it."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs Linux's /proc to tell which worker accepted a connection")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "serve", str(folder), "--port", str(port), "--no-open",
                             "--workers", str(count), *options], env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + patience(60)
        while not _answers(port) or len(workers(port, proc)) < count:
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(patience(30))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        proc.stdout.close()


def _answers(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/static/app.css")
        ok = connection.getresponse().status == 200
        connection.close()
        return ok
    except OSError:
        return False


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (the workers of a ``minutes serve --workers N``)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(p) for p in (task / "children").read_text().split()]
    return found


LISTEN = "0A"
"""The state of a listening socket in /proc/net/tcp."""


def _inode(server_port: int, client_port: int | None) -> str | None:
    """The inode of the server's end of the loopback connection from ``client_port``, or of
    the listening socket when ``client_port`` is None."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                local, remote = int(fields[1].rsplit(":", 1)[1], 16), int(fields[2].rsplit(":", 1)[1], 16)
                if local == server_port and (remote == client_port if client_port else fields[3] == LISTEN):
                    return fields[9]
    return None


def _holds(pid: int, inode: str | None) -> bool:
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == f"socket:[{inode}]":
                    return True
    return False


def workers(port: int, proc: subprocess.Popen) -> list[int]:
    """The worker processes of the server ``proc``: its children that listen on ``port``."""
    listening = _inode(port, None)
    return [pid for pid in children(proc.pid) if _holds(pid, listening)]


def owner(server_port: int, connection: http.client.HTTPConnection, pids: list[int]) -> int | None:
    """Which of ``pids`` holds the server's end of ``connection`` (None: none of them)."""
    inode = _inode(server_port, connection.sock.getsockname()[1])
    return next((pid for pid in pids if _holds(pid, inode)), None)


def pinned(port: int, proc: subprocess.Popen, each: int, timeout: float = 120) -> dict[int, list]:
    """``each`` open keep-alive connections accepted by every worker: {worker pid: connections}.
    Connections are opened a few at a time (the kernel hands each to whichever worker accepts
    first) until every worker has enough; the others are closed."""
    pids = workers(port, proc)
    found: dict[int, list] = {pid: [] for pid in pids}
    deadline = time.monotonic() + patience(30)
    while any(len(c) < each for c in found.values()):
        assert time.monotonic() < deadline, f"the connections did not reach every worker: {found}"
        batch = [http.client.HTTPConnection("127.0.0.1", port, timeout=timeout) for _ in range(4)]
        for connection in batch:
            connection.request("GET", "/static/app.css")
        for connection in batch:
            connection.getresponse().read()  # answered: accepted by a worker
            worker = owner(port, connection, pids)
            if worker in found and len(found[worker]) < each:
                found[worker].append(connection)
            else:
                connection.close()
    return found


def close_all(connections: dict[int, list]) -> None:
    for group in connections.values():
        for connection in group:
            connection.close()
