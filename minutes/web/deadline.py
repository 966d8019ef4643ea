"""A bound on the time a client may take to send a request's head, for ``minutes serve``.

uvicorn bounds the time a connection may stay idle *after* an answer (``timeout_keep_alive``),
but not the time before a request: a connection that sends nothing, or half a header line,
is kept for ever (its keep-alive timer starts only after a response, and any byte received
stops it). A few hundred such connections hold the server's open files and, past
``limit_concurrency``, make it answer 503 to everyone.

:class:`HeadDeadline` is the HTTP protocol uvicorn runs for each connection (``Config(http=…)``,
a documented setting that takes a protocol class): uvicorn's own protocol (the one ``"auto"``
names) inside, unchanged, and around it a timer. The client has :attr:`HeadDeadline.seconds`
from the moment the connection opens, and again from its first byte after each answer, to
finish a request head (the blank line that ends the header lines); otherwise the connection
is closed. The time a request's body or the answer takes is not bounded here.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

HEAD_SECONDS = 20.0
"""How long a client may take to send a whole request head (a phone on a slow line sends
one in well under a second)."""
HEAD_END = re.compile(rb"\n\r?\n")
"""The end of a request head: a blank line (h11 also accepts a bare LF)."""


def _uvicorn_protocol() -> type[asyncio.Protocol]:
    """The protocol class uvicorn's default ``http="auto"`` setting names (httptools when
    installed, else h11)."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    return AutoHTTPProtocol


class HeadDeadline(asyncio.Protocol):
    """uvicorn's HTTP protocol, closing a connection that does not send a request head in time."""

    seconds: float = HEAD_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.inner = _uvicorn_protocol()(*args, **kwargs)
        self.transport: asyncio.Transport | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.waiting = True  # a request head is expected (the connection is new, or was answered)
        self.tail = b""  # the last bytes of the head so far (a blank line split between packets)

    # the connection's life, passed on to uvicorn's protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.inner.connection_made(_Answering(transport, self))
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self.waiting:
            if self.timer is None:
                self._arm()  # the first byte of the next request: its head is now on the clock
            if HEAD_END.search(self.tail + data):
                self._disarm()
                self.waiting, self.tail = False, b""
            else:
                self.tail = (self.tail + data)[-2:]
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()

    # the timer

    def answered(self) -> None:
        """The server has written (part of) an answer: the next request's head will be timed."""
        self.waiting, self.tail = True, b""

    def _arm(self) -> None:
        self._disarm()
        self.timer = asyncio.get_running_loop().call_later(self.seconds, self._expired)

    def _disarm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _expired(self) -> None:
        self.timer = None
        if self.waiting and self.transport is not None and not self.transport.is_closing():
            self.transport.close()


class _Answering(asyncio.Transport):
    """The connection's transport as uvicorn's protocol sees it: the same, telling the
    :class:`HeadDeadline` around it when an answer is written."""

    def __init__(self, transport: asyncio.Transport, watcher: HeadDeadline):
        super().__init__()
        self._transport, self._watcher = transport, watcher

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._watcher.answered()
        self._transport.write(data)

    def writelines(self, list_of_data) -> None:
        self._watcher.answered()
        self._transport.writelines(list_of_data)

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def close(self) -> None:
        self._transport.close()

    def abort(self) -> None:
        self._transport.abort()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def write_eof(self) -> None:
        self._transport.write_eof()

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size()

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()
