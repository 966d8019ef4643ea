"""CPU of a fresh ``minutes lint`` and ``minutes import`` of one real document, whole process tree.

Every reading of a received .docx runs in a child forked from a fork server
(:mod:`minutes.docx.isolate`), and what that server imports and warms when it starts is paid
once per process. This measures what a secretary's one-file command costs, counting every
process it starts: the command, the fork server, the child that reads, multiprocessing's
resource tracker. The benchmark makes itself a child subreaper (Linux ``prctl``), so that the
fork server and the tracker, which outlive the command by a moment, are reparented to it and
waited for: their CPU is then in ``RUSAGE_CHILDREN`` with the command's.

Rows (CPU seconds, median and min of ``--runs`` interleaved runs, after one warm-up run each):

* ``python -c pass``: the interpreter alone, the baseline of this machine at this moment;
* ``lint`` / ``import``: the command as it is (the server imports the command's main
  script and the reading module, and warms nothing);
* ``… warmed for it``: the server also does a first lint (``minutes.lint.warm``) or import
  (``minutes.importer.warm``) of a built-in document, what the child then need not do;
* ``… warmed for all``: the server imports the renderer and warms both readers (what every
  process did before the warm-up was made per purpose; what the web server asks for);
* with ``--before TREE`` (a checkout of an earlier commit: ``git archive COMMIT minutes |
  tar -x -C TREE``): the same commands run from that tree (``PYTHONPATH``), same interpreter.

A second table (``--server``) is the web server's side: in one process, the CPU of each child
reading one file (:func:`minutes.docx.isolate.last_usage`), median over ``--reads`` reads,
with the fork server warmed for both readers (:func:`minutes.api.warm_readers`) or not.

Nothing is asserted; run it by hand on a quiet machine (Linux only)::

    python benchmarks/reading_fresh.py [--runs 7] [--before /tmp/before] [--server]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36
WARM_ALL = ("minutes.docx.render", "minutes.docx.template_check", "minutes.docx.sanitize", "docx",
            "minutes.lint.warm", "minutes.importer.warm")
"""What the fork server preloaded in every process before the warm-up was made per purpose."""

LAUNCHER = '''"""minutes' console script, with what the fork server should also preload named first."""
import sys

from minutes.cli import main

if __name__ == "__main__":
    names = [name for name in sys.argv.pop(1).split(",") if name]
    if names:
        from minutes.docx import isolate

        isolate.prepare(*names)
    sys.argv[0] = "minutes"
    sys.exit(main())
'''

SERVER = '''
import statistics, sys, time
from minutes.docx import isolate
from minutes.importer import import_docx
from minutes.lint import lint_document
if sys.argv[1] == "warm":
    from minutes import api
    api.warm_readers()
lint, imp = [], []
for _ in range(int(sys.argv[4])):
    lint_document(sys.argv[2])
    lint.append(isolate.last_usage().cpu)
    import_docx(sys.argv[3])
    imp.append(isolate.last_usage().cpu)
print(statistics.median(lint[1:]), statistics.median(imp[1:]), lint[0], imp[0])
'''


def realdocs() -> Path:
    """The realdocs folder beside the checkout (or beside a worktree's parent)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "realdocs").is_dir():
            return base / "shared" / "realdocs"
    return REPO.parent / "shared" / "realdocs"


def children_cpu() -> float:
    """CPU seconds of every descendant waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def reap(seconds: float = 30.0) -> None:
    """Wait for every descendant reparented to us (fork server, resource tracker) to end."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.005)
    raise RuntimeError("a descendant did not end within 30 s")


def tree_cpu(cmd: list[str], env: dict[str, str], cwd: str) -> float:
    """CPU seconds of ``cmd`` and of every process below it."""
    before = children_cpu()
    subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reap()
    return children_cpu() - before


def jobs(launcher: str, lint_doc: Path, import_doc: Path, before: Path | None) -> dict[str, tuple[list, dict]]:
    """Name -> (command, environment) of every row."""
    here = {**os.environ, "PYTHONPATH": str(REPO), "MINUTES_LANG": "en"}
    lint = ["lint", str(lint_doc)]
    imp = ["import", str(import_doc), "-o", "-"]
    out = {"python -c pass": ([sys.executable, "-c", "pass"], here)}
    for name, args, warm in (("lint", lint, "minutes.lint.warm"), ("import", imp, "minutes.importer.warm")):
        out[name] = ([sys.executable, launcher, "", *args], here)
        out[f"{name}, warmed for it"] = ([sys.executable, launcher, warm, *args], here)
        out[f"{name}, warmed for all"] = ([sys.executable, launcher, ",".join(WARM_ALL), *args], here)
        if before is not None:
            old = {**here, "PYTHONPATH": str(before)}
            out[f"{name}, before ({before.name})"] = ([sys.executable, launcher, "", *args], old)
    return out


def fresh(args) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SystemExit("cannot become a child subreaper (Linux only)")
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        launcher = Path(tmp, "minutes_launcher.py")
        launcher.write_text(LAUNCHER)
        table = jobs(str(launcher), args.lint, args.import_, args.before)
        samples: dict[str, list[float]] = {name: [] for name in table}
        for name, (cmd, env) in table.items():  # once each, unmeasured; what it said, to see it worked
            said = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True)
            reap()
            last = (said.stdout + said.stderr).strip().splitlines()[-1:] or [""]
            print(f"  {name}: exit {said.returncode}, {last[0][:90]}")
        for _ in range(args.runs):
            for name, (cmd, env) in table.items():
                samples[name].append(tree_cpu(cmd, env, tmp))
    print(f"lint {args.lint.name}, import {args.import_.name}; {args.runs} runs; "
          f"CPU seconds of the whole process tree")
    print(f"  {'':34} {'median':>7} {'min':>7} {'- pass':>7}")
    base = statistics.median(samples["python -c pass"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"  {name:34} {median:7.3f} {min(values):7.3f} {median - base:7.3f}")


def server(args) -> None:
    print(f"\nOne process reading {args.reads} times (the web server's case): CPU seconds of each "
          f"child (median of all but the first; the first in brackets)")
    for mode in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", SERVER, mode, str(args.lint), str(args.import_),
                               str(args.reads)], cwd=REPO, capture_output=True, text=True,
                              env={**os.environ, "MINUTES_LANG": "en"})
        if done.returncode:
            raise SystemExit(done.stderr)
        lint, imp, first_lint, first_imp = map(float, done.stdout.split())
        label = "warm_readers()" if mode == "warm" else "nothing prepared"
        print(f"  {label:18} lint child {lint:.3f} ({first_lint:.3f})   import child {imp:.3f} ({first_imp:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    folder = realdocs()
    parser.add_argument("--lint", type=Path, default=folder / "vpubnd49-VBAI" / "tb-ket-luan-hoi-nghi-cchc.docx")
    parser.add_argument("--import", dest="import_", type=Path,
                        default=folder / "ttkdvp-in-bien-ban" / "ttr-bb-vnpt-su-co.docx")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier commit to compare with")
    parser.add_argument("--server", action="store_true", help="also the web server's per-child figures")
    parser.add_argument("--reads", type=int, default=8)
    args = parser.parse_args()
    fresh(args)
    if args.server:
        server(args)


if __name__ == "__main__":
    main()
