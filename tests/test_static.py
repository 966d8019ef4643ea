"""The static checks: ruff and mypy, with their configuration in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    pytest.importorskip("ruff", reason="ruff is not installed (pip install -e '.[test]')")
    done = _run([sys.executable, "-m", "ruff", "check", "minutes", "tools", "benchmarks", "tests"])
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing():
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    done = _run([sys.executable, "-m", "mypy"])  # files and settings from [tool.mypy]
    assert done.returncode == 0, done.stdout + done.stderr
