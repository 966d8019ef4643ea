"""``minutes serve`` as a real process under pressure: Ctrl-C stops it at once while a user
template loops (nothing of the render keeps running), and many half-open connections under
a low open-file limit do not stop it answering."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import docx
from conftest import ROOT
from conftest import processes_below as below

EXAMPLE = ROOT / "examples" / "toi-thieu.yaml"
LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def start(folder: Path, port: int, shell_prefix: str = "") -> subprocess.Popen:
    env = {**os.environ, "MINUTES_SOFFICE": "/nonexistent/soffice"}
    command = f"{shell_prefix}exec {sys.executable} -m minutes serve {folder} --port {port} --no-open"
    return subprocess.Popen(["bash", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, start_new_session=True)


def wait_for_page(port: int, proc: subprocess.Popen) -> None:
    for _ in range(600):
        assert proc.poll() is None, proc.communicate()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the server did not answer")


def looping_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hop"
    folder.mkdir()
    document = docx.Document(str(ROOT / "templates" / "bien-ban.state.docx"))
    paragraph = next(p for p in document.paragraphs if "trich_yeu" in p.text)
    paragraph.runs[0].text = LOOP
    for run in paragraph.runs[1:]:
        run.text = ""
    document.save(str(folder / "mau.docx"))
    (folder / "hop.yaml").write_text("template: mau.docx\n" + EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_ctrl_c_stops_the_server_at_once_while_a_template_loops(tmp_path):
    port = free_port()
    proc = start(looping_folder(tmp_path), port)
    try:
        wait_for_page(port, proc)
        fetch = threading.Thread(target=lambda: _get(f"http://127.0.0.1:{port}/o/hop.yaml/download/docx"),
                                 daemon=True)
        fetch.start()
        rendering = set()
        for _ in range(400):  # until the render's child process runs (a condition, not a delay)
            rendering = below(proc.pid)
            if rendering:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert rendering, "no render child was seen"
    assert proc.returncode == 0 and "Đã dừng máy chủ." in out and "Traceback" not in err, err
    assert not any(alive(pid) for pid in rendering), "the template's render kept running"


def _get(url: str) -> None:
    try:
        urllib.request.urlopen(url, timeout=60).read()
    except OSError:
        pass


def test_many_half_open_connections_do_not_stop_the_server(tmp_path):
    folder = tmp_path / "hop"
    folder.mkdir()
    (folder / "hop.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    port = free_port()
    proc = start(folder, port, "ulimit -Sn 256; ")
    idle = []
    try:
        wait_for_page(port, proc)
        for _ in range(400):
            conn = socket.socket()
            conn.settimeout(10)
            conn.connect(("127.0.0.1", port))
            idle.append(conn)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            assert response.status == 200 and "hop.yaml" in response.read().decode("utf-8")
    finally:
        for conn in idle:
            conn.close()
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
