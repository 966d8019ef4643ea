"""Smoke test of benchmarks/: the import check only (no timing is asserted anywhere)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

UTIL = Path(__file__).resolve().parents[1] / "benchmarks" / "_util.py"


def load_util():
    spec = importlib.util.spec_from_file_location("benchmarks_util", UTIL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_help_imports_no_heavy_package():
    util = load_util()
    assert {"docx", "docxtpl", "babel"} <= util.FORBIDDEN
    assert "minutes.cli" in util.modules_of_help()  # the probe really ran the CLI
    assert util.forbidden_imports_of_help() == set()
