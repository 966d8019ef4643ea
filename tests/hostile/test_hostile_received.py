"""Received .docx files that cost minutes and gigabytes, or odd ones that gave tracebacks.

Each case runs ``lint``, ``import`` and ``render -t`` in a child process limited to 1 GiB of
address space and 10 s of CPU (the system ends a longer run): the answer must be a
Vietnamese message, never a traceback, a MemoryError or a kill. The files are built once
per session and are all small on disk (the cost is in what they decompress to).
"""

from __future__ import annotations

import signal
from pathlib import Path

import hostile_docx as h
import pytest
from hostile_helpers import assert_message, run_limited, write_outline

CPU = 10
"""Seconds of CPU each child may use (the acceptance bound)."""

# name: (builder, words the message of lint, import and render -t must hold)
REFUSED = {
    "30 headers of 2 MiB": (lambda: h.many_headers(30, 2 * 1024 * 1024), "quá lớn để đọc"),
    "8 MiB of empty paragraphs": (lambda: h.tiny_paragraphs(), "quá lớn để đọc"),
    "8 MiB of one-letter paragraphs": (lambda: h.tiny_paragraphs(unit=b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"),
                                       "quá lớn để đọc"),
    "one paragraph of 370,000 runs": (lambda: h.many_runs(), "đoạn chữ (run)"),
    "a 2,000-style basedOn chain": (lambda: h.style_chain(2000), "chuỗi 2000 kiểu"),
    "3,001 styles": (lambda: h.style_chain(3000), "quá nhiều kiểu"),
    "end record lying about 6,000 parts": (lambda: h.lying_count(), "quá nhiều phần (6000"),
    "styles part named twice": (h.styles_twice, "hai phần cùng tên 'word/styles.xml'"),
    "a 600-byte part name": (lambda: h.odd_name("word/" + "a" * 600 + ".xml"), "tên không hợp lệ"),
    "password (encrypted by Word)": (h.password_protected, "bảo vệ bằng mật khẩu"),
    "zip with a password": (h.zip_encrypted, "tệp zip có đặt mật khẩu"),
    "Strict Open XML": (h.strict, "Strict Open XML"),
    "macro-enabled (.docm)": (h.docm, "có macro (.docm)"),
}


@pytest.fixture(scope="session")
def received(tmp_path_factory) -> dict[str, Path]:
    """Every hostile file of this module, written once."""
    folder = tmp_path_factory.mktemp("received")
    files = {}
    for i, (name, (build, _words)) in enumerate(REFUSED.items()):
        files[name] = folder / f"case{i}.docx"
        files[name].write_bytes(build())
    for name, build in (("cycle", h.style_cycle), ("plain", h.plain), ("wide row", h.wide_row)):
        files[name] = folder / f"{name}.docx"
        files[name].write_bytes(build())
    return files


def _commands(path: Path, folder: Path) -> dict[str, tuple]:
    outline = write_outline(folder)
    return {
        "lint": ("lint", path),
        "import": ("import", path, "-o", folder / "nhap.yaml"),
        "render -t": ("render", outline, "-t", path, "-o", folder / "ra.docx"),
    }


def _said(result) -> str:
    return result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("command", ["lint", "import", "render -t"])
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_received_file_is_refused_in_bounded_time_and_memory(received, tmp_path, case, command):
    result = run_limited(*_commands(received[case], tmp_path)[command], cpu=CPU, timeout=180)
    out = _said(result)
    assert result.returncode == 1, (result.returncode, out[-2000:])  # -SIGXCPU / -SIGKILL: over the bound
    assert "Traceback" not in out and "MemoryError" not in out and "object at 0x" not in out, out[-2000:]
    assert REFUSED[case][1] in out, out[-2000:]
    assert not (tmp_path / "nhap.yaml").exists() and not (tmp_path / "ra.docx").exists()


@pytest.mark.parametrize("command", ["lint", "import", "render -t"])
def test_two_styles_based_on_each_other_are_read(received, tmp_path, command):
    result = run_limited(*_commands(received["cycle"], tmp_path)[command], cpu=CPU, timeout=180)
    out = _said(result)
    assert result.returncode in (0, 1) and "Traceback" not in out, (result.returncode, out[-2000:])
    assert "unreadable" not in out and "Lỗi:" not in out, out[-2000:]


@pytest.mark.parametrize("command", ["lint", "import"])
def test_a_row_of_20000_cells_is_read_within_the_bound(received, tmp_path, command):
    """Within the budget, but the cells of a row were numbered again for each paragraph
    (20,000 cells: minutes of CPU)."""
    result = run_limited(*_commands(received["wide row"], tmp_path)[command], cpu=CPU, timeout=180)
    out = _said(result)
    assert result.returncode in (0, 1) and "Traceback" not in out, (result.returncode, out[-2000:])
    assert "unreadable" not in out and "Lỗi:" not in out, out[-2000:]


def test_lint_goes_on_to_the_next_file_after_a_bad_one(received):
    result = run_limited("lint", received["styles part named twice"], received["plain"], cpu=CPU)
    out = _said(result)
    assert "Traceback" not in out and "hai phần cùng tên" in out, out[-2000:]
    assert f"{received['plain']}:" in out, out[-2000:]


def test_pdf_of_a_password_protected_docx_says_so(received, tmp_path):
    result = run_limited("pdf", received["password (encrypted by Word)"], cpu=CPU,
                         env={"MINUTES_SOFFICE": "/bin/false"})
    assert_message(result, "bảo vệ bằng mật khẩu")
    assert "Word 97-2003" not in result.stderr.decode()


def test_the_style_chain_of_read_stops_at_a_circle():
    import io

    import docx

    from minutes.docx.read import StyleChains, effective

    document = docx.Document(io.BytesIO(h.style_cycle()))
    paragraph = next(p for p in document.paragraphs if p.style.style_id == "S0")
    assert [s.style_id for s in StyleChains(document).chain("S0")] == ["S0", "S1"]
    assert effective(paragraph, document).bold  # both styles set bold; reading ends at the circle


def test_parts_are_counted_from_their_headers_not_the_end_record():
    from minutes.docx.safezip import PackageError, check_package

    with pytest.raises(PackageError, match=r"quá nhiều phần \(6000; tối đa 5000\)"):
        check_package(h.lying_count(6000, 15), "x.docx")


def test_a_sigxcpu_kill_would_fail_these_tests(tmp_path):
    """The bound is real: a child that spins is ended by the system, with no message."""
    import subprocess
    import sys

    code = "import resource; resource.setrlimit(resource.RLIMIT_CPU, (1, 2))\nwhile True: pass"
    result = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert result.returncode in (-signal.SIGXCPU, -signal.SIGKILL)
