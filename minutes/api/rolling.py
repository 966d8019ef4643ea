"""``minutes next``: next period's outline from this one."""

from __future__ import annotations

from pathlib import Path


def write_next_outline(path: str | Path) -> Path:
    """Write next period's outline beside ``path`` (never over an existing file); return it."""
    from minutes.outline.rollover import write_next

    written = write_next(path)
    assert written is not None, "without an output, next period's outline is written beside this one"
    return written


def next_outline(outline: str, output: str | None = None, force: bool = False) -> Path | None:
    """``minutes next``: write next period's outline of ``outline`` to ``output`` (default: the
    period changed in the name; "-": standard output, then None); return the file written."""
    from minutes.outline.rollover import write_next

    return write_next(outline, output, force)
