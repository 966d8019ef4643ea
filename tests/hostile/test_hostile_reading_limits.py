"""Reading a received .docx runs in a child process under limits the system enforces.

The budgets of the safe reader are counted, not measured: a file within them that some
reader handles slowly, or in much memory, must still end. Each reading (``lint``,
``import``, the web form's import, ``pdf``) runs in a child under CPU, address-space and
wall-clock limits (:mod:`minutes.docx.isolate`). These tests lower the limits through the
documented environment variables (``MINUTES_READ_CPU_SECONDS``, ``MINUTES_READ_MEMORY_MB``)
so that files which pass the budgets are stopped by the system, quickly: the message names
the file and the limit, the next file of a lint is still read, and no process is left.
"""

from __future__ import annotations

import os
import re

import hostile_docx as h
import pytest
from conftest import processes_below

SLOW_PARAGRAPHS = 36_000
"""One-letter paragraphs, each run in a font of its own: within the budgets of their 100 KB file,
and about 4 s of CPU to lint (each run's font is worked out afresh), more to import."""
BIG_ELEMENTS = 1_400_000
"""Empty elements in one paragraph: within the element budget (1,500,000), in a 14 KB file; lxml's
tree of them needs about 150 MB more than the child starts with."""


@pytest.fixture(scope="module")
def slow(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "cham.docx"
    body = b"".join(b'<w:p><w:r><w:rPr><w:rFonts w:ascii="F%d"/></w:rPr><w:t>a</w:t></w:r></w:p>' % i
                    for i in range(SLOW_PARAGRAPHS))
    path.write_bytes(h.package(h.document_xml(h.TITLE + body)))
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "nang.docx"
    path.write_bytes(h.package(h.document_xml(h.TITLE + b"<w:p>" + b"<w:x/>" * BIG_ELEMENTS + b"</w:p>")))
    return path


@pytest.fixture
def left():
    """A function listing the processes this test started that still run."""
    before = processes_below(os.getpid())
    return lambda: processes_below(os.getpid()) - before


def _checked(data: bytes) -> None:
    """The file passes every budget of the safe reader (so only the system's limit can stop it)."""
    from minutes.docx.safezip import check_package

    check_package(data, "x.docx")


def test_the_test_files_pass_the_budgets(slow, big):
    _checked(slow.read_bytes())
    _checked(big.read_bytes())


def test_lint_of_a_slow_file_is_stopped_at_the_cpu_limit_and_the_next_file_is_read(invoke, slow, tmp_path,
                                                                                     monkeypatch, left):
    monkeypatch.setenv("MINUTES_READ_CPU_SECONDS", "1")
    plain = tmp_path / "thuong.docx"
    plain.write_bytes(h.plain())
    result = invoke("lint", slow, plain)
    out = result.output
    assert result.exit_code == 1 and "Traceback" not in out, out[-2000:]
    assert f"vượt giới hạn 1 giây CPU khi đọc tệp {slow}" in out, out[-2000:]
    after = out[out.index(f"{plain}:"):]  # the next file is reported, and read
    assert "unreadable" not in after and "vượt giới hạn" not in after, out[-2000:]
    assert left() == set()


def test_import_of_a_slow_file_is_stopped_at_the_cpu_limit(invoke, slow, tmp_path, monkeypatch, left):
    monkeypatch.setenv("MINUTES_READ_CPU_SECONDS", "1")
    result = invoke("import", slow, "-o", tmp_path / "nhap.yaml")
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output[-2000:]
    assert "cham.docx: vượt giới hạn 1 giây CPU khi đọc tệp cham.docx" in result.stderr, result.stderr
    assert not (tmp_path / "nhap.yaml").exists()
    assert left() == set()


def test_lint_of_a_file_too_big_for_memory_is_stopped_at_the_memory_limit(invoke, big, monkeypatch, left):
    monkeypatch.setenv("MINUTES_READ_MEMORY_MB", "150")
    result = invoke("lint", big)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output[-2000:]
    assert f"vượt giới hạn 150 MB bộ nhớ khi đọc tệp {big}" in result.output, result.output[-2000:]
    assert left() == set()


def test_pdf_reads_a_received_file_under_the_memory_limit_too(invoke, big, monkeypatch, left):
    monkeypatch.setenv("MINUTES_READ_MEMORY_MB", "150")
    monkeypatch.setenv("MINUTES_SOFFICE", "/bin/false")  # never reached: the reading stops first
    result = invoke("pdf", big)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output[-2000:]
    assert f"vượt giới hạn 150 MB bộ nhớ khi đọc tệp {big}" in result.stderr, result.stderr
    assert not big.with_suffix(".pdf").exists() and left() == set()


def test_the_limits_are_the_defaults_unless_lowered(monkeypatch):
    from minutes.docx import isolate

    monkeypatch.delenv("MINUTES_READ_CPU_SECONDS", raising=False)
    assert isolate.reading_limits().cpu == isolate.READ_CPU_SECONDS
    monkeypatch.setenv("MINUTES_READ_CPU_SECONDS", "5")
    assert isolate.reading_limits().cpu == 5
    monkeypatch.setenv("MINUTES_READ_CPU_SECONDS", "100000")  # never raised
    assert isolate.reading_limits().cpu == isolate.READ_CPU_SECONDS


def test_the_web_import_of_a_slow_file_says_so(slow, monkeypatch, left, tmp_path):
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from minutes.web.app import create_app

    monkeypatch.setenv("MINUTES_READ_CPU_SECONDS", "1")
    monkeypatch.setenv("MINUTES_SOFFICE", "/nonexistent/soffice")
    folder = tmp_path / "hop"
    folder.mkdir()
    with TestClient(create_app(folder), base_url="http://127.0.0.1:8000") as client:
        token = re.search(r'name="_csrf" value="([^"]+)"', client.get("/").text).group(1)
        response = client.post("/import", data={"_csrf": token},
                               files={"docx": ("biên bản chậm.docx", slow.read_bytes())}, follow_redirects=False)
    assert "vượt giới hạn 1 giây CPU khi đọc tệp biên bản chậm.docx" in response.text, response.text[-3000:]
    assert not list(folder.glob("*.yaml")) and left() == set()


def test_a_reading_past_the_wall_clock_is_killed(invoke, slow, monkeypatch, left):
    monkeypatch.setenv("MINUTES_READ_WALL_SECONDS", "1")
    result = invoke("lint", slow)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output[-2000:]
    assert f"vượt giới hạn 1 giây khi đọc tệp {slow}" in result.output, result.output[-2000:]
    assert left() == set()
