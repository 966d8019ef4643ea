"""Shared fixtures: paths, a CLI runner, and rendering examples into tmp_path."""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import shutil
import signal
import tempfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from hypothesis import settings
from patience import patience

# CI runs the same examples every time (a new random one may find a bug, but must not
# block a landing by chance) and does not fail a test for being slow on a busy machine.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Compiled templates go to a cache of this test run, never to the user's (minutes.docx.cache).
os.environ["MINUTES_CACHE_DIR"] = tempfile.mkdtemp(prefix="minutes-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
GOLDEN = ROOT / "tests" / "golden"

MINIMAL = """\
organization: {name: SỞ NỘI VỤ, code: SNV}
meeting:
  title: Hội nghị giao ban
  date: 26/8/2025
  start: 14h
  location: Hội trường
chair: Nguyễn Văn An - Giám đốc Sở
"""
"""The smallest valid outline, inline: tests extend or break it."""


def has_pdf_tools() -> bool:
    """Return True when LibreOffice and poppler are installed (PDF tests run)."""
    return bool(shutil.which("soffice") and shutil.which("pdftotext"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep tests away from the developer's home folder and LibreOffice profile."""
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("LANGUAGE", raising=False)  # minutes.i18n sets it for the process
    monkeypatch.delenv("MINUTES_LANG", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    """Return a Click test runner."""
    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Invoke ``minutes`` with arguments; return Click's result (stdout/stderr apart)."""
    from minutes.cli import main

    def _invoke(*args: str, input: bytes | str | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input)

    return _invoke


def render_outline_bytes(path: Path, template: str | None = None) -> bytes:
    """Return the rendered .docx bytes of the outline at ``path``."""
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    return render_bytes(load_outline(path), template)


def open_docx(data: bytes):
    """Return a python-docx Document of ``data``."""
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="session")
def rendered() -> dict[str, bytes]:
    """Return every example rendered once: {file stem: .docx bytes}."""
    return {path.stem: render_outline_bytes(path) for path in EXAMPLES}


@pytest.fixture(scope="session")
def printed(tmp_path_factory):
    """Every example x document x style (and a long indicator table) as .docx and PDF/A,
    converted in ONE LibreOffice run per session (tests/print/printbatch.py)."""
    if not has_pdf_tools():
        pytest.skip("LibreOffice/poppler not installed")
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "print"))
    from printbatch import make_batch

    return make_batch(tmp_path_factory.mktemp("printed"))


def ctrl_c_as_at_a_terminal() -> None:
    """A ``preexec_fn``: in the child, Ctrl-C (SIGINT) does what it does at a terminal.

    A shell starts a background job (``pytest &``, some CI steps) with SIGINT ignored; the
    children inherit that, and Python then never turns SIGINT into KeyboardInterrupt. A test
    that presses Ctrl-C must not depend on how the suite was started.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def deadline(seconds: int = 10, what: str = "no answer"):
    """Fail instead of hanging: a guard for code that must answer at once (POSIX, main thread)."""

    def expired(signum, frame):
        raise AssertionError(f"{what} within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(math.ceil(patience(seconds)))
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def processes_below(pid: int) -> set[int]:
    """Every process still running below ``pid``, except the fork server and resource tracker that
    multiprocessing keeps (a test asserts that nothing it started keeps running)."""
    parents = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if stat.rsplit(")", 1)[1].split()[0] != "Z":
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    helpers = set()  # direct children only: a render forked by the fork server carries its command line
    for p in found:
        try:
            if parents[p] == pid and re.search(rb"forkserver|resource_tracker",
                                               Path(f"/proc/{p}/cmdline").read_bytes()):
                helpers.add(p)
        except OSError:
            helpers.add(p)
    return found - helpers
