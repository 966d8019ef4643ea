"""minutes.pdf.server: a LibreOffice kept running, its restart, timeout, lock and fallback.

The real conversions need LibreOffice, poppler and a Python with ``uno`` and are
skipped without them; the fallback without any ``uno`` runs wherever soffice does.
No time is asserted here (see benchmarks/render.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import has_pdf_tools, render_outline_bytes
from patience import patience

from minutes.pdf import server
from minutes.pdf.convert import PdfError
from minutes.pdf.server import WarmOffice, convert_warm, find_uno_python, page_png

needs_tools = pytest.mark.skipif(not has_pdf_tools(), reason="LibreOffice/poppler not installed")
needs_uno = pytest.mark.skipif(not has_pdf_tools() or find_uno_python() is None,
                               reason="LibreOffice, poppler or a Python with uno not installed")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mat-tran-giao-ban-quy-3-2021.yaml"


def pdf_text(pdf: Path) -> str:
    """The PDF's text, NFC, white space folded."""
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFC", done.stdout.decode("utf-8")).split())


@pytest.fixture
def docx(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "hop.docx"
    path.parent.mkdir()
    path.write_bytes(render_outline_bytes(EXAMPLE))
    return path


@pytest.fixture
def office():
    with WarmOffice(timeout=patience(120)) as warm:
        yield warm


def gone(pid: int) -> bool:
    """True once process ``pid`` no longer runs (reaped or a zombie)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True


@pytest.mark.pdf
@needs_uno
def test_cold_start_then_warm_conversions_write_the_document(office, docx, tmp_path):
    assert office.pid is None  # nothing runs before the first use
    first = convert_warm([docx], tmp_path, office=office)[0]
    worker = office.pid
    second = convert_warm([docx], tmp_path, office=office)[0]
    assert first == second == tmp_path / "hop.pdf"
    assert office.starts == 1 and office.pid == worker  # the second one reused the running LibreOffice
    text = pdf_text(second)
    assert "ỦY BAN MẶT TRẬN TỔ QUỐC" in text.upper() and "BIÊN BẢN" in text
    assert not list((docx.parent).glob(".~lock*"))  # LibreOffice worked on a private copy


@pytest.mark.pdf
@needs_uno
def test_a_killed_instance_is_restarted(office, docx, tmp_path):
    convert_warm([docx], tmp_path, office=office)
    worker = office.pid
    os.killpg(worker, signal.SIGKILL)  # LibreOffice and the worker die together
    pdf = convert_warm([docx], tmp_path, office=office)[0]
    assert office.starts == 2 and office.pid not in (None, worker)
    assert "BIÊN BẢN" in pdf_text(pdf)


@pytest.mark.pdf
@needs_uno
def test_close_leaves_no_process(docx, tmp_path):
    warm = WarmOffice()
    convert_warm([docx], tmp_path, office=warm)
    worker = warm.pid
    warm.close()
    deadline = time.monotonic() + 20
    while not gone(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gone(worker) and warm.pid is None


@pytest.mark.pdf
@needs_uno
def test_conversions_from_two_threads_take_turns(office, docx, tmp_path):
    results: list[Path] = []
    outs = [tmp_path / "t1", tmp_path / "t2"]

    def work(out: Path) -> None:
        out.mkdir()
        results.extend(convert_warm([docx], out, office=office))

    threads = [threading.Thread(target=work, args=(out,)) for out in outs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [out / "hop.pdf" for out in outs]
    assert office.starts == 1 and all("BIÊN BẢN" in pdf_text(p) for p in results)


@pytest.mark.pdf
@needs_uno
def test_page_png_is_page_one(office, docx, tmp_path):
    png = page_png(docx, tmp_path / "trang-1.png", office=office)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.pdf"))  # the PDF stays private


@pytest.mark.pdf
@needs_tools
def test_without_uno_the_one_shot_run_is_used(docx, tmp_path):
    warm = WarmOffice(python=sys.executable)  # this Python has no uno: the worker cannot start
    pdf = convert_warm([docx], tmp_path, office=warm)[0]
    assert "BIÊN BẢN" in pdf_text(pdf)
    assert warm.pid is None


@pytest.mark.pdf
@needs_uno
def test_a_conversion_that_hangs_is_killed_and_the_one_shot_run_takes_over(docx, tmp_path):
    warm = WarmOffice(timeout=0.001)  # no conversion answers that fast: the watchdog fires
    try:
        pdf = convert_warm([docx], tmp_path, office=warm)[0]
        assert "BIÊN BẢN" in pdf_text(pdf)
        assert warm.starts == 2 and warm.pid is None  # tried twice, killed twice
    finally:
        warm.close()


def test_a_missing_uno_python_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(server, "find_uno_python", lambda soffice=None: None)
    warm = WarmOffice(soffice="/bin/true")
    with pytest.raises(PdfError, match="python3-uno"):
        warm.start()
    assert warm.pid is None and warm.starts == 0
