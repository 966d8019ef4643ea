"""What the commands do, as plain functions over paths: the library behind :mod:`minutes.cli`.

Each function takes file names as the user typed them ("-" for standard
input/output), calls the loader and the renderer, and raises only
:class:`~minutes.errors.MinutesError` subclasses.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from minutes.errors import MinutesError
from minutes.outline import load_outline


def read_source(name: str) -> bytes | None:
    """Return standard input's bytes for "-", else None (the loader reads the file)."""
    return sys.stdin.buffer.read() if name == "-" else None


def default_output(outline: str) -> str:
    """Return the .docx path beside an outline: ``a/b.yaml`` -> ``a/b.docx``."""
    return str(Path(outline).with_suffix(".docx"))


def render_file(outline: str, output: str | None = None, template: str | None = None) -> Path | None:
    """Validate ``outline`` and write its document; return the path (None for standard output).

    Nothing is written when the outline or the template is wrong.
    """
    from minutes.render import render_bytes, render_document

    parsed = load_outline(outline, data=read_source(outline))
    target = output or default_output(outline)
    if target == "-":
        sys.stdout.buffer.write(render_bytes(parsed, template))
        sys.stdout.buffer.flush()
        return None
    return render_document(parsed, target, template)


def check_files(names: Iterable[str], ok: Callable[[str], None], bad: Callable[[MinutesError], None]) -> int:
    """Validate each outline, report it through ``ok`` or ``bad``; return how many failed."""
    failed = 0
    for name in names:
        try:
            load_outline(name, data=read_source(name))
        except MinutesError as exc:
            failed += 1
            bad(exc)
        else:
            ok(name)
    return failed
