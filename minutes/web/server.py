"""``minutes serve``: run the web form on uvicorn, print its address, open the browser."""

from __future__ import annotations

import os
import secrets
import threading
import webbrowser
from collections.abc import Callable
from typing import Any

from minutes.errors import MinutesError
from minutes.web.security import MIN_TOKEN_CHARS, is_loopback, weak_token


class ServeError(MinutesError):
    """Raised when the form cannot be served: no password off the loopback, a busy port."""


MAX_CONNECTIONS = 900
"""Connections served at once; past it a request is answered 503 at once (uvicorn's
``limit_concurrency``), so the server keeps open files to answer the next one."""
BACKLOG = 128
"""Connections the system queues before the server accepts them."""
STOP_SECONDS = 2
"""How long Ctrl-C waits for requests under way before it cancels them."""


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
    if not is_loopback(host) and weak_token(token):
        raise ServeError(f"mật khẩu quá yếu cho máy chủ mở cho máy khác: {weak_token(token)}; hãy dùng ít nhất "
                         f"{MIN_TOKEN_CHARS} ký tự khó đoán, ví dụ --token {secrets.token_urlsafe(12)}")
    _check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    bounds = limits(_more_open_files())
    if workers > 1:
        return _serve_workers(folder, host, port, token, db, workers, address, echo, bounds)
    app = create_app(folder, host=host, token=token, db=db)
    server_class = _server_class()
    server = server_class(uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False,
                                         **bounds))
    echo(f"Biểu mẫu soạn đề cương đang chạy tại {address}  (thư mục: {os.path.abspath(folder)})")
    for other in _addresses_for_others(host, port):
        echo(f"Máy khác trong mạng mở: {other}")
    echo("Nhấn Ctrl-C để dừng.")
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(server, address), daemon=True).start()
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn stops, then hands Ctrl-C on to us: a clean stop
        echo("Đã dừng máy chủ.")
    except SystemExit:  # uvicorn could not listen after all
        raise ServeError(_busy(host, port)) from None
    finally:
        from minutes import api

        api.stop_renders()


def limits(files: int) -> dict[str, Any]:
    """uvicorn's settings that bound what clients may hold, for a process with ``files`` open
    files: connections at once, the queue, idle time after an answer, the time to send a
    request's head (:mod:`minutes.web.deadline`), the wait for requests under way at Ctrl-C."""
    from minutes.web.deadline import HeadDeadline

    return {"limit_concurrency": min(MAX_CONNECTIONS, max(16, files - 100)), "backlog": BACKLOG,
            "timeout_keep_alive": 5, "timeout_graceful_shutdown": STOP_SECONDS, "http": HeadDeadline}


def _server_class():
    """uvicorn's server, stopping every template render the moment Ctrl-C (or SIGTERM) comes, so
    requests waiting for one end with their message instead of holding the stop."""
    import uvicorn

    from minutes import api

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            api.stop_renders()
            super().handle_exit(sig, frame)

    return Server


def _more_open_files() -> int:
    """Raise this process's open-file limit to its hard limit (at most 65,536); return it.

    Each connection holds a file; under the usual soft limit of 1,024, a thousand idle
    connections would leave none to answer with.
    """
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            return wanted
        except (ValueError, OSError):
            return soft
    return soft


def _addresses_for_others(host: str, port: int) -> list[str]:
    """The addresses other machines can use when the server listens on every interface
    (``0.0.0.0``/``::``) or on one of this machine's addresses; none on the loopback."""
    import socket

    if is_loopback(host):
        return []
    if host not in ("0.0.0.0", "::"):
        return [f"http://{f'[{host}]' if ':' in host else host}:{port}/"]
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
        found += [str(info[4][0]) for info in infos]  # an AF_INET address: (host, port)
    except OSError:
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:  # a UDP "connect" sends nothing; it only picks the outgoing interface's address
            probe.connect(("192.0.2.1", 9))
            found.append(probe.getsockname()[0])
        except OSError:
            pass
    shown = [a for a in dict.fromkeys(found) if not is_loopback(a)]
    return [f"http://{a}:{port}/" for a in shown]


def _serve_workers(folder, host: str, port: int, token: str | None, db: str | None, workers: int,
                   address: str, echo: Callable[[str], None], bounds: dict) -> None:
    """Run ``workers`` processes of the app (:func:`minutes.web.app.from_environment`); they
    share the cookie key, a private cache folder (removed at the end) and the register."""
    import secrets
    import shutil
    import tempfile

    import uvicorn

    from minutes.register.office import register_for

    register_for(folder, db)  # create or upgrade the register once, before the workers start
    cache = tempfile.mkdtemp(prefix="minutes-serve-")  # private: only this user may enter it
    os.environ.update({"MINUTES_SERVE_FOLDER": os.path.abspath(folder), "MINUTES_SERVE_HOST": host,
                       "MINUTES_SERVE_SECRET": secrets.token_hex(32), "MINUTES_SERVE_CACHE": cache})
    for name, value in (("MINUTES_TOKEN", token), ("MINUTES_DB", db)):
        if value:
            os.environ[name] = value
    echo(f"Biểu mẫu soạn đề cương đang chạy tại {address}  (thư mục: {os.path.abspath(folder)}, "
         f"{workers} tiến trình)")
    echo("Nhấn Ctrl-C để dừng.")
    try:
        uvicorn.run("minutes.web.app:from_environment", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", server_header=False, **bounds)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
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
