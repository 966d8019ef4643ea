"""How long ``minutes lint`` and ``minutes import`` take over real documents, beside python-docx.

For every .docx under a folder (default: the ``shared/realdocs`` folder beside the checkout),
times three things, interleaved, best of ``--repeat`` rounds:

* **python-docx**: ``docx.Document(path)`` and the text of every paragraph (``p.text``);
* **lint**: :func:`minutes.lint.lint_document`;
* **import**: :func:`minutes.importer.import_docx` (biên bản-looking files only is not
  assumed: every file, since refusing is work too);
* **lint, one run**: :func:`minutes.lint.lint_files` of all the files at once, what
  ``minutes lint FOLDER/*.docx`` does.

Each reading of a received file runs in a child process under limits
(:mod:`minutes.docx.isolate`): the per-file columns pay for one child per file (about 7 ms to
start it, 8 ms of first touches of its memory, 2 ms to end it), the one run for one child in
all. Prints a table per file and the totals with the ratios. The target of the reading work:
lint over the folder (one run, as ``minutes lint`` reads it) at most 5x python-docx. Nothing is
asserted; run it by hand::

    python benchmarks/reading.py [FOLDER] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def default_folder() -> Path:
    """The realdocs folder beside the checkout (or beside a worktree's parent)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "realdocs").is_dir():
            return base / "shared" / "realdocs"
    return REPO.parent / "shared" / "realdocs"


def python_docx(path: Path) -> None:
    import docx

    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        paragraph.text  # noqa: B018 (reading the text is the work measured)


def lint(path: Path) -> None:
    from minutes.lint import LintInputError, lint_document

    try:
        lint_document(path)
    except LintInputError:
        pass


def import_(path: Path) -> None:
    from minutes.errors import MinutesError
    from minutes.importer import import_docx

    try:
        import_docx(path)
    except MinutesError:
        pass


def lint_all(paths: list[Path]) -> None:
    from minutes.lint import lint_files

    lint_files(paths)


def best(job, path, repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default_folder())
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.folder.glob("**/*.docx"))
    if not files:
        raise SystemExit(f"no .docx under {args.folder}")
    readable = []
    for path in files:  # files python-docx itself cannot open are left out of every column
        try:
            python_docx(path)
        except Exception:  # noqa: BLE001 (a broken file is simply not measured)
            print(f"skipped (python-docx cannot open it): {path.name}")
            continue
        readable.append(path)
        lint(path)  # warm-up: imports and caches
        import_(path)
    totals = {"python-docx": 0.0, "lint": 0.0, "import": 0.0}
    print(f"{'file':44} {'python-docx':>12} {'lint':>9} {'import':>9} {'lint/pd':>8}")
    for path in readable:
        row = {"python-docx": best(python_docx, path, args.repeat), "lint": best(lint, path, args.repeat),
               "import": best(import_, path, args.repeat)}
        for name, value in row.items():
            totals[name] += value
        print(f"{path.name[:44]:44} {row['python-docx'] * 1000:10.1f}ms {row['lint'] * 1000:7.1f}ms "
              f"{row['import'] * 1000:7.1f}ms {row['lint'] / row['python-docx']:7.1f}x")
    base = totals["python-docx"]
    batch = best(lint_all, readable, args.repeat)
    print(f"\n{len(readable)} files. python-docx {base:.2f} s, lint {totals['lint']:.2f} s, "
          f"import {totals['import']:.2f} s, lint in one run {batch:.2f} s")
    print(f"lint in one run / python-docx = {batch / base:.2f}x (target at most 5x); "
          f"lint file by file / python-docx = {totals['lint'] / base:.2f}x; "
          f"import / python-docx = {totals['import'] / base:.2f}x")


if __name__ == "__main__":
    main()
