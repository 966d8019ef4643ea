"""CPU of importing minutes' own largest outputs, against the reading child's CPU limit.

Builds the largest outline ``check`` accepts of the shape tests/hostile/test_own_large_outputs.py
uses (the minimal example and a table of indicators, long rows, just under 1 MiB; ``--short``:
rows of two short values, as many as render), renders it with minutes, then imports the .docx
``--runs`` times as ``minutes import`` does (:func:`minutes.importer.import_docx`: the reading
in a child under :func:`minutes.docx.isolate.reading_limits`, the loader's verdict on the outline
written, like ``minutes check``, in the calling process) and prints medians of:

* **child**: CPU seconds of the reading child (:func:`minutes.docx.isolate.last_usage`), what
  the limit (30 s) is measured against;
* **parent**: CPU seconds of the calling process (the loader's verdict);
* **python-docx**: opening the same file and reading every paragraph's text, in this process:
  the baseline of the machine at this moment (the ratios are what to compare between runs);
* the steps of the reading, in this process: the .docx read into lines
  (:func:`minutes.reading.lines.read_source`), the whole reading (:func:`minutes.importer.read_here`),
  the verdict (:func:`minutes.importer.check.check_text`).

With ``--before TREE`` (``git archive COMMIT minutes templates | tar -x -C TREE``), the child's
and the parent's CPU of the same import from that tree (same interpreter) are printed beside.
Nothing is asserted; run it by hand::

    python benchmarks/import_large.py [--runs 3] [--short] [--before /tmp/before]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT_BYTES = 1024 * 1024

CHILD = """
import json, sys, time
from minutes.docx import isolate
from minutes.importer import import_docx
out = []
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    result = import_docx(sys.argv[1])
    out.append((isolate.last_usage().cpu, time.process_time() - start, len(result.outline_text)))
print(json.dumps(out))
"""


def outline_text(short: bool, rows: int) -> str:
    """The minimal example with ``rows`` indicators."""
    minimal = (REPO / "examples" / "toi-thieu.yaml").read_text(encoding="utf-8")
    if short:
        body = "".join(f"  - {{name: C{i}, value: {i}}}\n" for i in range(rows))
    else:
        body = "".join(f"  - {{name: Chỉ tiêu phát triển kinh tế - xã hội số {i} của đơn vị, value: {i * 1000 + 7}, "
                       f"unit: đồng, previous: {i * 900}}}\n" for i in range(rows))
    return minimal + "indicators:\n" + body


def largest(folder: Path, short: bool) -> tuple[Path, int]:
    """Render the largest outline of the shape that check accepts and minutes renders; (.docx, rows)."""
    from minutes import api
    from minutes.errors import MinutesError

    rows = 24_000 if short else 7_500
    while True:
        text = outline_text(short, rows)
        if len(text.encode("utf-8")) < LIMIT_BYTES:
            outline = folder / "lon.yaml"
            outline.write_text(text, encoding="utf-8")
            try:
                api.render([str(outline)], output=str(folder / "lon.docx"), force=True)
                return folder / "lon.docx", rows
            except MinutesError:  # the rendered part over the renderer's bound: fewer rows
                pass
        rows -= 250 if short else 100


def cpu(job) -> float:
    start = time.process_time()
    job()
    return time.process_time() - start


def python_docx(path: Path) -> None:
    import docx

    for paragraph in docx.Document(str(path)).paragraphs:
        paragraph.text  # noqa: B018 (reading the text is the work measured)
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text  # noqa: B018


def imports(path: Path, runs: int, tree: Path) -> list[tuple[float, float, int]]:
    """(child CPU, parent CPU, outline length) of ``runs`` imports of ``path`` run from ``tree``."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(runs)], capture_output=True, text=True,
                          cwd=tree, env={**os.environ, "PYTHONPATH": str(tree), "MINUTES_LANG": "en"})
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--short", action="store_true", help="rows of two short values (more rows)")
    parser.add_argument("--before", type=Path, help="a checkout of an earlier commit to compare with")
    args = parser.parse_args()
    from minutes.importer import read_here
    from minutes.importer.check import check_text
    from minutes.reading.lines import read_source

    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        path, rows = largest(Path(tmp), args.short)
        data = path.read_bytes()
        print(f"outline of {rows} indicators ({len(outline_text(args.short, rows).encode()) / 2**20:.2f} MiB), "
              f".docx {len(data) / 1024:.0f} KiB; {args.runs} runs, medians, CPU seconds")
        baseline = statistics.median(cpu(lambda: python_docx(path)) for _ in range(args.runs))
        now = imports(path, args.runs, REPO)
        rows_out = [("now", now)]
        if args.before is not None:
            rows_out.append((f"before ({args.before.name})", imports(path, args.runs, args.before)))
        text = read_here(data, "lon.docx").outline_text
        steps = {"read_source": statistics.median(cpu(lambda: read_source(data)) for _ in range(args.runs)),
                 "read_here": statistics.median(cpu(lambda: read_here(data, "lon.docx")) for _ in range(args.runs)),
                 "check_text": statistics.median(cpu(lambda: check_text(text, "lon.yaml")) for _ in range(args.runs))}
    print(f"  python-docx (baseline)   {baseline:6.2f}")
    for label, found in rows_out:
        child = statistics.median(c for c, _, _ in found)
        parent = statistics.median(p for _, p, _ in found)
        print(f"  import, {label:16} child {child:6.2f} ({child / baseline:4.1f}x python-docx, limit 30 s)   "
              f"parent {parent:6.2f}   total {child + parent:6.2f}")
    print("  steps in this process: " + ", ".join(f"{name} {value:.2f}" for name, value in steps.items()))


if __name__ == "__main__":
    main()
