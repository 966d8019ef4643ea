"""A connection that never finishes a request head is closed within ``minutes serve``'s bound;
one that does is served, and kept alive between its requests, as before."""

from __future__ import annotations

import socket
import time

import pytest

pytest.importorskip("uvicorn")

from patience import patience
from webfixtures import serving

from minutes.web.app import create_app
from minutes.web.deadline import HeadDeadline
from minutes.web.server import limits

BOUND = 0.5
"""The bound these tests set (the server's own is HeadDeadline.seconds)."""


class Quick(HeadDeadline):
    seconds = BOUND


@pytest.fixture
def port(tmp_path, monkeypatch):
    """A uvicorn server with ``minutes serve``'s limits (the head bound made short); its port."""
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    settings = {**limits(1024), "http": Quick}
    assert limits(1024)["http"] is HeadDeadline
    with serving(create_app(tmp_path), **settings) as port:
        yield port


def closed_after(conn: socket.socket) -> float:
    """Seconds until the server closes ``conn`` (what it sends first is read and dropped)."""
    start = time.monotonic()
    conn.settimeout(patience(BOUND + 5))
    try:
        while conn.recv(4096):
            pass
    except ConnectionResetError:
        pass
    return time.monotonic() - start


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=patience(10))


@pytest.mark.parametrize("sent", [b"", b"GET / HTTP/1.1\r\nHost: 127.0.0.1", b"GET / HTTP/1.1\r\n"])
def test_a_connection_without_a_whole_request_head_is_closed_within_the_bound(port, sent):
    with connect(port) as conn:
        conn.sendall(sent)
        assert closed_after(conn) < patience(BOUND + 5)  # closed (recv saw the end), not timed out


def test_a_second_request_left_half_sent_is_closed_too(port):
    with connect(port) as conn:
        conn.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        conn.settimeout(patience(10))
        assert conn.recv(4096).startswith(b"HTTP/1.1 204")
        conn.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
        assert closed_after(conn) < patience(BOUND + 5)


def test_a_whole_request_sent_slowly_within_the_bound_is_answered(port):
    with connect(port) as conn:
        for part in (b"GET /favicon.ico HTTP/1.1\r\n", b"Host: 127.0.0.1\r\n", b"\r\n"):
            conn.sendall(part)
        conn.settimeout(patience(10))
        assert conn.recv(4096).startswith(b"HTTP/1.1 204")
        conn.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := conn.recv(4096):
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 204")  # the same connection served a second request
