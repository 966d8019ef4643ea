"""``minutes serve`` as a real process: it serves, Ctrl-C stops it; --help stays light."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT, ctrl_c_as_at_a_terminal
from patience import patience


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_and_stops_cleanly_on_ctrl_c(tmp_path):
    (tmp_path / "hop.yaml").write_text((ROOT / "examples" / "toi-thieu.yaml").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    port = free_port()
    env = {**os.environ, "MINUTES_SOFFICE": "/nonexistent/soffice"}
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "serve", str(tmp_path), "--port", str(port),
                             "--no-open"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=ctrl_c_as_at_a_terminal)
    try:
        page = ""
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode("utf-8")
                    break
            except OSError:
                time.sleep(0.1)
        assert "hop.yaml" in page
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=patience(30))
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in out and "Traceback" not in err


def test_serve_off_the_loopback_without_a_token_is_refused(invoke, tmp_path):
    result = invoke("serve", tmp_path, "--host", "0.0.0.0", "--no-open")
    assert result.exit_code == 1
    assert "--token" in result.stderr and "MINUTES_TOKEN" in result.stderr


def test_help_does_not_import_the_web_stack():
    code = ("import sys\nfrom minutes.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'starlette', 'uvicorn', 'multipart', 'jinja2'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_plain_install_carries_the_pages_and_the_assets(tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(ROOT)], check=True, capture_output=True, cwd=tmp_path)
    web = target / "minutes" / "web"
    assert (web / "templates" / "form.html").is_file() and (web / "static" / "htmx.min.js").is_file()
    assert (target / "minutes" / "locale" / "en" / "LC_MESSAGES" / "web.mo").is_file()


def test_a_busy_port_is_reported_in_words(invoke, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke("serve", tmp_path, "--port", port, "--no-open")
    assert result.exit_code == 1 and f"cổng {port}" in result.stderr and "--port" in result.stderr
