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


def test_the_benchmark_runs_end_to_end_on_a_small_batch():
    """benchmarks/render.py with tiny sizes: every section and every target is reported
    (figures are printed, never asserted)."""
    import subprocess
    import sys

    script = UTIL.parent / "render.py"
    done = subprocess.run([sys.executable, str(script), "--no-pdf", "--outlines", "6", "--runs", "1",
                           "--repeat", "1", "--batch", "2"], capture_output=True, text=True, cwd=UTIL.parents[1])
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = done.stdout
    for heading in ("1. Per document", "2. Batch", "3. CLI wall time", "4. Imports", "5. Memory",
                    "Targets of issue 12"):
        assert heading in out
    summary = out[out.index("Targets of issue 12"):]
    for target in ("1. batch: 6 outlines", "2. one outline, fresh process", "3. check", "5. memory over 6"):
        line = next(line for line in summary.splitlines() if target in line)
        assert line.rstrip().endswith(("MET", "NOT MET")), line


def test_the_register_take_benchmark_runs_its_fresh_processes():
    """benchmarks/register.py, section 1 only, one round: every fresh process it compares is
    reported, with Python's bare start-up and SQLAlchemy's import as baselines."""
    import subprocess
    import sys

    script = UTIL.parent / "register.py"
    done = subprocess.run([sys.executable, str(script), "--take-only", "--takes", "2", "--rounds", "1"],
                          capture_output=True, text=True, cwd=UTIL.parents[1], timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for row in ("python -c pass", "python -c 'import sqlalchemy'", "take, already numbered", "take, a new number",
                "take, new number, a province", "take, first of a new register"):
        line = next(line for line in done.stdout.splitlines() if line.strip().startswith(row))
        assert "CPU" in line and "wall" in line and line.rstrip().endswith("x"), line
