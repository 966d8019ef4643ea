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
          token: str | None = None, echo: Callable[[str], None] = print, workers: int = 1,
          db: str | None = None) -> None:
    """Serve the outlines of ``folder`` until Ctrl-C. Off the loopback ``token`` is the password.

    ``workers`` > 1 runs that many processes behind one address (uvicorn's supervisor);
    they share the cookie key, and the register's database holds everything else.
    """
    import uvicorn

    from minutes.web.app import create_app

    if not is_loopback(host) and not token:
        raise ServeError(f"máy chủ mở cho máy khác ({host}) phải có mật khẩu: thêm --token MẬT-KHẨU "
                         "hoặc đặt biến MINUTES_TOKEN; chỉ dùng trên máy này thì bỏ --host")
    _check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    if workers > 1:
        return _serve_workers(folder, host, port, token, db, workers, address, echo)
    app = create_app(folder, host=host, token=token, db=db)
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


def _serve_workers(folder, host: str, port: int, token: str | None, db: str | None, workers: int,
                   address: str, echo: Callable[[str], None]) -> None:
    """Run ``workers`` processes of the app (:func:`minutes.web.app.from_environment`)."""
    import secrets

    import uvicorn

    from minutes.register.office import register_for

    register_for(folder, db)  # create or upgrade the register once, before the workers start
    os.environ.update({"MINUTES_SERVE_FOLDER": os.path.abspath(folder), "MINUTES_SERVE_HOST": host,
                       "MINUTES_SERVE_SECRET": secrets.token_hex(32)})
    for name, value in (("MINUTES_TOKEN", token), ("MINUTES_DB", db)):
        if value:
            os.environ[name] = value
    echo(f"Biểu mẫu soạn đề cương đang chạy tại {address}  (thư mục: {os.path.abspath(folder)}, "
         f"{workers} tiến trình)")
    echo("Nhấn Ctrl-C để dừng.")
    uvicorn.run("minutes.web.app:from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning", server_header=False)
    echo("Đã dừng máy chủ.")


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
