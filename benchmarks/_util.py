"""Helpers for benchmarks/render.py: timing, subprocesses, import checks, memory, tables.

Standard library only at import time; minutes and docxtpl are imported inside the
functions that render, so the smoke test can load this file cheaply.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FORBIDDEN = frozenset({"docx", "docxtpl", "babel", "lxml"})
"""Top-level packages ``minutes --help`` must not import (they make start-up slow)."""
WATCHED = ("click", "jinja2", "ruamel", "yaml")
"""Other packages whose presence after ``--help`` is shown, for information only."""

# ---------- in-process timing ----------


def interleaved(jobs: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Run every job once to warm up, then ``repeat`` rounds of each in turn; seconds per call."""
    for job in jobs.values():
        job()
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            samples[name].append(time.perf_counter() - start)
    return samples


def loop_time(job: Callable[[], object], count: int) -> float:
    """Return the seconds ``count`` back-to-back calls of ``job`` take (after one warm-up)."""
    job()
    start = time.perf_counter()
    for _ in range(count):
        job()
    return time.perf_counter() - start


def minutes_job(path: Path) -> Callable[[], bytes]:
    """The library path: ``minutes.docx.render.render_bytes`` on an outline loaded once."""
    from minutes.docx.render import render_bytes
    from minutes.outline import load_outline

    outline = load_outline(path)
    return lambda: render_bytes(outline)


def plain_job(path: Path) -> Callable[[], bytes]:
    """The naive docxtpl script on the same template and context (context built once)."""
    from docxtpl import DocxTemplate

    from minutes.documents.context import build_context
    from minutes.docx.catalog import resolve
    from minutes.outline import load_outline

    outline = load_outline(path)
    template = resolve("bien-ban", outline.style).path
    context = build_context(outline)

    def run() -> bytes:
        tpl = DocxTemplate(template)
        tpl.render(context)
        out = io.BytesIO()
        tpl.save(out)
        return out.getvalue()

    return run


def load_job(path: Path) -> Callable[[], object]:
    """``load_outline`` alone: read, YAML parse and validation."""
    from minutes.outline import load_outline

    return lambda: load_outline(path)


JOBS = {"minutes": minutes_job, "plain": plain_job}

# ---------- subprocesses ----------


def minutes_command() -> list[str]:
    """The installed ``minutes`` script beside this Python, else ``python -m minutes``."""
    script = Path(sys.executable).with_name("minutes")
    if script.is_file():
        return [str(script)]
    found = shutil.which("minutes")
    return [found] if found else [sys.executable, "-m", "minutes"]


def wall_times(cmd: Sequence[str], runs: int) -> list[float]:
    """Run ``cmd`` once to warm caches, then ``runs`` times; wall seconds of each run."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr.decode(errors='replace')}")
        if i:
            times.append(elapsed)
    return times


def python(code: str, *flags: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter (this one) from the repository; capture output."""
    return subprocess.run([sys.executable, *flags, "-c", code], cwd=REPO, capture_output=True, text=True)


# ---------- imports ----------

_HELP_PROBE = """
import json, sys
sys.argv = ["minutes", "--help"]
from minutes.cli import main
try:
    main()
except SystemExit:
    pass
finally:
    sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def modules_of_help() -> set[str]:
    """Return every module in ``sys.modules`` after ``minutes --help`` ran (console-script path)."""
    done = python(_HELP_PROBE)
    line = next((ln for ln in done.stderr.splitlines() if ln.startswith("MODULES ")), None)
    if line is None:
        raise RuntimeError(f"minutes --help probe failed:\n{done.stderr}")
    return set(json.loads(line[len("MODULES "):]))


def top_level(modules: Iterable[str]) -> set[str]:
    """Return the top-level package names of ``modules``."""
    return {m.split(".")[0] for m in modules}


def forbidden_imports_of_help() -> set[str]:
    """Return which of :data:`FORBIDDEN` ``minutes --help`` imports (empty set: good)."""
    return top_level(modules_of_help()) & FORBIDDEN


_IMPORTTIME = re.compile(r"import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)")


def import_times(code: str) -> list[tuple[int, int, int, str]]:
    """Run ``python -X importtime -c code``; return (self us, cumulative us, depth, module) rows."""
    done = python(code, "-X", "importtime")
    if done.returncode != 0:
        raise RuntimeError(f"python -c {code!r} failed:\n{done.stderr}")
    rows = []
    for match in _IMPORTTIME.finditer(done.stderr):
        depth = (len(match.group(3)) - 1) // 2
        rows.append((int(match.group(1)), int(match.group(2)), depth, match.group(4)))
    return rows


# ---------- memory ----------

def peak_rss_kib() -> int:
    """Return this process's peak resident memory in KiB.

    Linux: VmHWM of /proc/self/status. ``ru_maxrss`` is not used there because a
    child started by ``subprocess`` inherits the parent's high-water mark across
    fork/exec and would report the benchmark's own memory. Elsewhere: ru_maxrss
    (KiB on most systems, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(ln.split()[1]) for ln in status if ln.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource

        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return maxrss // 1024 if sys.platform == "darwin" else maxrss


_MEMORY_CHILD = """
import gc, json, sys, tracemalloc
sys.path.insert(0, {bench!r})
import _util
job = _util.JOBS[{kind!r}](_util.Path({path!r}))
job()
gc.collect()
rss0 = _util.peak_rss_kib()
for _ in range({count}):
    job()
rss1 = _util.peak_rss_kib()
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for _ in range({count}):
    job()
gc.collect()
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({{"peak": peak - base, "retained": current - base, "rss0": rss0, "rss1": rss1}}))
"""


def memory_of_batch(kind: str, path: Path, count: int) -> dict[str, int]:
    """Run a batch of ``count`` renders in a fresh process; return its memory figures.

    ``peak``/``retained`` (bytes): tracemalloc peak above, and growth kept after, the
    warmed-up state (second batch, traced); ``rss0``/``rss1`` (KiB): peak RSS
    (:func:`peak_rss_kib`) after warm-up and after the first, untraced batch.
    """
    code = _MEMORY_CHILD.format(bench=str(Path(__file__).parent), kind=kind, path=str(path), count=count)
    done = python(code)
    if done.returncode != 0:
        raise RuntimeError(f"memory child ({kind}) failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------- output ----------


def med_min(samples: Sequence[float]) -> tuple[float, float]:
    """Return (median, min) of ``samples`` seconds, in milliseconds."""
    return statistics.median(samples) * 1e3, min(samples) * 1e3


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print ``rows`` under ``headers``: first column left-aligned, the rest right-aligned."""
    cells = [list(map(str, headers))] + [[cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        parts = [row[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(row[1:], widths[1:])]
        print("  " + "  ".join(parts).rstrip())
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def cell(value: object) -> str:
    """Format a table cell: floats with one decimal, the rest as text."""
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def heading(text: str) -> None:
    """Print a section heading."""
    print(f"\n== {text} ==")


def cpu_count() -> int:
    """The CPUs this process may use (its affinity where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def environment_line() -> str:
    """One line naming the interpreter, the CPU count and the versions that matter."""
    from importlib.metadata import version

    libs = ", ".join(f"{n} {version(n)}" for n in ("minutes", "docxtpl", "python-docx", "Jinja2", "lxml"))
    return f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs; {libs}"
