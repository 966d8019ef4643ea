"""Benchmark minutes against a plain docxtpl script, and the CLI's start-up.

Usage: python benchmarks/render.py [--repeat N] [--batch K] [--runs R] [--outlines M]
                                   [--pdf-rounds P] [--pdf-count C] [--no-pdf]

How to read the output (all times are wall clock, ``time.perf_counter``, in ms):

1. Per document: ``load_outline`` (YAML parse + validation) alone, then one render
   of the loaded outline by minutes (``minutes.docx.render.render_bytes``) and by a
   plain docxtpl script (``DocxTemplate(path); render(context); save(BytesIO())``
   on the same built-in template, with ``build_context`` done once, outside the
   timing). The two are run in turn, N rounds after a warm-up; median and min.
   ``ratio med`` = minutes median / plain median (``ratio min``: of the minimums,
   steadier on a busy machine). Above 1.0 is the price of what minutes adds:
   context building, sandboxed autoescaping Jinja, rule fitting, zip rewrite.
2. Batch: the largest outline rendered K times in one process, per document.
   The target of the "compile templates once" issue is ratio <= 0.50.
3. CLI: median wall time of R fresh processes; ``over base`` is the time above
   ``python -c pass`` (interpreter start-up, same Python) and ``x base`` the ratio.
4. Imports: the slowest imports of ``import minutes.cli`` (cumulative, us) and the
   heavy packages present after ``minutes --help``. docx, docxtpl, babel and lxml
   must be absent; if one is present the script exits with status 1 (after
   printing everything), so CI can run it.
5. Memory of the batch in a fresh process per implementation: tracemalloc peak
   above the warmed-up state, bytes still held after the batch (a leak or a
   cache shows here), and the process's peak RSS (VmHWM; ru_maxrss off Linux)
   after warm-up / after the batch.

6. The targets of issue 12 (benchmarks/targets.py), each against its baseline in
   this run, then a summary saying which are met: (1) ``minutes render`` of a folder
   of M different outlines (default 500, made from the examples) against
   benchmarks/plain.py (PyYAML CSafeLoader + docxtpl, same template) per document,
   with the default ``--jobs`` (the usable CPUs), and (1') the same with ``-j 1``;
   (2) one outline as a fresh process, R runs; (3) ``check`` of the largest example
   in-process against the ruamel round trip it replaced; (4) PDF through a warm
   LibreOffice (median of P conversions; page PNG too), its cold start, the one-shot
   run, and one run for C documents against C separate runs (skipped without
   LibreOffice, or ``--no-pdf``); (5) memory kept over the M outlines.

Figures vary from machine to machine: compare ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _util as u
import targets
from _util import forbidden_imports_of_help  # noqa: F401  (exposed for tests/CI)

LARGEST = u.EXAMPLES / "dang-bo-doan-the-2020.yaml"
PER_DOC = (LARGEST, u.EXAMPLES / "mat-tran-giao-ban-quy-3-2021.yaml", u.EXAMPLES / "toi-thieu.yaml")
BATCH_TARGET = 0.5


def per_document(repeat: int) -> None:
    """Section 1: load_outline, minutes and plain docxtpl per document."""
    u.heading(f"1. Per document (ms, {repeat} rounds after a warm-up, minutes/plain interleaved)")
    rows = []
    for path in PER_DOC:
        load = u.interleaved({"load": u.load_job(path)}, repeat)["load"]
        jobs = {name: make(path) for name, make in u.JOBS.items()}
        got = u.interleaved(jobs, repeat)
        (mm, mn), (pm, pn), (lm, ln) = u.med_min(got["minutes"]), u.med_min(got["plain"]), u.med_min(load)
        rows.append((path.name, lm, ln, pm, pn, mm, mn, f"{mm / pm:.2f}x", f"{mn / pn:.2f}x"))
    u.table(("outline", "load med", "load min", "plain med", "plain min",
             "minutes med", "minutes min", "ratio med", "ratio min"), rows)


def batch(count: int) -> None:
    """Section 2: the same outline ``count`` times in one process."""
    u.heading(f"2. Batch: {LARGEST.name} rendered {count} times in one process")
    per = {name: u.loop_time(make(LARGEST), count) / count * 1e3 for name, make in u.JOBS.items()}
    ratio = per["minutes"] / per["plain"]
    verdict = "met" if ratio <= BATCH_TARGET else "not met"
    u.table(("loop", "ms/doc", "docs/s"), [(n, per[n], 1e3 / per[n]) for n in ("plain", "minutes")])
    print(f"  ratio minutes/plain: {ratio:.2f}x  (target <= {BATCH_TARGET:.2f}x: {verdict})")


def cli(runs: int) -> None:
    """Section 3: wall time of fresh CLI processes against ``python -c pass``."""
    cmd = u.minutes_command()
    u.heading(f"3. CLI wall time (median of {runs} runs after a warm-up; minutes = {' '.join(cmd)})")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "toi-thieu.docx")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "minutes --help": [*cmd, "--help"],
            "minutes --version": [*cmd, "--version"],
            "minutes render toi-thieu.yaml -o tmp": [*cmd, "render", "examples/toi-thieu.yaml", "-o", out],
        }
        medians = {label: u.med_min(u.wall_times(argv, runs)) for label, argv in commands.items()}
    base = medians["python -c pass"][0]
    rows = [(label, med, low, med - base, f"{med / base:.2f}x") for label, (med, low) in medians.items()]
    u.table(("command", "median", "min", "over base", "x base"), rows)


def imports() -> set[str]:
    """Section 4: import times of minutes.cli and what ``minutes --help`` imports."""
    u.heading("4. Imports")
    rows = u.import_times("import minutes.cli")
    total = next((cum for _, cum, depth, name in rows if name == "minutes.cli" and depth == 0), 0)
    print(f"  python -X importtime -c 'import minutes.cli': minutes.cli cumulative {total / 1e3:.1f} ms;"
          " top 5 cumulative:")
    top = sorted(rows, key=lambda r: r[1], reverse=True)[:5]
    u.table(("module", "cumulative us", "self us", "depth"), [(n, c, s, d) for s, c, d, n in top])
    cli_heavy = u.top_level(name for *_, name in rows) & u.FORBIDDEN
    loaded = u.top_level(u.modules_of_help())
    bad = loaded & u.FORBIDDEN
    print(f"  forbidden packages imported by 'import minutes.cli': {sorted(cli_heavy) or 'none'}")
    print("  after 'minutes --help' (sys.modules at exit):")
    for name in sorted(u.FORBIDDEN):
        print(f"    {name:<8} {'IMPORTED (forbidden)' if name in loaded else 'not imported (ok)'}")
    for name in u.WATCHED:
        print(f"    {name:<8} {'imported' if name in loaded else 'not imported'} (info)")
    return bad | cli_heavy


def memory(count: int) -> None:
    """Section 5: memory of the batch, each implementation in its own process."""
    u.heading(f"5. Memory of a batch of {count} renders of {LARGEST.name} (fresh process each)")
    rows = []
    for kind in ("plain", "minutes"):
        got = u.memory_of_batch(kind, LARGEST, count)
        mib = [got[k] / 1024 for k in ("rss0", "rss1")]
        rows.append((kind, got["peak"] / 2**20, got["retained"] / 2**10, *mib))
    u.table(("loop", "tracemalloc peak MiB", "retained KiB", "peak RSS warm MiB", "peak RSS after MiB"), rows)


def main(argv: list[str] | None = None) -> int:
    """Run every section; return 1 when ``minutes --help`` imports a forbidden package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="rounds per document (default 10)")
    parser.add_argument("--batch", type=int, default=50, help="renders in the batch (default 50)")
    parser.add_argument("--runs", type=int, default=5, help="runs per CLI command (default 5)")
    parser.add_argument("--outlines", type=int, default=500, help="different outlines of targets 1 and 5 (500)")
    parser.add_argument("--pdf-rounds", type=int, default=10, help="warm PDF conversions timed (default 10)")
    parser.add_argument("--pdf-count", type=int, default=20, help="documents of the PDF batch (default 20)")
    parser.add_argument("--no-pdf", action="store_true", help="leave out the PDF targets")
    args = parser.parse_args(argv)
    print(u.environment_line())
    per_document(args.repeat)
    batch(args.batch)
    cli(args.runs)
    bad = imports()
    memory(args.batch)
    results = [*targets.batch(args.outlines), targets.one(args.runs), targets.load(max(args.repeat, 20))]
    if not args.no_pdf:
        results += targets.pdf(args.pdf_rounds, args.pdf_count)
    results.append(targets.memory(args.outlines))
    targets.report(results)
    if bad:
        print(f"\nFAIL: minutes --help / import minutes.cli imports {', '.join(sorted(bad))}")
        return 1
    print("\nOK: minutes --help imports none of " + ", ".join(sorted(u.FORBIDDEN)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
