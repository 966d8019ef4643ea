"""``minutes serve``: run the web form on uvicorn, print its address, open the browser."""

from __future__ import annotations

import os
import threading
import webbrowser
from collections.abc import Callable

from minutes.errors import MinutesError
from minutes.web.security import is_loopback


class ServeError(MinutesError):
    """Raised when the form cannot be served: no password off the loopback, a busy port."""


def serve(folder: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = True,
          token: str | None = None, echo: Callable[[str], None] = print) -> None:
    """Serve the outlines of ``folder`` until Ctrl-C. Off the loopback ``token`` is the password."""
    import uvicorn

    from minutes.web.app import create_app

    if not is_loopback(host) and not token:
        raise ServeError(f"máy chủ mở cho máy khác ({host}) phải có mật khẩu: thêm --token MẬT-KHẨU "
                         "hoặc đặt biến MINUTES_TOKEN; chỉ dùng trên máy này thì bỏ --host")
    _check_port(host, port)
    app = create_app(folder, host=host, token=token)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False))
    echo(f"Biểu mẫu soạn đề cương đang chạy tại {address}  (thư mục: {os.path.abspath(folder)})")
    echo("Nhấn Ctrl-C để dừng.")
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(server, address), daemon=True).start()
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn stops, then hands Ctrl-C on to us: a clean stop
        echo("Đã dừng máy chủ.")
    except SystemExit:  # uvicorn could not listen after all
        raise ServeError(_busy(host, port)) from None


def _busy(host: str, port: int) -> str:
    return f"không mở được cổng {port} trên {host} (cổng đang bận hoặc không được phép); hãy thử --port {port + 1}"


def _check_port(host: str, port: int) -> None:
    """Raise :class:`ServeError` at once when ``host:port`` cannot be listened on."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            raise ServeError(_busy(host, port)) from None


def _open_when_ready(server, address: str) -> None:
    """Open the browser once the server listens."""
    import time

    for _ in range(200):
        if server.started:
            webbrowser.open(address)
            return
        time.sleep(0.05)
