"""Helpers of the hostile-input tests (a plain module: a second conftest.py would clash with
tests/conftest.py, which tests import by name): run ``minutes`` in a child process under a 1 GB
address-space limit (``ulimit -v 1048576``) and check that it answered with a message."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from patience import patience

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 1 << 30
"""The address-space limit of the child (1 GiB, as ``ulimit -v 1048576``)."""

CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    if {cpu}:
        resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu} + 1))
    import minutes.files
    minutes.files.READ_IDLE_SECONDS = {idle}
    from minutes.cli import main
    sys.argv[0] = "minutes"
    main()
""")


def run_limited(*args, stdin=None, input: bytes | None = None, cwd=None, idle: float = 3,
                timeout: float = 120, env: dict | None = None, cpu: int = 0) -> subprocess.CompletedProcess:
    """Run ``minutes ARGS`` in a child limited to 1 GiB of address space (and ``cpu`` seconds of
    CPU when given: the system ends a longer run with SIGXCPU); return its result."""
    code = CHILD.format(limit=LIMIT, idle=idle, cpu=cpu)
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], stdin=stdin, input=input,
                          capture_output=True, cwd=cwd, timeout=patience(timeout), env=full_env)


def assert_message(result: subprocess.CompletedProcess, *expected: str, code: int = 1) -> str:
    """Assert a clean failure: exit ``code``, no traceback, no MemoryError, each of ``expected`` said."""
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "MemoryError" not in err, err[-3000:]
    assert result.returncode == code, (result.returncode, err[-2000:])
    for text in expected:
        assert text in err, err[-2000:]
    return err


MINIMAL = (ROOT / "examples" / "toi-thieu.yaml").read_text(encoding="utf-8")


def write_outline(folder: Path, name: str = "hop.yaml", extra: str = "") -> Path:
    """Write the minimal example outline (plus ``extra`` YAML) to ``folder/name``; return its path."""
    path = folder / name
    path.write_text(MINIMAL + extra, encoding="utf-8")
    return path
