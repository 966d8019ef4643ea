"""What a fresh ``minutes render`` pays before its docx stage (issue 12, target 2).

Usage: python benchmarks/startup.py [--runs N]

1. Wall time of fresh processes, each a step further along a render of the largest
   example, as the median of N runs taken in turn (a busy moment of a shared machine
   falls on all of them), and its ratio to ``python -c pass``:
   Click alone, the CLI, the library (``minutes.api``), the context's modules, then
   reading, checking and building the context of the outline once.
2. ``-X importtime``: the median cumulative import time of each top minutes module
   (docx excluded), imported alone in a fresh process.

Bytecode caching is on in the child processes (as for an installed package); the first,
untimed round writes it. Nothing here is asserted: the figures are for reading.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

import _util as u

LARGEST = u.EXAMPLES / "dang-bo-doan-the-2020.yaml"
STEPS = {
    "python -c pass": "pass",
    "import click": "import click",
    "import minutes.cli": "import minutes.cli",
    "+ minutes.api": "import minutes.cli, minutes.api",
    "+ documents.context": "import minutes.cli, minutes.api, minutes.documents.context",
    "+ load and context": ("import minutes.cli\nfrom minutes import api\n"
                           "from minutes.documents.context import build_context\n"
                           f"o = api.load({str(LARGEST)!r})\nbuild_context(o, o.template)"),
}
MODULES = ("minutes", "minutes.errors", "minutes.model", "minutes.files", "minutes.cli", "minutes.vietnamese.format",
           "minutes.outline.load", "minutes.api", "minutes.documents.context")


def environment() -> dict[str, str]:
    """The children's environment: bytecode caching on."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall(code: str) -> float:
    """Milliseconds one fresh ``python -c code`` takes."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=u.REPO, env=environment(), check=True)
    return (time.perf_counter() - start) * 1e3


def import_ms(module: str) -> float:
    """Cumulative milliseconds of importing ``module`` alone (``-X importtime``)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=u.REPO,
                          env=environment(), capture_output=True, text=True, check=True)
    rows = [line.split("|") for line in done.stderr.splitlines() if line.startswith("import time:")]
    return next(int(row[1]) for row in rows if row[2].strip() == module) / 1e3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="fresh processes per figure (median)")
    runs = parser.parse_args().runs
    for code in STEPS.values():
        wall(code)  # bytecode
    samples: dict[str, list[float]] = {name: [] for name in STEPS}
    for n in range(runs):
        for name in (list(STEPS) if n % 2 == 0 else list(reversed(STEPS))):
            samples[name].append(wall(STEPS[name]))
    base = statistics.median(samples["python -c pass"])
    u.heading(f"1. Fresh processes, median of {runs} (ratio to python -c pass)")
    for name, times in samples.items():
        med = statistics.median(times)
        print(f"  {name:22} {med:7.1f} ms  min {min(times):7.1f}  {med / base:5.2f}x  (+{med - base:.1f} ms)")
    u.heading(f"2. Cumulative import time of each module alone, median of {runs} (-X importtime)")
    for module in MODULES:
        print(f"  {module:28} {statistics.median(import_ms(module) for _ in range(runs)):7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
